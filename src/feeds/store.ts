/**
 * What feed polling remembers between runs, in `STATE_DIR/feeds.sqlite` (its own file, so the bot
 * and `npm run pull` share it without touching the conversation state): each feed's HTTP
 * validators (ETag, Last-Modified) for conditional GET, and every item URL already handled, so a
 * restart neither refetches every feed in full nor fetches any article page twice.
 */
import type Database from 'better-sqlite3';
import { openStateFile } from '../state/sqlite.ts';

/** The file inside STATE_DIR. */
export const FEEDS_FILE = 'feeds.sqlite';
/** The bot and a cron `npm run pull` may write at the same time: wait this long for the lock. */
/** An item whose page failed this many polls in a row (network, server error) is given up. */
export const MAX_ITEM_ATTEMPTS = 3;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS feeds (
  url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at INTEGER NOT NULL
) WITHOUT ROWID;
-- state: 'added' (doc_id set), 'skipped' (never retried: reason says why), 'failed' (retried
-- until attempts reaches MAX_ITEM_ATTEMPTS).
CREATE TABLE IF NOT EXISTS feed_items (
  url TEXT PRIMARY KEY, feed TEXT NOT NULL, state TEXT NOT NULL CHECK (state IN ('added', 'skipped', 'failed')),
  doc_id TEXT, reason TEXT, attempts INTEGER NOT NULL, updated_at INTEGER NOT NULL
) WITHOUT ROWID;
`;

/** The validators a feed answered with last time. */
export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

/** What happened to one item. */
export type ItemOutcome =
  | { state: 'added'; docId: string }
  | { state: 'skipped'; reason: string }
  | { state: 'failed'; reason: string };

/** Feed validators and handled items over SQLite (WAL). */
export class FeedStore {
  private readonly db: Database.Database;

  /** Open (creating when needed) `dir/feeds.sqlite`; the error names the file and the remedy. */
  constructor(
    dir: string,
    private readonly now: () => number = Date.now,
  ) {
    this.db = openStateFile(dir, FEEDS_FILE, SCHEMA, 'feeds');
  }

  /** The validators stored for `feedUrl` (both null for a feed never fetched). */
  validators(feedUrl: string): FeedValidators {
    const row = this.db.prepare('SELECT etag, last_modified FROM feeds WHERE url = ?').get(feedUrl) as
      | { etag: string | null; last_modified: string | null }
      | undefined;
    return { etag: row?.etag ?? null, lastModified: row?.last_modified ?? null };
  }

  /** Keep the validators of the feed's latest full answer (only once its items are all handled). */
  saveValidators(feedUrl: string, v: FeedValidators): void {
    this.db
      .prepare(
        `INSERT INTO feeds (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
           checked_at = excluded.checked_at`,
      )
      .run(feedUrl, v.etag, v.lastModified, this.now());
  }

  /** True when the item needs no more work: added, skipped for good, or failed too often. */
  handled(itemUrl: string): boolean {
    const row = this.db.prepare('SELECT state, attempts FROM feed_items WHERE url = ?').get(itemUrl) as
      | { state: string; attempts: number }
      | undefined;
    return row !== undefined && (row.state !== 'failed' || row.attempts >= MAX_ITEM_ATTEMPTS);
  }

  /** Record what happened to an item; a failure counts one more attempt. */
  record(itemUrl: string, feedUrl: string, outcome: ItemOutcome): void {
    this.db
      .prepare(
        `INSERT INTO feed_items (url, feed, state, doc_id, reason, attempts, updated_at)
         VALUES (@url, @feed, @state, @docId, @reason, 1, @now)
         ON CONFLICT (url) DO UPDATE SET state = excluded.state, doc_id = excluded.doc_id,
           reason = excluded.reason, attempts = feed_items.attempts + 1, updated_at = excluded.updated_at`,
      )
      .run({
        url: itemUrl,
        feed: feedUrl,
        state: outcome.state,
        docId: outcome.state === 'added' ? outcome.docId : null,
        reason: outcome.state === 'added' ? null : outcome.reason,
        now: this.now(),
      });
  }

  /** The stored outcome of an item (tests, diagnostics). */
  item(itemUrl: string): (ItemOutcome & { attempts: number }) | undefined {
    const row = this.db
      .prepare('SELECT state, doc_id, reason, attempts FROM feed_items WHERE url = ?')
      .get(itemUrl) as
      | {
          state: 'added' | 'skipped' | 'failed';
          doc_id: string | null;
          reason: string | null;
          attempts: number;
        }
      | undefined;
    if (!row) return undefined;
    return row.state === 'added'
      ? { state: 'added', docId: row.doc_id ?? '', attempts: row.attempts }
      : { state: row.state, reason: row.reason ?? '', attempts: row.attempts };
  }

  close(): void {
    this.db.close();
  }
}
