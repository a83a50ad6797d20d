import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * On-disk layout of INDEX_DIR. Each build writes a complete new generation directory and then
 * switches the `CURRENT` pointer with one atomic rename, so readers only ever see a complete
 * generation and a crash at any point leaves the previous one live.
 *
 *   INDEX_DIR/CURRENT            name of the live generation, e.g. `gen-000007`
 *   INDEX_DIR/gen-000007/        manifest.json, index.sqlite, vectors.hnsw, verified.json (see verify.ts)
 *   INDEX_DIR/embed-cache.sqlite vectors by (model, chunk text), shared across generations
 *   INDEX_DIR/.build.lock        the build lock (see lock.ts); .lock names its holder
 */

export const MANIFEST = 'manifest.json';
export const SQLITE = 'index.sqlite';
export const HNSW = 'vectors.hnsw';
export const EMBED_CACHE = 'embed-cache.sqlite';
/** The stamp of a generation's last full verification (verify.ts); not part of the manifest. */
export const VERIFIED_STAMP = 'verified.json';
const CURRENT = 'CURRENT';
const GEN = /^gen-(\d{6,})$/;

export function generationName(n: number): string {
  return `gen-${String(n).padStart(6, '0')}`;
}

/** The live generation's directory, or null when the folder holds no index yet. */
export async function currentGeneration(indexDir: string): Promise<{ name: string; dir: string } | null> {
  const p = await readCurrentPointer(indexDir);
  if (p.state === 'absent') return null;
  if (p.state === 'bad')
    throw new Error(`index: ${p.path} ${p.reason}; run npm run index to repair it (or --rebuild)`);
  return { name: p.name, dir: join(indexDir, p.name) };
}

/** What `CURRENT` says: nothing yet, a generation name, or something unusable (and why). */
export type CurrentPointer =
  | { state: 'absent' }
  | { state: 'ok'; name: string }
  | { state: 'bad'; path: string; reason: string };

/**
 * Read `CURRENT` without throwing on its content: an empty or garbled pointer is reported as
 * `bad` (with the reason) so readers can fall back and `--rebuild` can replace it.
 */
export async function readCurrentPointer(indexDir: string): Promise<CurrentPointer> {
  const path = join(indexDir, CURRENT);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { state: 'absent' };
    return { state: 'bad', path, reason: `cannot be read (${code})` };
  }
  const name = text.trim();
  if (GEN.test(name)) return { state: 'ok', name };
  const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  return {
    state: 'bad',
    path,
    reason:
      name === ''
        ? 'is empty'
        : [...shown].some((c) => c.charCodeAt(0) < 0x20)
          ? 'holds binary garbage'
          : `names "${shown}", not a generation`,
  };
}

/** Generation folder names in INDEX_DIR (complete or not), newest first. */
export async function listGenerations(indexDir: string): Promise<string[]> {
  const names = (await readdir(indexDir).catch(() => [] as string[])).filter((e) => GEN.test(e));
  return names.sort((a, b) => generationNumber(b) - generationNumber(a));
}

/** The number of a generation folder name (`gen-000007` → 7). */
export function generationNumber(name: string): number {
  return Number(GEN.exec(name)?.[1] ?? 0);
}

/** Attempts at a fresh generation number before giving up (each failure means a folder appeared). */
const MAX_GENERATION_ATTEMPTS = 100;

/**
 * Create the folder of a new generation numbered above every existing one (and at least `atLeast`).
 * `mkdir` without `recursive` fails when the folder exists, so two builds can never share a number
 * even if both got past the lock: the loser takes the next number.
 */
export async function createGenerationDir(
  indexDir: string,
  atLeast: number,
): Promise<{ number: number; dir: string }> {
  let n = Math.max(atLeast, (await highestGeneration(indexDir)) + 1);
  for (let attempt = 0; attempt < MAX_GENERATION_ATTEMPTS; attempt++, n++) {
    const dir = join(indexDir, generationName(n));
    try {
      await mkdir(dir);
      return { number: n, dir };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  throw new Error(
    `index: no free generation number in ${indexDir} after ${MAX_GENERATION_ATTEMPTS} tries; remove stray gen-* folders`,
  );
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

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
