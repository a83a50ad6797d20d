/**
 * kill -9 of `npm run index` at random moments (seeded), over a synthetic corpus that grows and
 * changes between runs, with the offline test model so embedding really runs. After every kill the
 * index must load and answer, and serve exactly the previous generation or exactly the new one
 * (manifest, SQLite and HNSW agreeing); every few runs a build is let finish, and it must embed
 * only the chunks the killed runs had not yet cached.
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder } from '../src/embed/load.ts';
import { buildTestModel } from '../src/embed/test-model.ts';
import type { Embedder } from '../src/embed/types.ts';
import { generateCorpus } from '../src/synth/index.ts';
import type { SynthArticle } from '../src/synth/types.ts';
import {
  cachedKeys,
  cacheKey,
  checkLiveGeneration,
  chunksFrom,
  type DocState,
  indexEntries,
  type LiveGeneration,
  sourceState,
} from './helpers/index-state.ts';
import { killAllChildren, type RunResult, seededRandom, sleep, spawnTsx } from './helpers/reliability.ts';

/** Kills that must land while the build is running (runs that finish first do not count). */
const KILLS = 20;
/** A build is let finish after this many kills. */
const FINISH_EVERY = 5;
const INITIAL_ARTICLES = 60;
const ADD_PER_RUN = 14;
const POOL = INITIAL_ARTICLES + ADD_PER_RUN * 40;
const SEED = 20_241_123;
/** The non-TTY progress line once some vectors are embedded and cached (`embed: 12/40`). */
const EMBEDDING_STARTED = /embed: [1-9]\d*\//;

let root: string;
let src: string;
let indexDir: string;
let env: Record<string, string>;
let embedder: Embedder;
let pool: SynthArticle[];
let poolNext = 0;
const rand = seededRandom(SEED);
/** What happened in each run, printed at the end (the figures of the README). */
const log: string[] = [];

function addArticles(n: number): void {
  for (let i = 0; i < n && poolNext < pool.length; i++) {
    const a = pool[poolNext++]!;
    writeFileSync(path.join(src, a.fileName), a.text);
  }
}

/** Between runs: new articles, a few edited, one removed (all chosen with the seeded generator). */
function mutateSource(run: number): void {
  addArticles(ADD_PER_RUN);
  const present = pool.slice(0, poolNext).map((a) => a.fileName);
  for (let i = 0; i < 2; i++) {
    const name = present[Math.floor(rand() * present.length)]!;
    try {
      appendFileSync(
        path.join(src, name),
        `\nTheo báo cáo bổ sung lần ${run}.${i}, toàn Đảng bộ đã hoàn thành ${10 + run} chỉ tiêu trong kỳ.\n`,
      );
    } catch {
      // removed earlier
    }
  }
  const victim = present[Math.floor(rand() * present.length)]!;
  try {
    unlinkSync(path.join(src, victim));
  } catch {
    // already removed
  }
}

/** A complete `npm run index` run; returns its output and the build phase's duration. */
async function completeRun(): Promise<{
  result: RunResult;
  buildMs: number;
  embedded: number;
  chunks: number;
}> {
  const t0 = performance.now();
  const p = spawnTsx('src/cli/index.ts', ['--source', src, '--out', indexDir], { env });
  await p.waitFor(/read: 0\//, 60_000);
  const started = performance.now();
  const timer = setTimeout(() => void p.kill9(), 120_000);
  const code = await p.exited;
  clearTimeout(timer);
  const result = { code, stdout: p.stdout(), stderr: p.stderr(), ms: performance.now() - t0 };
  expect(code, result.stderr).toBe(0);
  const m = /chunks\s+(\d+) \((\d+) embedded this run\)/.exec(result.stdout);
  expect(m, result.stdout).not.toBeNull();
  return { result, buildMs: performance.now() - started, chunks: Number(m![1]), embedded: Number(m![2]) };
}

const sameState = (a: DocState, b: DocState) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
const sortKeys = (s: DocState) => Object.fromEntries(Object.entries(s).sort(([x], [y]) => (x < y ? -1 : 1)));

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'rel-crash-'));
  src = path.join(root, 'src');
  indexDir = path.join(root, 'index');
  const poolDir = path.join(root, 'pool');
  pool = generateCorpus({ articles: POOL, seed: SEED });
  // The model's vocabulary covers the whole pool, so later articles embed as well as the first.
  mkdirSync(poolDir);
  mkdirSync(src);
  for (const a of pool) writeFileSync(path.join(poolDir, a.fileName), a.text);
  const model = buildTestModel({ out: path.join(root, 'model'), corpusDirs: [poolDir] });
  rmSync(poolDir, { recursive: true });
  const loaded = await loadEmbedder({ model: model.dir, modelsDir: path.join(root, 'models') });
  if (!loaded.ok) throw new Error(loaded.reason);
  embedder = loaded.embedder;
  env = { EMBEDDING_MODEL: model.dir, MODELS_DIR: path.join(root, 'models') };
  addArticles(INITIAL_ARTICLES);
}, 60_000);

