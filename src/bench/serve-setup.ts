/**
 * Opening a kept benchmark index for serving, as the bot opens it: the embedder from the folder's
 * model, then the engine over the built index (never building). Shared by the serving child
 * (serve-child.ts) and `scripts/bench-ask-encoded.ts`, so both time the same thing.
 */
import { loadConfig } from '../config.ts';
import { loadEmbedder } from '../embed/load.ts';
import type { TransformersEmbedder } from '../embed/transformers.ts';
import type { Embedder } from '../embed/types.ts';
import { createEngine } from '../engine/create.ts';
import type { Engine } from '../engine/types.ts';
import type { ServeInput } from './serve-types.ts';

/** An engine serving a benchmark index, with what it took to open it. */
export interface Serving {
  engine: Engine;
  /** The model the index was built with (closed by {@link Serving.close}). */
  indexModel: TransformersEmbedder;
  /** Seconds to load {@link indexModel}. */
  embedderSeconds: number;
  /** Seconds of createEngine with the embedder already loaded: the index load and warm-up question. */
  engineSeconds: number;
  /** Close the engine and the index model. */
  close(): Promise<void>;
}

/**
 * Load the index's model and open the engine over `input.indexDir`.
 *
 * @param wrap the embedder the engine is given, made from the index's model (default: that model);
 *   `bench-ask-encoded` wraps it so that each question is also encoded by the e5-shaped model
 */
export async function openServing(
  input: ServeInput,
  wrap: (indexModel: TransformersEmbedder) => Embedder = (m) => m,
): Promise<Serving> {
  let t = performance.now();
  const loaded = await loadEmbedder({
    model: input.modelDir,
    modelsDir: input.modelsDir,
    queryThread: true, // as the engine serves
    onWarning: () => {},
  });
  if (!loaded.ok) throw new Error(`bench: the index's model did not load: ${loaded.reason}`);
  const embedderSeconds = (performance.now() - t) / 1000;
  const config = loadConfig({
    SEEDS_DIR: input.sourceDir,
    INDEX_DIR: input.indexDir,
    EMBEDDING_MODEL: input.modelDir,
    MODELS_DIR: input.modelsDir,
    LOG_LEVEL: 'silent',
  });
  t = performance.now();
  const engine = await createEngine(config, {
    embedder: wrap(loaded.embedder),
    buildIfMissing: false,
    logger: { info: () => {}, warn: () => {} },
  });
  const engineSeconds = (performance.now() - t) / 1000;
  return {
    engine,
    indexModel: loaded.embedder,
    embedderSeconds,
    engineSeconds,
    close: async () => {
      await engine.close();
      await loaded.embedder.close();
    },
  };
}
