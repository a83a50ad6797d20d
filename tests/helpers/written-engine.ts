/**
 * A keyword-only engine over a few articles a test writes itself (raw scraped text, by file name),
 * built in a temporary folder before the describe block's tests and removed after them.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createEngine } from '../../src/engine/create.ts';
import type { Engine } from '../../src/engine/types.ts';

/** Register the engine's set-up and tear-down; the returned getter reads it inside a test. */
export function useWrittenEngine(prefix: string, articles: Readonly<Record<string, string>>): () => Engine {
  let tmp: string | undefined;
  let engine: Engine | undefined;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), `${prefix}-`));
    const seeds = join(tmp, 'seeds');
    await mkdir(seeds);
    for (const [name, text] of Object.entries(articles)) await writeFile(join(seeds, name), text);
    engine = await createEngine(
      { ...loadConfig({}), SEEDS_DIR: seeds, INDEX_DIR: join(tmp, 'index') },
      { embedder: null, logger: { info() {}, warn() {} } },
    );
  }, 60_000);
  afterAll(async () => {
    await engine?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });
  return () => {
    if (!engine) throw new Error(`${prefix}: the engine is read before its beforeAll ran`);
    return engine;
  };
}
