/** The syllable-pair table: contents, the query built from a question's rare pairs, and older generations. */
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../src/index/build.ts';
import { IndexReader } from '../src/index/open.ts';
import { syllablePairs } from '../src/index/pairs.ts';
import { describeFile } from '../src/index/verify.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { buildKeywordQuery } from '../src/retrieve/keyword-query.ts';

const SEEDS = resolve('seeds');
const MUONG_LAY = '000_0c95c87bab80c7cf';
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'keyword-pairs-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Record a generation file's current size and sha256 in its manifest, as the build that wrote it would have. */
async function rewriteManifestEntry(file: string): Promise<void> {
  const manifestPath = join(dirname(file), 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.files[basename(file)] = await describeFile(file);
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
}

async function liveSqlite(indexDir: string): Promise<string> {
  return join(indexDir, (await readFile(join(indexDir, 'CURRENT'), 'utf8')).trim(), 'index.sqlite');
}

describe('syllablePairs', () => {
  it('joins adjacent folded syllables', () => {
    expect(syllablePairs('Hội nghị giao ban Khối Đảng, quý I/2021')).toEqual([
      'hoinghi',
      'nghigiao',
      'giaoban',
      'bankhoi',
      'khoidang',
      'dangquy',
      'quyi',
      'i2021',
    ]);
    expect(syllablePairs('một')).toEqual([]);
  });
});

describe('keyword search by rare syllable pairs', () => {
  it('searches the rarest pairs of the question and finds the article, with or without diacritics', async () => {
    const indexDir = join(tmp, 'seeds-index');
    await buildIndex({ sourceDir: SEEDS, indexDir, embedder: null });
    const reader = await IndexReader.open(indexDir);
    try {
      for (const text of [
        'Ai chủ trì hội nghị giao ban Khối Đảng quý I năm 2021 ở Mường Lay?',
        'ai chu tri hoi nghi giao ban khoi dang quy i nam 2021 o muong lay',
      ]) {
        // pruneFrom 1: the seeds are small, the large-corpus path is what is tested here.
        const { query } = buildKeywordQuery(reader, parseQuestion(text), { pruneFrom: 1, maxDocShare: 0.2 });
        expect(query.column).toBe('pairs');
        expect(query.terms.every((t) => syllablePairs(text).includes(t))).toBe(true);
        expect(query.terms.length).toBeLessThanOrEqual(8);
        const df = reader.documentFrequencies('pairs', query.terms);
        const counts = query.terms.map((t) => df.get(t)!);
        expect(counts).toEqual([...counts].sort((a, b) => a - b));
        const [top] = reader.keyword(query, 5);
        const row = reader.chunks([top!.id]).get(top!.id)!;
        expect(reader.docsWithBody(row.bodyHash).map((d) => d.docId)).toContain(MUONG_LAY);
      }
      // Small corpora keep the syllable query.
      expect(buildKeywordQuery(reader, parseQuestion('Mường Lay')).query.column).toBe('text');
    } finally {
      reader.close();
    }
  });

  it('keeps the rarest pairs only while their posting rows fit the budget', async () => {
    const indexDir = join(tmp, 'budget-index');
    await buildIndex({ sourceDir: SEEDS, indexDir, embedder: null });
    const reader = await IndexReader.open(indexDir);
    try {
      const q = parseQuestion('Ai chủ trì hội nghị giao ban Khối Đảng quý I năm 2021 ở Mường Lay?');
      const base = { pruneFrom: 1, maxDocShare: 1 };
      const all = buildKeywordQuery(reader, q, { ...base, pairBudget: Infinity }).query.terms;
      const df = reader.documentFrequencies('pairs', all);
      const rows = all.map((t) => df.get(t)!);
      expect(all.length).toBe(8);
      // A budget of nothing still searches the rarest pair.
      expect(buildKeywordQuery(reader, q, { ...base, pairBudget: 0 }).query.terms).toEqual(all.slice(0, 1));
      // A budget between the sums of the first three and four pairs keeps exactly three.
      const three = rows[0]! + rows[1]! + rows[2]!;
      expect(rows[3]).toBeGreaterThan(0);
      const kept = buildKeywordQuery(reader, q, { ...base, pairBudget: three + rows[3]! / 2 }).query.terms;
      expect(kept).toEqual(all.slice(0, 3));
    } finally {
      reader.close();
    }
  });

  it('fills the table for a generation built before it, and forgets removed articles', async () => {
    const source = join(tmp, 'source');
    const indexDir = join(tmp, 'old-index');
    await cp(SEEDS, source, { recursive: true });
    await buildIndex({ sourceDir: source, indexDir, embedder: null });
    // A generation from before the pairs table.
    const file = await liveSqlite(indexDir);
    const old = new Database(file);
    old.exec('DROP TABLE chunk_pairs_vocab; DROP TABLE chunk_pairs; VACUUM;');
    old.close();
    // Its manifest describes the file as built then (the index verifies sizes and hashes).
    await rewriteManifestEntry(file);
    const before = await IndexReader.open(indexDir);
    try {
      const q = buildKeywordQuery(before, parseQuestion('giao ban Mường Lay'), {
        pruneFrom: 1,
        maxDocShare: 1,
      });
      expect(q.query.column).toBe('text');
      expect(before.keyword(q.query, 5).length).toBeGreaterThan(0);
    } finally {
      before.close();
    }

    await unlink(join(source, `${MUONG_LAY}.txt`));
    await writeFile(
      join(source, 'extra.txt'),
      'Huyện ủy Tủa Chùa giao ban quý II\n\nNgày 01 tháng 07 năm 2022\n\nSáng ngày 30/6/2022, Huyện ủy Tủa Chùa tổ chức hội nghị giao ban công tác Đảng quý II năm 2022. Đồng chí Bí thư Huyện ủy chủ trì hội nghị.\n',
    );
    await buildIndex({ sourceDir: source, indexDir, embedder: null });
    const db = new Database(await liveSqlite(indexDir), { readonly: true });
    try {
      const chunks = db.prepare('SELECT id, text FROM chunks').all() as { id: number; text: string }[];
      const df = (p: string) =>
        (db.prepare('SELECT doc FROM chunk_pairs_vocab WHERE term = ?').get(p) as { doc: number } | undefined)
          ?.doc ?? 0;
      for (const pair of ['giaoban', 'tuachua', 'muonglay']) {
        expect(df(pair), pair).toBe(chunks.filter((c) => syllablePairs(c.text).includes(pair)).length);
      }
      expect(df('tuachua')).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });
});
