/** The benchmark's corpus: sized by chunk count, written to disk, and edited for the update test. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chunkArticle } from '../ingest/chunk.ts';
import { parseArticle } from '../ingest/parse.ts';
import { generateArticles } from '../synth/index.ts';
import type { GeneratedArticle } from '../synth/types.ts';

/**
 * Mean chunks per article of the generated corpus, measured by parsing and chunking a sample
 * (so the article count follows the chunker, not a constant that drifts when it changes).
 */
export function chunksPerArticle(seed: number | string, sample = 400): number {
  const articles = generateArticles({ articles: sample, seed });
  let chunks = 0;
  for (const a of articles) {
    const docId = a.fileName.replace(/\.txt$/, '');
    chunks += chunkArticle(parseArticle(a.text, { docId, source: a.fileName })).length;
  }
  return articles.length === 0 ? 1 : chunks / articles.length;
}

/** Articles needed for about `chunks` chunks at `perArticle` chunks each (at least 1). */
export function articlesFor(chunks: number, perArticle: number): number {
  if (!(chunks > 0) || !(perArticle > 0))
    throw new Error(`bench: chunks (${chunks}) and chunks per article (${perArticle}) must be positive`);
  return Math.max(1, Math.round(chunks / perArticle));
}

/** Write every article into `dir`; returns the bytes written. */
export async function writeCorpus(dir: string, articles: readonly GeneratedArticle[]): Promise<number> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (const a of articles) {
    await writeFile(join(dir, a.fileName), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  return bytes;
}

const ADDED_SENTENCE =
  ' Hội nghị cũng thống nhất giao các cơ quan chuyên môn rà soát, bổ sung kế hoạch và báo cáo kết quả trong tháng tới.';

/**
 * Change one article the way an editor's correction would: one sentence added to its first body
 * paragraph, so its body hash and some chunks change while the rest of the corpus does not.
 * Returns the edited file name.
 */
export async function editOneArticle(dir: string, article: GeneratedArticle): Promise<string> {
  const file = join(dir, article.fileName);
  const text = await readFile(file, 'utf8');
  const first = article.parts.paragraphs[0];
  const at = first ? text.indexOf(first) : -1;
  if (at < 0) {
    throw new Error(
      `bench: cannot find the first paragraph of ${article.fileName} in its text; pick another article`,
    );
  }
  const end = at + first!.length;
  await writeFile(file, text.slice(0, end) + ADDED_SENTENCE + text.slice(end));
  return article.fileName;
}
