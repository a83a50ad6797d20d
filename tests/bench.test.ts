import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBench } from '../src/bench/run.ts';
import { formatReport } from '../src/bench/table.ts';
import type { BenchResult } from '../src/bench/types.ts';
import { EF_CANDIDATES } from '../src/index/ef-calibration.ts';

let tmp: string;
let result: BenchResult;
let workDir: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'bench-test-'));
  workDir = join(tmp, 'work');
  result = await runBench({
    articles: 300,
    questions: 60,
    vectorQueries: 100,
    clusters: 30,
    efValues: [16, 64, 256],
    seed: 7,
    workDir,
  });
}, 180_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const positive = (x: number) => expect(x).toBeGreaterThan(0);
const inUnit = (x: number) => {
  expect(x).toBeGreaterThanOrEqual(0);
  expect(x).toBeLessThanOrEqual(1);
};

describe('runBench at a tiny size', () => {
  it('has the documented JSON shape', () => {
    for (const key of [
      'corpus',
      'build',
      'vector',
      'keyword',
      'ask',
      'load',
      'memory',
      'incremental',
      'efCurve',
      'clustered',
      'targets',
      'date',
      'machine',
    ]) {
      expect(result).toHaveProperty(key);
    }
    expect(Object.keys(result.build.stages).sort()).toEqual(['embed', 'hnsw', 'keyword', 'parse']);
    for (const s of Object.values(result.build.stages)) {
      positive(s.seconds);
      positive(s.perSecond);
    }
    // What the JSON file holds is what the run returned.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('sized the corpus and built every chunk', () => {
    expect(result.corpus.articles).toBe(300);
    expect(result.corpus.chunks).toBeGreaterThan(result.corpus.articles);
    expect(result.vector.n).toBe(result.corpus.chunks);
    expect(result.clustered.n).toBe(result.corpus.chunks);
    positive(result.build.seconds);
    positive(result.build.diskMB);
  });

  it('measures vector search against exact search', () => {
    // The asked values, and the efSearch the index serves (calibrated by the build) when not among them.
    const served = result.vector.productEfSearch;
    expect(result.efCurve.map((p) => p.efSearch)).toEqual(
      [...new Set([16, 64, 256, served])].sort((a, b) => a - b),
    );
    for (const p of [...result.efCurve, ...result.clustered.efCurve]) {
      inUnit(p.recallAt10);
      positive(p.p50Ms);
      expect(p.p95Ms).toBeGreaterThanOrEqual(p.p50Ms);
      expect(p.simLoss).toBeGreaterThanOrEqual(-1e-6);
    }
    // Recall cannot fall much as efSearch grows (the search only widens).
    const first = result.efCurve[0]!.recallAt10;
    expect(result.efCurve.at(-1)!.recallAt10).toBeGreaterThanOrEqual(first - 0.01);
    // Judged at the served efSearch, one of the calibration's candidates.
    expect(result.vector.efSearch).toBe(served);
    expect(EF_CANDIDATES).toContain(served);
    inUnit(result.vector.recallAt10);
    positive(result.vector.exactP50Ms);
    positive(result.vector.speedup);
    expect(result.vector.queries).toBe(100);
  });

  it('measures keyword search, ask, load, memory and the incremental update', () => {
    positive(result.keyword.p50Ms);
    expect(result.keyword.p95Ms).toBeGreaterThanOrEqual(result.keyword.p50Ms);
    expect(result.ask.questions).toBe(60);
    positive(result.ask.p50Ms);
    expect(result.ask.vectors).toBe(true);
    expect(result.ask.correct).toBeLessThanOrEqual(result.ask.answered);
    // A sanity floor, not a quality bar: the generated questions include kinds the answer layer is still
    // learning (presenter, sections, yes/no…), so the floor is on the whole set loosely and on
    // "who chaired" firmly. Per-kind tallies add up to the totals.
    expect(result.ask.correct).toBeGreaterThan(result.ask.questions / 5);
    const who = result.ask.byType.who ?? { total: 0, correct: 0 };
    expect(who.total).toBeGreaterThan(0);
    expect(who.correct).toBeGreaterThan(who.total / 2);
    const kinds = Object.values(result.ask.byType);
    expect(kinds.reduce((n, k) => n + k.total, 0)).toBe(result.ask.questions);
    expect(kinds.reduce((n, k) => n + k.correct, 0)).toBe(result.ask.correct);
    positive(result.load.seconds);
    // By default the questions come after the bot's idle warm-up (engine/idle-warm-up.ts: ≤ 60).
    const warm = result.load.idleWarmUp;
    expect(warm?.asked).toBeGreaterThan(0);
    expect(warm?.asked).toBeLessThanOrEqual(60);
    expect(warm?.seconds).toBeGreaterThan(0);
    positive(result.memory.rssMB);
    expect(result.memory.peakRssMB).toBeGreaterThanOrEqual(result.memory.rssAfterLoadMB);
    expect(result.incremental.changed).toBe(1);
    positive(result.incremental.embedded);
    positive(result.incremental.seconds);
  });

  it('checks the small-corpus targets and prints them', () => {
    expect(result.targets.map((t) => t.name)).toContain('ask p95');
    expect(result.targets.find((t) => t.name === 'ask p95')?.limit).toBe(50);
    for (const t of result.targets)
      expect(t.ok).toBe(t.better === 'lower' ? t.actual <= t.limit : t.actual >= t.limit);
    const text = formatReport(result);
    expect(text).toContain('Targets');
    expect(text).toContain(`Served efSearch: ${result.vector.efSearch}`);
    expect(text).toContain(`asked after the idle warm-up (${result.load.idleWarmUp?.asked} questions`);
  });

  it('removes its working folder', () => {
    expect(existsSync(workDir)).toBe(false);
  });
});

describe('bench CLI', () => {
  it('rejects a bad article count before doing any work', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--articles', '0'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("bench: --articles must be a whole number ≥ 1, got '0'");
  });
});
