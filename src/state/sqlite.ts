import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** A second process (the bot and `npm run feedback` or `npm run pull`) waits this long for a write lock instead of failing, in ms. */
export const STATE_BUSY_TIMEOUT_MS = 5000;

/**
 * Open (creating when needed) one of the bot's state databases, `dir/file`, in WAL mode, so a
 * reader in another process (`npm run feedback`, `npm run pull`) never blocks the bot and a crash
 * loses at most the last transaction; then apply `schema` (idempotent DDL). The error names the
 * file and the remedy, prefixed with `what` ("alerts", "feeds", "state").
 */
export function openStateFile(dir: string, file: string, schema: string, what: string): Database.Database {
  const full = path.join(dir, file);
  let db: Database.Database | undefined;
  try {
    mkdirSync(dir, { recursive: true });
    db = new Database(full);
    db.pragma('journal_mode = WAL');
    db.pragma(`busy_timeout = ${STATE_BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    db.exec(schema);
    return db;
  } catch (err) {
    db?.close();
    throw new Error(
      `${what}: cannot open ${full}: ${(err as Error).message} (set STATE_DIR to a writable folder)`,
    );
  }
}
