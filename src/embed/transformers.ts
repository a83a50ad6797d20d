/**
 * Embedder backed by Transformers.js (onnxruntime-node). We run the bare model and pool ourselves:
 * the library's pooling is ~30× slower, and owning tokenisation lets us batch by length and truncate
 * without losing the final special token.
 */
import path from 'node:path';
import { AutoModel, AutoTokenizer, env, type PreTrainedModel, Tensor } from '@xenova/transformers';
import { type BatchSizeRule, defaultBatchSize, planBatches } from './batching.ts';
import { ForwardAside } from './forward-aside.ts';
import { l2Normalize, meanPool } from './pooling.ts';
import { type Prefixes, type PrefixOption, resolvePrefixes } from './prefixes.ts';
import { DEFAULT_QUERY_CACHE_SIZE, QueryVectorCache } from './query-cache.ts';
import type { Embedder, EmbedKind } from './types.ts';

/** Where the model files are. */
export type ModelLocation =
  /** A model directory on disk (absolute path); loaded with remote access disabled. */
  | { kind: 'local'; dir: string }
  /** A hub id whose files live (or will be downloaded) under `cacheDir/<id>/`. */
  | { kind: 'hub'; id: string; cacheDir: string; allowDownload: boolean; remoteHost?: string };

export interface TransformersOptions {
  /** Instruction prefixes. Default `'auto'` (E5 prefixes for E5 models only; see prefixes.ts). */
  prefixes?: PrefixOption;
  /** Longest input in tokens; longer texts are truncated. Default 512, lowered to the model's limit. */
  maxTokens?: number;
  /** Batch size by longest sequence. Default {@link defaultBatchSize}. */
  batchSize?: BatchSizeRule;
  /** Download progress (hub models only), percent 0–100 per file. */
  onProgress?: (file: string, percent: number) => void;
  /**
   * Query vectors kept for repeated questions (least recently used dropped first); 0 turns it off.
   * Default {@link DEFAULT_QUERY_CACHE_SIZE}. Passages are never cached here (the index has its own cache).
   */
  queryCacheSize?: number;
  /**
   * Run questions' forward pass on a worker thread (forward-aside.ts says why), falling back to this
   * thread until it is ready or if it fails. Default false; the serving engine turns it on.
   */
  queryThread?: boolean;
  /** Called with each warning (e.g. the WASM fallback, a failed query thread). Default `console.warn`. */
  onWarning?: (message: string) => void;
}

/** The ONNX execution backend actually in use. `wasm` means Transformers.js fell back silently. */
export type Backend = 'onnxruntime-node' | 'wasm';

interface TokenizerLike {
  encode(text: string): number[];
  pad_token_id?: number;
  model_max_length?: number;
}

const WASM_FALLBACK = /wasm.{0,20}fallback/i;

// Transformers.js keeps its settings in one global object; loads that change it must not overlap.
let envLock: Promise<unknown> = Promise.resolve();

async function withEnv<T>(
  settings: Partial<typeof env>,
  warnings: string[],
  fn: () => Promise<T>,
): Promise<T> {
  const run = envLock.then(async () => {
    const saved: Partial<typeof env> = {};
    for (const key of Object.keys(settings) as (keyof typeof env)[]) {
      (saved as Record<string, unknown>)[key] = env[key];
      (env as Record<string, unknown>)[key] = settings[key];
    }
    // The library reports a failed native session (and its silent switch to WASM) only through
    // console.warn; capture it so the caller can say so clearly.
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
    };
    try {
      return await fn();
    } finally {
      console.warn = warn;
      Object.assign(env, saved);
    }
  });
  envLock = run.catch(() => undefined);
  return run;
}

/**
 * Which backend runs the session. onnxruntime-node's handler class is `OnnxruntimeSessionHandler`;
 * onnxruntime-web ships minified, so any other (or anonymous) handler class means WASM.
 */
