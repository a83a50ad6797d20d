/**
 * `npx tsx scripts/bench-ask-encoded.ts DIR [--no-encode] [--runs N]` — `ask` at the size of a kept
 * benchmark index (`npm run bench -- --quick --keep` prints DIR), with every question encoded by the
 * e5-small-shaped random-weight model (src/bench/e5-shaped-model.ts) inside `engine.ask`, where
 * production encodes it.
 *
 * Why: `bench --real-cost` must embed every chunk with the 12-layer encoder before it can ask
 * anything, which on this shared machine takes longer than a session; the query side only needs
 * the encoder once per question. The engine is given the index's model (test-model vectors of the
 * same dimension, 384, so the HNSW search costs the same) wrapped so that each query is first
 * encoded by the e5-shaped model: its cost lands where production pays it, while the vector that is
 * searched stays the index model's, so the answers are those of the plain run.
 * The e5-shaped model is loaded with its query cache off, so every figure is for a distinct encoding.
 *
 * Prints one JSON object: ask (encoding included), encoding and pipeline p50/p95 in wall and CPU
 * time (CPU time counts every thread of the process, onnxruntime's included, and moves far less with
 * the load than wall time), tokens per question, load times, RSS, load average before and after.
 * `--no-encode` skips the e5 encoding (the pipeline alone, same process shape). `--idle-warm-up`
 * first lets the engine finish the warm-up the bot runs while idle (engine/idle-warm-up.ts), so the
 * figures are those of a bot some seconds after its start; without it, of the first questions. `--runs N` then
 * encodes the question list N more times alone (no engine work between questions) and reports
 * each run, so a quiet moment on a shared machine shows up as the best run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { E5_SMALL_SHAPE, writeE5ShapedModel } from '../src/bench/e5-shaped-model.ts';
import { loadAverage } from '../src/bench/machine.ts';
import { openServing } from '../src/bench/serve-setup.ts';
import type { ServeInput } from '../src/bench/serve-types.ts';
import { summarize } from '../src/bench/stats.ts';
import { loadEmbedder } from '../src/embed/load.ts';
import type { TransformersEmbedder } from '../src/embed/transformers.ts';
import type { Embedder, EmbedKind } from '../src/embed/types.ts';

const round = (v: number, d = 2): number => Math.round(v * 10 ** d) / 10 ** d;
const rssMB = (): number => round(process.memoryUsage().rss / 1024 / 1024, 1);
/** CPU milliseconds of the whole process (all threads) since `from`. */
const cpuMs = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};
const fig = (v: number[]) => {
  const s = summarize(v);
  return { p50: round(s.p50), p95: round(s.p95), mean: round(s.mean) };
};

/**
 * The index's model for everything, but each query is first encoded by `cost` (result discarded):
 * production's query-encoding cost at the point production pays it. Time spent in `cost` is added
 * to `spent`.
 */
class CostedQueries implements Embedder {
  readonly spent = { wallMs: 0, cpuMs: 0 };

  constructor(
    private readonly index: TransformersEmbedder,
    private readonly cost: TransformersEmbedder | null,
  ) {}

  get modelId(): string {
    return this.index.modelId;
  }
  get dim(): number {
    return this.index.dim;
  }
  get maxTokens(): number {
    return this.index.maxTokens;
  }
  get truncated(): number {
    return this.index.truncated;
  }
  countTokens(text: string, kind?: EmbedKind): number {
    return this.index.countTokens(text, kind);
  }

