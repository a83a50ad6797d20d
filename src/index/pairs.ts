/**
 * Syllable pairs: a second FTS5 table whose terms are adjacent syllable pairs of each chunk
 * (diacritics folded, `hội nghị` → `hoinghi`).
 *
 * Why: Vietnamese syllables are not words. "bình", "2022" or "9" each occur in 10–20% of the chunks,
 * so at 100k chunks an OR of a question's syllables scores tens of thousands of rows (38 ms p95,
 * README). Pairs are about as selective as words (`muong lay`, `quy i`, `nam 2021`): an OR of a
 * question's rarest pairs touches few rows (measured on a scratch copy at 100k: 2.6 / 7.0 ms
 * p50/p95, the right article in the top 50 for 186 of 200 questions against 165). Folded, so one
 * table serves questions typed with or without diacritics.
 *
 * A table of its own (not a column of chunks_fts), so generations built before it keep their
 * format: a build backfills it from the stored chunks, and a reader of an older generation without
 * it searches syllables as before.
 */
import { fold, syllables } from '../text/normalize.ts';
import { type Db, statement, tableExists } from './db.ts';
import { termFrequencies } from './term-df.ts';

const SCHEMA = `
CREATE VIRTUAL TABLE IF NOT EXISTS chunk_pairs USING fts5(
  pairs, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE IF NOT EXISTS chunk_pairs_vocab USING fts5vocab(chunk_pairs, 'row');
`;

/** Chunks read per statement while filling the table for an older generation. */
const BACKFILL_PAGE = 5000;

/** Adjacent syllable pairs of `text`, folded and joined (`Hội nghị giao ban` → `hoinghi nghigiao giaoban`). */
export function syllablePairs(text: string): string[] {
  const s = syllables(fold(text));
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(`${s[i]}${s[i + 1]}`);
  return out;
}

/** Create the pairs table if missing and fill it from the stored chunks when it is new. */
export function ensurePairs(db: Db): void {
  db.exec(SCHEMA);
  const empty = db.prepare('SELECT 1 FROM chunk_pairs_vocab LIMIT 1').get() === undefined;
  if (!empty) return;
  // In pages: better-sqlite3 cannot write while a statement of the same connection is iterating.
  const page = db.prepare('SELECT id, text FROM chunks WHERE id > ? ORDER BY id LIMIT ?');
  db.transaction(() => {
    let after = 0;
    for (;;) {
      const rows = page.all(after, BACKFILL_PAGE) as { id: number; text: string }[];
      insertPairs(db, rows);
      if (rows.length < BACKFILL_PAGE) break;
      after = rows[rows.length - 1]!.id;
    }
  })();
}

/** Index the pairs of new chunks (call inside the build's transaction). */
export function insertPairs(db: Db, chunks: readonly { id: number; text: string }[]): void {
  const ins = db.prepare('INSERT INTO chunk_pairs (rowid, pairs) VALUES (?, ?)');
  for (const c of chunks) ins.run(c.id, syllablePairs(c.text).join(' '));
}

/** Forget the pairs of removed chunks. */
export function deletePairs(db: Db, ids: readonly number[]): void {
  const del = db.prepare('DELETE FROM chunk_pairs WHERE rowid = ?');
  for (const id of ids) del.run(id);
}

const available = new WeakMap<Db, boolean>();

/** True when this database has the pairs table (generations built before it do not). */
export function hasPairs(db: Db): boolean {
  let known = available.get(db);
  if (known === undefined) {
    known = tableExists(db, 'chunk_pairs_vocab');
    available.set(db, known);
  }
  return known;
}

/** Chunks containing each pair (0 for unknown pairs, or when the table is missing). */
export function pairFrequencies(db: Db, pairs: string[]): Map<string, number> {
  const stmt = hasPairs(db) ? statement(db, 'SELECT doc FROM chunk_pairs_vocab WHERE term = ?') : null;
  // Frequent pairs are stored at build time (term-df.ts): counting them live reads their postings.
  return termFrequencies(db, 'pairs', pairs, (p) => (stmt?.get(p) as { doc: number } | undefined)?.doc ?? 0);
}

// Pairs reach FTS5 only as quoted strings of letters and digits (never FTS5 syntax).
const SAFE = /^[\p{L}\p{N}]+$/u;

/** BM25-ranked chunks containing any of `pairs` (higher score is better). */
export function pairsSearch(db: Db, pairs: string[], k: number): { id: number; score: number }[] {
  const safe = [...new Set(pairs)].filter((p) => SAFE.test(p));
  if (safe.length === 0 || !hasPairs(db)) return [];
  const rows = statement(
    db,
    'SELECT rowid AS id, bm25(chunk_pairs) AS s FROM chunk_pairs WHERE chunk_pairs MATCH ? ORDER BY s LIMIT ?',
  ).all(safe.map((p) => `"${p}"`).join(' OR '), k) as { id: number; s: number }[];
  return rows.map((r) => ({ id: r.id, score: -r.s }));
}
