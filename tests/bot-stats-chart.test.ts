import { inflateSync } from 'node:zlib';
import { InputFile } from 'grammy';
import { describe, expect, it } from 'vitest';
import { chartData, MAX_PROVINCES, quartersEndingAt } from '../src/bot/chart/data.ts';
import { CHART_ZOOM, renderPng, specToSvg } from '../src/bot/chart/render.ts';
import { type ChartValue, chartSpec, quarterLabel } from '../src/bot/chart/spec.ts';
import type { DocFacet } from '../src/engine/types.ts';
import { createHarness, textMessage } from './helpers/bot-harness.ts';

/** Provinces by gazetteer key (tests/place-*.test.ts), with the name the chart must print. */
const PROVINCES: [key: string, name: string][] = [
  ['p:02', 'Hà Giang'],
  ['p:11', 'Điện Biên'],
  ['p:62', 'Kon Tum'],
  ['p:94', 'Sóc Trăng'],
  ['p:01', 'Hà Nội'],
  ['p:92', 'Cần Thơ'],
  ['p:26', 'Vĩnh Phúc'],
];

interface Generated {
  facets: DocFacet[];
  /** What the chart must count, computed here from the generator's own choices: "quarter|province" → n. */
  expected: Map<string, number>;
}

/**
 * `n` articles: article i is held in month 1 + (7i mod 12) of 2022 + (i mod 3) in the province
 * PROVINCES[(i mod 13) mod 7] (the last one half as often); every 10th has its meeting date a quarter before its publication
 * (the meeting's counts), every 50th is a syndicated copy of the one before (counted once), every
 * 23rd has no place of its own (not counted).
 */
function generate(n: number): Generated {
  const facets: DocFacet[] = [];
  const expected = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const year = 2022 + (i % 3);
    const month = 1 + ((7 * i) % 12);
    const [key, name] = PROVINCES[(i % 13) % PROVINCES.length]!;
    const copy = i % 50 === 49;
    const placeless = i % 23 === 0;
    const early = i % 10 === 0 && month > 3;
    const meetingMonth = early ? month - 3 : month;
    const mm = (m: number) => String(m).padStart(2, '0');
    facets.push({
      docId: `a${i}`,
      bodyHash: copy ? `b${i - 1}` : `b${i}`,
      published: `${year}-${mm(month)}-20`,
      meetingDates: early ? [`${year}-${mm(meetingMonth)}-05`] : [],
      periods: [],
      places: placeless ? { own: [], named: [key] } : { own: ['d:095', key], named: [key] },
    });
    if (copy || placeless) continue;
    const k = `${year}-Q${Math.ceil(meetingMonth / 3)}|${name}`;
    expected.set(k, (expected.get(k) ?? 0) + 1);
  }
  return { facets, expected };
}

/** The chunks of a PNG file, checked for signature and order; throws on a malformed file. */
function pngChunks(png: Buffer): { type: string; data: Buffer }[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Buffer }[] = [];
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    chunks.push({
      type: png.toString('latin1', at + 4, at + 8),
      data: png.subarray(at + 8, at + 8 + length),
    });
    at += 12 + length;
  }
  expect(at).toBe(png.length);
  return chunks;
}

/** Decode enough of a PNG to know it is whole: IHDR, then the inflated IDAT holds every row. */
function decodePng(png: Buffer): { width: number; height: number; channels: number } {
  const chunks = pngChunks(png);
  expect(chunks[0]?.type).toBe('IHDR');
  expect(chunks.at(-1)?.type).toBe('IEND');
  const ihdr = chunks[0]!.data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  expect(ihdr[8]).toBe(8); // bit depth
  const channels = ({ 2: 3, 6: 4 } as Record<number, number>)[ihdr[9]!];
  expect(channels).toBeDefined();
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = 1 + width * channels!;
  expect(raw.length).toBe(height * stride);
  // Every row starts with a filter type 0–4.
  for (let y = 0; y < height; y++) expect(raw[y * stride]).toBeLessThanOrEqual(4);
  return { width, height, channels: channels! };
}

