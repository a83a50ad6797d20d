import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

/**
 * Passage vectors keyed by (model, sha256 of the exact text embedded). Every article's vectors are
 * committed as soon as they are computed, so a build that is killed resumes without embedding
 * finished articles again, and an unchanged chunk is never embedded twice.
 */
export class EmbedCache {
  private readonly db: Database.Database;
  private readonly getStmt: Database.Statement;
  private readonly putStmt: Database.Statement;

  constructor(path: string) {
    this.db = new Database(path);
    // WAL: each commit is one append, cheap enough to commit per article.
    this.db.pragma('journal_mode = WAL');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS vectors (model TEXT NOT NULL, key TEXT NOT NULL, vec BLOB NOT NULL, PRIMARY KEY (model, key)) WITHOUT ROWID',
    );
    this.getStmt = this.db.prepare('SELECT vec FROM vectors WHERE model = ? AND key = ?');
    this.putStmt = this.db.prepare('INSERT OR REPLACE INTO vectors (model, key, vec) VALUES (?, ?, ?)');
  }

  static key(text: string): string {
    return createHash('sha256').update(text).digest('base64url');
  }

  get(model: string, text: string): Float32Array | null {
    const row = this.getStmt.get(model, EmbedCache.key(text)) as { vec: Buffer } | undefined;
    if (!row) return null;
    // Copy out of the Buffer's pool so the array owns aligned memory.
    return new Float32Array(
      row.vec.buffer.slice(row.vec.byteOffset, row.vec.byteOffset + row.vec.byteLength),
    );
  }

  /** Store many vectors in one transaction. */
  putMany(model: string, entries: { text: string; vec: Float32Array }[]): void {
    this.db.transaction(() => {
      for (const e of entries) {
        this.putStmt.run(
          model,
          EmbedCache.key(e.text),
          Buffer.from(e.vec.buffer, e.vec.byteOffset, e.vec.byteLength),
        );
      }
    })();
  }

  /** Vectors stored, all models. */
  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM vectors').get() as { n: number }).n;
  }

  /**
   * Delete every vector except those of `model` for the given texts (the chunks an index uses),
   * so the cache does not grow with every edit. Returns the number of rows deleted.
   */
  prune(model: string, keepTexts: Iterable<string>): number {
    return this.db.transaction(() => {
      this.db.exec('CREATE TEMP TABLE IF NOT EXISTS keep (key TEXT PRIMARY KEY) WITHOUT ROWID');
      this.db.exec('DELETE FROM keep');
      const ins = this.db.prepare('INSERT OR IGNORE INTO keep (key) VALUES (?)');
      for (const t of keepTexts) ins.run(EmbedCache.key(t));
      const { changes } = this.db
        .prepare('DELETE FROM vectors WHERE model != ? OR key NOT IN (SELECT key FROM keep)')
        .run(model);
      this.db.exec('DELETE FROM keep');
      return changes;
    })();
  }

  close(): void {
    this.db.close();
  }
}
