import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLatestArgument } from '../src/bot/features/latest.ts';
import { docsAtPlaces, splitPlaces } from '../src/bot/place-filter.ts';
import { loadConfig } from '../src/config.ts';
import { createEngine } from '../src/engine/create.ts';
import type { DocFacet } from '../src/engine/types.ts';
import { createHarness, textMessage } from './helpers/bot-harness.ts';

const facet = (docId: string, own: string[], named: string[] = own): DocFacet => ({
  docId,
  bodyHash: `h-${docId}`,
  published: '2024-01-01',
  meetingDates: [],
  periods: [],
  places: { own, named },
});

/** Keys as the gazetteer gives them (tests/place-*.test.ts): provinces p:, districts d:. */
const CORPUS = [
  facet('muong-lay', ['d:095', 'p:11']), // the town of Mường Lay, Điện Biên
  facet('kon-tum', ['p:62']),
  facet('soc-trang', ['p:94']), // joined Cần Thơ in 2025
  facet('names-kon-tum', ['p:11'], ['p:11', 'p:62']), // about Điện Biên, names Kon Tum in passing
  facet('nowhere', []),
];

const ids = (arg: string) => [...docsAtPlaces(CORPUS, splitPlaces(arg).places)].sort();

describe('place filter: the place in a command argument', () => {
  it('splits the place (with or without diacritics, with its type word) from the words', () => {
    for (const arg of ['ngân sách Mường Lay', 'ngan sach muong lay', 'ngân sách thị xã Mường Lay']) {
      const split = splitPlaces(arg);
      expect(split.places.map((p) => p.candidates[0]?.id)).toEqual(['d:095']);
      expect(fold(split.rest)).toBe('ngan sach');
    }
    expect(splitPlaces('huyện Đồng Văn')).toMatchObject({ rest: '' });
    expect(splitPlaces('huyện Đồng Văn').places[0]?.candidates[0]?.id).toBe('d:026');
    // A quarter is a time, never a place ("quý I", "Q1").
    expect(splitPlaces('giao ban quý I')).toEqual({ places: [], rest: 'giao ban quý I' });
  });

  it('keeps articles about or naming the place; a district satisfies its province, a 2025 province its former ones', () => {
    expect(ids('Điện Biên')).toEqual(['muong-lay', 'names-kon-tum']);
    expect(ids('Kon Tum')).toEqual(['kon-tum', 'names-kon-tum']);
    expect(ids('muong lay')).toEqual(['muong-lay']);
    expect(ids('Cần Thơ')).toEqual(['soc-trang']);
    expect(ids('Hà Giang')).toEqual([]);
  });

  it('reads /latest arguments: a count, a place, or both', () => {
    expect(parseLatestArgument('')).toEqual({ asked: 5 });
    expect(parseLatestArgument('12')).toEqual({ asked: 12 });
    expect(parseLatestArgument('Kon Tum')).toMatchObject({ asked: 5, place: { rest: '' } });
    expect(parseLatestArgument('3 Kon Tum')).toMatchObject({ asked: 3 });
    expect(parseLatestArgument('tỉnh Kon Tum 7')).toMatchObject({ asked: 7 });
    for (const bad of ['abc', '0 Kon Tum', 'Kon Tum hôm qua', '5.5'])
      expect(parseLatestArgument(bad)).toBeNull();
  });
});

describe('bot: /latest and /search with a place', () => {
  it('/latest Kon Tum lists only the reports of that place, and says so', async () => {
    const h = createHarness();
    await h.handle(textMessage('/latest Kon Tum'));
    const call = h.engine.calls.find((c) => c.method === 'latest');
    expect(call?.args[0]).toBe(5);
    const only = (call?.args[1] as { only?: Set<string> } | undefined)?.only;
    expect([...(only ?? [])].sort()).toEqual(['001_oldest', '003_newest']);
    expect(h.texts()[0]).toMatch(/^<b>2 bản tin mới nhất về Kon Tum<\/b>/);
    expect(h.texts()[0]).toContain('Hội nghị sơ kết 6 tháng đầu năm 2022');
    expect(h.texts()[0]).not.toContain('Giao ban Khối Đảng quý I năm 2021');
  });

  it('/latest dien bien (no diacritics) finds the Mường Lay report; a place with none says so', async () => {
    const h = createHarness();
    await h.handle(textMessage('/latest dien bien'));
    expect(h.texts()[0]).toMatch(/^<b>1 bản tin mới nhất về dien bien<\/b>/);
    expect(h.texts()[0]).toContain('Giao ban Khối Đảng quý I năm 2021');
    await h.handle(textMessage('/latest Hà Giang'));
    expect(h.texts()[1]).toBe('Không có bản tin nào về Hà Giang.');
  });

  it('/search ngân sách Mường Lay keeps only hits of that place, searching the phrase without the place', async () => {
    const h = createHarness();
    for (const item of h.engine.latestItems)
      h.engine.documents.set(item.docId, { ...item, url: null, site: null, body: item.summary });
    h.engine.passages = [
      { docId: '003_newest', chunk: 0, score: 2, text: 'Thu ngân sách của tỉnh đạt 95% dự toán.' },
      { docId: '002_middle', chunk: 1, score: 1, text: 'Thu ngân sách trên địa bàn thị xã đạt 40 tỷ đồng.' },
    ];
    await h.handle(textMessage('/search ngân sách Mường Lay'));
    // The engine ranks with the place; the phrase kept is the words without it.
    expect(h.engine.calls).toContainEqual({ method: 'search', args: ['ngân sách Mường Lay', 40] });
    expect(h.engine.calls).toContainEqual({ method: 'searchTitles', args: ['ngân sách', 20] });
    expect(h.texts()[0]).toMatch(/^<b>1 bài khớp với “ngân sách”<\/b>/);
    expect(h.texts()[0]).toContain('trên địa bàn thị xã đạt 40 tỷ');
    expect(h.texts()[0]).not.toContain('95% dự toán');
    await h.handle(textMessage('/search ngân sách Hà Giang'));
    expect(h.texts()[1]).toContain('Không tìm thấy bài nào về Hà Giang có cụm “ngân sách”');
  });
});

describe('engine: facets of the shipped seeds', () => {
  it('places the Mường Lay report in Điện Biên, and /latest of a place lists only its reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'facets-'));
    try {
      cpSync('seeds', join(dir, 'seeds'), { recursive: true });
      const config = loadConfig({
        SEEDS_DIR: join(dir, 'seeds'),
        INDEX_DIR: join(dir, 'index'),
        STATE_DIR: join(dir, 'state'),
      });
      const engine = await createEngine(config, { embedder: null, logger: { info() {}, warn() {} } });
      try {
        const facets = engine.facets();
        expect(facets.map((f) => f.docId).sort()).toEqual(
          engine
            .latest(100)
            .map((i) => i.docId)
            .sort(),
        );
        // seeds/000_…: "Mường Lay: Giao ban Khối Đảng quý I năm 2021", the town (d:095) of Điện Biên (p:11).
        const muongLay = facets.find((f) => f.docId.startsWith('000_'));
        expect(muongLay?.places.own).toEqual(expect.arrayContaining(['d:095', 'p:11']));
        expect(muongLay?.meetingDates.length).toBeGreaterThan(0);
        const only = docsAtPlaces(facets, splitPlaces('Điện Biên').places);
        expect(only.has(muongLay!.docId)).toBe(true);
        expect(only.size).toBeLessThan(facets.length);
        const listed = engine.latest(20, { only });
        expect(listed.map((i) => i.docId).sort()).toEqual([...only].sort());
      } finally {
        await engine.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}