describe('/stats chart data', () => {
  it('counts meetings per quarter and province as computed independently', () => {
    const { facets, expected } = generate(2000);
    const data = chartData(facets);
    expect(data.quarters).toEqual(quartersEndingAt('2024-Q4', 8));
    expect(data.provinces).toHaveLength(MAX_PROVINCES);
    const counted = new Map(data.rows.map((r) => [`${r.quarter}|${r.province}`, r.count]));
    for (const q of data.quarters)
      for (const p of data.provinces)
        expect(counted.get(`${q}|${p}`) ?? 0).toBe(expected.get(`${q}|${p}`) ?? 0);
    // The provinces shown are the busiest in those quarters.
    const inRange = (p: string) =>
      data.quarters.reduce((sum, q) => sum + (expected.get(`${q}|${p}`) ?? 0), 0);
    const ranked = PROVINCES.map(([, name]) => name).sort((a, b) => inRange(b) - inRange(a));
    expect(data.provinces.map(inRange)).toEqual(ranked.slice(0, MAX_PROVINCES).map(inRange));
    expect(data.total).toBe(new Set(facets.map((f) => f.bodyHash)).size);
    expect(data.shown).toBe(data.rows.reduce((s, r) => s + r.count, 0));
  });

  it('puts the same counts, labelled as people write quarters, in the chart specification', () => {
    const { facets, expected } = generate(500);
    const data = chartData(facets);
    const spec = chartSpec(data, 'vi') as { data: { values: ChartValue[] } };
    const values = spec.data.values;
    expect(values.length).toBeGreaterThan(10);
    for (const v of values) {
      const q = /^Quý (IV|III|II|I)\/(\d{4})$/.exec(v.quarter);
      expect(q).not.toBeNull();
      const n = { I: 1, II: 2, III: 3, IV: 4 }[q![1] as 'I' | 'II' | 'III' | 'IV'];
      expect(v.count).toBe(expected.get(`${q![2]}-Q${n}|${v.province}`));
    }
    expect(quarterLabel('2024-Q3', 'vi')).toBe('Quý III/2024');
    expect(quarterLabel('2024-Q3', 'en')).toBe('Q3 2024');
  });
});

describe('/stats chart picture', () => {
  it('is a valid PNG of the SVG size, with the labels drawn as text in the bundled font', async () => {
    const data = chartData(generate(300).facets);
    const spec = chartSpec(data, 'vi');
    const svg = await specToSvg(spec);
    expect(svg).toContain('Quý III/2024');
    expect(svg).toContain('Hà Giang');
    expect(svg).toContain('Noto Sans');
    const svgWidth = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
    const svgHeight = Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1]);
    const png = await renderPng(spec);
    const image = decodePng(png);
    expect(image.width).toBe(Math.round(svgWidth * CHART_ZOOM));
    expect(image.height).toBe(Math.round(svgHeight * CHART_ZOOM));
  });

  it('counts and draws 10,000 articles in under 1 s of CPU time', async () => {
    const { facets } = generate(10_000);
    await renderPng(chartSpec(chartData(facets), 'vi')); // warm: modules, gazetteer, font parsing code
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const png = await renderPng(chartSpec(chartData(facets), 'en'));
    const wall = performance.now() - t0;
    const used = process.cpuUsage(cpu0);
    const cpuMs = (used.user + used.system) / 1000;
    console.log(`/stats chart, 10k articles: ${cpuMs.toFixed(0)} ms CPU, ${wall.toFixed(0)} ms wall`);
    decodePng(png);
    // CPU time, not wall time: the test machine is shared; resvg's worker thread counts too.
    expect(cpuMs).toBeLessThan(1000);
  });
});

describe('bot: /stats and /thongke send the chart', () => {
  it('sends the text, then the chart as a photo with a caption in the user language', async () => {
    const h = createHarness();
    await h.handle(textMessage('/thongke'));
    expect(h.texts()[0]).toContain('Bài viết: 3');
    const photos = h.calls.filter((c) => c.method === 'sendPhoto').map((c) => c.payload);
    expect(photos).toHaveLength(1);
    // The fake engine's facets: two articles dated and placed, in two provinces.
    expect(photos[0]?.caption).toBe('Số cuộc họp theo quý của 2 tỉnh nhiều cuộc họp nhất: 2 trong 3 bài.');
    const file = photos[0]?.photo as InputFile;
    expect(file).toBeInstanceOf(InputFile);
    decodePng(Buffer.from((await file.toRaw()) as Uint8Array));
    await h.handle(textMessage('/stats', { language: 'en' }));
    expect(h.texts()[1]).toContain('Articles: 3');
    const en = h.calls.filter((c) => c.method === 'sendPhoto').map((c) => c.payload);
    expect(en[1]?.caption).toBe('Meetings per quarter of the 2 busiest provinces: 2 of 3 articles.');
  });

  it('still answers with the text when there is nothing to chart', async () => {
    const h = createHarness();
    h.engine.facetList = [];
    await h.handle(textMessage('/stats'));
    expect(h.texts()[0]).toContain('Bài viết: 3');
    expect(h.calls.some((c) => c.method === 'sendPhoto')).toBe(false);
  });
});