export function detectBackend(model: unknown, warnings: readonly string[]): Backend {
  if (warnings.some((w) => WASM_FALLBACK.test(w))) return 'wasm';
  const handler = (model as { session?: { handler?: object } }).session?.handler;
  if (!handler) return 'onnxruntime-node'; // nothing to inspect; only the warning above can tell
  return handler.constructor?.name === 'OnnxruntimeSessionHandler' ? 'onnxruntime-node' : 'wasm';
}

function maxTokensFor(requested: number, tokenizer: TokenizerLike, config: Record<string, unknown>): number {
  let max = requested;
  const tmax = tokenizer.model_max_length;
  if (typeof tmax === 'number' && Number.isFinite(tmax) && tmax > 2) max = Math.min(max, tmax);
  const positions = config.max_position_embeddings;
  if (typeof positions === 'number' && positions > 2) {
    // RoBERTa-style models reserve two position slots (padding offset).
    const offset = /roberta|camembert/i.test(String(config.model_type)) ? 2 : 0;
    max = Math.min(max, positions - offset);
  }
  return max;
}

/** A loaded Transformers.js model with our pooling, batching and prefixes. */
export class TransformersEmbedder implements Embedder {
  private closedFlag = false;
  private truncatedTexts = 0;
  private readonly queryCache: QueryVectorCache;

  constructor(
    readonly modelId: string,
    readonly dim: number,
    /** Execution backend; `wasm` means a slow fallback happened. */
    readonly backend: Backend,
    /** Prefixes applied to queries and passages. */
    readonly prefixes: Readonly<Prefixes>,
    /** Inputs longer than this many tokens (special tokens included) are truncated. */
    readonly maxTokens: number,
    private readonly tokenizer: TokenizerLike,
    private readonly model: PreTrainedModel,
    private readonly batchSize: BatchSizeRule = defaultBatchSize,
    queryCacheSize: number = DEFAULT_QUERY_CACHE_SIZE,
    /** Questions' forward pass on a worker thread, when it is usable. */
    private readonly aside: ForwardAside | null = null,
  ) {
    this.queryCache = new QueryVectorCache(queryCacheSize);
  }

  /** True after {@link close}. */
  get closed(): boolean {
    return this.closedFlag;
  }

  /** Token count of a text as this model sees it (prefix and special tokens included, before truncation). */
  countTokens(text: string, kind: EmbedKind = 'passage'): number {
    return this.tokenizer.encode(this.prefixes[kind] + text).length;
  }

  /** Texts cut to {@link maxTokens} so far (the indexer reports them; nothing is cut silently). */
  get truncated(): number {
    return this.truncatedTexts;
  }

  private encode(text: string): number[] {
    const ids = this.tokenizer.encode(text);
    if (ids.length <= this.maxTokens) return ids;
    this.truncatedTexts++;
    // Keep the closing special token ([SEP] / </s>) the model was trained to see.
    return [...ids.slice(0, this.maxTokens - 1), ids[ids.length - 1]!];
  }

  async embed(texts: string[], kind: EmbedKind): Promise<Float32Array[]> {
    if (this.closedFlag)
      throw new Error(`embed: the embedder for "${this.modelId}" is closed; load it again`);
    if (texts.length === 0) return [];
    if (kind !== 'query' || this.queryCache.capacity === 0) return this.run(texts, kind);
    // A question asked again (a follow-up, the full question after the short one) is not encoded again.
    const out = new Array<Float32Array>(texts.length);
    const missing: number[] = [];
    texts.forEach((text, i) => {
      const cached = this.queryCache.get(text);
      if (cached) out[i] = cached;
      else missing.push(i);
    });
    if (missing.length === 0) return out;
    const fresh = await this.run(
      missing.map((i) => texts[i]!),
      kind,
    );
    missing.forEach((textIndex, j) => {
      out[textIndex] = fresh[j]!;
      this.queryCache.set(texts[textIndex]!, fresh[j]!);
    });
    return out;
  }

