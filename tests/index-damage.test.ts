/**
 * A damaged index is never served (issue 13, cases 2–5, 7): each kind of damage to the live
 * generation — truncated SQLite, the previous generation's database swapped in, random HNSW bytes,
 * 4 changed bytes in the HNSW level-0 links, a garbage or incomplete manifest, an empty or garbage
 * CURRENT, a missing folder — makes the reader serve the last good generation with one notice
 * (which, why, the fix), and the next build repairs it from the intact pieces and the embedding
 * cache (nothing re-embedded). With no good generation: a clear error, and the build repairs.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyIndex } from '../src/cli/verify.ts';
import { loadConfig } from '../src/config.ts';
import { loadEmbedder } from '../src/embed/load.ts';
import { buildTestModel } from '../src/embed/test-model.ts';
import type { Embedder } from '../src/embed/types.ts';
import { createEngine } from '../src/engine/create.ts';
import { buildIndex } from '../src/index/build.ts';
import { checkHnswFile } from '../src/index/hnsw-check.ts';
import { DamagedIndexError } from '../src/index/manifest.ts';
import { IndexReader } from '../src/index/open.ts';
import { verifyGeneration } from '../src/index/verify.ts';
import { checkLiveGeneration, sourceState } from './helpers/index-state.ts';
import { killAllChildren, projectRoot, runTsx, writeSynthCorpus } from './helpers/reliability.ts';

const PROBE = 'Ngôn Ngọc Khuê giao ban Khối Đảng';
const SEED_QUESTION = 'Ai chủ trì hội nghị giao ban Khối Đảng quý I năm 2021 ở Mường Lay?';
/** Text no message may contain: the parser's or the runtime's own words. */
const RAW_ERROR = /Unexpected token|is not valid JSON:|Cannot read properties|TypeError|SyntaxError/;

let root: string;
let seeds: string;
let grown: string;
let modelDir: string;
let embedder: Embedder;
/** gen-000001: the 5 seeds; gen-000002 (live): seeds + 12 synthetic articles. */
let template: string;
let env: Record<string, string>;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'index-damage-'));
  seeds = path.join(root, 'seeds');
  cpSync(path.join(projectRoot, 'seeds'), seeds, { recursive: true });
  grown = path.join(root, 'grown');
  cpSync(seeds, grown, { recursive: true });
  writeSynthCorpus(grown, 12, 'damage');
  modelDir = buildTestModel({ out: path.join(root, 'model'), corpusDirs: [grown] }).dir;
  env = { EMBEDDING_MODEL: modelDir, MODELS_DIR: path.join(root, 'models') };
  const loaded = await loadEmbedder({ model: modelDir, modelsDir: path.join(root, 'models') });
  if (!loaded.ok) throw new Error(loaded.reason);
  embedder = loaded.embedder;
  template = path.join(root, 'template');
  await buildIndex({ sourceDir: seeds, indexDir: template, embedder });
  await buildIndex({ sourceDir: grown, indexDir: template, embedder });
}, 120_000);

afterAll(async () => {
  await killAllChildren();
  await embedder?.close?.();
  if (root) rmSync(root, { recursive: true, force: true });
});

let copies = 0;
function copyTemplate(): string {
  const dir = path.join(root, `idx-${copies++}`);
  cpSync(template, dir, { recursive: true });
  return dir;
}

const gen2 = (idx: string, file = '') => path.join(idx, 'gen-000002', file);

/** Offset of the first neighbour id in the level-0 links of the first element that has one. */
function firstLevel0Link(file: string): number {
  const buf = readFileSync(file);
  const count = Number(buf.readBigUInt64LE(16));
  const size = Number(buf.readBigUInt64LE(24));
  for (let i = 0; i < count; i++) if (buf.readUInt16LE(96 + i * size) > 0) return 96 + i * size + 4;
  throw new Error('no element with links');
}

