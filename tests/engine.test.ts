import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import type { TestTokenizer } from '../src/embed/test-model.ts';
import type { Embedder } from '../src/embed/types.ts';
import { createEngine } from '../src/engine/create.ts';
import type { Answer, Engine } from '../src/engine/types.ts';
import { parseArticle } from '../src/ingest/parse.ts';
import { testEmbedder } from './helpers/test-embedder.ts';

const SEEDS = resolve('seeds');
const quiet = { info: () => {}, warn: () => {} };
let tmp: string;
/** The two fixture shapes: BERT WordPiece, and multilingual-e5-small's (XLM-R Unigram, E5 prefixes). */
const embedders: Partial<Record<TestTokenizer, Embedder>> = {};
const bodies = new Map<string, string>();

async function engineOver(vectors: TestTokenizer | null): Promise<{ engine: Engine; seeds: string }> {
  const dir = await mkdtemp(join(tmp, vectors ? `hybrid-${vectors}-` : 'keyword-'));
  const seeds = join(dir, 'seeds');
  await cp(SEEDS, seeds, { recursive: true });
  const config = { ...loadConfig({}), SEEDS_DIR: seeds, INDEX_DIR: join(dir, 'index') };
  return {
    engine: await createEngine(config, { embedder: vectors ? embedders[vectors]! : null, logger: quiet }),
    seeds,
  };
}

/** Every [n] has a citation, every citation is used, every quote is in its document's body. */
function expectGrounded(a: Answer): void {
  const markers = new Set([...a.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
  expect([...markers].sort()).toEqual(a.citations.map((c) => c.n).sort());
  for (const c of a.citations) {
    expect(bodies.get(c.docId), c.docId).toContain(c.quote);
    expect(c.quote.length).toBeGreaterThan(0);
  }
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'engine-test-'));
  embedders.wordpiece = await testEmbedder(tmp, [SEEDS]);
  embedders.unigram = await testEmbedder(tmp, [SEEDS], undefined, 'unigram');
  for (const id of [
    '000_0c95c87bab80c7cf',
    '001_56a5bdce7b9e82f6',
    '002_31ae2237aeafa83e',
    '003_8fc4396257645532',
    '004_f66d6dc4a8e384f9',
  ]) {
    const raw = await readFile(join(SEEDS, `${id}.txt`), 'utf8');
    bodies.set(id, parseArticle(raw, { docId: id, source: '' }).body);
  }
});

afterAll(async () => {
  for (const e of Object.values(embedders)) await e?.close?.();
  await rm(tmp, { recursive: true, force: true });
});

