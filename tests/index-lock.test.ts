/**
 * The build lock and generation numbers under races (issue 13, case 1): four processes racing for
 * the lock, 50 rounds, with stale and foreign `.lock` files planted between rounds → never two
 * holders; 50 synchronised pairs of real builds (two processes, test model) → every generation left
 * on disk verifies and the live one holds exactly the source folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestModel } from '../src/embed/test-model.ts';
import { createGenerationDir } from '../src/index/layout.ts';
import { acquireBuildLock, IndexBusyError, LOCK_CONTENTION_MS, LOCK_INFO } from '../src/index/lock.ts';
import { scanGenerations, verifyGeneration } from '../src/index/verify.ts';
import { generateCorpus } from '../src/synth/index.ts';
import { checkLiveGeneration, sourceState } from './helpers/index-state.ts';
import { type LineChild, startLineChild } from './helpers/line-child.ts';
import { projectRoot, seededRandom } from './helpers/reliability.ts';

const LOCK_RACERS = 4;
const LOCK_ROUNDS = 50;
const BUILD_ROUNDS = 50;
const PROBE = 'Ngôn Ngọc Khuê giao ban Khối Đảng';

let root: string;
const started: LineChild[] = [];
const figures: string[] = [];

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'index-lock-'));
});

afterAll(async () => {
  await Promise.all(started.map((c) => c.stop(5_000)));
  if (figures.length > 0) console.info(`index-lock:\n${figures.join('\n')}`);
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A pid that belonged to a process which has exited (for a stale `.lock`). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(r.stdout.toString());
}

describe('build lock in one process', () => {
  it('a second taker is refused naming the holder; release frees it; a foreign .lock never blocks', async () => {
    const dir = path.join(root, 'single');
    mkdirSync(dir);
    // A .lock left by a dead build, then one naming a live unrelated process (this test runner).
    const dead = deadPid();
    writeFileSync(path.join(dir, LOCK_INFO), `${dead} 2026-01-01T00:00:00.000Z\n`);
    // …and the holder-info temp file of a build killed while taking the lock.
    writeFileSync(path.join(dir, `${LOCK_INFO}.tmp-${dead}-0badcafe`), `${dead} 2026-01-01T00:00:00.000Z\n`);
    const first = await acquireBuildLock(dir);
    expect(readFileSync(path.join(dir, LOCK_INFO), 'utf8')).toMatch(new RegExp(`^${process.pid} \\S+\\n$`));
    const busy = await acquireBuildLock(dir).then(
      () => null,
      (err: unknown) => err,
    );
    expect(busy).toBeInstanceOf(IndexBusyError);
    expect((busy as Error).message).toMatch(
      new RegExp(
        `^index: another build \\(pid ${process.pid}, started \\S+\\) is writing ${dir}; wait for it`,
      ),
    );
    // The refused attempt closed its own connection; the lock must still be held against other processes.
    const other = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(projectRoot, 'tests/fixtures/lock-child.ts'),
        dir,
        path.join(root, 'single.log'),
      ],
      { input: 'go 0\n', cwd: projectRoot, timeout: 30_000 },
    );
    expect(other.stdout.toString()).toMatch(
      new RegExp(`^ready\\nbusy 0 index: another build \\(pid ${process.pid},`),
    );
    await first();
    writeFileSync(path.join(dir, LOCK_INFO), `${process.ppid} 2026-01-01T00:00:00.000Z\n`);
    const again = await acquireBuildLock(dir);
    await again();
    expect(readdirSync(dir).sort()).toEqual(['.build.lock']);
  });

  it('20 generation folders created at once get 20 different numbers', async () => {
    const dir = path.join(root, 'gens');
    mkdirSync(dir);
    const made = await Promise.all(Array.from({ length: 20 }, () => createGenerationDir(dir, 1)));
    expect(new Set(made.map((m) => m.number)).size).toBe(20);
    expect(readdirSync(dir)).toHaveLength(20);
  });
});

describe(`${LOCK_RACERS} processes racing for the lock × ${LOCK_ROUNDS} rounds`, () => {
  it('never two holders, with stale and foreign .lock files planted between rounds', async () => {
    const dir = path.join(root, 'race');
    mkdirSync(dir);
    const log = path.join(root, 'race.log');
    writeFileSync(log, '');
    const racers = Array.from({ length: LOCK_RACERS }, () =>
      startLineChild('tests/fixtures/lock-child.ts', [dir, log], { HOLD_MS: String(LOCK_CONTENTION_MS * 3) }),
    );
    started.push(...racers);
    await Promise.all(racers.map((r) => r.next(/^ready$/, 30_000)));
    const dead = deadPid();
    const outcomes = { got: 0, busy: 0, error: 0 };
    const t0 = performance.now();
    for (let round = 0; round < LOCK_ROUNDS; round++) {
      // Every other round starts with a stale .lock (dead pid); every fifth with a live foreign pid.
      if (round % 2 === 1) writeFileSync(path.join(dir, LOCK_INFO), `${dead} 2026-01-01T00:00:00.000Z\n`);
      if (round % 5 === 0)
        writeFileSync(path.join(dir, LOCK_INFO), `${process.pid} 2026-01-01T00:00:00.000Z\n`);
      for (const r of racers) r.send(`go ${round}`);
      const answers = await Promise.all(racers.map((r) => r.next(new RegExp(`^\\w+ ${round}\\b`), 20_000)));
      for (const a of answers) outcomes[a.split(' ')[0] as keyof typeof outcomes]++;
      expect(
        answers.filter((a) => a.startsWith('error')),
        answers.join('\n'),
      ).toEqual([]);
      expect(answers.filter((a) => a.startsWith('got')).length).toBeGreaterThanOrEqual(1);
    }
    const seconds = (performance.now() - t0) / 1000;
    // Replay the holders' own log: at no point were two inside.
    let inside = 0;
    let maxInside = 0;
    for (const line of readFileSync(log, 'utf8').trim().split('\n')) {
      inside += line.startsWith('+') ? 1 : -1;
      maxInside = Math.max(maxInside, inside);
    }
    expect(maxInside).toBe(1);
    expect(inside).toBe(0);
    expect(outcomes.got + outcomes.busy).toBe(LOCK_RACERS * LOCK_ROUNDS);
    // The race was real: most attempts met a held lock.
    expect(outcomes.busy).toBeGreaterThan(LOCK_ROUNDS);
    figures.push(
      `  lock race: ${LOCK_RACERS} processes × ${LOCK_ROUNDS} rounds in ${seconds.toFixed(1)} s: ${outcomes.got} acquisitions, ${outcomes.busy} refusals, at most ${maxInside} holder at any moment`,
    );
  }, 120_000);
});

describe(`${BUILD_ROUNDS} synchronised build pairs (two processes, test model)`, () => {
  it('every generation on disk verifies and the live one holds the source folder', async () => {
    const source = path.join(root, 'pair-src');
    cpSync(path.join(projectRoot, 'seeds'), source, { recursive: true });
    const fresh = generateCorpus({ articles: BUILD_ROUNDS, seed: 'index-lock-pairs' });
    const model = buildTestModel({ out: path.join(root, 'model'), corpusDirs: [source] }).dir;
    const idx = path.join(root, 'pair-index');
    const builders = Array.from({ length: 2 }, () =>
      startLineChild('tests/fixtures/build-pair-child.ts', [source, idx, model, path.join(root, 'models')]),
    );
    started.push(...builders);
    await Promise.all(builders.map((b) => b.next(/^ready$/, 60_000)));
    const rand = seededRandom(13);
    const tally = { built: 0, busy: 0, error: 0 };
    const t0 = performance.now();
    for (let round = 0; round < BUILD_ROUNDS; round++) {
      const a = fresh[round]!;
      writeFileSync(path.join(source, `new_${a.fileName}`), a.text);
      // Random start offsets of 0–30 ms, so the two meet the lock at varying points of each other’s start.
      for (const b of builders) b.send(`go ${round} ${Math.floor(rand() * 30)}`);
      const answers = await Promise.all(builders.map((b) => b.next(new RegExp(`^\\w+ ${round}\\b`), 60_000)));
      for (const ans of answers) tally[ans.split(' ')[0] as keyof typeof tally]++;
      expect(
        answers.filter((x) => x.startsWith('error')),
        answers.join('\n'),
      ).toEqual([]);
      const scan = await scanGenerations(idx, 'full');
      expect(scan.problems).toEqual([]);
      for (const gen of readdirSync(idx).filter((e) => e.startsWith('gen-'))) {
        const check = await verifyGeneration(idx, gen, 'full');
        expect(check.ok, check.ok ? gen : check.reason).toBe(true);
      }
      // Every round one of the two built, so the live generation holds this round's article. (Both
      // reported busy once under load before the lock waited LOCK_CONTENTION_MS; see lock.ts.)
      expect(
        answers.some((x) => x.startsWith('built')),
        answers.join('\n'),
      ).toBe(true);
      expect(Object.keys(scan.usable!.manifest.docs).length).toBe(6 + round);
    }
    const seconds = (performance.now() - t0) / 1000;
    const { loadEmbedder } = await import('../src/embed/load.ts');
    const loaded = await loadEmbedder({ model, modelsDir: path.join(root, 'models') });
    if (!loaded.ok) throw new Error(loaded.reason);
    const live = await checkLiveGeneration(idx, loaded.embedder, PROBE);
    expect(live.state).toEqual(await sourceState(source));
    await loaded.embedder.close?.();
    expect(tally.built).toBeGreaterThanOrEqual(BUILD_ROUNDS);
    figures.push(
      `  build pairs: ${BUILD_ROUNDS} rounds in ${seconds.toFixed(1)} s: ${tally.built} builds, ${tally.busy} refused as busy, 0 errors; every generation verified after every round`,
    );
  }, 180_000);
});
