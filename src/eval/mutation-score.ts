/** Asking and scoring the near-misses made from a question set (src/eval/mutations.ts). */
import type { Engine } from '../engine/types.ts';
import { detectLang } from '../query/lang.ts';
import { tokenize } from '../query/match.ts';
import { MUTATION_KINDS, type Mutation, type MutationCorpus, mutations } from './mutations.ts';
import { type VariantKind, variantsOf } from './variants.ts';

/** One near-miss asked. */
export interface MutationResult {
  mutation: Mutation;
  answered: boolean;
  /** The reply's text (for reading the answered ones). */
  answer: string;
}

/** Every near-miss asked, those answered, and a one-line summary by kind. */
export interface MutationScore {
  results: MutationResult[];
  answered: MutationResult[];
  summary: string;
}

/**
 * Make the near-misses of every answerable question, ask each with the `extra` ones (made from
 * articles, details.ts), and count the answered ones.
 */
export async function scoreMutations(
  engine: Engine,
  questions: readonly { id: string; q: string; type: string }[],
  corpus: MutationCorpus,
  extra: readonly Mutation[] = [],
): Promise<MutationScore> {
  const results: MutationResult[] = [];
  const made = questions.flatMap((q) => (q.type === 'none' ? [] : mutations(q, corpus)));
  for (const m of [...made, ...extra]) {
    const a = await engine.ask(m.q);
    // A yes/no claim made false ("… on 5/11/2018, right?", "Is it X who chaired …?") is rightly
    // answered "No" with what the article says.
    const refused = !a.answered || a.verdict === 'no';
    results.push({ mutation: m, answered: !refused, answer: a.answer });
  }
  const answered = results.filter((r) => r.answered);
  const byKind = MUTATION_KINDS.map(
    (k) =>
      `${k} ${answered.filter((r) => r.mutation.kind === k).length}/${results.filter((r) => r.mutation.kind === k).length}`,
  ).join(', ');
  return {
    results,
    answered,
    summary: `near-misses answered ${answered.length}/${results.length} (${byKind})`,
  };
}

/**
 * The near-misses typed all in lower case, as chat users type them: only those that change (a chat
 * question is in lower case already), each marked "…, lower case".
 */
export function loweredMutations(made: readonly Mutation[]): Mutation[] {
  return variedMutations(made, 'lower');
}

/** How a variant kind is named in a near-miss's `to` ("…, lower case"). */
const VARIANT_LABEL: Readonly<Partial<Record<VariantKind, string>>> = { lower: 'lower case' };

/**
 * The near-misses rewritten as one surface variant (src/eval/variants.ts): typed without marks,
 * capitals and punctuation (`bare`), with marks on only some words (`partial`), in chat shorthand
 * (`chat`, Vietnamese only). A near-miss must stay unanswered however it is typed. Only those the
 * variant changes are returned, each marked "…, <kind>".
 */
export function variedMutations(made: readonly Mutation[], kind: VariantKind): Mutation[] {
  return made.flatMap((m) => {
    const v = variantsOf(m.q, languageOf(m)).find((x) => x.kind === kind);
    return v ? [{ ...m, q: v.q, to: `${m.to}, ${VARIANT_LABEL[kind] ?? kind}` }] : [];
  });
}

/** A near-miss's language, as the parser decides it (chat shorthand applies to Vietnamese only). */
function languageOf(m: Mutation): string {
  return detectLang(tokenize(m.q));
}
