import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * The build lock: one writer per INDEX_DIR across processes.
 *
 * The lock itself is an exclusive SQLite transaction on `INDEX_DIR/.build.lock`, i.e. a POSIX
 * record lock the kernel grants to one process at a time and releases when that process ends, even
 * by kill -9. So taking it is atomic and there is never a stale lock to take over: no pid to read
 * between create and write, no delete-and-retry race, and no pid reused by an unrelated process
 * can block a build. `INDEX_DIR/.lock` only tells an operator (and the busy message) who holds it;
 * it is written whole (temp file, then rename) after the lock is taken and never decides anything.
 *
 * The lock file is never deleted: a process that opened it just before a delete could lock the
 * orphaned inode while another locks a new file, and both would hold "the" lock.
 */

/** The file whose SQLite lock is the build lock (an empty database). */
export const LOCK_DB = '.build.lock';
/** Holder information for people: `<pid> <ISO time>`. */
export const LOCK_INFO = '.lock';

/** Thrown when another build holds the lock. */
export class IndexBusyError extends Error {
  override name = 'IndexBusyError';
}

/** Release function returned by {@link acquireBuildLock}; idempotent. */
export type ReleaseLock = () => Promise<void>;

/**
 * Take the build lock of `indexDir` (which must exist), or throw {@link IndexBusyError} at once
 * when another build (in this process or another) holds it. File-system failures (EROFS, ENOSPC…)
 * surface with their errno code, before anything is locked.
 */
export async function acquireBuildLock(indexDir: string): Promise<ReleaseLock> {
  const stamp = `${process.pid} ${new Date().toISOString()}\n`;
  // Written first: a read-only or full folder fails here with an errno code the caller can name.
  const tmp = join(indexDir, `${LOCK_INFO}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  const fh = await open(tmp, 'wx');
  try {
    await fh.writeFile(stamp);
  } finally {
    await fh.close();
  }
  let db: Database.Database;
  try {
    db = lockDb(join(indexDir, LOCK_DB));
  } catch (err) {
    await rm(tmp, { force: true });
    if ((err as { code?: string }).code === 'SQLITE_BUSY') throw await busyError(indexDir);
    throw err;
  }
  await rename(tmp, join(indexDir, LOCK_INFO)).catch(() => rm(tmp, { force: true }));
  await removeDeadTemps(indexDir);
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    // The info file goes first, while the lock is still held, so it never names a finished build.
    await rm(join(indexDir, LOCK_INFO), { force: true }).catch(() => {});
    closeQuietly(db);
  };
}

/** Holder-info temp files of processes killed between writing and renaming them. */
async function removeDeadTemps(indexDir: string): Promise<void> {
  const prefix = `${LOCK_INFO}.tmp-`;
  for (const entry of await readdir(indexDir).catch(() => [] as string[])) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) await rm(join(indexDir, entry), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * How long a taker waits on a lock it finds held, in ms. Not zero: SQLite climbs to EXCLUSIVE
 * through SHARED and RESERVED, so two processes starting at the same instant can each block the
 * other's next step; with no wait both would report busy and neither build would run (seen in the
 * build-pair test). The loser of that climb gives up at once (SQLite detects the deadlock) and
 * releases its SHARED lock, so a short wait lets the winner finish. A build holds the lock for far
 * longer than this, so a real holder is still reported busy after this short wait.
 */
export const LOCK_CONTENTION_MS = 100;

/** Open the lock database and take its exclusive lock, or throw (SQLITE_BUSY when held). */
function lockDb(path: string): Database.Database {
  const db = new Database(path, { timeout: LOCK_CONTENTION_MS });
  try {
    db.exec('BEGIN EXCLUSIVE');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function closeQuietly(db: Database.Database): void {
  try {
    if (db.open) {
      if (db.inTransaction) db.exec('ROLLBACK');
      db.close();
    }
  } catch {
    // closing releases the lock anyway
  }
}

/** The busy error, naming the holder from the info file when it is there. */
async function busyError(indexDir: string): Promise<IndexBusyError> {
  const info = (await readFile(join(indexDir, LOCK_INFO), 'utf8').catch(() => '')).trim();
  const m = /^(\d+) (\S+)$/.exec(info);
  const who = m ? `pid ${m[1]}, started ${m[2]}` : 'another process';
  return new IndexBusyError(
    `index: another build (${who}) is writing ${indexDir}; wait for it to finish and run again (the lock is released when that process ends, even if it is killed)`,
  );
}
