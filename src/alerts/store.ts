/**
 * Alerts' memory, in `STATE_DIR/alerts.sqlite` (its own file beside the conversation state): the
 * chats' subscriptions, the articles already known (so only articles new to the index alert, also
 * those another process such as `npm run pull` added), and which article was announced to which
 * chat (so each article reaches a chat once, whatever number of updates see it).
 */
import type Database from 'better-sqlite3';
import { openStateFile } from '../state/sqlite.ts';
import { type Topic, topicKey } from './topic.ts';

/** The file inside STATE_DIR. */
export const ALERTS_FILE = 'alerts.sqlite';
/** A "Hỏi về bài này" prompt is answered for this long. */
export const ASK_PROMPT_TTL_MS = 30 * 24 * 3_600_000;
/** Subscriptions one chat may hold (each costs a match per new article). */
export const MAX_SUBSCRIPTIONS_PER_CHAT = 20;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS subscriptions (
  id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER NOT NULL, lang TEXT NOT NULL,
  topic TEXT NOT NULL, topic_key TEXT NOT NULL, created_at INTEGER NOT NULL,
  UNIQUE (chat_id, topic_key)
);
CREATE TABLE IF NOT EXISTS known_docs (doc_id TEXT PRIMARY KEY) WITHOUT ROWID;
-- "Hỏi về bài này" prompts: a reply to one of these messages is a question about that article.
CREATE TABLE IF NOT EXISTS ask_prompts (
  chat_id INTEGER NOT NULL, message_id INTEGER NOT NULL, doc_id TEXT NOT NULL, created_at INTEGER NOT NULL,
  PRIMARY KEY (chat_id, message_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sent (
  chat_id INTEGER NOT NULL, doc_id TEXT NOT NULL, sent_at INTEGER NOT NULL, PRIMARY KEY (chat_id, doc_id)
) WITHOUT ROWID;
`;

/** A chat's subscription. */
export interface Subscription {
  id: number;
  chatId: number;
  /** Language of the notices ('vi' or 'en': that of the user who subscribed). */
  lang: 'vi' | 'en';
  topic: Topic;
  createdAt: number;
}

/** What `subscribe` did. */
export type SubscribeOutcome =
  | { kind: 'added'; id: number }
  | { kind: 'exists'; id: number }
  | { kind: 'full' };

interface Row {
  id: number;
  chat_id: number;
  lang: string;
  topic: string;
  created_at: number;
}

/** Subscriptions, known articles and sent notices over SQLite (WAL). */
export class AlertStore {
  private readonly db: Database.Database;

  /** Open (creating when needed) `dir/alerts.sqlite`; the error names the file and the remedy. */
  constructor(
    dir: string,
    private readonly now: () => number = Date.now,
  ) {
    this.db = openStateFile(dir, ALERTS_FILE, SCHEMA, 'alerts');
  }

  /** Follow `topic` in `chatId`; a topic the chat already follows is not added twice. */
  subscribe(chatId: number, lang: 'vi' | 'en', topic: Topic): SubscribeOutcome {
    const key = topicKey(topic);
    const existing = this.db
      .prepare('SELECT id FROM subscriptions WHERE chat_id = ? AND topic_key = ?')
      .get(chatId, key) as { id: number } | undefined;
    if (existing) return { kind: 'exists', id: existing.id };
    if (this.list(chatId).length >= MAX_SUBSCRIPTIONS_PER_CHAT) return { kind: 'full' };
    const info = this.db
      .prepare(
        'INSERT INTO subscriptions (chat_id, lang, topic, topic_key, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(chatId, lang, JSON.stringify(topic), key, this.now());
    return { kind: 'added', id: Number(info.lastInsertRowid) };
  }

  /** A chat's subscriptions, oldest first. */
  list(chatId: number): Subscription[] {
    const rows = this.db
      .prepare('SELECT * FROM subscriptions WHERE chat_id = ? ORDER BY id')
      .all(chatId) as Row[];
    return rows.map(toSubscription).filter((s): s is Subscription => s !== null);
  }

  /** Every subscription of every chat. */
  all(): Subscription[] {
    const rows = this.db.prepare('SELECT * FROM subscriptions ORDER BY id').all() as Row[];
    return rows.map(toSubscription).filter((s): s is Subscription => s !== null);
  }

  /** Stop one subscription of the chat; the removed one, or null when the chat has no such id. */
  unsubscribe(chatId: number, id: number): Subscription | null {
    const sub = this.list(chatId).find((s) => s.id === id) ?? null;
    if (sub) this.db.prepare('DELETE FROM subscriptions WHERE id = ? AND chat_id = ?').run(id, chatId);
    return sub;
  }

  /** Stop all of a chat's subscriptions (also when Telegram says the chat is gone); how many. */
  unsubscribeAll(chatId: number): number {
    return this.db.prepare('DELETE FROM subscriptions WHERE chat_id = ?').run(chatId).changes;
  }

  /**
   * Of `docIds` (every article in the index), those not known before; all become known. The very
   * first call only records them (an index that existed before alerts is not news).
   */
  newArticles(docIds: readonly string[]): string[] {
    const baselined = this.db.prepare("SELECT value FROM meta WHERE key = 'baseline'").get() !== undefined;
    const known = this.db.prepare('SELECT 1 FROM known_docs WHERE doc_id = ?');
    const insert = this.db.prepare('INSERT OR IGNORE INTO known_docs (doc_id) VALUES (?)');
    const fresh: string[] = [];
    this.db.transaction(() => {
      for (const id of docIds) {
        if (known.get(id) !== undefined) continue;
        insert.run(id);
        fresh.push(id);
      }
      if (!baselined)
        this.db.prepare("INSERT INTO meta (key, value) VALUES ('baseline', ?)").run(String(this.now()));
    })();
    return baselined ? fresh : [];
  }

  /**
   * Claim the notice of `docId` for `chatId`: true the first time only. Claimed before sending, so
   * a crash between the two loses one notice rather than sending it twice.
   */
  claim(chatId: number, docId: string): boolean {
    return (
      this.db
        .prepare('INSERT OR IGNORE INTO sent (chat_id, doc_id, sent_at) VALUES (?, ?, ?)')
        .run(chatId, docId, this.now()).changes === 1
    );
  }

  /** Remember that message `messageId` in `chatId` asks for a question about `docId` (older prompts are forgotten). */
  putPrompt(chatId: number, messageId: number, docId: string): void {
    const now = this.now();
    this.db.prepare('DELETE FROM ask_prompts WHERE created_at < ?').run(now - ASK_PROMPT_TTL_MS);
    this.db
      .prepare(
        'INSERT OR REPLACE INTO ask_prompts (chat_id, message_id, doc_id, created_at) VALUES (?, ?, ?, ?)',
      )
      .run(chatId, messageId, docId, now);
  }

  /** The article a prompt message asks about, while it is not too old. */
  promptDoc(chatId: number, messageId: number): string | undefined {
    const row = this.db
      .prepare('SELECT doc_id FROM ask_prompts WHERE chat_id = ? AND message_id = ? AND created_at >= ?')
      .get(chatId, messageId, this.now() - ASK_PROMPT_TTL_MS) as { doc_id: string } | undefined;
    return row?.doc_id;
  }

  close(): void {
    this.db.close();
  }
}

function toSubscription(row: Row): Subscription | null {
  try {
    const topic = JSON.parse(row.topic) as Topic;
    return {
      id: row.id,
      chatId: row.chat_id,
      lang: row.lang === 'en' ? 'en' : 'vi',
      topic,
      createdAt: row.created_at,
    };
  } catch {
    return null;
  }
}
