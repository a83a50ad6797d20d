/**
 * `npx tsx scripts/load-profile.ts INDEX_DIR [MODEL_DIR]`: where a fresh process's start-up time goes
 * (generation verification at each level, IndexReader.open, createEngine with its warm-up question),
 * so the load target of the README's Performance table can be traced to its parts.
 */
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.ts';
import { loadEmbedder } from '../src/embed/load.ts';
import { createEngine } from '../src/engine/create.ts';
import { IndexReader } from '../src/index/open.ts';
import { scanGenerations } from '../src/index/verify.ts';

const [indexDir, modelDir] = process.argv.slice(2);
if (!indexDir) {
  console.error('usage: npx tsx scripts/load-profile.ts INDEX_DIR [MODEL_DIR]');
  process.exit(2);
}
const seconds = (t: number) => ((performance.now() - t) / 1000).toFixed(3);
let t = performance.now();
await scanGenerations(indexDir, 'sizes');
console.log(`verify sizes          ${seconds(t)} s`);
t = performance.now();
await scanGenerations(indexDir, 'full');
console.log(`verify full (fresh)   ${seconds(t)} s`);
t = performance.now();
await scanGenerations(indexDir, 'full');
console.log(`verify full (again)   ${seconds(t)} s`);
t = performance.now();
const loaded = modelDir ? await loadEmbedder({ model: modelDir, modelsDir: '/tmp' }) : null;
const embedder = loaded?.ok ? loaded.embedder : null;
console.log(`embedder load         ${seconds(t)} s`);
t = performance.now();
const reader = await IndexReader.open(indexDir, { embedder });
console.log(`IndexReader.open      ${seconds(t)} s (verified already in this process)`);
reader.close();
const config = loadConfig({ INDEX_DIR: indexDir, LOG_LEVEL: 'silent', EMBEDDING_MODEL: modelDir ?? 'none' });
t = performance.now();
const engine = await createEngine(config, {
  embedder,
  buildIfMissing: false,
  logger: { info: () => {}, warn: () => {} },
});
console.log(`createEngine          ${seconds(t)} s (includes one warm-up question)`);
t = performance.now();
await engine.ask('Ai chủ trì hội nghị?');
console.log(`second question       ${seconds(t)} s`);
await engine.close();
console.log(`rss                   ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
