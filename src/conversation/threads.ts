import type Database from 'better-sqlite3';

/**
 * Which conversation each group message belongs to. Telegram tells a bot only the message a reply
 * answers, not the root of the thread, so the bot remembers, for every message of a conversation it
 * takes part in (the user's and its own), the conversation's key. Rows older than `keepMs` are
 * dropped: their conversation has expired anyway.
 */
export class ThreadMap {
  private readonly getStmt: Database.Statement<[number, number, number], { conv_key: string }>;
  private readonly putStmt: Database.Statement<[number, number, string, number]>;
  private readonly purgeStmt: Database.Statement<[number]>;
  private puts = 0;

  constructor(
    db: Database.Database,
    private readonly keepMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.getStmt = db.prepare(
      'SELECT conv_key FROM threads WHERE chat_id = ? AND message_id = ? AND created_at >= ?',
    );
    this.putStmt = db.prepare(
      'INSERT OR REPLACE INTO threads (chat_id, message_id, conv_key, created_at) VALUES (?, ?, ?, ?)',
    );
    this.purgeStmt = db.prepare('DELETE FROM threads WHERE created_at < ?');
    this.purgeStmt.run(this.now() - this.keepMs);
  }

  /** The conversation of message `messageId` in `chatId`, or undefined when unknown or too old. */
  get(chatId: number, messageId: number): string | undefined {
    return this.getStmt.get(chatId, messageId, this.now() - this.keepMs)?.conv_key;
  }

  /** Remember that message `messageId` in `chatId` belongs to conversation `key`. */
  put(chatId: number, messageId: number, key: string): void {
    this.putStmt.run(chatId, messageId, key, this.now());
    if (++this.puts % 200 === 0) this.purgeStmt.run(this.now() - this.keepMs);
  }
}
