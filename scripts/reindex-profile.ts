/**
 * `npx tsx scripts/reindex-profile.ts DIR [--no-edit]`: where re-indexing one edited article goes, on a
 * kept benchmark folder (DIR holds `corpus/`, `index/`, `test-model/`; use a copy, it is changed).
 * One article in the middle of the corpus gets one more sentence (as `npm run bench`'s incremental
 * step does), then the build runs with its checkpoints timed: wall and process CPU (all threads)
 * and main-thread CPU per phase, with the load average.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { mainThreadCpuMs } from '../src/bench/machine.ts';
import { loadEmbedder } from '../src/embed/load.ts';
import { buildIndex } from '../src/index/build.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npx tsx scripts/reindex-profile.ts DIR [--no-edit]');
  process.exit(2);
}
const corpus = join(dir, 'corpus');
if (!args.includes('--no-edit')) {
  const files = (await readdir(corpus)).filter((f) => f.endsWith('.txt')).sort();
  const file = join(corpus, files[Math.floor(files.length / 2)] as string);
  const text = await readFile(file, 'utf8');
  const at = text.indexOf('\n\n');
  await writeFile(
    file,
    `${text.slice(0, at)} Hội nghị thống nhất bổ sung nội dung thứ ${Date.now() % 1000}.${text.slice(at)}`,
  );
  console.log(`edited ${file}`);
}
const loaded = await loadEmbedder({ model: join(dir, 'test-model'), modelsDir: join(dir, 'models') });
if (!loaded.ok) throw new Error(loaded.reason);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log(`load average ${load()}`);
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
let wall = performance.now();
let cpu = cpuMs();
let main = mainThreadCpuMs() ?? 0;
const lap = (label: string) => {
  const w = performance.now();
  const c = cpuMs();
  const m = mainThreadCpuMs() ?? 0;
  console.log(
    `${label.padEnd(10)} wall ${(w - wall).toFixed(0).padStart(6)} ms   cpu ${(c - cpu).toFixed(0).padStart(6)} ms   main thread ${String(m - main).padStart(6)} ms`,
  );
  wall = w;
  cpu = c;
  main = m;
};
const report = await buildIndex({
  sourceDir: corpus,
  indexDir: join(dir, 'index'),
  embedder: loaded.embedder,
  onCheckpoint: (name) => lap(name),
});
lap('done');
console.log(
  `total ${report.seconds.toFixed(2)} s, changed ${report.changed.length}, embedded ${report.embedded}; stages ${JSON.stringify(report.stages)}; load average ${load()}`,
);
await loaded.embedder.close?.();