describe.each([
  ['keyword-only', null],
  ['hybrid with the WordPiece test model', 'wordpiece'],
  ['hybrid with the XLM-R-shaped (e5) test model', 'unigram'],
] as const)('answers over the seeds (%s)', (_name, vectors) => {
  let engine: Engine;
  beforeAll(async () => {
    ({ engine } = await engineOver(vectors));
  });
  afterAll(async () => engine?.close());

  it('names the chair of a meeting, with a grounded citation', async () => {
    const a = await engine.ask('Ai chủ trì hội nghị giao ban Khối Đảng quý I năm 2021 ở Mường Lay?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ngôn Ngọc Khuê');
    expect(a.citations[0]?.docId).toBe('000_0c95c87bab80c7cf');
    expectGrounded(a);
  });

  it('names both Q1 2021 meetings, each with its own citation', async () => {
    const a = await engine.ask('Who chaired the Q1 2021 meeting?');
    expect(a.answer).toContain('Ngôn Ngọc Khuê');
    expect(a.answer).toContain('Lê Tiến Châu');
    expect(new Set(a.citations.map((c) => c.docId))).toEqual(
      new Set(['000_0c95c87bab80c7cf', '004_f66d6dc4a8e384f9']),
    );
    expectGrounded(a);
  });

  it('answers without diacritics', async () => {
    const a = await engine.ask('ai chu tri giao ban cong tac Dang, doan the 9 thang nam 2023');
    expect(a.answer).toContain('Văn Quốc Cường');
    expectGrounded(a);
  });

  it('gives the meeting date, not the page-header date', async () => {
    const a = await engine.ask('Mường Lay tổ chức giao ban Khối Đảng quý I năm 2021 vào ngày nào?');
    expect(a.answer).toContain('31/3/2021');
    const p = await engine.ask('Bài "5 năm một chặng đường phát triển" được đăng ngày nào?');
    expect(p.answer).toContain('30/7/2020');
    expect(p.answer).not.toContain('1/12/2020');
  });

  it('quotes the figure asked for', async () => {
    const a = await engine.ask('Đảng bộ Khối Các cơ quan và Doanh nghiệp tỉnh có bao nhiêu đảng viên?');
    expect(a.answer).toContain('3.281 đảng viên');
    expectGrounded(a);
  });

  it('says so when only a sidebar mentions the fact', async () => {
    const a = await engine.ask('Cuộc họp khẩn của Bộ Y tế về ca lây nhiễm từ người cách ly do ai chủ trì?');
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
    expect(a.answer).toContain('/latest');
  });

  it('says so for a place the articles do not cover', async () => {
    const a = await engine.ask('Huyện ủy Mộc Châu giao ban quý II năm 2022 do ai chủ trì?');
    expect(a.answered).toBe(false);
  });

  it('answers hostile or empty input politely', async () => {
    for (const q of [
      '',
      '   ',
      '?',
      '😀😀',
      `'; DROP TABLE docs; --`,
      '") OR 1=1 --',
      'NEAR(a b) AND * "',
      '<b>hi</b> **x**',
      '会议主持人是谁',
    ]) {
      const a = await engine.ask(q);
      expect(typeof a.answer).toBe('string');
      expect(a.answer.length).toBeGreaterThan(0);
      expectGrounded(a);
    }
    const long = await engine.ask(`Ai chủ trì hội nghị? ${'x '.repeat(10_000)}`);
    expect(long.notes?.[0]).toMatch(/quá dài|too long/);
  });

  it('answers "latest report" questions from publication dates, newest first', async () => {
    const a = await engine.ask('bản tin mới nhất');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.docId).toBe('001_56a5bdce7b9e82f6');
    const about = await engine.ask('latest report about Mường Lay');
    expect(about.citations.map((c) => c.docId)).toEqual(['000_0c95c87bab80c7cf']);
    expectGrounded(about);
  });

  it('lists the newest reports first', () => {
    expect(engine.latest(5).map((l) => l.docId)).toEqual([
      '001_56a5bdce7b9e82f6',
      '002_31ae2237aeafa83e',
      '000_0c95c87bab80c7cf',
      '004_f66d6dc4a8e384f9',
      '003_8fc4396257645532',
    ]);
  });

  it('reports its index in stats', () => {
    const s = engine.stats();
    expect(s).toMatchObject({ articles: 5, vectors: vectors !== null });
    expect(s.chunks).toBeGreaterThan(5);
  });
});

describe('updates while answering', () => {
  it('adds, answers from the new article, removes; questions during the update are all answered', async () => {
    const { engine, seeds } = await engineOver('wordpiece');
    try {
      const article = [
        'Mộc Châu: Giao ban quý I năm 2024',
        '',
        'Ngày 16 tháng 03 năm 2024',
        '',
        'Sáng ngày 15/3/2024, Huyện ủy Mộc Châu tổ chức hội nghị giao ban quý I năm 2024. Đồng chí Hoàng Văn Nam, Bí thư Huyện ủy chủ trì hội nghị. Quý I năm 2024, toàn Đảng bộ kết nạp 45 đảng viên mới, nâng tổng số đảng viên lên 6.120 đồng chí.',
      ].join('\n');
      const adding = engine.addArticle(article, { format: 'txt' });
      const during = await Promise.all(
        Array.from({ length: 20 }, () =>
          engine.ask('Ai chủ trì giao ban Khối Đảng quý I năm 2021 ở Mường Lay?'),
        ),
      );
      expect(during.every((a) => a.answer.includes('Ngôn Ngọc Khuê'))).toBe(true);
      const { docId, report } = await adding;
      expect(report.added).toEqual([docId]);
      await expect(engine.addArticle(article, { format: 'txt' })).rejects.toThrow('already stored');
      const a = await engine.ask('Ai chủ trì hội nghị giao ban quý I năm 2024 của Huyện ủy Mộc Châu?');
      expect(a.answer).toContain('Hoàng Văn Nam');
      expect(a.citations[0]?.source).toContain(`${docId}.txt`);
      await expect(engine.removeArticle('../etc/passwd')).rejects.toThrow('no article with docId');
      const removed = await engine.removeArticle(docId);
      expect(removed.removed).toEqual([docId]);
      expect(
        (await engine.ask('Ai chủ trì hội nghị giao ban quý I năm 2024 của Huyện ủy Mộc Châu?')).answered,
      ).toBe(false);
      // Two updates never interleave: they run one after the other.
      const [r1, r2] = await Promise.all([engine.reindex(), engine.reindex()]);
      expect(r1.unchanged).toBe(5);
      expect(r2.unchanged).toBe(5);
      expect(seeds).toBeTruthy();
    } finally {
      await engine.close();
    }
  });
});
