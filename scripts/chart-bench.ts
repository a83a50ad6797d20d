/**
 * Time the `/stats` chart: per-article facets of an index (or synthetic ones), counting, Vega-Lite →
 * SVG → PNG. `npx tsx scripts/chart-bench.ts [--index DIR] [--articles N] [--runs R] [--out FILE]`.
 * Without --index, N synthetic articles over seven provinces and three years. Prints wall and CPU
 * milliseconds per step (CPU includes resvg's worker thread), first run (cold) and the median of the rest.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chartData } from '../src/bot/chart/data.ts';
import { renderPng } from '../src/bot/chart/render.ts';
import { chartSpec } from '../src/bot/chart/spec.ts';
import { docFacets } from '../src/engine/facets.ts';
import type { DocFacet } from '../src/engine/types.ts';
import { IndexReader } from '../src/index/open.ts';

const { values } = parseArgs({
  options: {
    index: { type: 'string' },
    articles: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    out: { type: 'string' },
  },
});

const PROVINCE_KEYS = ['p:02', 'p:11', 'p:62', 'p:94', 'p:01', 'p:92', 'p:26'];

function synthetic(n: number): DocFacet[] {
  return Array.from({ length: n }, (_, i) => ({
    docId: `a${i}`,
    bodyHash: `b${i}`,
    published: `${2022 + (i % 3)}-${String(1 + ((7 * i) % 12)).padStart(2, '0')}-15`,
    meetingDates: [],
    periods: [],
    places: { own: [PROVINCE_KEYS[(i % 13) % PROVINCE_KEYS.length]!], named: [] },
  }));
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  return { value, wall: performance.now() - t0, cpu: cpuMs(process.cpuUsage(c0)) };
}

const runs = Math.max(1, Number(values.runs));
const rows: { facets: number; count: number; render: number; total: number; cpu: number }[] = [];
let png: Buffer | null = null;
let articles = 0;
for (let r = 0; r < runs; r++) {
  // A fresh reader each run, so the facets are read from the index every time (no per-generation cache).
  const reader = values.index ? await IndexReader.open(values.index, { verify: 'sizes' }) : null;
  const f = await timed(() => (reader ? docFacets(reader) : synthetic(Number(values.articles))));
  articles = f.value.length;
  const c = await timed(() => chartData(f.value));
  const p = await timed(() => renderPng(chartSpec(c.value, 'vi')));
  png = p.value;
  reader?.close();
  rows.push({
    facets: f.wall,
    count: c.wall,
    render: p.wall,
    total: f.wall + c.wall + p.wall,
    cpu: f.cpu + c.cpu + p.cpu,
  });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (row: Record<string, number>) =>
  Object.entries(row)
    .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
    .join(', ');
console.log(`articles: ${articles}`);
console.log(`cold:   ${fmt(rows[0]!)}`);
if (rows.length > 1) {
  const rest = rows.slice(1);
  const keys = Object.keys(rest[0]!) as (keyof (typeof rows)[0])[];
  console.log(`median: ${fmt(Object.fromEntries(keys.map((k) => [k, median(rest.map((x) => x[k]))])))}`);
}
if (values.out && png) writeFileSync(values.out, png);
