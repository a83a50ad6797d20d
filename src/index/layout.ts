import { open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * On-disk layout of INDEX_DIR. Each build writes a complete new generation directory and then
 * switches the `CURRENT` pointer with one atomic rename, so readers only ever see a complete
 * generation and a crash at any point leaves the previous one live.
 *
 *   INDEX_DIR/CURRENT            name of the live generation, e.g. `gen-000007`
 *   INDEX_DIR/gen-000007/        manifest.json, index.sqlite, vectors.hnsw
 *   INDEX_DIR/embed-cache.sqlite vectors by (model, chunk text), shared across generations
 *   INDEX_DIR/.lock              pid of the process that is building
 */

export const MANIFEST = 'manifest.json';
export const SQLITE = 'index.sqlite';
export const HNSW = 'vectors.hnsw';
export const EMBED_CACHE = 'embed-cache.sqlite';
const CURRENT = 'CURRENT';
const LOCK = '.lock';
const GEN = /^gen-(\d{6,})$/;

export function generationName(n: number): string {
  return `gen-${String(n).padStart(6, '0')}`;
}

/** The live generation's directory, or null when the folder holds no index yet. */
export async function currentGeneration(indexDir: string): Promise<{ name: string; dir: string } | null> {
  let name: string;
  try {
    name = (await readFile(join(indexDir, CURRENT), 'utf8')).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  if (!GEN.test(name)) throw new Error(`index: ${join(indexDir, CURRENT)} names "${name}", not a generation`);
  return { name, dir: join(indexDir, name) };
}

/** Write a file and flush it to disk before returning, so a later rename publishes whole content. */
export async function writeFileDurable(path: string, data: string | Uint8Array): Promise<void> {
  await writeFile(path, data);
  await fsyncPath(path);
}

/** Flush a file (or directory) to disk. */
export async function fsyncPath(path: string): Promise<void> {
  const fh = await open(path, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Atomically make `name` the live generation. */
export async function switchCurrent(indexDir: string, name: string): Promise<void> {
  const tmp = join(indexDir, `${CURRENT}.tmp-${process.pid}`);
  await writeFileDurable(tmp, `${name}\n`);
  await rename(tmp, join(indexDir, CURRENT));
  await fsyncPath(indexDir);
}

/** Highest generation number present on disk (complete or not), 0 when none. */
export async function highestGeneration(indexDir: string): Promise<number> {
  let max = 0;
  for (const entry of await readdir(indexDir).catch(() => [] as string[])) {
    const m = GEN.exec(entry);
    if (m?.[1]) max = Math.max(max, Number(m[1]));
  }
  return max;
}

/**
 * Remove generations other than the live one and the one before it (kept so a reader that opened
 * it just before the switch can finish), and any half-written leftovers of crashed builds.
 */
export async function collectGarbage(indexDir: string, live: string, previous: string | null): Promise<void> {
  for (const entry of await readdir(indexDir)) {
    if (entry.startsWith(`${CURRENT}.tmp-`)) await rm(join(indexDir, entry), { force: true });
    if (!GEN.test(entry) || entry === live || entry === previous) continue;
    await rm(join(indexDir, entry), { recursive: true, force: true });
  }
}

/** Thrown when another process holds the build lock. */
export class IndexBusyError extends Error {
  override name = 'IndexBusyError';
}

/**
 * Take the build lock (one writer per INDEX_DIR across processes). A lock left by a dead process
 * (kill -9) is taken over. Returns the release function.
 */
export async function acquireBuildLock(indexDir: string): Promise<() => Promise<void>> {
  const path = join(indexDir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(path, 'wx');
      await fh.writeFile(String(process.pid));
      await fh.close();
      return () => rm(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new IndexBusyError(
          `index: another build (pid ${pid}) is writing ${indexDir}; wait for it to finish`,
        );
      }
      await rm(path, { force: true });
    }
  }
  throw new IndexBusyError(`index: could not take the build lock ${path}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
