/**
 * The fresh frozen sets (tests/fixtures/fresh/): `fresh-<set>.jsonl` questions over the articles of
 * the folder `<set>/`. Development scripts read only the sets tuned on (never those in
 * UNTUNED_FRESH_SETS), and of those only the dev halves are listed question by question.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UNTUNED_FRESH_SETS } from './held-out.ts';

/** Where the fresh sets live, relative to the project root. */
export const FRESH_DIR = 'tests/fixtures/fresh';

const SET_FILE = /^fresh-([a-z]+)\.jsonl$/u;

/** The fresh sets a development script may read: those with an article folder, less the untuned. */
export function tunedFreshSets(dir: string = FRESH_DIR): string[] {
  return readdirSync(dir)
    .map((f) => SET_FILE.exec(f)?.[1])
    .filter(
      (set): set is string => set !== undefined && !UNTUNED_FRESH_SETS.has(set) && existsSync(join(dir, set)),
    )
    .sort();
}

/** The questions file of a fresh set. */
export const freshQuestionsFile = (set: string, dir: string = FRESH_DIR): string =>
  join(dir, `fresh-${set}.jsonl`);