  /** Tokenise, batch by length, run the model, pool: no cache. */
  private async run(texts: string[], kind: EmbedKind): Promise<Float32Array[]> {
    const prefix = this.prefixes[kind];
    const encoded = texts.map((t) => this.encode(prefix + t));
    const out = new Array<Float32Array>(texts.length);
    const pad = BigInt(this.tokenizer.pad_token_id ?? 0);
    for (const batch of planBatches(
      encoded.map((e) => e.length),
      this.batchSize,
    )) {
      const seq = Math.max(...batch.map((i) => encoded[i]!.length));
      const n = batch.length;
      const ids = new BigInt64Array(n * seq).fill(pad);
      const mask64 = new BigInt64Array(n * seq);
      const mask = new Uint8Array(n * seq);
      batch.forEach((textIndex, row) => {
        const e = encoded[textIndex]!;
        for (let s = 0; s < e.length; s++) {
          ids[row * seq + s] = BigInt(e[s]!);
          mask64[row * seq + s] = 1n;
          mask[row * seq + s] = 1;
        }
      });
      const hidden = await this.forward(ids, mask64, [n, seq], kind);
      const [b, s, d] = hidden.dims;
      if (b !== n || s !== seq || d !== this.dim) {
        throw new Error(
          `embed: model "${this.modelId}" returned shape [${hidden.dims}], expected [${n}, ${seq}, ${this.dim}]`,
        );
      }
      const pooled = meanPool(hidden.data as Float32Array, mask, n, seq, this.dim);
      batch.forEach((textIndex, row) => {
        out[textIndex] = l2Normalize(pooled[row]!);
      });
    }
    return out;
  }

  /** The per-token output for padded ids: a question's on the query thread when it is usable. */
  private async forward(
    ids: BigInt64Array,
    mask: BigInt64Array,
    dims: [number, number],
    kind: EmbedKind,
  ): Promise<{ data: unknown; dims: number[] }> {
    if (kind === 'query' && this.aside?.usable) {
      try {
        return await this.aside.forward(ids, mask, dims);
      } catch {
        // The thread failed (reported once through onWarning); this question runs here.
      }
    }
    const result = (await this.model.forward({
      input_ids: new Tensor('int64', ids, dims),
      attention_mask: new Tensor('int64', mask, dims),
    })) as Record<string, { data: unknown; dims: number[] }>;
    return hiddenStates(result);
  }

  /** True while questions run on the worker thread (for tests and diagnostics). */
  get queryThreadActive(): boolean {
    return this.aside?.usable === true;
  }

  async close(): Promise<void> {
    if (this.closedFlag) return;
    this.closedFlag = true;
    this.queryCache.clear();
    await this.aside?.close();
    await this.model.dispose();
  }
}

/** The per-token output: `last_hidden_state`, else the first 3-D float output (e.g. `token_embeddings`). */
function hiddenStates(result: Record<string, { data: unknown; dims: number[] }>) {
  const named = result.last_hidden_state;
  if (named) return named;
  const any = Object.values(result).find((t) => t?.dims?.length === 3 && t.data instanceof Float32Array);
  if (!any) {
    throw new Error(
      `embed: the model has no per-token output (got ${Object.keys(result).join(', ')}); ` +
        'use a feature-extraction export with last_hidden_state',
    );
  }
  return any;
}

/**
 * Load tokenizer and quantized ONNX model (`onnx/model_quantized.onnx`), check the output shape on a
 * warm-up text, and return the embedder. Throws (prefixed `embed:` or the library's message) on any
 * failure; `load.ts` turns that into a clear result. The returned `warnings` include the WASM fallback.
 */
