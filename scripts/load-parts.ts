/**
 * `npx tsx scripts/load-parts.ts INDEX_DIR [MODEL_DIR] [--engine]`: the pieces of opening a
 * generation, each timed alone in a fresh process (wall and process CPU, all threads), in the order
 * IndexReader.open runs them: manifest read and validation, the HNSW structural check, hnswlib's
 * readIndex, SQLite open, document rows, stored periods and their spot check, collocations, and the
 * warm-up question. Prints the load average beside the figures, since the machine is shared.
 * `--engine`: createEngine alone, in this fresh process (the README's load figure).
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { mainThreadCpuMs } from '../src/bench/machine.ts';
import { loadConfig } from '../src/config.ts';
import { loadEmbedder } from '../src/embed/load.ts';
import { createEngine } from '../src/engine/create.ts';
import { readCollocations } from '../src/index/collocations.ts';
import { openDb, readDocs } from '../src/index/db.ts';
import { checkHnswFile } from '../src/index/hnsw-check.ts';
import { currentGeneration, HNSW, MANIFEST, SQLITE } from '../src/index/layout.ts';
import { readManifest } from '../src/index/manifest.ts';
import { readTitlePeriods, storedPeriodsHold } from '../src/index/text-periods.ts';
import { VectorIndex } from '../src/index/vectors.ts';

const args = process.argv.slice(2);
const [indexDir, modelDir] = args.filter((a) => !a.startsWith('--'));
if (!indexDir) {
  console.error('usage: npx tsx scripts/load-parts.ts INDEX_DIR [MODEL_DIR] [--engine]');
  process.exit(2);
}
const gen = await currentGeneration(indexDir);
if (!gen) throw new Error(`no generation in ${indexDir}`);

/** Time `f`: wall, CPU (user + system, all threads of the process) and main-thread CPU, in ms. */
async function timed<T>(label: string, f: () => T | Promise<T>): Promise<T> {
  const m0 = mainThreadCpuMs();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = await f();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const m1 = mainThreadCpuMs();
  const main = m0 !== null && m1 !== null ? `   main thread ${String(m1 - m0).padStart(6)} ms` : '';
  console.log(
    `${label.padEnd(26)} wall ${wall.toFixed(0).padStart(6)} ms   cpu ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(6)} ms${main}`,
  );
  return out;
}

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
if (args.includes('--engine')) {
  // Only createEngine, in this fresh process: the figure the README's load target is about.
  const loaded = modelDir ? await loadEmbedder({ model: modelDir, modelsDir: '/tmp' }) : null;
  const config = loadConfig({
    INDEX_DIR: indexDir,
    LOG_LEVEL: 'silent',
    EMBEDDING_MODEL: modelDir ?? 'none',
  });
  const engine = await timed('createEngine (fresh)', () =>
    createEngine(config, {
      embedder: loaded?.ok ? loaded.embedder : null,
      buildIfMissing: false,
      logger: { info: () => {}, warn: () => {} },
    }),
  );
  await engine.close();
  process.exit(0);
}
const manifest = await timed('manifest read+validate', () => readManifest(join(gen.dir, MANIFEST)));
const dim = manifest.model?.dim ?? 384;
await timed('hnsw structural check', () =>
  checkHnswFile(join(gen.dir, HNSW), {
    dim,
    live: manifest.counts.vectors,
    labelLimit: manifest.nextChunkId,
  }),
);
const vectors = await timed('hnswlib readIndex', () =>
  VectorIndex.load(join(gen.dir, HNSW), dim, manifest.hnsw, manifest.counts.vectors),
);
void vectors;
const db = await timed('sqlite open', () => openDb(join(gen.dir, SQLITE), { readonly: true }));
const docs = await timed('readDocs', () => readDocs(db));
const titles = await timed('readTitlePeriods', () => readTitlePeriods(db));
await timed('storedPeriodsHold', () => storedPeriodsHold(db, docs, titles));
await timed('readCollocations', () => readCollocations(db));
db.close();
const loaded = modelDir ? await loadEmbedder({ model: modelDir, modelsDir: '/tmp' }) : null;
const embedder = loaded?.ok ? loaded.embedder : null;
const config = loadConfig({ INDEX_DIR: indexDir, LOG_LEVEL: 'silent', EMBEDDING_MODEL: modelDir ?? 'none' });
const engine = await timed('createEngine (2nd open)', () =>
  createEngine(config, { embedder, buildIfMissing: false, logger: { info: () => {}, warn: () => {} } }),
);
await timed('warm-up question again', () => engine.ask('Ai chủ trì hội nghị giao ban quý I năm 2021?'));
await engine.close();
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
