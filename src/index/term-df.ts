/**
 * Document frequencies of the frequent terms, stored at build time (`term_df`).
 *
 * Why: FTS5 keeps no document count per term; its vocabulary table counts a term's chunks by
 * reading the term's whole posting list. Every question needs the frequencies of its syllables
 * (idf, pruning) and pairs (the rare-pair query), and at 100k chunks one look-up of a common
 * syllable (`của`, `năm`, in most chunks) reads ~90k postings: a question with a few such new
 * terms spent more in these look-ups than in its search (bench at 100k, before: keyword p95 93 ms
 * of which the FTS5 MATCH 18). Terms in at least {@link FREQUENT_DF} chunks are stored; rarer
 * ones stay cheap to count live. Recomputed by every build from the vocabulary tables (about 3 s
 * at 100k chunks, measured), so it is exact for its generation; a generation built before it has
 * no table and counts live as before.
 */
import { type Db, statement } from './db.ts';
import { hasPairs } from './pairs.ts';

/** Terms in at least this many chunks are stored; a live count of fewer postings costs little. */
export const FREQUENT_DF = 500;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS term_df (
  col  TEXT NOT NULL,
  term TEXT NOT NULL,
  doc  INTEGER NOT NULL,
  PRIMARY KEY (col, term)
) WITHOUT ROWID`;

/**
 * Recount the frequent terms (in at least `minDoc` chunks) of the syllable columns and of the
 * pairs table; call inside the build's transaction.
 */
export function refreshTermFrequencies(db: Db, minDoc = FREQUENT_DF): void {
  db.exec(SCHEMA);
  db.exec('DELETE FROM term_df');
  db.prepare(
    'INSERT INTO term_df (col, term, doc) SELECT col, term, doc FROM chunks_vocab WHERE doc >= ?',
  ).run(minDoc);
  if (hasPairs(db))
    db.prepare(
      "INSERT INTO term_df (col, term, doc) SELECT 'pairs', term, doc FROM chunk_pairs_vocab WHERE doc >= ?",
    ).run(minDoc);
}

const available = new WeakMap<Db, boolean>();

/** True when this database has the table (generations built before it do not). */
export function hasTermFrequencies(db: Db): boolean {
  let known = available.get(db);
  if (known === undefined) {
    known =
      db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'term_df'").get() !== undefined;
    available.set(db, known);
  }
  return known;
}

/**
 * Document frequency of each of `terms` in `col` ('text', 'folded' or 'pairs'): the stored count
 * of a frequent term, else `live(term)` (a term absent from the table is in fewer than
 * {@link FREQUENT_DF} chunks, or in none). Without the table, every term is counted live.
 */
export function termFrequencies(
  db: Db,
  col: string,
  terms: Iterable<string>,
  live: (term: string) => number,
): Map<string, number> {
  const out = new Map<string, number>();
  const stored = hasTermFrequencies(db)
    ? statement(db, 'SELECT doc FROM term_df WHERE col = ? AND term = ?')
    : null;
  for (const t of new Set(terms)) {
    const row = stored?.get(col, t) as { doc: number } | undefined;
    out.set(t, row ? row.doc : live(t));
  }
  return out;
}
