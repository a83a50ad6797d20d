/**
 * Document frequencies of the frequent terms, stored at build time (`term_df`).
 *
 * Why: FTS5 keeps no document count per term; its vocabulary table counts a term's chunks by
 * reading the term's whole posting list. Every question needs the frequencies of its syllables
 * (idf, pruning) and pairs (the rare-pair query), and at 100k chunks one look-up of a common
 * syllable (`của`, `năm`, in most chunks) reads ~90k postings: a question with a few such new
 * terms spent more in these look-ups than in its search (bench at 100k, before: keyword p95 93 ms
 * of which the FTS5 MATCH 18). Terms in at least {@link FREQUENT_DF} chunks are stored; rarer
 * ones stay cheap to count live. A first build counts them from the vocabulary tables (1.7 s at
 * 100k chunks, measured, most of re-indexing one edited article); a build that changes a few chunks
 * applies their terms' counts instead ({@link updateTermFrequencies}). Either way it is exact for
 * its generation; a generation built before it has no table and counts live as before.
 */
import { fold } from '../text/normalize.ts';
import { type Db, statement, tableExists } from './db.ts';
import { hasPairs, syllablePairs } from './pairs.ts';

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

/**
 * The share of the index's chunks a build may change and still update the counts term by term;
 * past it, recounting everything from the vocabulary tables is cheaper.
 */
export const MAX_UPDATE_SHARE = 0.05;

/** The texts of the chunks a build added and removed. */
export interface ChunkChanges {
  added: readonly string[];
  removed: readonly string[];
}

/**
 * Chunks containing each term of `texts`, per column ('text', 'folded', 'pairs'), as the index's
 * own tokenizer splits them: the texts go into temporary FTS5 tables of the same definition, whose
 * vocabulary is read back (no second tokenizer to drift from SQLite's).
 */
function termCounts(db: Db, texts: readonly string[]): Map<string, number> {
  db.exec(`
CREATE VIRTUAL TABLE IF NOT EXISTS temp.delta_fts USING fts5(
  text, folded, tokenize='unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE IF NOT EXISTS temp.delta_vocab USING fts5vocab(temp, 'delta_fts', 'col');
CREATE VIRTUAL TABLE IF NOT EXISTS temp.delta_pairs USING fts5(
  pairs, tokenize='unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE IF NOT EXISTS temp.delta_pairs_vocab USING fts5vocab(temp, 'delta_pairs', 'row');
DELETE FROM temp.delta_fts;
DELETE FROM temp.delta_pairs;`);
  const fts = db.prepare('INSERT INTO temp.delta_fts (text, folded) VALUES (?, ?)');
  const pairs = db.prepare('INSERT INTO temp.delta_pairs (pairs) VALUES (?)');
  for (const t of texts) {
    fts.run(t, fold(t));
    pairs.run(syllablePairs(t).join(' '));
  }
  const out = new Map<string, number>();
  for (const r of db.prepare('SELECT col, term, doc FROM temp.delta_vocab').all() as TermRow[])
    out.set(termKey(r.col, r.term), r.doc);
  for (const r of db
    .prepare("SELECT 'pairs' AS col, term, doc FROM temp.delta_pairs_vocab")
    .all() as TermRow[])
    out.set(termKey(r.col, r.term), r.doc);
  return out;
}

interface TermRow {
  col: string;
  term: string;
  doc: number;
}

const termKey = (col: string, term: string) => `${col}\u0000${term}`;

/**
 * Apply a build's chunk changes to the stored counts, after the keyword tables have them: each
 * term of an added or removed chunk moves by its count there; one that was not stored is counted
 * live (it was in fewer than `minDoc` chunks, so its postings are few) and stored when it reaches
 * `minDoc`; one that falls below is dropped. The table ends as {@link refreshTermFrequencies}
 * would leave it. Call inside the build's transaction, on a database that has the table.
 */
export function updateTermFrequencies(db: Db, changes: ChunkChanges, minDoc = FREQUENT_DF): void {
  const delta = termCounts(db, changes.added);
  for (const [key, n] of termCounts(db, changes.removed)) delta.set(key, (delta.get(key) ?? 0) - n);
  const stored = db.prepare('SELECT doc FROM term_df WHERE col = ? AND term = ?').pluck();
  const live = {
    text: db.prepare("SELECT doc FROM chunks_vocab WHERE col = 'text' AND term = ?").pluck(),
    folded: db.prepare("SELECT doc FROM chunks_vocab WHERE col = 'folded' AND term = ?").pluck(),
    pairs: hasPairs(db) ? db.prepare('SELECT doc FROM chunk_pairs_vocab WHERE term = ?').pluck() : null,
  };
  const put = db.prepare('INSERT OR REPLACE INTO term_df (col, term, doc) VALUES (?, ?, ?)');
  const drop = db.prepare('DELETE FROM term_df WHERE col = ? AND term = ?');
  for (const [key, d] of delta) {
    if (d === 0) continue;
    const [col, term] = key.split('\u0000') as [keyof typeof live, string];
    const before = stored.get(col, term) as number | undefined;
    const now =
      before !== undefined ? before + d : d > 0 ? ((live[col]?.get(term) as number | undefined) ?? 0) : 0;
    if (now >= minDoc) put.run(col, term, now);
    else if (before !== undefined) drop.run(col, term);
  }
  db.exec('DELETE FROM temp.delta_fts; DELETE FROM temp.delta_pairs;');
}

const available = new WeakMap<Db, boolean>();

/** True when this database has the table (generations built before it do not). */
export function hasTermFrequencies(db: Db): boolean {
  let known = available.get(db);
  if (known === undefined) {
    known = tableExists(db, 'term_df');
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
