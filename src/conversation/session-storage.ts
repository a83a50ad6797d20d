import type Database from 'better-sqlite3';
import { type Enhance, enhanceStorage, type StorageAdapter } from 'grammy';

/** Expired rows are deleted every this many writes (and when the storage opens). */
const PURGE_EVERY_WRITES = 200;

/**
 * grammY's StorageAdapter over the `sessions` table: one JSON value per key. Values are grammY's
 * enhanced values (`{ __d, e }`); the expiry `e` is copied into a column so rows nobody reads again
 * are purged instead of piling up.
 */
export class SqliteSessionStorage<T> implements StorageAdapter<Enhance<T>> {
  private readonly getStmt: Database.Statement<[string], { value: string }>;
  private readonly putStmt: Database.Statement<[string, string, number | null]>;
  private readonly delStmt: Database.Statement<[string]>;
  private readonly purgeStmt: Database.Statement<[number]>;
  private writes = 0;

  constructor(
    db: Database.Database,
    private readonly now: () => number = Date.now,
  ) {
    this.getStmt = db.prepare('SELECT value FROM sessions WHERE key = ?');
    this.putStmt = db.prepare('INSERT OR REPLACE INTO sessions (key, value, expires_at) VALUES (?, ?, ?)');
    this.delStmt = db.prepare('DELETE FROM sessions WHERE key = ?');
    this.purgeStmt = db.prepare('DELETE FROM sessions WHERE expires_at IS NOT NULL AND expires_at < ?');
    this.purge();
  }

  read(key: string): Enhance<T> | undefined {
    const row = this.getStmt.get(key);
    if (!row) return undefined;
    try {
      return JSON.parse(row.value) as Enhance<T>;
    } catch {
      // A damaged row must not break the conversation: start it afresh.
      this.delStmt.run(key);
      return undefined;
    }
  }

  write(key: string, value: Enhance<T>): void {
    this.putStmt.run(key, JSON.stringify(value), typeof value.e === 'number' ? value.e : null);
    if (++this.writes % PURGE_EVERY_WRITES === 0) this.purge();
  }

  delete(key: string): void {
    this.delStmt.run(key);
  }

  /** Delete every expired session; returns how many. */
  purge(): number {
    return this.purgeStmt.run(this.now()).changes;
  }
}

/**
 * Session storage with an idle expiry: grammY's `enhanceStorage` stamps each write with
 * now + `ttlMs` and treats an older value as absent (and deletes it) on read.
 */
export function expiringSessionStorage<T>(db: Database.Database, ttlMs: number): StorageAdapter<T> {
  return enhanceStorage<T>({ storage: new SqliteSessionStorage<T>(db), millisecondsToLive: ttlMs });
}
