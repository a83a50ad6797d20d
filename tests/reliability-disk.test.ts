/**
 * The final write of a build, killed at each of its checkpoints (tests/fixtures/build-child.ts with
 * KILL_AT), and builds that cannot write: INDEX_DIR inside a regular file, a file-size limit
 * (RLIMIT_FSIZE, with SIGXFSZ ignored so writes fail with EFBIG), a full disk and a read-only
 * file system (small tmpfs mounts; skipped with a message where mounting is not allowed). Each
 * failure must end with a clear error naming the folder and the cause, and leave the previous
 * generation live, whole and answering. Tests run as root here, so permissions cannot be used.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { loadEmbedder } from '../src/embed/load.ts';
import { buildTestModel } from '../src/embed/test-model.ts';
import type { Embedder } from '../src/embed/types.ts';
import { createEngine } from '../src/engine/create.ts';
import { buildIndex } from '../src/index/build.ts';
import { checkLiveGeneration, indexEntries, sourceState } from './helpers/index-state.ts';
import { killAllChildren, projectRoot, runTsx, writeSynthCorpus } from './helpers/reliability.ts';

const PROBE = 'Ngôn Ngọc Khuê giao ban Khối Đảng';
const CHECKPOINTS = ['copied', 'keyword', 'vectors', 'manifest', 'switched'] as const;
/** A clear write failure: the module, the folder, the cause, and that the old index still serves. */
const WRITE_FAILURE =
  /^index: cannot write .+ \((ENOSPC|EFBIG|SQLITE_FULL|EROFS|EIO|EDQUOT)[^)]*\); the previous index is kept/m;

let root: string;
let seedsOnly: string;
let grown: string;
let modelDir: string;
let embedder: Embedder;
/** An index over the five seeds (generation 1), copied for each case. */
let template: string;

/** Is `mount -t tmpfs` allowed here (root with CAP_SYS_ADMIN)? */
function canMount(): boolean {
  const dir = mkdtempSync(path.join(tmpdir(), 'rel-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const mountable = canMount();
if (!mountable)
  console.warn('reliability-disk: mount -t tmpfs is not allowed here; full-disk and read-only cases skipped');

function copyTemplate(name: string): string {
  const dir = path.join(root, name);
  cpSync(template, dir, { recursive: true });
  return dir;
}

const indexArgs = (source: string, out: string, ...more: string[]) => [
  '--source',
  source,
  '--out',
  out,
  ...more,
];

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'rel-disk-'));
  seedsOnly = path.join(root, 'seeds');
  cpSync(path.join(projectRoot, 'seeds'), seedsOnly, { recursive: true });
  grown = path.join(root, 'grown');
  cpSync(seedsOnly, grown, { recursive: true });
  writeSynthCorpus(grown, 40, 'disk');
  modelDir = buildTestModel({ out: path.join(root, 'model'), corpusDirs: [grown] }).dir;
  const loaded = await loadEmbedder({ model: modelDir, modelsDir: path.join(root, 'models') });
  if (!loaded.ok) throw new Error(loaded.reason);
  embedder = loaded.embedder;
  template = path.join(root, 'template');
  await buildIndex({ sourceDir: seedsOnly, indexDir: template, embedder });
}, 60_000);

/** The error line each failing build printed (for the README figures). */
const figures: string[] = [];
const note = (what: string, stderr: string) =>
  figures.push(
    `  ${what}: ${stderr.split('\n').find((l) => l.startsWith('index: cannot')) ?? '(no error line)'}`,
  );

