import path from 'node:path';
import type Database from 'better-sqlite3';
import { openStateFile } from '../state/sqlite.ts';

/** The file inside STATE_DIR that holds conversations, thread roots and feedback. */
export const STATE_FILE = 'conversations.sqlite';
/** Bumped when a table changes incompatibly; an older file is refused with the remedy. */
export const STATE_SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
-- grammY session values (JSON of the enhanced value), expires_at copied out of it for purging.
CREATE TABLE IF NOT EXISTS sessions (
  key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at INTEGER
) WITHOUT ROWID;
-- Which conversation a group message belongs to (the root of its reply thread).
CREATE TABLE IF NOT EXISTS threads (
  chat_id INTEGER NOT NULL, message_id INTEGER NOT NULL, conv_key TEXT NOT NULL, created_at INTEGER NOT NULL,
  PRIMARY KEY (chat_id, message_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS threads_created ON threads (created_at);
-- Answers that carry 👍/👎 buttons, and the votes on them.
CREATE TABLE IF NOT EXISTS answers (
  id TEXT PRIMARY KEY, chat_id INTEGER NOT NULL, message_id INTEGER, question TEXT NOT NULL,
  lang TEXT NOT NULL, context_in TEXT, context_out TEXT, answer TEXT NOT NULL, citations TEXT NOT NULL,
  answered INTEGER NOT NULL, yes_no TEXT, created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS answers_created ON answers (created_at);
CREATE TABLE IF NOT EXISTS votes (
  answer_id TEXT NOT NULL REFERENCES answers (id) ON DELETE CASCADE, user_hash TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('up', 'down')), voted_at INTEGER NOT NULL,
  PRIMARY KEY (answer_id, user_hash)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS votes_verdict ON votes (verdict, voted_at);
`;

/**
 * Open (creating when needed) the bot's state database in `dir`: WAL, so a reader such as
 * `npm run feedback` never blocks the bot and a crash loses at most the last transaction.
 * Errors name the file and the remedy.
 */
export function openStateDb(dir: string): Database.Database {
  const db = openStateFile(dir, STATE_FILE, SCHEMA, 'state');
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as
    | { value: string }
    | undefined;
  if (!row) {
    db.prepare("INSERT INTO meta (key, value) VALUES ('schema', ?)").run(String(STATE_SCHEMA_VERSION));
  } else if (row.value !== String(STATE_SCHEMA_VERSION)) {
    db.close();
    throw new Error(
      `state: ${path.join(dir, STATE_FILE)} has schema ${row.value}, this version needs ${STATE_SCHEMA_VERSION} (move the file away; conversations and feedback in it are not read)`,
    );
  }
  return db;
}
