import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { checkHnswFile, HnswFileError } from './hnsw-check.ts';
import {
  type CurrentPointer,
  generationNumber,
  HNSW,
  listGenerations,
  MANIFEST,
  readCurrentPointer,
  SQLITE,
  VERIFIED_STAMP,
} from './layout.ts';
import {
  DamagedIndexError,
  type GenerationFile,
  IndexMismatchError,
  type Manifest,
  readManifest,
} from './manifest.ts';

/**
 * Verification of index generations, so a damaged one is never served.
 *
 * - `sizes` (every load): the manifest parses and is complete, every file it lists has its
 *   recorded size, and the vector graph passes the structural check (hnsw-check.ts) that keeps a
 *   damaged file away from hnswlib's native code.
 * - `full` (at build and at start): also each file's sha256 and SQLite's `PRAGMA quick_check`, and
 *   the database's row counts against the manifest — once per generation: a generation that passed
 *   is stamped (`verified.json`: size, change and modification times and inode of each file, the
 *   manifest included) and is not hashed again, in this process or a later one, while its files
 *   keep that signature. Any write to a file (a torn copy, a stray editor, a partial restore) moves
 *   its times, so it is hashed again; hashing a 1 GB generation at every start was most of a
 *   100k-chunk index's load time.
 * - `deep` (`npm run index -- --verify`): `full` without trusting stamps, for damage that left a
 *   file's times alone (failing storage).
 */
export type VerifyLevel = 'sizes' | 'full' | 'deep';

/** Format of `verified.json`; a stamp of another version is ignored (the generation is hashed). */
const STAMP_VERSION = 1;

/** A generation that verified. */
export interface GenerationOk {
  ok: true;
  name: string;
  dir: string;
  manifest: Manifest;
}

/** A generation that did not, and why (naming the file and the cause). */
export interface GenerationBad {
  ok: false;
  name: string;
  dir: string;
  reason: string;
}

export type GenerationCheck = GenerationOk | GenerationBad;

/** Generation folder → signature (size, mtime, inode of its files) when it last passed `full`. */
const fullyVerified = new Map<string, string>();

/** Size and sha256 of a file, streamed. */
export async function describeFile(path: string): Promise<GenerationFile> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha256: hash.digest('hex') };
}

/** Record that a generation the caller has just written and hashed passed full verification. */
export async function rememberVerified(dir: string, manifest: Manifest): Promise<void> {
  const sig = await signature(dir, Object.keys(manifest.files ?? {}));
  if (sig) fullyVerified.set(dir, sig);
}

/**
 * The files' identity as the file system reports it: size, inode and both times (a program can set
 * the modification time back, not the change time). Null when a file is missing.
 */
async function signature(dir: string, names: string[]): Promise<string | null> {
  const parts: string[] = [];
  for (const name of [...names, MANIFEST]) {
    const st = await stat(join(dir, name), { bigint: true }).catch(() => null);
    if (!st) return null;
    parts.push(`${name}:${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}`);
  }
  return parts.join('|');
}

/** The signature a generation's stamp records, or null (no stamp, another version, unreadable). */
async function readStamp(dir: string): Promise<string | null> {
  try {
    const stamp = JSON.parse(await readFile(join(dir, VERIFIED_STAMP), 'utf8')) as {
      version?: unknown;
      signature?: unknown;
    };
    return stamp.version === STAMP_VERSION && typeof stamp.signature === 'string' ? stamp.signature : null;
  } catch {
    return null;
  }
}

/**
 * Stamp a generation that passed `full`. Best effort: a read-only index folder only means the next
 * process hashes again. Written aside and renamed, so a reader never sees half a stamp.
 */
async function writeStamp(dir: string, sig: string): Promise<void> {
  const path = join(dir, VERIFIED_STAMP);
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, `${JSON.stringify({ version: STAMP_VERSION, signature: sig })}\n`);
    await rename(temp, path);
  } catch {
    // Nothing to undo: without a stamp the generation is simply verified in full again.
  }
}

