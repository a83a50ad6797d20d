import { spawnSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '../src/embed/types.ts';
import { buildIndex } from '../src/index/build.ts';
import { IndexReader } from '../src/index/open.ts';
import { fold } from '../src/text/normalize.ts';
import { testEmbedder } from './helpers/test-embedder.ts';

const SEEDS = resolve('seeds');
let tmp: string;
let embedder: Embedder;
let otherDimEmbedder: Embedder;
let modelDir: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'index-test-'));
  modelDir = join(tmp, 'model');
  embedder = await testEmbedder(tmp, [SEEDS]);
  otherDimEmbedder = await testEmbedder(tmp, [SEEDS], 64);
});

afterAll(async () => {
  await embedder?.close?.();
  await otherDimEmbedder?.close?.();
  await rm(tmp, { recursive: true, force: true });
});

async function copySeeds(): Promise<{ src: string; idx: string }> {
  const dir = await mkdtemp(join(tmp, 'case-'));
  const src = join(dir, 'seeds');
  await cp(SEEDS, src, { recursive: true });
  return { src, idx: join(dir, 'index') };
}

const sentence = 'Đảng bộ Khối hiện có 3.281 đảng viên với 76 TCCSĐ trực thuộc';

describe('index over the seeds', () => {
  it('builds keyword-only, reloads, and finds a literal sentence by keyword', async () => {
    const { src, idx } = await copySeeds();
    const report = await buildIndex({
      sourceDir: src,
      indexDir: idx,
      embedder: null,
      embedderMissingReason: 'test',
    });
    expect(report.added).toHaveLength(5);
    expect(report.vectors).toBe(false);
    const reader = await IndexReader.open(idx);
    expect(reader.manifest.model).toBeNull();
    expect(reader.manifest.vectorsMissingReason).toBe('test');
    const terms = fold(sentence).match(/[\p{L}\p{N}]+/gu)!;
    const [hit] = reader.keyword({ column: 'folded', terms }, 1);
    const chunk = reader.chunks([hit!.id]).get(hit!.id)!;
    expect(chunk.text).toContain(sentence);
    expect(reader.docsWithBody(chunk.bodyHash).map((d) => d.docId)).toEqual(['003_8fc4396257645532']);
    reader.close();
  });

  it('builds hybrid with the test model and finds a literal sentence by vector', async () => {
    const { src, idx } = await copySeeds();
    const report = await buildIndex({ sourceDir: src, indexDir: idx, embedder });
    expect(report.vectors).toBe(true);
    expect(report.embedded).toBe(report.chunks);
    const reader = await IndexReader.open(idx, { embedder });
    expect(reader.manifest.model).toEqual({ id: embedder.modelId, dim: embedder.dim });
    const [vec] = await embedder.embed([sentence], 'query');
    const [hit] = reader.vector(vec!, 3);
    expect(reader.chunks([hit!.id]).get(hit!.id)!.text).toContain(sentence);
    reader.close();
  });

  it('updates incrementally: add, edit, delete, and a no-op run embeds nothing', async () => {
    const { src, idx } = await copySeeds();
    const first = await buildIndex({ sourceDir: src, indexDir: idx, embedder });
    const again = await buildIndex({ sourceDir: src, indexDir: idx, embedder });
    expect(again).toMatchObject({ added: [], changed: [], removed: [], unchanged: 5, embedded: 0 });
    expect(again.generation).toBe(first.generation);

    await writeFile(
      join(src, 'new_article.txt'),
      'Hội nghị mới\n\nNgày 01/02/2024\n\nSáng ngày 31/01/2024, Huyện ủy Mộc Châu tổ chức hội nghị giao ban quý IV năm 2023. Đồng chí Hà Văn Minh, Bí thư Huyện ủy chủ trì hội nghị.\n',
    );
    const added = await buildIndex({ sourceDir: src, indexDir: idx, embedder });
    expect(added.added).toEqual(['new_article']);
    expect(added.unchanged).toBe(5);
    expect(added.embedded).toBe(1);

    await appendFile(
      join(src, '001_56a5bdce7b9e82f6.txt'),
      '\nĐồng chí cũng yêu cầu rà soát toàn bộ hồ sơ đảng viên trước ngày 30/10/2023.\n',
    );
    const changed = await buildIndex({ sourceDir: src, indexDir: idx, embedder });
    expect(changed.changed).toEqual(['001_56a5bdce7b9e82f6']);
    expect(changed.embedded).toBeGreaterThan(0);
    expect(changed.embedded).toBeLessThan(changed.chunks);

    await unlink(join(src, '002_31ae2237aeafa83e.txt'));
    const removed = await buildIndex({ sourceDir: src, indexDir: idx, embedder });
    expect(removed.removed).toEqual(['002_31ae2237aeafa83e']);
    const reader = await IndexReader.open(idx, { embedder });
    expect(reader.doc('002_31ae2237aeafa83e')).toBeUndefined();
    expect(reader.manifest.counts.vectors).toBe(reader.manifest.counts.chunks);
    // A removed article's chunks are gone from both searches.
    const [vec] = await embedder.embed(['Ban Chỉ đạo 32 Lò Minh Hùng'], 'query');
    const ids = reader.vector(vec!, 50).map((h) => h.id);
    const bodies = new Set([...reader.chunks(ids).values()].map((c) => c.bodyHash));
    expect([...bodies].every((b) => reader.docsWithBody(b).length > 0)).toBe(true);
    reader.close();
  });

  it('stores a syndicated copy once and keeps both sources', async () => {
    const { src, idx } = await copySeeds();
    await cp(join(src, '001_56a5bdce7b9e82f6.txt'), join(src, '901_copy.txt'));
    // A re-post on another portal: same text, plus a photo caption and a credit line.
    const original = await readFile(join(src, '002_31ae2237aeafa83e.txt'), 'utf8');
    await writeFile(
      join(src, '902_repost.txt'),
      original.replace('\n\n6 tháng đầu năm', '\n\nQuang cảnh cuộc họp.\n\n6 tháng đầu năm') +
        '\n(Theo Báo tỉnh)\n',
    );
    const report = await buildIndex({ sourceDir: src, indexDir: idx, embedder: null });
    expect(report.duplicates).toBe(2);
    const reader = await IndexReader.open(idx);
    const doc = reader.doc('901_copy')!;
    expect(
      reader
        .docsWithBody(doc.bodyHash)
        .map((d) => d.docId)
        .sort(),
    ).toEqual(['001_56a5bdce7b9e82f6', '901_copy']);
    const repost = reader.doc('902_repost')!;
    expect(repost.bodyHash).toBe(reader.doc('002_31ae2237aeafa83e')!.bodyHash);
    expect(reader.manifest.counts.contents).toBe(5);
    reader.close();
  });

  it('adds vectors later to a keyword-only index, from the model once it is available', async () => {
    const { src, idx } = await copySeeds();
    await buildIndex({ sourceDir: src, indexDir: idx, embedder: null });
    const report = await buildIndex({ sourceDir: src, indexDir: idx, embedder });
    expect(report.vectors).toBe(true);
    expect(report.embedded).toBe(report.chunks);
  });

  it('refuses another model or dimension with the rebuild remedy', async () => {
    const { src, idx } = await copySeeds();
    await buildIndex({ sourceDir: src, indexDir: idx, embedder });
    await expect(buildIndex({ sourceDir: src, indexDir: idx, embedder: otherDimEmbedder })).rejects.toThrow(
      'run npm run index -- --rebuild',
    );
    await expect(IndexReader.open(idx, { embedder: otherDimEmbedder })).rejects.toThrow(
      `model dim 64 ≠ index dim ${embedder.dim}`,
    );
    const rebuilt = await buildIndex({
      sourceDir: src,
      indexDir: idx,
      embedder: otherDimEmbedder,
      rebuild: true,
    });
    expect(rebuilt.vectors).toBe(true);
  });

  it.each(['copied', 'keyword', 'vectors', 'manifest'])(
    'a build killed at %s leaves the previous generation loadable and the next run completes',
    async (killAt) => {
      const { src, idx } = await copySeeds();
      const before = await buildIndex({ sourceDir: src, indexDir: idx, embedder });
      await writeFile(
        join(src, 'late.txt'),
        'Tin mới\n\nNgày 02/03/2024\n\nChiều ngày 01/03/2024, Thị ủy Nghĩa Lộ họp giao ban. Đồng chí Lý Thị Hoa chủ trì.\n',
      );
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'tests/fixtures/build-child.ts', src, idx, modelDir],
        {
          env: { ...process.env, KILL_AT: killAt },
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(child.signal).toBe('SIGKILL');
      const reader = await IndexReader.open(idx, { embedder });
      expect(reader.generation).toBe(before.generation);
      expect(reader.doc('late')).toBeUndefined();
      expect(reader.keyword({ column: 'folded', terms: ['dang', 'vien'] }, 3).length).toBeGreaterThan(0);
      reader.close();
      const after = await buildIndex({ sourceDir: src, indexDir: idx, embedder });
      expect(after.added).toEqual(['late']);
      // Vectors committed to the cache before the kill are not computed again.
      if (killAt === 'vectors' || killAt === 'manifest') expect(after.embedded).toBe(0);
    },
  );
});
