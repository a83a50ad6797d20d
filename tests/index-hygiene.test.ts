/**
 * The vector side does not grow with edits: the HNSW graph is rebuilt when marked-deleted entries
 * pass 20%, a renamed source folder keeps its chunks and vectors, and the embedding cache keeps
 * only vectors some chunk uses.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../src/bench/corpus.ts';
import type { Embedder } from '../src/embed/types.ts';
import { buildIndex } from '../src/index/build.ts';
import { MAX_STALE_CACHE_SHARE } from '../src/index/hygiene.ts';
import { generateArticles } from '../src/synth/index.ts';
import { testEmbedder } from './helpers/test-embedder.ts';

const ARTICLES = 60;
const ROUNDS = 15;
let tmp: string;
let embedder: Embedder;

/** Entries in a saved hnswlib graph (its header's element count), marked-deleted ones included. */
function graphEntries(file: string): number {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(24);
    readSync(fd, header, 0, 24, 0);
    return Number(header.readBigUInt64LE(16));
  } finally {
    closeSync(fd);
  }
}

async function live(indexDir: string) {
  const gen = join(indexDir, (await readFile(join(indexDir, 'CURRENT'), 'utf8')).trim());
  const db = new Database(join(gen, 'index.sqlite'), { readonly: true });
  const ids = (db.prepare('SELECT id FROM chunks ORDER BY id').pluck().all() as number[]).join(',');
  const texts = new Set(db.prepare('SELECT text FROM chunks').pluck().all() as string[]);
  db.close();
  const cache = new Database(join(indexDir, 'embed-cache.sqlite'), { readonly: true });
  const cached = (cache.prepare('SELECT count(*) FROM vectors').pluck().get() as number) ?? 0;
  cache.close();
  return {
    chunks: ids.split(',').length,
    ids,
    texts: texts.size,
    cached,
    graph: graphEntries(join(gen, 'vectors.hnsw')),
  };
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'index-hygiene-'));
  const articles = generateArticles({ articles: ARTICLES, seed: 12 });
  await writeCorpus(join(tmp, 'source'), articles);
  embedder = await testEmbedder(tmp, [join(tmp, 'source')], 32);
});

afterAll(async () => {
  await embedder?.close?.();
  await rm(tmp, { recursive: true, force: true });
});

describe('vector hygiene over edits', () => {
  it(`keeps the graph within 1.25× the live chunks over ${ROUNDS} edit rounds, and the cache within its stale share of the chunks in use`, async () => {
    const source = join(tmp, 'source');
    const indexDir = join(tmp, 'index');
    await buildIndex({ sourceDir: source, indexDir, embedder });
    const articles = generateArticles({ articles: ARTICLES, seed: 12 });
    let compactions = 0;
    let prunes = 0;
    let worst = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // Each round rewrites three articles' first sentence: all their chunks change.
      for (const a of articles.slice((round * 3) % ARTICLES, ((round * 3) % ARTICLES) + 3)) {
        const text = await readFile(join(source, a.fileName), 'utf8');
        const first = a.parts.paragraphs[0]!;
        expect(text).toContain(first);
        await writeFile(join(source, a.fileName), text.replace(first, `Vòng sửa ${round}. ${first}`));
      }
      const report = await buildIndex({ sourceDir: source, indexDir, embedder });
      expect(report.changed.length, `round ${round}`).toBe(3);
      if (report.vectorHygiene.compacted) compactions++;
      const state = await live(indexDir);
      expect(report.vectorHygiene.graphEntries).toBe(state.graph);
      worst = Math.max(worst, state.graph / state.chunks);
      expect(state.graph / state.chunks, `round ${round}`).toBeLessThanOrEqual(1.25);
      // Stale cached vectors stay under their share; a prune leaves only vectors some chunk uses.
      expect(state.cached, `round ${round}`).toBeLessThanOrEqual(state.chunks * (1 + MAX_STALE_CACHE_SHARE));
      if (report.vectorHygiene.prunedCacheRows > 0) {
        prunes++;
        expect(state.cached, `round ${round}`).toBe(state.texts);
      }
    }
    expect(compactions).toBeGreaterThan(0);
    expect(prunes).toBeGreaterThan(1);
    console.info(
      `index-hygiene: ${compactions} compactions in ${ROUNDS} rounds; worst graph/live ${worst.toFixed(3)}`,
    );
  });

  it('keeps chunk ids and vectors when the source folder is renamed', async () => {
    const indexDir = join(tmp, 'index');
    const before = await live(indexDir);
    await rename(join(tmp, 'source'), join(tmp, 'renamed'));
    const report = await buildIndex({ sourceDir: join(tmp, 'renamed'), indexDir, embedder });
    expect(report.changed).toHaveLength(ARTICLES);
    expect(report.embedded).toBe(0);
    const after = await live(indexDir);
    expect(after.ids).toBe(before.ids);
    expect(after.graph).toBe(before.graph);
  });
});
