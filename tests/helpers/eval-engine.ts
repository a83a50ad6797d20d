/**
 * The setup every frozen-set test shares: the dev corpus beside the project (`../shared/eval/corpus`),
 * a keyword-only engine built in a temporary folder from the seeds, that corpus and any extra
 * article folders, and JSON-lines question files. Without the dev corpus the tests skip, saying so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createEngine } from '../../src/engine/create.ts';
import type { Engine } from '../../src/engine/types.ts';

/** The development corpus of the shared material (30 articles). */
export const DEV_CORPUS = resolve('../shared/eval/corpus');

/** Whether the dev corpus is there; warns once, naming the test and what it skips, when it is not. */
export function devCorpusPresent(test: string, skipping: string): boolean {
  const present = existsSync(DEV_CORPUS);
  if (!present) console.warn(`${test}: ${DEV_CORPUS} is absent, skipping ${skipping}`);
  return present;
}

/** Options of {@link useEvalEngine}. */
export interface EvalEngineOptions {
  /** Prefix of the temporary folder (the test's name). */
  prefix: string;
  /** Article folders indexed beside the seeds and the dev corpus (paths from the project root). Default none. */
  extra?: readonly string[];
  /** Time allowed to build the index, ms. Default 120 000. */
  timeoutMs?: number;
}

/**
 * Build the engine before the enclosing `describe`'s tests and close it after; call inside the
 * `describe`. The returned function gives the engine (only inside tests).
 */
export function useEvalEngine(opts: EvalEngineOptions): () => Engine {
  return useCorpusEngine(
    opts.prefix,
    [resolve('seeds'), DEV_CORPUS, ...(opts.extra ?? []).map((d) => resolve(d))],
    opts.timeoutMs,
  );
}

/**
 * A keyword-only engine over exactly the article folders `dirs` (paths from the project root),
 * built before the enclosing `describe`'s tests in a temporary folder named after `prefix`, closed
 * after. The returned function gives the engine (only inside tests).
 */
export function useCorpusEngine(prefix: string, dirs: readonly string[], timeoutMs = 120_000): () => Engine {
  let tmp: string | undefined;
  let engine: Engine | undefined;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), `${prefix}-`));
    const seeds = join(tmp, 'seeds');
    for (const dir of dirs) await cp(resolve(dir), seeds, { recursive: true });
    const config = { ...loadConfig({}), SEEDS_DIR: seeds, INDEX_DIR: join(tmp, 'index') };
    engine = await createEngine(config, { embedder: null, logger: { info() {}, warn() {} } });
  }, timeoutMs);
  afterAll(async () => {
    await engine?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });
  return () => {
    if (!engine) throw new Error(`${prefix}: the engine is not built (used outside a test?)`);
    return engine;
  };
}

/** The records of a JSON-lines file, blank lines skipped; a bad line names the file and line. */
export function readJsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim())
    .map(({ line, i }) => {
      try {
        return JSON.parse(line) as T;
      } catch (err) {
        throw new Error(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
      }
    });
}