/**
 * Check one generation folder of `indexDir` at `level`. Never throws for damage: it returns why.
 * `hashesFresh`: the caller has just computed the manifest's hashes from these very files (a build
 * publishing them), so they are not read a second time; everything else is still checked.
 * `databaseChecked`: the caller has just run {@link checkDatabase} on this very file against this
 * manifest's counts and it passed (a build, while the files were hashed), so it is not run again.
 */
export async function verifyGeneration(
  indexDir: string,
  name: string,
  level: VerifyLevel,
  opts: { hashesFresh?: boolean; databaseChecked?: boolean } = {},
): Promise<GenerationCheck> {
  const dir = join(indexDir, name);
  const bad = (reason: string): GenerationBad => ({ ok: false, name, dir, reason });
  const folder = await stat(dir).catch((err: NodeJS.ErrnoException) => err);
  if (folder instanceof Error)
    return bad(
      `folder ${dir} ${folder.code === 'ENOENT' ? 'is missing' : `cannot be read (${folder.code})`}`,
    );
  let manifest: Manifest;
  try {
    manifest = await readManifest(join(dir, MANIFEST));
  } catch (err) {
    if (err instanceof DamagedIndexError || err instanceof IndexMismatchError) return bad(err.message);
    throw err;
  }
  if (manifest.generation !== generationNumber(name))
    return bad(`${join(dir, MANIFEST)} describes generation ${manifest.generation}, not ${name}`);

  const hasVectors = manifest.model !== null && manifest.counts.vectors > 0;
  // Manifests written before `files` existed: the files the generation must hold, sizes unknown.
  const files: Record<string, GenerationFile | null> = manifest.files ?? {
    [SQLITE]: null,
    ...(hasVectors ? { [HNSW]: null } : {}),
  };
  for (const [file, rec] of Object.entries(files)) {
    const path = join(dir, file);
    const st = await stat(path).catch(() => null);
    if (!st) return bad(`${path} is missing`);
    if (rec && st.size !== rec.size)
      return bad(
        `${path} is ${st.size} bytes where the manifest records ${rec.size} (cut short or replaced)`,
      );
  }
  const sig = level === 'sizes' ? null : await signature(dir, Object.keys(files));
  const known =
    sig !== null && (fullyVerified.get(dir) === sig || (level === 'full' && (await readStamp(dir)) === sig));
  const full = level !== 'sizes' && (level === 'deep' || !known);

  if (hasVectors && manifest.model) {
    const path = join(dir, HNSW);
    const rec = files[HNSW];
    try {
      const facts = checkHnswFile(path, {
        dim: manifest.model.dim,
        live: manifest.counts.vectors,
        labelLimit: manifest.nextChunkId,
        hash: full && Boolean(rec) && !opts.hashesFresh,
      });
      if (rec && facts.sha256 !== null && facts.sha256 !== rec.sha256)
        return bad(`${path} does not match the sha256 its manifest records (changed after the build)`);
    } catch (err) {
      if (err instanceof HnswFileError) return bad(`${path} is not a usable vector graph: ${err.message}`);
      return bad(`${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
  }
  if (full) {
    const path = join(dir, SQLITE);
    const rec = files[SQLITE];
    if (rec && !opts.hashesFresh && (await describeFile(path)).sha256 !== rec.sha256)
      return bad(`${path} does not match the sha256 its manifest records (changed after the build)`);
    const problem = opts.databaseChecked ? null : checkDatabase(path, manifest.counts);
    if (problem) return bad(problem);
    if (sig) {
      fullyVerified.set(dir, sig);
      if ((await readStamp(dir)) !== sig) await writeStamp(dir, sig);
    }
  }
  return { ok: true, name, dir, manifest };
}

/**
 * What a database file says of itself: SQLite's `quick_check` answer (its first line), the row
 * counts the manifest records (only when the check passed), or the error that stopped reading it.
 */
export type DatabaseHealth =
  | { quickCheck: string; rows: { docs: number; contents: number; chunks: number } | null }
  | { error: { code?: string; message: string } };

/** {@link DatabaseHealth} of the database at `path`, on this thread. */
export function readDatabaseHealth(path: string): DatabaseHealth {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const quickCheck = rows[0]?.quick_check ?? 'no answer';
    const n = (table: string) => (db!.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      quickCheck,
      rows: quickCheck === 'ok' ? { docs: n('docs'), contents: n('contents'), chunks: n('chunks') } : null,
    };
  } catch (err) {
    const e = err as { code?: string; message: string };
    return { error: { ...(e.code ? { code: e.code } : {}), message: e.message } };
  } finally {
    db?.close();
  }
}

/** The problem a database's health shows against the manifest's counts, or null. */
export function judgeDatabase(
  path: string,
  health: DatabaseHealth,
  counts: Manifest['counts'],
): string | null {
  if ('error' in health)
    return `${path} is not a usable database (${health.error.code ?? 'error'}: ${health.error.message})`;
  if (health.quickCheck !== 'ok' || !health.rows)
    return `${path} fails SQLite's integrity check (${health.quickCheck.slice(0, 120)})`;
  for (const [table, rowsNow] of Object.entries(health.rows)) {
    const want = counts[table as keyof typeof health.rows];
    if (rowsNow !== want) return `${path} has ${rowsNow} ${table} rows where the manifest records ${want}`;
  }
  return null;
}

/** `PRAGMA quick_check` and the row counts against the manifest's; the problem, or null. */
export function checkDatabase(path: string, counts: Manifest['counts']): string | null {
  return judgeDatabase(path, readDatabaseHealth(path), counts);
}

/** What a scan of INDEX_DIR found: the generation to use (if any) and every problem on the way. */
export interface GenerationScan {
  pointer: CurrentPointer;
  /** The live generation when it verifies, else the newest older one that does; null when none. */
  usable: GenerationOk | null;
  /** Why `CURRENT` or each generation tried before `usable` was refused, newest first. */
  problems: string[];
}

/**
 * Find the generation to serve or build on: the one `CURRENT` names when it verifies, else the
 * newest older one that does (all of them, newest first, when `CURRENT` itself is unusable).
 * Generations newer than `CURRENT` were never published (a build stopped before its switch) and
 * are not used.
 */
export async function scanGenerations(indexDir: string, level: VerifyLevel): Promise<GenerationScan> {
  const pointer = await readCurrentPointer(indexDir);
  const problems: string[] = [];
  if (pointer.state === 'absent') return { pointer, usable: null, problems };
  const all = await listGenerations(indexDir);
  let candidates = all;
  if (pointer.state === 'ok') {
    const live = generationNumber(pointer.name);
    candidates = [pointer.name, ...all.filter((g) => generationNumber(g) < live)];
  } else {
    problems.push(`${pointer.path} ${pointer.reason}`);
  }
  for (const name of candidates) {
    const check = await verifyGeneration(indexDir, name, level);
    if (check.ok) return { pointer, usable: check, problems };
    problems.push(check.reason);
  }
  return { pointer, usable: null, problems };
}

/** What to do about a damaged index. */
export const REPAIR_HINT =
  'run npm run index to repair it (it rebuilds from the intact generation or the source files; vectors come from the embedding cache)';

/** The one message a reader prints when it serves an older generation than `CURRENT` names. */
export function fallbackMessage(indexDir: string, scan: GenerationScan): string | null {
  if (!scan.usable || scan.problems.length === 0) return null;
  const m = scan.usable.manifest;
  return `index: the live index in ${indexDir} is damaged: ${scan.problems.join('; ')}. Serving the last good generation ${scan.usable.name} (built ${m.createdAt}, ${m.counts.docs} documents) instead; ${REPAIR_HINT}`;
}

/** The error when no generation of `indexDir` can be served. */
export function noUsableGeneration(indexDir: string, scan: GenerationScan): DamagedIndexError {
  return new DamagedIndexError(
    `index: no usable index in ${indexDir}: ${scan.problems.join('; ')}; ${REPAIR_HINT}`,
  );
}
