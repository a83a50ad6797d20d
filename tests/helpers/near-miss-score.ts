/**
 * Scoring of a frozen near-miss set (controls answered rightly, near-misses answered at all) with a
 * one-line summary per half, shared by the near-miss set tests.
 */

import type { Engine } from '../../src/engine/types.ts';
import { type EvalQuestion, type EvalResult, scoreAnswer } from '../../src/eval/score.ts';
import { readJsonLines } from './eval-engine.ts';

/** A question of a frozen near-miss set, with the half it belongs to. */
export type HalfQuestion = EvalQuestion & { half: string };

/** The scored set: answerable controls, unanswerable near-misses, and the summary line. */
export interface NearMissScore {
  controls: EvalResult[];
  misses: EvalResult[];
  correct: EvalResult[];
  answered: EvalResult[];
  summary: string;
}

/** Ask every question of `file` and score it; `halves` in the order the summary names them. */
export async function scoreNearMissSet(
  engine: Engine,
  file: string,
  halves: readonly string[],
  withIds = true,
): Promise<NearMissScore> {
  const questions = readJsonLines<HalfQuestion>(file);
  const results: EvalResult[] = [];
  for (const q of questions) results.push(scoreAnswer(q, await engine.ask(q.q)));
  const half = new Map(questions.map((q) => [q.id, q.half]));
  const controls = results.filter((r) => r.type !== 'none');
  const misses = results.filter((r) => r.type === 'none');
  const correct = controls.filter((r) => r.correct);
  const answered = misses.filter((r) => r.answered);
  const byHalf = halves
    .map(
      (h) =>
        `${h}: ${correct.filter((r) => half.get(r.id) === h).length} correct, ${answered.filter((r) => half.get(r.id) === h).length} answered`,
    )
    .join('; ');
  const ids = withIds
    ? `; failed controls: ${controls
        .filter((r) => !r.correct)
        .map((r) => r.id)
        .join(' ')}; answered: ${answered.map((r) => r.id).join(' ')}`
    : '';
  return {
    controls,
    misses,
    correct,
    answered,
    summary: `controls ${correct.length}/${controls.length}, near-misses answered ${answered.length}/${misses.length} (${byHalf})${ids}`,
  };
}
