/**
 * Scoring of yes/no claim questions (tests/fixtures/yesno-claims.jsonl): the usual `must`/`docs`
 * check of {@link scoreAnswer} plus the verdict. A claim the articles do not decide (`unknown`) is
 * right only when the answer asserts neither yes nor no.
 */
import type { Answer } from '../engine/types.ts';
import { type EvalQuestion, scoreAnswer } from './score.ts';

/** The verdict a claim question expects. */
export type ClaimVerdict = 'yes' | 'no' | 'unknown';

/** One line of a claim file: an evaluation question with the expected verdict. */
export interface ClaimQuestion extends EvalQuestion {
  verdict: ClaimVerdict;
}

/** The score of one claim answer. */
export interface ClaimResult {
  id: string;
  expected: ClaimVerdict;
  /** The verdict the answer gives (`unknown` when it gives none). */
  got: ClaimVerdict;
  correct: boolean;
}

/** Parse a claim file (JSON lines), naming the line of a malformed entry. */
export function parseClaims(text: string, file: string): ClaimQuestion[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      let q: ClaimQuestion;
      try {
        q = JSON.parse(l) as ClaimQuestion;
      } catch {
        throw new Error(`${file}:${i + 1} is not valid JSON; fix that line (one question object per line)`);
      }
      if (!['yes', 'no', 'unknown'].includes(q.verdict))
        throw new Error(`${file}:${i + 1}: verdict ${JSON.stringify(q.verdict)} is not yes|no|unknown`);
      return q;
    });
}

/**
 * Correct when the verdict is the expected one and, for a decided claim, the answer holds every
 * `must` group and cites the gold articles.
 */
export function scoreClaim(q: ClaimQuestion, a: Answer): ClaimResult {
  const got: ClaimVerdict = a.verdict ?? 'unknown';
  const base = { id: q.id, expected: q.verdict, got };
  if (q.verdict === 'unknown') return { ...base, correct: got === 'unknown' };
  return { ...base, correct: got === q.verdict && scoreAnswer({ ...q, type: 'yesno' }, a).correct };
}
