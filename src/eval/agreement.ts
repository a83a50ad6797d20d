/**
 * The oracle of the invariance property test: a question asked another way (src/eval/variants.ts)
 * must get the same answer — the same cited articles and the same required strings present or
 * absent — as the question as written. No gold answer is needed, so any question file can be used.
 */
import type { Answer } from '../engine/types.ts';
import { containsAlternative } from './score.ts';

/** What of an answer must not change with the phrasing. */
export interface AnswerShape {
  answered: boolean;
  /** Cited articles (a syndicated copy's own id counts as its original's), sorted. */
  docs: string[];
  /** For each `must` group of the question, whether the answer contains one of its alternatives. */
  must: boolean[];
}

/** The shape of `a` for a question whose required strings are `must`. */
export function shapeOf(a: Answer, must: readonly (readonly string[])[]): AnswerShape {
  return {
    answered: a.answered,
    docs: [...new Set(a.citations.map((c) => c.docId))].sort(),
    must: must.map((group) => group.some((alt) => containsAlternative(a.answer, alt))),
  };
}

/** Why two shapes differ, or null when they agree. */
export function disagreement(base: AnswerShape, other: AnswerShape): string | null {
  if (base.answered !== other.answered) return other.answered ? 'answered only here' : 'not answered here';
  if (base.docs.join(' ') !== other.docs.join(' ')) {
    return `cites ${other.docs.join(', ') || 'nothing'} instead of ${base.docs.join(', ') || 'nothing'}`;
  }
  const i = base.must.findIndex((m, k) => m !== other.must[k]);
  if (i >= 0) return `must group ${i + 1} ${other.must[i] ? 'found only here' : 'missing here'}`;
  return null;
}

/** Agreement counts per variant kind. */
export type AgreementTally = Record<string, { agree: number; total: number }>;

/** Add one comparison to a tally. */
export function tallyAgreement(tally: AgreementTally, kind: string, agrees: boolean): void {
  tally[kind] ??= { agree: 0, total: 0 };
  tally[kind].total++;
  if (agrees) tally[kind].agree++;
}
