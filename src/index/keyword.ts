import { type Db, statement } from './db.ts';
import { pairFrequencies, pairsSearch } from './pairs.ts';
import { termFrequencies } from './term-df.ts';

/**
 * What a query searches: exact syllables, diacritic-folded ones, or folded syllable pairs (the
 * `chunk_pairs` table, see pairs.ts; its terms are pairs such as `muonglay`).
 */
export type KeywordColumn = 'text' | 'folded' | 'pairs';

/** A keyword query: syllable terms and multi-syllable phrases, already normalised (and folded for 'folded'). */
export interface KeywordQuery {
  column: KeywordColumn;
  terms: string[];
  /** Multi-syllable phrases (Vietnamese words are 1–4 syllables); each matches as a unit. */
  phrases?: string[][];
}

export interface KeywordHit {
  id: number;
  /** BM25, higher is better. */
  score: number;
}

// Tokens reach FTS5 only as double-quoted strings made of letters and digits, so no user text can
// form FTS5 syntax (NEAR, *, column filters, quotes) or SQL: the expression is a bound parameter.
const SAFE_TOKEN = /^[\p{L}\p{N}]+$/u;

function quote(tokens: string[]): string | null {
  if (tokens.length === 0 || !tokens.every((t) => SAFE_TOKEN.test(t))) return null;
  return `"${tokens.join(' ')}"`;
}

/** Build the MATCH expression; null when nothing searchable remains. Exported for tests. */
export function matchExpression(q: KeywordQuery): string | null {
  const parts = new Set<string>();
  for (const t of q.terms) {
    const p = quote([t]);
    if (p) parts.add(p);
  }
  for (const ph of q.phrases ?? []) {
    const p = quote(ph);
    if (p) parts.add(p);
  }
  if (parts.size === 0) return null;
  return `${q.column} : (${[...parts].join(' OR ')})`;
}

/** BM25-ranked chunks matching any term or phrase. */
export function keywordSearch(db: Db, q: KeywordQuery, k: number): KeywordHit[] {
  if (q.column === 'pairs') return pairsSearch(db, q.terms, k);
  const expr = matchExpression(q);
  if (!expr) return [];
  const rows = statement(
    db,
    'SELECT rowid AS id, bm25(chunks_fts) AS s FROM chunks_fts WHERE chunks_fts MATCH ? ORDER BY s LIMIT ?',
  ).all(expr, k) as { id: number; s: number }[];
  return rows.map((r) => ({ id: r.id, score: -r.s }));
}

/** Number of chunks containing each term in the given column (0 for unknown terms). */
export function documentFrequencies(db: Db, column: KeywordColumn, terms: string[]): Map<string, number> {
  if (column === 'pairs') return pairFrequencies(db, terms);
  const stmt = statement(db, 'SELECT doc FROM chunks_vocab WHERE col = ? AND term = ?');
  // Frequent terms are stored at build time (term-df.ts): counting them live reads their postings.
  return termFrequencies(
    db,
    column,
    terms,
    (t) => (stmt.get(column, t) as { doc: number } | undefined)?.doc ?? 0,
  );
}
