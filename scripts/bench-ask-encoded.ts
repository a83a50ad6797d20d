/**
 * `npx tsx scripts/bench-ask-encoded.ts DIR [--no-encode]` — `ask` at the size of a kept benchmark index
 * (`npm run bench -- --quick --keep` prints DIR), with the query encoded by the e5-small-shaped
 * random-weight model (src/bench/e5-shaped-model.ts) as production encodes it.
 *
 * Why: `bench --real-cost` must embed every chunk with the 12-layer encoder before it can ask
 * anything, which on this shared machine takes longer than a session; the query side only needs
 * the encoder once per question. Each question is encoded by the e5-shaped model and then answered
 * by the engine over DIR's index (test-model vectors of the same dimension, 384, so the HNSW search
 * costs the same; the engine's own test-model query encoding, a single Gather, is included too).
 * Prints one JSON object: encode, pipeline and total p50/p95, load times, RSS, load average.
 * `--no-encode` loads the encoder but skips the encoding: the pipeline alone, in the same process
 * shape, for a same-load comparison.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { E5_SMALL_SHAPE, writeE5ShapedModel } from '../src/bench/e5-shaped-model.ts';
import { loadAverage } from '../src/bench/machine.ts';
import type { ServeInput } from '../src/bench/serve-types.ts';
import { summarize } from '../src/bench/stats.ts';
import { loadConfig } from '../src/config.ts';
import { loadEmbedder } from '../src/embed/load.ts';
import { createEngine } from '../src/engine/create.ts';

const round = (v: number, d = 2): number => Math.round(v * 10 ** d) / 10 ** d;
const rssMB = (): number => round(process.memoryUsage().rss / 1024 / 1024, 1);

async function main(): Promise<void> {
  const dir = process.argv[2];
  const encodeQueries = !process.argv.includes('--no-encode');
  if (!dir || !existsSync(join(dir, 'serve-input.json'))) {
    throw new Error(
      `bench-ask-encoded: give a kept benchmark folder holding serve-input.json (npm run bench -- --quick --keep), got '${dir ?? ''}'`,
    );
  }
  const input = JSON.parse(readFileSync(join(dir, 'serve-input.json'), 'utf8')) as ServeInput;
  const loadBefore = loadAverage();
  const e5Dir = join(dir, 'e5-shaped-model');
  let t = performance.now();
  if (!existsSync(join(e5Dir, 'onnx', 'model_quantized.onnx'))) writeE5ShapedModel(e5Dir, [input.sourceDir]);
  const writeSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const e5 = await loadEmbedder({ model: e5Dir, modelsDir: input.modelsDir, onWarning: () => {} });
  if (!e5.ok) throw new Error(`bench-ask-encoded: the e5-shaped model did not load: ${e5.reason}`);
  const e5Seconds = (performance.now() - t) / 1000;
  if (e5.embedder.dim !== E5_SMALL_SHAPE.hidden) throw new Error(`bench-ask-encoded: dim ${e5.embedder.dim}`);
  const testModel = await loadEmbedder({
    model: input.modelDir,
    modelsDir: input.modelsDir,
    onWarning: () => {},
  });
  if (!testModel.ok) throw new Error(`bench-ask-encoded: the test model did not load: ${testModel.reason}`);
  const config = loadConfig({
    SEEDS_DIR: input.sourceDir,
    INDEX_DIR: input.indexDir,
    EMBEDDING_MODEL: input.modelDir,
    MODELS_DIR: input.modelsDir,
    LOG_LEVEL: 'silent',
  });
  t = performance.now();
  const engine = await createEngine(config, {
    embedder: testModel.embedder,
    buildIfMissing: false,
    logger: { info: () => {}, warn: () => {} },
  });
  const engineSeconds = (performance.now() - t) / 1000;
  // One warm-up encoding, as the engine's own warm-up question does for the pipeline.
  await e5.embedder.embed(['Ai chủ trì hội nghị giao ban quý I năm 2021?'], 'query');
  const encode: number[] = [];
  const pipeline: number[] = [];
  const total: number[] = [];
  for (const { q } of input.questions) {
    const t0 = performance.now();
    if (encodeQueries) await e5.embedder.embed([q], 'query');
    const t1 = performance.now();
    await engine.ask(q);
    const t2 = performance.now();
    encode.push(t1 - t0);
    pipeline.push(t2 - t1);
    total.push(t2 - t0);
  }
  const fig = (v: number[]) => {
    const s = summarize(v);
    return { p50: round(s.p50), p95: round(s.p95), mean: round(s.mean) };
  };
  const out = {
    dir,
    encoded: encodeQueries,
    questions: input.questions.length,
    askIncludingEncodingMs: fig(total),
    queryEncodingMs: fig(encode),
    pipelineMs: fig(pipeline),
    load: {
      e5ModelSeconds: round(e5Seconds, 3),
      engineSeconds: round(engineSeconds, 3),
      writeSeconds: round(writeSeconds, 1),
    },
    rssMB: rssMB(),
    peakRssMB: round(process.resourceUsage().maxRSS / 1024, 1),
    loadAvg: { before: loadBefore, after: loadAverage() },
  };
  await engine.close();
  await e5.embedder.close?.();
  await testModel.embedder.close?.();
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