afterAll(async () => {
  if (figures.length > 0) console.info(`reliability-disk:\n${figures.join('\n')}`);
  await killAllChildren();
  await embedder?.close?.();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('kill -9 at each checkpoint of the final write (build-child.ts, KILL_AT)', () => {
  it.each(CHECKPOINTS)(
    'killed at "%s": old or new generation whole; the next run completes the rest',
    async (at) => {
      const idx = copyTemplate(`kill-${at}`);
      const old = await checkLiveGeneration(idx, embedder, PROBE);
      const run = await runTsx('tests/fixtures/build-child.ts', [grown, idx, modelDir], {
        env: { KILL_AT: at },
        timeoutMs: 60_000,
      });
      expect(run.code).toBe('SIGKILL');
      const after = await checkLiveGeneration(idx, embedder, PROBE);
      const grownState = await sourceState(grown);
      if (at === 'switched') {
        expect(after.state).toEqual(grownState);
        expect(after.generation).toBeGreaterThan(old.generation);
      } else {
        expect(after).toEqual(old);
      }
      // The next complete run publishes the new state and embeds only what the killed one had not cached.
      const report = await buildIndex({ sourceDir: grown, indexDir: idx, embedder });
      const live = await checkLiveGeneration(idx, embedder, PROBE);
      expect(live.state).toEqual(grownState);
      const newChunks = live.chunks - old.chunks;
      expect(newChunks).toBeGreaterThan(100);
      if (at === 'copied' || at === 'keyword') expect(report.embedded).toBe(newChunks);
      else expect(report.embedded).toBe(0);
      expect(indexEntries(idx).filter((e) => e.startsWith('gen-')).length).toBeLessThanOrEqual(2);
      expect(indexEntries(idx).filter((e) => e.startsWith('CURRENT.tmp'))).toEqual([]);
    },
  );
});

describe('a build that cannot write keeps the previous index', () => {
  it('INDEX_DIR inside a regular file: a clear error, exit 1, no stack trace', async () => {
    const file = path.join(root, 'plain-file');
    writeFileSync(file, 'not a folder');
    const run = await runTsx(
      'src/cli/index.ts',
      indexArgs(seedsOnly, path.join(file, 'index'), '--keyword-only'),
      {
        timeoutMs: 60_000,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`index: cannot create INDEX_DIR ${path.join(file, 'index')} (ENOTDIR)`);
  });

  it('a file-size limit hit by the first file written (the copied database): clear error, old index serves', async () => {
    const idx = copyTemplate('fsize-copy');
    const old = await checkLiveGeneration(idx, embedder, PROBE);
    const run = await runTsx('src/cli/index.ts', indexArgs(grown, idx), {
      env: { EMBEDDING_MODEL: modelDir, MODELS_DIR: path.join(root, 'models') },
      shell: `trap '' XFSZ; ulimit -f 64`,
      timeoutMs: 60_000,
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stderr).toMatch(WRITE_FAILURE);
    note('file-size limit (copy)', run.stderr);
    expect(run.stderr).toContain('EFBIG');
    expect(await checkLiveGeneration(idx, embedder, PROBE)).toEqual(old);
    expect(indexEntries(idx).filter((e) => e.startsWith('gen-'))).toEqual([path.basename(old.dir)]);
  });

  it('a file-size limit hit only by the vector graph (hnswlib reports no error): not published', async () => {
    // Wide vectors make the graph larger than the database, so a limit between the two sizes lets
    // every SQLite write succeed and cuts the graph file short.
    const wideModel = buildTestModel({
      out: path.join(root, 'model-wide'),
      corpusDirs: [grown],
      dim: 4096,
    }).dir;
    const loaded = await loadEmbedder({ model: wideModel, modelsDir: path.join(root, 'models') });
    if (!loaded.ok) throw new Error(loaded.reason);
    const wide = loaded.embedder;
    try {
      const idx = path.join(root, 'fsize-graph');
      await buildIndex({ sourceDir: grown, indexDir: idx, embedder: wide });
      const old = await checkLiveGeneration(idx, wide, PROBE);
      const sqlite = statSync(path.join(old.dir, 'index.sqlite')).size;
      const graph = statSync(path.join(old.dir, 'vectors.hnsw')).size;
      expect(graph).toBeGreaterThan(sqlite + 64 * 1024);
      const kb = Math.floor((sqlite + graph) / 2 / 1024);
      // --rebuild: a fresh database and graph, every vector from the cache (nothing else written).
      const run = await runTsx('src/cli/index.ts', indexArgs(grown, idx, '--rebuild'), {
        env: { EMBEDDING_MODEL: wideModel, MODELS_DIR: path.join(root, 'models') },
        shell: `trap '' XFSZ; ulimit -f ${kb}`,
        timeoutMs: 60_000,
      });
      expect(run.code, run.stdout).toBe(1);
      expect(run.stderr).toMatch(WRITE_FAILURE);
      note('file-size limit (graph only)', run.stderr);
      expect(run.stderr).toContain('(EIO: a file was not written completely; is the disk full?)');
      expect(await checkLiveGeneration(idx, wide, PROBE)).toEqual(old);
      expect(indexEntries(idx).filter((e) => e.startsWith('gen-'))).toEqual([path.basename(old.dir)]);
    } finally {
      await wide.close?.();
    }
  });

  describe.skipIf(!mountable)('on a small tmpfs', () => {
    const mounts: string[] = [];
    const mount = (size: string): string => {
      const dir = mkdtempSync(path.join(tmpdir(), 'rel-tmpfs-'));
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
      mounts.push(dir);
      return dir;
    };
    afterAll(() => {
      for (const dir of mounts) {
        try {
          execFileSync('umount', ['-l', dir]);
        } catch {
          // already unmounted
        }
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('a full disk: clear error from the CLI and from an admin update; questions still answered', async () => {
      const disk = mount('1m');
      const idx = path.join(disk, 'index');
      cpSync(template, idx, { recursive: true });
      const old = await checkLiveGeneration(idx, embedder, PROBE);
      const run = await runTsx('src/cli/index.ts', indexArgs(grown, idx), {
        env: { EMBEDDING_MODEL: modelDir, MODELS_DIR: path.join(root, 'models') },
        timeoutMs: 60_000,
      });
      expect(run.code, run.stdout).toBe(1);
      expect(run.stderr).toMatch(WRITE_FAILURE);
      note('full disk (1 MB tmpfs)', run.stderr);
      expect(await checkLiveGeneration(idx, embedder, PROBE)).toEqual(old);
      expect(indexEntries(idx).filter((e) => e.startsWith('gen-'))).toEqual([path.basename(old.dir)]);

      // The same through the engine the bot uses: the update fails clearly, answers keep coming.
      const config = { ...loadConfig({}), SEEDS_DIR: grown, INDEX_DIR: idx };
      const engine = await createEngine(config, { embedder, logger: { info: () => {}, warn: () => {} } });
      try {
        await expect(engine.reindex()).rejects.toThrow(WRITE_FAILURE);
        const a = await engine.ask('Ai chủ trì hội nghị giao ban Khối Đảng quý I năm 2021 ở Mường Lay?');
        expect(a.answer).toContain('Ngôn Ngọc Khuê');
        expect(engine.stats().generation).toBe(old.generation);
      } finally {
        await engine.close();
      }
    });

    it('a read-only file system: clear error, old generation still serves', async () => {
      const disk = mount('4m');
      const idx = path.join(disk, 'index');
      cpSync(template, idx, { recursive: true });
      const old = await checkLiveGeneration(idx, embedder, PROBE);
      execFileSync('mount', ['-o', 'remount,ro', disk]);
      const run = await runTsx('src/cli/index.ts', indexArgs(grown, idx), {
        env: { EMBEDDING_MODEL: modelDir, MODELS_DIR: path.join(root, 'models') },
        timeoutMs: 60_000,
      });
      expect(run.code, run.stdout).toBe(1);
      expect(run.stderr).toMatch(/^index: cannot write INDEX_DIR .+ \(EROFS\); the old index is kept/m);
      note('read-only file system', run.stderr);
      expect(await checkLiveGeneration(idx, embedder, PROBE)).toEqual(old);
    });
  });
});