afterAll(async () => {
  await killAllChildren();
  await embedder?.close?.();
  if (root) rmSync(root, { recursive: true, force: true });
  if (log.length > 0) console.info(`reliability-crash:\n${log.join('\n')}`);
});

describe('kill -9 of npm run index at random moments', () => {
  it(`survives ${KILLS} kills: old or new generation, never a mix; resumed builds embed only what is missing`, async () => {
    const probe = pool[0]!.truth.organisation;
    let first = await completeRun();
    let live: LiveGeneration = await checkLiveGeneration(indexDir, embedder, probe);
    expect(sameState(live.state, await sourceState(src))).toBe(true);
    let buildMs = first.buildMs;
    let kills = 0;
    let finishedBeforeKill = 0;
    let oldServed = 0;
    let newServed = 0;
    let resumedChunks = 0;
    let killedWhileEmbedding = 0;
    let cacheGrewSinceFinish = false;
    /** Steps of source changes not yet published, and how many the last finished build covered. */
    let pending = 0;
    let builtSteps = INITIAL_ARTICLES / ADD_PER_RUN;
    const t0 = performance.now();

    let run = 0;
    while (kills < KILLS && run < KILLS * 2) {
      run++;
      // 150 s until the seventh session, whose three clean-clone runs under load 3–4 took 161–167 s.
      expect(performance.now() - t0, 'crash loop time budget').toBeLessThan(190_000);
      mutateSource(run);
      const expectedNew = await sourceState(src);
      const cachedAtStart = cachedKeys(indexDir, embedder.modelId);
      const cacheBefore = cachedAtStart.size;
      // A few kills land during start-up (before anything is written); most during the build.
      const early = rand() < 0.1;
      // The kill before each finished build is aimed at the embedding phase (right after the first
      // batch of vectors is cached), so the resume it asserts on cannot depend on a random moment
      // landing in that phase, which is short on this corpus.
      const aimed = !early && kills % FINISH_EVERY === FINISH_EVERY - 1;
      // Killed runs leave their work to the next one: the expected duration is the last finished
      // build's, scaled by the steps of work now pending. The window ends a little past it, so some
      // kills land after the switch and a few builds finish first.
      // About half of a build is fixed cost (reading every file, copying the database, the graph).
      pending++;
      const expectedMs = buildMs * (0.5 + (0.5 * pending) / builtSteps);
      const delay = Math.round(rand() * expectedMs * 1.15);
      const p = spawnTsx('src/cli/index.ts', ['--source', src, '--out', indexDir], { env });
      if (!early) await p.waitFor(/read: 0\//, 60_000);
      const startedAt = performance.now();
      let endedAt = 0;
      void p.exited.then(() => {
        endedAt = performance.now();
      });
      if (aimed) await p.waitFor(EMBEDDING_STARTED, 60_000).catch(() => undefined);
      else await sleep(early ? Math.round(rand() * 800) : delay);
      const finished = p.child.exitCode !== null;
      const code = await p.kill9();
      if (finished || code !== 'SIGKILL') {
        // The build won the race: a normal, complete run.
        expect(code, p.stderr()).toBe(0);
        finishedBeforeKill++;
        const previous = live;
        live = await checkLiveGeneration(indexDir, embedder, probe);
        expect(sameState(live.state, expectedNew)).toBe(true);
        // A build that won the race after killed ones resumed too: count the vectors it took
        // from the cache they filled.
        if (live.generation !== previous.generation) {
          const added = chunksFrom(live.dir, previous.nextChunkId);
          resumedChunks += added.filter((t) => cachedAtStart.has(cacheKey(t))).length;
        }
        cacheGrewSinceFinish = false;
        buildMs = Math.max(endedAt - startedAt, 300);
        builtSteps = pending;
        pending = 0;
        continue;
      }
      kills++;
      const cacheAfter = cachedKeys(indexDir, embedder.modelId).size;
      if (cacheAfter > cacheBefore) killedWhileEmbedding++;
      const after = await checkLiveGeneration(indexDir, embedder, probe);
      const isOld = after.generation === live.generation && sameState(after.state, live.state);
      const isNew = after.generation > live.generation && sameState(after.state, expectedNew);
      expect(
        isOld || isNew,
        `run ${run}: generation ${after.generation} is neither the old nor the new one`,
      ).toBe(true);
      if (isOld) {
        oldServed++;
        // Vectors this killed run cached belong to chunks still to be published.
        if (cacheAfter > cacheBefore) cacheGrewSinceFinish = true;
      } else {
        newServed++;
        pending = 0;
        cacheGrewSinceFinish = false;
      }
      log.push(
        `  run ${run}: killed ${early ? 'at start-up' : aimed ? 'at the first embedded batch' : `${delay} ms into the build`}; serves ${isOld ? 'old' : 'new'} generation ${after.generation}; cache ${cacheBefore} → ${cacheAfter}`,
      );
      live = after;

      if (kills % FINISH_EVERY === 0) {
        // Let a build finish: it must embed exactly the new chunks the cache does not hold yet.
        const cached = cachedKeys(indexDir, embedder.modelId);
        const before = live;
        const done = await completeRun();
        live = await checkLiveGeneration(indexDir, embedder, probe);
        expect(sameState(live.state, await sourceState(src))).toBe(true);
        buildMs = Math.max(done.buildMs, 300);
        builtSteps = Math.max(pending, 1);
        pending = 0;
        if (live.generation !== before.generation) {
          const added = chunksFrom(live.dir, before.nextChunkId);
          const fromCache = added.filter((t) => cached.has(cacheKey(t))).length;
          expect(done.embedded).toBe(added.length - fromCache);
          resumedChunks += fromCache;
          if (cacheGrewSinceFinish) expect(done.embedded).toBeLessThan(added.length);
          log.push(
            `  finish after kill ${kills}: ${added.length} new chunks, ${fromCache} from the cache, ${done.embedded} embedded`,
          );
        }
        // Leftovers of killed builds are gone: the live generation, at most the one before it.
        const gens = indexEntries(indexDir).filter((e) => e.startsWith('gen-'));
        expect(gens.length).toBeLessThanOrEqual(2);
        expect(indexEntries(indexDir).filter((e) => e.startsWith('CURRENT.tmp'))).toEqual([]);
        cacheGrewSinceFinish = false;
      }
    }
    expect(kills).toBe(KILLS);
    const finalArticles = Object.keys(await sourceState(src)).length;
    log.unshift(
      `  corpus ${INITIAL_ARTICLES} → ${finalArticles} articles over ${run} runs (+${ADD_PER_RUN}, 2 edited, 1 removed each)`,
      `  ${kills} kills (${finishedBeforeKill} runs finished before their kill): old generation served ${oldServed}×, new ${newServed}×; ${killedWhileEmbedding} kills after some embedding; ${resumedChunks} chunks resumed from the cache`,
    );
    // The schedule must really have hit the embedding phase and resumed from it.
    expect(killedWhileEmbedding).toBeGreaterThan(0);
    expect(resumedChunks).toBeGreaterThan(0);
    first = await completeRun();
    expect(first.result.code).toBe(0);
  }, 240_000);
});