  async embed(texts: string[], kind: EmbedKind): Promise<Float32Array[]> {
    if (kind === 'query' && this.cost) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await this.cost.embed(texts, 'query');
      this.spent.wallMs += performance.now() - t0;
      this.spent.cpuMs += cpuMs(c0);
    }
    return this.index.embed(texts, kind);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'no-encode': { type: 'boolean' },
      runs: { type: 'string' },
      'idle-warm-up': { type: 'boolean' },
    },
  });
  const dir = positionals[0];
  const encodeQueries = values['no-encode'] !== true;
  const runs = Number(values.runs ?? 0);
  if (!Number.isInteger(runs) || runs < 0)
    throw new Error(`bench-ask-encoded: --runs takes a count ≥ 0, got '${values.runs}'`);
  if (!dir || !existsSync(join(dir, 'serve-input.json'))) {
    throw new Error(
      `bench-ask-encoded: give a kept benchmark folder holding serve-input.json (npm run bench -- --quick --keep), got '${dir ?? ''}'`,
    );
  }
  const input = JSON.parse(readFileSync(join(dir, 'serve-input.json'), 'utf8')) as ServeInput;
  const questions = input.questions.map((q) => q.q);
  const loadBefore = loadAverage();
  const e5Dir = join(dir, 'e5-shaped-model');
  let t = performance.now();
  // Written once per folder (delete it to write it again), with the questions' words in its vocabulary.
  if (!existsSync(join(e5Dir, 'onnx', 'model_quantized.onnx')))
    writeE5ShapedModel(e5Dir, [input.sourceDir], E5_SMALL_SHAPE, { questions });
  const writeSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const e5 = await loadEmbedder({
    model: e5Dir,
    modelsDir: input.modelsDir,
    queryCacheSize: 0,
    queryThread: true, // as the engine serves
    onWarning: () => {},
  });
  if (!e5.ok) throw new Error(`bench-ask-encoded: the e5-shaped model did not load: ${e5.reason}`);
  const e5Seconds = (performance.now() - t) / 1000;
  if (e5.embedder.dim !== E5_SMALL_SHAPE.hidden) {
    throw new Error(
      `bench-ask-encoded: the e5-shaped model gives dim ${e5.embedder.dim}, expected ${E5_SMALL_SHAPE.hidden}`,
    );
  }
  let costed: CostedQueries | null = null;
  const serving = await openServing(input, (indexModel) => {
    costed = new CostedQueries(indexModel, encodeQueries ? e5.embedder : null);
    return costed;
  });
  // As the bot after its first idle seconds: the engine's own warm-up questions first, encoded too.
  const warmUp = values['idle-warm-up'] ? await serving.engine.warmUpWhenIdle?.() : undefined;
  const spent = (costed as CostedQueries | null)?.spent ?? { wallMs: 0, cpuMs: 0 };
  const tokens = questions.map((q) => e5.embedder.countTokens(q, 'query'));
  const ask = { wall: [] as number[], cpu: [] as number[] };
  const encode = { wall: [] as number[], cpu: [] as number[] };
  let answered = 0;
  for (const q of questions) {
    const before = { ...spent };
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const a = await serving.engine.ask(q);
    ask.wall.push(performance.now() - t0);
    ask.cpu.push(cpuMs(c0));
    encode.wall.push(spent.wallMs - before.wallMs);
    encode.cpu.push(spent.cpuMs - before.cpuMs);
    if (a.answered) answered++;
  }
  const pipeline = {
    wall: ask.wall.map((v, i) => v - encode.wall[i]!),
    cpu: ask.cpu.map((v, i) => v - encode.cpu[i]!),
  };
  const alone: { wall: ReturnType<typeof fig>; cpu: ReturnType<typeof fig>; load: number }[] = [];
  for (let r = 0; r < runs; r++) {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (const q of questions) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await e5.embedder.embed([q], 'query');
      wall.push(performance.now() - t0);
      cpu.push(cpuMs(c0));
    }
    alone.push({ wall: fig(wall), cpu: fig(cpu), load: loadAverage() });
  }
  const out = {
    dir,
    encoded: encodeQueries,
    questions: questions.length,
    distinctQuestions: new Set(questions).size,
    answered,
    idleWarmUp: warmUp ? { asked: warmUp.asked, seconds: round(warmUp.ms / 1000, 2) } : null,
    askIncludingEncodingMs: { wall: fig(ask.wall), cpu: fig(ask.cpu) },
    queryEncodingMs: { wall: fig(encode.wall), cpu: fig(encode.cpu) },
    pipelineMs: { wall: fig(pipeline.wall), cpu: fig(pipeline.cpu) },
    queryTokens: { ...fig(tokens), max: Math.max(...tokens) },
    ...(runs > 0
      ? {
          encodingAloneRuns: alone,
          bestEncodingAloneRun: [...alone].sort((a, b) => a.wall.p95 - b.wall.p95)[0],
        }
      : {}),
    load: {
      e5ModelSeconds: round(e5Seconds, 3),
      indexModelSeconds: round(serving.embedderSeconds, 3),
      engineSeconds: round(serving.engineSeconds, 3),
      writeSeconds: round(writeSeconds, 1),
    },
    rssMB: rssMB(),
    peakRssMB: round(process.resourceUsage().maxRSS / 1024, 1),
    loadAvg: { before: loadBefore, after: loadAverage() },
  };
  await serving.close();
  await e5.embedder.close();
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
