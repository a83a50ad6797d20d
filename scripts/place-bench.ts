/**
 * Place linking figures: gazetteer load time and heap, name index build, and findPlaces time on
 * 5,000-character article windows and on questions.
 *
 *   node --expose-gc --import tsx scripts/place-bench.ts [--runs N] [--json]
 *
 * Articles come from seeds/ (and ../shared/eval/corpus when present). Without --expose-gc the heap
 * figures include garbage not yet collected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gazetteer } from '../src/place/data.ts';
import { findPlaces } from '../src/place/find.ts';
import { nameIndex } from '../src/place/names.ts';
import { normalizeText } from '../src/text/normalize.ts';

/** Characters per article window: the size the brief's target is stated for. */
const WINDOW = 5_000;
const DEFAULT_RUNS = 200;
const QUESTIONS = [
  'Ai chủ trì hội nghị giao ban quý I năm 2021 của Huyện ủy Đồng Văn?',
  'Who chaired the Dong Van district meeting in Ha Giang province?',
  'vinh chau co bao nhieu dang vien nam 2022',
  'Cần Thơ có những hạn chế gì?',
];

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: String(DEFAULT_RUNS) },
    json: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a positive integer, got "${values.runs}"`);

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};

function articles(): string[] {
  const dirs = ['seeds', join('..', 'shared', 'eval', 'corpus')];
  const texts: string[] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = readdirSync(dir);
    } catch {
      continue;
    }
    for (const f of files) texts.push(normalizeText(readFileSync(join(dir, f), 'utf8')));
  }
  if (texts.length === 0) throw new Error('No articles in seeds/: run from the project folder');
  // Windows of exactly WINDOW characters over the concatenated corpus.
  const all = texts.join('\n\n');
  const windows: string[] = [];
  for (let at = 0; at + WINDOW <= all.length; at += WINDOW) windows.push(all.slice(at, at + WINDOW));
  return windows;
}

/**
 * Wall-clock mean and p95, and the process CPU time per call: on a shared machine the wall clock
 * includes time other processes held the core, the CPU time does not.
 */
function time(
  texts: string[],
  n: number,
): { meanMs: number; p95Ms: number; cpuMs: number; mentions: number } {
  const samples: number[] = [];
  let mentions = 0;
  const cpu0 = process.cpuUsage();
  for (let k = 0; k < n; k++) {
    const text = texts[k % texts.length]!;
    const start = performance.now();
    mentions += findPlaces(text).length;
    samples.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpu0);
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return {
    meanMs: mean,
    p95Ms: samples[Math.floor(samples.length * 0.95)]!,
    cpuMs: (cpu.user + cpu.system) / 1000 / n,
    mentions: mentions / n,
  };
}

/** CPU milliseconds of this process since `since`. */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

const heap0 = heap();
const loadStart = performance.now();
const loadCpu = process.cpuUsage();
const g = gazetteer();
const loadMs = performance.now() - loadStart;
const loadCpuMs = cpuMs(loadCpu);
const heap1 = heap();
const indexStart = performance.now();
const indexCpu = process.cpuUsage();
nameIndex();
const indexMs = performance.now() - indexStart;
const indexCpuMs = cpuMs(indexCpu);
const heap2 = heap();
const windows = articles();
const firstCallStart = performance.now();
findPlaces(windows[0]!);
const firstCallMs = performance.now() - firstCallStart;
const article = time(windows, runs);
const question = time(QUESTIONS, runs);

const result = {
  units: g.stats.units,
  gazetteerLoadMs: +loadMs.toFixed(1),
  gazetteerLoadCpuMs: +loadCpuMs.toFixed(1),
  gazetteerHeapMB: +((heap1 - heap0) / 1e6).toFixed(1),
  nameIndexMs: +indexMs.toFixed(1),
  nameIndexCpuMs: +indexCpuMs.toFixed(1),
  nameIndexHeapMB: +((heap2 - heap1) / 1e6).toFixed(1),
  heapMeasuredAfterGc: gc !== undefined,
  firstCallMs: +firstCallMs.toFixed(2),
  articleWindows: windows.length,
  article5kMeanMs: +article.meanMs.toFixed(3),
  article5kP95Ms: +article.p95Ms.toFixed(3),
  article5kCpuMs: +article.cpuMs.toFixed(3),
  mentionsPerArticle: +article.mentions.toFixed(1),
  questionMeanMs: +question.meanMs.toFixed(3),
  questionP95Ms: +question.p95Ms.toFixed(3),
  questionCpuMs: +question.cpuMs.toFixed(3),
  runs,
};
if (values.json) console.log(JSON.stringify(result));
else for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(22)} ${v}`);