export async function openTransformersEmbedder(
  modelId: string,
  location: ModelLocation,
  options: TransformersOptions = {},
): Promise<{ embedder: TransformersEmbedder; warnings: string[] }> {
  const captured: string[] = [];
  const local = location.kind === 'local';
  const name = local ? path.basename(location.dir) : location.id;
  const root = local ? path.dirname(location.dir) : location.cacheDir;
  const progress = options.onProgress;
  const fromPretrainedOptions = {
    quantized: true,
    local_files_only: local || !location.allowDownload,
    cache_dir: root,
    progress_callback: progress
      ? (p: { status: string; file?: string; progress?: number }) => {
          if (p.status === 'progress' && p.file && typeof p.progress === 'number')
            progress(p.file, p.progress);
        }
      : undefined,
  };
  const loaded = withEnv(
    {
      allowLocalModels: true,
      localModelPath: `${root}${path.sep}`,
      // A local directory must never trigger a download; a hub id caches into MODELS_DIR.
      allowRemoteModels: !local && location.allowDownload,
      useFSCache: !local,
      cacheDir: root,
      ...(!local && location.remoteHost ? { remoteHost: location.remoteHost } : {}),
    },
    captured,
    async () => {
      const tokenizer = await AutoTokenizer.from_pretrained(name, fromPretrainedOptions);
      const model = await AutoModel.from_pretrained(name, fromPretrainedOptions);
      return { tokenizer: tokenizer as unknown as TokenizerLike, model };
    },
  );
  const { tokenizer, model } = await loaded.catch((err: Error) => {
    // The native runtime's own message (captured from console.warn) says more than the fallback's.
    const native = captured.find(
      (w) => !WASM_FALLBACK.test(w) && !w.startsWith('Unable to load from local path'),
    );
    throw new Error(native ? `${err.message}; onnxruntime-node said: ${native}` : err.message);
  });

  const warnings: string[] = [];
  const backend = detectBackend(model, captured);
  if (backend === 'wasm') {
    const cause = captured.find((w) => !WASM_FALLBACK.test(w)) ?? 'not reported';
    warnings.push(
      `embed: "${modelId}" runs on the WASM backend, not onnxruntime-node, so embedding is several times ` +
        `slower (Transformers.js switches silently when the native session fails). Cause: ${cause}`,
    );
  }
  const config = ((model as unknown as { config?: Record<string, unknown> }).config ?? {}) as Record<
    string,
    unknown
  >;
  const modelDir = local ? location.dir : path.join(location.cacheDir, location.id);
  const prefixes = resolvePrefixes(options.prefixes ?? 'auto', [modelId, name], modelDir);
  const maxTokens = maxTokensFor(options.maxTokens ?? 512, tokenizer, config);

  // Learn dim from the real output (config hidden_size can disagree for exported heads); a model that
  // cannot embed one word fails here, at load time, rather than in the middle of indexing.
  let dim: number;
  try {
    const warmIds = tokenizer.encode('warm-up');
    const probe = (await model.forward({
      input_ids: new Tensor('int64', BigInt64Array.from(warmIds.map(BigInt)), [1, warmIds.length]),
      attention_mask: new Tensor('int64', new BigInt64Array(warmIds.length).fill(1n), [1, warmIds.length]),
    })) as Record<string, { data: unknown; dims: number[] }>;
    dim = hiddenStates(probe).dims[2]!;
  } catch (err) {
    await model.dispose();
    throw err;
  }
  const hiddenSize = config.hidden_size;
  if (typeof hiddenSize === 'number' && hiddenSize !== dim) {
    warnings.push(
      `embed: "${modelId}" config says hidden_size ${hiddenSize} but the model outputs ${dim}; using ${dim}`,
    );
  }
  const embedder = new TransformersEmbedder(
    modelId,
    dim,
    backend,
    prefixes,
    maxTokens,
    tokenizer,
    model,
    options.batchSize,
    options.queryCacheSize,
    options.queryThread && backend === 'onnxruntime-node'
      ? new ForwardAside(path.join(modelDir, 'onnx', 'model_quantized.onnx'), (reason) =>
          (options.onWarning ?? console.warn)(`embed: questions are encoded on the main thread: ${reason}`),
        )
      : null,
  );
  return { embedder, warnings };
}
