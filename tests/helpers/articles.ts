/** The seed articles and the dev corpus (`../shared/eval/corpus`), parsed with the project's parser. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticle } from '../../src/ingest/parse.ts';
import type { Article } from '../../src/ingest/types.ts';

const root = resolve(import.meta.dirname, '../..');
export const SEEDS_DIR = join(root, 'seeds');
export const DEV_CORPUS_DIR = resolve(root, '../shared/eval/corpus');
/** False when the shared dev corpus is not beside the project: tests on it are skipped. */
export const HAS_DEV_CORPUS = existsSync(DEV_CORPUS_DIR);

function parseIn(dir: string, prefix: string): Article {
  const file = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`no article ${prefix}* in ${dir}`);
  const docId = file.replace(/\.txt$/u, '');
  return parseArticle(readFileSync(join(dir, file), 'utf8'), { docId, source: `x/${file}` });
}

/** A seed article by the start of its stem ("000"). */
export const seed = (prefix: string): Article => parseIn(SEEDS_DIR, prefix);
/** A dev-corpus article by the start of its stem ("205"). */
export const dev = (prefix: string): Article => parseIn(DEV_CORPUS_DIR, prefix);

/** Every seed article, then every dev article when the corpus is present. */
export function allArticles(): Article[] {
  const dirs = HAS_DEV_CORPUS ? [SEEDS_DIR, DEV_CORPUS_DIR] : [SEEDS_DIR];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => parseIn(dir, f.replace(/\.txt$/u, ''))),
  );
}

/** The seed articles' raw texts by file name: beside a test's own few articles, term weights are not degenerate. */
export function seedTexts(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(join(SEEDS_DIR, f), 'utf8')]),
  );
}
