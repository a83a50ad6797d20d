/**
 * The invariance property test: every question of a set is asked as written and in each of its
 * surface variants (src/eval/variants.ts); a variant agrees when its answer has the same shape
 * (src/eval/agreement.ts). Questions grouped as phrasings of one fact (`group`) are also compared
 * with the group's first question, which is how the frozen three-phrasing sets count agreement.
 */
import type { Engine } from '../engine/types.ts';
import { type AgreementTally, disagreement, shapeOf, tallyAgreement } from './agreement.ts';
import type { EvalQuestion } from './score.ts';
import { variantsOf } from './variants.ts';

/** A question of a set, with the fact it phrases when the set groups phrasings. */
export interface InvarianceQuestion extends EvalQuestion {
  group?: string;
  style?: string;
}

/** A variant answered differently from its original. */
export interface Disagreement {
  id: string;
  kind: string;
  q: string;
  why: string;
}

/** What a run measured. */
export interface InvarianceReport {
  /** Per variant kind (and `group:<style>` for grouped phrasings): agreeing / compared. */
  tally: AgreementTally;
  agree: number;
  total: number;
  disagreements: Disagreement[];
}

/**
 * Ask every question and its variants. Grouped questions are compared with the first question of
 * their group seen in `questions` (put the formal phrasing first).
 */
export async function runInvariance(
  engine: Engine,
  questions: readonly InvarianceQuestion[],
): Promise<InvarianceReport> {
  const tally: AgreementTally = {};
  const disagreements: Disagreement[] = [];
  const groupBase = new Map<string, ReturnType<typeof shapeOf>>();
  for (const q of questions) {
    const base = shapeOf(await engine.ask(q.q), q.must);
    if (q.group !== undefined) {
      const first = groupBase.get(q.group);
      if (first === undefined) groupBase.set(q.group, base);
      else {
        const kind = `group:${q.style ?? q.lang}`;
        const why = disagreement(first, base);
        tallyAgreement(tally, kind, why === null);
        if (why !== null) disagreements.push({ id: q.id, kind, q: q.q, why });
      }
    }
    for (const v of variantsOf(q.q, q.lang)) {
      const why = disagreement(base, shapeOf(await engine.ask(v.q), q.must));
      tallyAgreement(tally, v.kind, why === null);
      if (why !== null) disagreements.push({ id: q.id, kind: v.kind, q: v.q, why });
    }
  }
  const counted = Object.entries(tally).filter(([k]) => !k.startsWith('group:'));
  return {
    tally,
    agree: counted.reduce((n, [, t]) => n + t.agree, 0),
    total: counted.reduce((n, [, t]) => n + t.total, 0),
    disagreements,
  };
}
