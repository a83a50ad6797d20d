import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Embedder } from '../src/embed/types.ts';
import { buildIndex } from '../src/index/build.ts';
import { EmbedCache } from '../src/index/embed-cache.ts';
import { IndexReader } from '../src/index/open.ts';
import { generateCorpus } from '../src/synth/index.ts';
import { testEmbedder } from './helpers/test-embedder.ts';

let tmp: string;
let embedder: Embedder;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'recall-test-'));
  const corpus = join(tmp, 'corpus');
  await mkdir(corpus);
  for (const a of generateCorpus({ articles: 700, seed: 7 }))
    await writeFile(join(corpus, a.fileName), a.text);
  embedder = await testEmbedder(tmp, [corpus]);
});

afterAll(async () => {
  await embedder?.close?.();
  await rm(tmp, { recursive: true, force: true });
});

it('builds a few thousand synthetic chunks with HNSW recall@10 ≥ 0.95 against exact search', async () => {
  const indexDir = join(tmp, 'index');
  const report = await buildIndex({ sourceDir: join(tmp, 'corpus'), indexDir, embedder });
  expect(report.chunks).toBeGreaterThan(2000);
  const reader = await IndexReader.open(indexDir, { embedder });
  // Exact search over the very vectors the graph holds (read back from the embedding cache).
  const cache = new EmbedCache(join(indexDir, 'embed-cache.sqlite'));
  const rows = reader.chunks(Array.from({ length: reader.manifest.nextChunkId }, (_, i) => i));
  const ids = [...rows.keys()];
  const vecs = ids.map((id) => cache.get(embedder.modelId, rows.get(id)!.text)!);
  cache.close();
  const queries = await embedder.embed(
    ids.filter((_, i) => i % 20 === 0).map((id) => rows.get(id)!.text.split(/\s+/).slice(0, 12).join(' ')),
    'query',
  );
  let hit = 0;
  for (const q of queries) {
    const exact = ids
      .map((id, i) => ({ id, s: vecs[i]!.reduce((a, v, j) => a + v * q[j]!, 0) }))
      .sort((a, b) => b.s - a.s)
      .slice(0, 10)
      .map((x) => x.id);
    const approx = new Set(reader.vector(q, 10).map((h) => h.id));
    hit += exact.filter((id) => approx.has(id)).length;
  }
  const recall = hit / (queries.length * 10);
  console.info(
    `index-recall: ${report.chunks} chunks, ${queries.length} queries, recall@10 ${recall.toFixed(3)}`,
  );
  expect(recall).toBeGreaterThanOrEqual(0.95);
  // The served efSearch is the one the build calibrated on these vectors (ef-calibration.ts).
  const calibration = reader.manifest.efCalibration;
  expect(calibration).toMatchObject({ reached: true, queries: 100, vectors: reader.manifest.counts.vectors });
  expect(calibration!.recall).toBeGreaterThanOrEqual(0.98);
  expect(reader.manifest.hnsw.efSearch).toBe(calibration!.efSearch);
  reader.close();
}, 180_000);

it('keeps the calibrated efSearch through a small incremental build', async () => {
  const indexDir = join(tmp, 'index');
  const before = (await IndexReader.open(indexDir, { embedder })).manifest;
  const extra = generateCorpus({ articles: 3, seed: 8 })[0]!;
  await writeFile(join(tmp, 'corpus', `zz_${extra.fileName}`), extra.text);
  await buildIndex({ sourceDir: join(tmp, 'corpus'), indexDir, embedder });
  const reader = await IndexReader.open(indexDir, { embedder });
  expect(reader.manifest.generation).toBe(before.generation + 1);
  expect(reader.manifest.efCalibration).toEqual(before.efCalibration);
  expect(reader.manifest.hnsw.efSearch).toBe(before.efCalibration!.efSearch);
  reader.close();
}, 120_000);
