/**
 * A keyword-only index of the project's seeds, built in a temporary folder before the file's tests
 * and removed after: for tests that read or tamper with the index's own files.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildIndex } from '../../src/index/build.ts';

/** The folders of a seeds index (set before the tests run) and its live database file. */
export interface SeedIndex {
  /** The temporary folder holding the others (scratch files may go here too). */
  tmp: string;
  /** The copy of the seeds the index is built from. */
  sourceDir: string;
  indexDir: string;
  /** Path of the live generation's SQLite file. */
  currentFile(): Promise<string>;
}

/** Build the index before the file's tests (`beforeAll`) and remove it after (`afterAll`). */
export function useSeedIndex(prefix: string): SeedIndex {
  const index: SeedIndex = {
    tmp: '',
    sourceDir: '',
    indexDir: '',
    currentFile: async () =>
      join(index.indexDir, (await readFile(join(index.indexDir, 'CURRENT'), 'utf8')).trim(), 'index.sqlite'),
  };
  beforeAll(async () => {
    index.tmp = await mkdtemp(join(tmpdir(), `${prefix}-`));
    index.sourceDir = join(index.tmp, 'seeds');
    index.indexDir = join(index.tmp, 'index');
    await cp(resolve('seeds'), index.sourceDir, { recursive: true });
    await buildIndex({ sourceDir: index.sourceDir, indexDir: index.indexDir, embedder: null });
  });
  afterAll(async () => {
    if (index.tmp) await rm(index.tmp, { recursive: true, force: true });
  });
  return index;
}