/** Each kind of damage to the live generation, what the notice must say, and the generation served. */
const DAMAGE: [string, (idx: string) => void, RegExp, number][] = [
  [
    'truncated SQLite',
    (idx) => truncateSync(gen2(idx, 'index.sqlite'), 4096),
    /gen-000002\/index\.sqlite is 4096 bytes where the manifest records \d+ \(cut short or replaced\)/,
    1,
  ],
  [
    "the previous generation's database swapped in",
    (idx) => cpSync(path.join(idx, 'gen-000001', 'index.sqlite'), gen2(idx, 'index.sqlite')),
    /gen-000002\/index\.sqlite is \d+ bytes where the manifest records \d+/,
    1,
  ],
  [
    'random HNSW bytes',
    (idx) => {
      const file = gen2(idx, 'vectors.hnsw');
      const size = readFileSync(file).length;
      writeFileSync(file, Buffer.from(Array.from({ length: size }, (_, i) => (i * 2654435761) >>> 24)));
    },
    /gen-000002\/vectors\.hnsw is not a usable vector graph: header /,
    1,
  ],
  [
    '4 changed bytes in the HNSW level-0 links',
    (idx) => {
      const file = gen2(idx, 'vectors.hnsw');
      const buf = readFileSync(file);
      buf.writeUInt32LE(0x00ffffff, firstLevel0Link(file));
      writeFileSync(file, buf);
    },
    /gen-000002\/vectors\.hnsw is not a usable vector graph: element \d+ links to element 16777215 of \d+/,
    1,
  ],
  [
    'garbage manifest',
    (idx) => writeFileSync(gen2(idx, 'manifest.json'), 'ir{garbage'),
    /gen-000002\/manifest\.json is not valid JSON \(10 characters, cut short or overwritten\)/,
    1,
  ],
  [
    'manifest without its fields',
    (idx) => writeFileSync(gen2(idx, 'manifest.json'), '{"formatVersion":2}'),
    /gen-000002\/manifest\.json is not a valid manifest \(generation: /,
    1,
  ],
  ['empty CURRENT', (idx) => writeFileSync(path.join(idx, 'CURRENT'), ''), /\/CURRENT is empty/, 2],
  [
    'garbage CURRENT',
    (idx) => writeFileSync(path.join(idx, 'CURRENT'), Buffer.from([0x00, 0xff, 0x13, 0x37, 0x0a])),
    /\/CURRENT holds binary garbage/,
    2,
  ],
  [
    'missing generation folder',
    (idx) => rmSync(gen2(idx), { recursive: true }),
    /folder .*gen-000002 is missing/,
    1,
  ],
];

describe('damage to the live generation: the last good one serves, the next build repairs', () => {
  it.each(DAMAGE)('%s', async (_name, damage, why, served) => {
    const idx = copyTemplate();
    damage(idx);
    const notices: string[] = [];
    const reader = await IndexReader.open(idx, { embedder, onWarning: (m) => notices.push(m) });
    try {
      expect(reader.generation).toBe(served);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(why);
      expect(notices[0]).toMatch(
        new RegExp(
          `Serving the last good generation gen-00000${served} \\(built .+, \\d+ documents\\) instead; run npm run index to repair it`,
        ),
      );
      expect(notices[0]).not.toMatch(RAW_ERROR);
      const [vec] = await embedder.embed([PROBE], 'query');
      expect(reader.vector(vec!, 3).length).toBe(3);
      expect(reader.keyword({ column: 'folded', terms: ['giao', 'ban'] }, 3).length).toBeGreaterThan(0);
    } finally {
      reader.close();
    }
    // Said once: opening again (as the bot does after an update) adds no second notice.
    (await IndexReader.open(idx, { embedder, onWarning: (m) => notices.push(m) })).close();
    expect(notices).toHaveLength(1);

    const report = await buildIndex({ sourceDir: grown, indexDir: idx, embedder });
    expect(report.repaired.join('; ')).toMatch(why);
    expect(report.generation).toBe(3);
    expect(report.embedded).toBe(0);
    const live = await checkLiveGeneration(idx, embedder, PROBE);
    expect(live.state).toEqual(await sourceState(grown));
    expect((await verifyGeneration(idx, 'gen-000003', 'full')).ok).toBe(true);
    // The damaged generation is gone; the last good one stays beside the new one.
    expect(readdirSync(idx).filter((e) => e.startsWith('gen-'))).toEqual(
      served === 1 ? ['gen-000001', 'gen-000003'] : ['gen-000002', 'gen-000003'],
    );
    // And the build after that has nothing to repair.
    const again = await buildIndex({ sourceDir: grown, indexDir: idx, embedder });
    expect(again.repaired).toEqual([]);
    expect(again.generation).toBe(3);
  });

  it("hnswlib's own loader accepts the file with 4 changed link bytes; the structural check refuses it", () => {
    const idx = copyTemplate();
    const file = gen2(idx, 'vectors.hnsw');
    const buf = readFileSync(file);
    buf.writeUInt32LE(0x00ffffff, firstLevel0Link(file));
    writeFileSync(file, buf);
    // Loading succeeds (it checks only the sizes); a search would then read out of bounds.
    const graph = new hnswlib.HierarchicalNSW('cosine', embedder.dim);
    graph.readIndexSync(file);
    expect(graph.getCurrentCount()).toBeGreaterThan(50);
    expect(() => checkHnswFile(file, { dim: embedder.dim })).toThrow(/links to element 16777215 of \d+/);
    // An intact graph passes, with the live count the manifest records.
    const intact = path.join(template, 'gen-000002', 'vectors.hnsw');
    const manifest = JSON.parse(readFileSync(path.join(template, 'gen-000002', 'manifest.json'), 'utf8'));
    const facts = checkHnswFile(intact, { dim: embedder.dim, live: manifest.counts.vectors, hash: true });
    expect(facts.sha256).toBe(manifest.files['vectors.hnsw'].sha256);
    expect(() => checkHnswFile(intact, { dim: embedder.dim + 1 })).toThrow(
      /its records hold dimension \d+, not/,
    );
  });

  it('no good generation: a clear error; the build repairs from the source files and the embedding cache', async () => {
    const idx = path.join(root, 'single');
    cpSync(template, idx, { recursive: true });
    rmSync(path.join(idx, 'gen-000001'), { recursive: true });
    truncateSync(gen2(idx, 'index.sqlite'), 1000);
    const err = await IndexReader.open(idx, { embedder }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DamagedIndexError);
    expect((err as Error).message).toMatch(
      /^index: no usable index in .+: .+gen-000002\/index\.sqlite is 1000 bytes where the manifest records \d+ \(cut short or replaced\); run npm run index to repair it/,
    );
    const report = await buildIndex({ sourceDir: grown, indexDir: idx, embedder });
    expect(report.repaired).toHaveLength(1);
    expect(report.embedded).toBe(0);
    const live = await checkLiveGeneration(idx, embedder, PROBE);
    expect(live.state).toEqual(await sourceState(grown));
  });
});

describe('through the engine the bot uses', () => {
  it('starts on the last good generation with one warning; /reindex repairs', async () => {
    const idx = copyTemplate();
    truncateSync(gen2(idx, 'index.sqlite'), 8192);
    const warnings: string[] = [];
    const logger = { info: () => {}, warn: (_o: object | string, m?: string) => void warnings.push(m ?? '') };
    const engine = await createEngine(
      { ...loadConfig({}), SEEDS_DIR: grown, INDEX_DIR: idx },
      { embedder, logger },
    );
    try {
      expect(engine.stats().generation).toBe(1);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(
        /index\.sqlite is 8192 bytes where the manifest records \d+ .+Serving the last good generation gen-000001/,
      );
      expect((await engine.ask(SEED_QUESTION)).answer).toContain('Ngôn Ngọc Khuê');
      const report = await engine.reindex();
      expect(report.added.length).toBe(12);
      expect(engine.stats().generation).toBe(3);
      expect(engine.stats().articles).toBe(17);
      expect(warnings).toHaveLength(1);
    } finally {
      await engine.close();
    }
  });

  it('with no usable generation, starting repairs it from the source folder', async () => {
    const idx = path.join(root, 'engine-none');
    cpSync(template, idx, { recursive: true });
    rmSync(path.join(idx, 'gen-000001'), { recursive: true });
    writeFileSync(path.join(idx, 'CURRENT'), 'gen-000009\n');
    truncateSync(gen2(idx, 'vectors.hnsw'), 50);
    const infos: string[] = [];
    const logger = { info: (_o: object | string, m?: string) => void infos.push(m ?? ''), warn: () => {} };
    const engine = await createEngine(
      { ...loadConfig({}), SEEDS_DIR: grown, INDEX_DIR: idx },
      { embedder, logger },
    );
    try {
      expect(infos[0]).toMatch(
        /^index: no usable index in .+: folder .+gen-000009 is missing; .+gen-000002\/vectors\.hnsw is 50 bytes where the manifest records \d+ \(cut short or replaced\); run npm run index to repair it .+; repairing it from /,
      );
      expect(engine.stats().generation).toBe(10);
      expect(engine.stats().articles).toBe(17);
    } finally {
      await engine.close();
    }
  });
});

describe('through the command line', () => {
  it('ask over 4 changed HNSW bytes: answered from the last good generation, one notice, no crash', async () => {
    const idx = copyTemplate();
    const file = gen2(idx, 'vectors.hnsw');
    const buf = readFileSync(file);
    buf.writeUInt32LE(0x00ffffff, firstLevel0Link(file));
    writeFileSync(file, buf);
    const run = await runTsx('src/cli/ask.ts', ['--index', idx, '--json'], {
      env,
      stdin: `${SEED_QUESTION}\n${SEED_QUESTION}\n`,
      timeoutMs: 60_000,
    });
    expect(run.code, run.stderr).toBe(0);
    const answers = run.stdout.trim().split('\n');
    expect(answers).toHaveLength(2);
    expect(JSON.parse(answers[0]!).answer).toContain('Ngôn Ngọc Khuê');
    expect(run.stderr.match(/Serving the last good generation gen-000001/g)).toHaveLength(1);
    expect(run.stderr).not.toMatch(/keyword search only/);
    expect(run.stderr).not.toMatch(RAW_ERROR);
  });

  it('ask with no usable generation: exit 1 with one clear line; index repairs it; --verify agrees', async () => {
    const idx = path.join(root, 'cli-none');
    cpSync(template, idx, { recursive: true });
    rmSync(path.join(idx, 'gen-000001'), { recursive: true });
    writeFileSync(gen2(idx, 'manifest.json'), '{"formatVersion":2,"generation":');
    const ask = await runTsx('src/cli/ask.ts', ['--index', idx, SEED_QUESTION], { env, timeoutMs: 60_000 });
    expect(ask.code).toBe(1);
    expect(ask.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^index: no usable index in .+: .+gen-000002\/manifest\.json is not valid JSON \(32 characters, cut short or overwritten\); run npm run index to repair it/,
      ),
    ]);
    // `npm run index -- --verify`, in-process (each child costs seconds here).
    const out: string[] = [];
    const err: string[] = [];
    expect(
      await verifyIndex(
        idx,
        { write: (s: string) => out.push(s) > 0 },
        { write: (s: string) => err.push(s) > 0 },
      ),
    ).toBe(1);
    expect(out.join('')).toMatch(/^index: gen-000002 \(live\) DAMAGED: .+manifest\.json is not valid JSON/m);
    expect(err.join('')).toMatch(/^index: the live index in .+ is not whole; run npm run index to repair it/);
    const index = await runTsx('src/cli/index.ts', ['--source', grown, '--out', idx], {
      env,
      timeoutMs: 60_000,
    });
    expect(index.code, index.stderr).toBe(0);
    expect(index.stdout).toMatch(/^index: generation 3 in .+, hybrid \(.+\) \(repaired\)$/m);
    expect(index.stdout).toMatch(/^ {2}chunks +\d+ \(0 embedded this run\)$/m);
    expect(index.stderr).toMatch(/^index: repaired the damaged index: .+manifest\.json is not valid JSON/m);
    // And after the repair the live generation verifies.
    const lines: string[] = [];
    const sink = { write: (s: string) => lines.push(s) > 0 };
    expect(await verifyIndex(idx, sink, sink)).toBe(0);
    expect(lines.join('')).toMatch(/^index: gen-000003 \(live\) ok: 17 documents, \d+ chunks, \d+ vectors$/m);
  });

  it('--rebuild over an empty CURRENT succeeds', async () => {
    const idx = copyTemplate();
    writeFileSync(path.join(idx, 'CURRENT'), '');
    const report = await buildIndex({ sourceDir: grown, indexDir: idx, embedder, rebuild: true });
    expect(report.generation).toBe(3);
    expect(readFileSync(path.join(idx, 'CURRENT'), 'utf8')).toBe('gen-000003\n');
    expect((await checkLiveGeneration(idx, embedder, PROBE)).state).toEqual(await sourceState(grown));
  });

  it('a first-ever build that cannot write says no index was written (not that the previous one is kept)', async () => {
    const idx = path.join(root, 'first-full');
    const run = await runTsx('src/cli/index.ts', ['--source', grown, '--out', idx, '--keyword-only'], {
      shell: `trap '' XFSZ; ulimit -f 16`,
      timeoutMs: 60_000,
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(
      /^index: cannot write .+first-full \((EFBIG|SQLITE_FULL|SQLITE_IOERR\w*): [^)]+\); no index was written \(there was none before\); free space or fix the folder, then update again$/,
    );
  });
});
