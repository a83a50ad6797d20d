/**
 * Which fixture questions are held out: scored by their tests, never listed one by one by a
 * development script (scripts/mutation-near-miss.ts, scripts/invariance.ts), so nothing is tuned on
 * them. A fixture marks its evaluation half `"half": "held"` or `"half": "frozen"` (or `"split":
 * "frozen"`); a file named `…-held.jsonl` is held out whole.
 */

/** The marks a fixture question may carry. */
export interface HalfMarked {
  half?: string;
  split?: string;
}

const HELD_MARKS: ReadonlySet<string> = new Set(['held', 'frozen']);
const HELD_FILE = /-held\.jsonl$/u;

/** Whether a fixture question (of file `file`, when known) is held out. */
export function isHeldOut(q: HalfMarked, file = ''): boolean {
  return HELD_MARKS.has(q.half ?? '') || HELD_MARKS.has(q.split ?? '') || HELD_FILE.test(file);
}

/**
 * Fresh frozen sets (tests/fixtures/fresh/) never tuned on, not even their dev halves: development
 * scripts leave their articles and questions out whole, and tests/fresh-sets.test.ts names them in
 * its report. One list, so a new untuned set is declared once.
 */
export const UNTUNED_FRESH_SETS: ReadonlySet<string> = new Set([
  'mm',
  'nn',
  'qq',
  'rr',
  'uu',
  'vv',
  'yy',
  'zz',
]);
