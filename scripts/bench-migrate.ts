/**
 * `npx tsx scripts/bench-migrate.ts DIR`: run an ordinary (incremental) build over a kept benchmark
 * folder (`npm run bench -- --keep`), with the folder's own model, so a generation built by older
 * code gains what builds now store (the headline and text periods of src/index/text-periods.ts).
 * Prints the build's seconds and counts. Work on a copy (`cp -a`) of a folder others serve from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServeInput } from '../src/bench/serve-types.ts';
import { loadEmbedder } from '../src/embed/load.ts';
import { buildIndex } from '../src/index/build.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npx tsx scripts/bench-migrate.ts DIR   (a kept bench folder)');
  process.exit(2);
}
const input = JSON.parse(readFileSync(join(dir, 'serve-input.json'), 'utf8')) as ServeInput;
const loaded = await loadEmbedder({ model: input.modelDir, modelsDir: input.modelsDir, onWarning: () => {} });
if (!loaded.ok) throw new Error(`bench-migrate: the index's model did not load: ${loaded.reason}`);
const t = performance.now();
const cpu = process.cpuUsage();
const report = await buildIndex({
  sourceDir: input.sourceDir,
  indexDir: input.indexDir,
  embedder: loaded.embedder,
});
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    seconds: (performance.now() - t) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    generation: report.generation,
    added: report.added.length,
    changed: report.changed.length,
    removed: report.removed.length,
    unchanged: report.unchanged,
    stages: report.stages,
  }),
);
await loaded.embedder.close();
