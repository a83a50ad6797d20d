/**
 * Surface forms learned from the indexed text: for each folded syllable bigram
 * (`ket nap`, `hai lang`, `nam #`), the written form the chunks use for it (`kết nạp`, `Hải Lăng`,
 * `năm #`) when one form dominates. A question typed without diacritics or capitals is restored from
 * them (src/query/restore.ts) so that cue detection and place and name linking see the words as the
 * articles write them. Open vocabulary: nothing is listed by hand, every entry comes from the corpus.
 *
 * Only forms that differ from their folded key are stored (a key whose usual form is already bare
 * needs no restoring), and only when the form is unambiguous by {@link MIN_FORM_SHARE}. Digits are
 * one class (`#`), so `năm 2021` and `năm 2023` count together. Computed at index time over a
 * deterministic sample of the chunks ({@link SURFACE_SAMPLE}), whenever the collocations
 * (collocations.ts) are recounted or the table is missing, and stored in the `surface_forms` table; generations built before it read
 * as an empty table (no restoring), so the index format is unchanged.
 */
import { fold } from '../text/normalize.ts';
import { sampledChunkTexts } from './collocations.ts';
import type { Db } from './db.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS surface_forms (key TEXT PRIMARY KEY, form TEXT NOT NULL, n INTEGER NOT NULL, share REAL NOT NULL) WITHOUT ROWID;
`;

/**
 * At most this many chunks are counted (every k-th by id): the words a question needs restored are
 * frequent ones, and place names come from the gazetteer, so a smaller sample than the
 * collocations' bounds the count's memory (one map entry per distinct pair and form).
 */
export const SURFACE_SAMPLE = 5_000;

/**
 * A key must be seen at least this often: a form seen once or twice is chance (a typo, a one-off
 * name, two words meeting across a clause the splitter missed).
 */
export const MIN_FORM_COUNT = 3;
/**
 * Least share of the key's occurrences its dominant form must have. Vietnamese syllables typed bare
 * are ambiguous (`ban` is ban, bàn, bản, bán), so only bigrams are learned, and they decide:
 * `ket nap` is `kết nạp` every time. At 0.9 a form written otherwise once in ten is not restored.
 */
export const MIN_FORM_SHARE = 0.9;

// Sentence and clause punctuation: an n-gram never spans it.
const CLAUSE_BREAK = /[.,;:!?()[\]{}"“”'‘’…\n\r\t•\-–—/|]+/u;
const SENTENCE_START = /(?:^|[.!?\n:]\s*)$/u;
const SYLLABLE = /[\p{L}\p{N}]+/gu;
const HAS_DIGIT = /\p{N}/u;

/** A syllable's key: folded, digits as one class. */
export function syllableKey(s: string): string {
  return HAS_DIGIT.test(s) ? '#' : fold(s);
}

/** A learned form of one key. */
export interface SurfaceForm {
  form: string;
  n: number;
  share: number;
}

/**
 * Dominant forms of the syllable bigrams of `texts` that differ from their key (exported for
 * tests). The spelling (diacritics) must reach `minShare` of the key's occurrences; its capitals are
 * kept when they reach `minShare` of that spelling's. A syllable that opens a sentence or is written
 * in capitals is counted in lower case: its capital says nothing.
 */
export function learnSurfaceForms(
  texts: Iterable<string>,
  minCount = MIN_FORM_COUNT,
  minShare = MIN_FORM_SHARE,
): Map<string, SurfaceForm> {
  const counts = new Map<string, Map<string, number>>();
  const add = (key: string, form: string): void => {
    let m = counts.get(key);
    if (!m) {
      m = new Map();
      counts.set(key, m);
    }
    m.set(form, (m.get(form) ?? 0) + 1);
  };
  for (const text of texts) {
    let offset = 0;
    for (const clause of text.split(CLAUSE_BREAK)) {
      const at = text.indexOf(clause, offset);
      offset = at < 0 ? offset : at + clause.length;
      const run = [...clause.matchAll(SYLLABLE)].map((m, i) => {
        const raw = m[0];
        const opens = i === 0 && at >= 0 && SENTENCE_START.test(text.slice(Math.max(0, at - 3), at));
        const caps = raw.length > 1 && raw === raw.toUpperCase() && !HAS_DIGIT.test(raw);
        const form = HAS_DIGIT.test(raw) ? '#' : opens || caps ? raw.toLowerCase() : raw;
        return { key: syllableKey(raw), form, caps };
      });
      for (let i = 0; i < run.length; i++) {
        const a = run[i]!;
        const b = run[i + 1];
        // A headline in capitals tells the diacritics, not the case: its pairs are not counted.
        if (b === undefined || (a.key === '#' && b.key === '#') || a.caps || b.caps) continue;
        add(`${a.key} ${b.key}`, `${a.form} ${b.form}`);
      }
    }
  }
  const out = new Map<string, SurfaceForm>();
  for (const [key, forms] of counts) {
    // Diacritics first (case aside), then the capitals of the chosen spelling.
    const byLower = new Map<string, number>();
    let total = 0;
    for (const [f, n] of forms) {
      total += n;
      byLower.set(f.toLowerCase(), (byLower.get(f.toLowerCase()) ?? 0) + n);
    }
    const [lower, lowerN] = best(byLower);
    if (total < minCount || lowerN / total < minShare) continue;
    const cased = new Map([...forms].filter(([f]) => f.toLowerCase() === lower));
    const [form, formN] = best(cased);
    const chosen = formN / lowerN >= minShare ? form : lower;
    if (chosen !== key) out.set(key, { form: chosen, n: total, share: lowerN / total });
  }
  return out;
}

/** The most frequent entry of a count map (first seen on ties). */
function best(counts: ReadonlyMap<string, number>): [string, number] {
  let top: [string, number] = ['', 0];
  for (const [k, n] of counts) if (n > top[1]) top = [k, n];
  return top;
}

/** Recount the table (call inside the build's transaction when the collocations were recounted, or when it is missing). */
export function refreshSurfaceForms(db: Db, recount: boolean): { recounted: boolean; forms: number } {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'surface_forms'").get();
  if (has && !recount) return { recounted: false, forms: -1 };
  db.exec(SCHEMA);
  const found = learnSurfaceForms(sampledChunkTexts(db, SURFACE_SAMPLE));
  db.exec('DELETE FROM surface_forms');
  const ins = db.prepare('INSERT INTO surface_forms (key, form, n, share) VALUES (?, ?, ?, ?)');
  for (const [key, v] of found) ins.run(key, v.form, v.n, Math.round(v.share * 1000) / 1000);
  return { recounted: true, forms: found.size };
}

/** Looks a folded key up in the learned forms, and the index's own vocabulary. */
export interface SurfaceLookup {
  /** The dominant form and how often the key was seen, or undefined when none is stored. */
  get(key: string): { form: string; n: number } | undefined;
  /**
   * Chunks that write the syllable `term` (lower case): `exact` as typed with its diacritics, or
   * `folded`. 0 when the index never writes it. Absent: no vocabulary (nothing is read as a slip).
   */
  written?(term: string, how: 'exact' | 'folded'): number;
  /**
   * Adjacent folded syllable pairs the index writes, joined (`giao ban` → `giaoban`), that begin
   * with `prefix`, with their chunk counts. Absent or empty: no pair vocabulary.
   */
  pairsFrom?(prefix: string): ReadonlyMap<string, number>;
}

/** Entries kept per memo of {@link readSurfaceForms} before it is emptied (bounds its memory). */
const MEMO_LIMIT = 20_000;

function memo<T>(read: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    const hit = seen.get(key);
    if (hit !== undefined || seen.has(key)) return hit as T;
    if (seen.size >= MEMO_LIMIT) seen.clear();
    const v = read(key);
    seen.set(key, v);
    return v;
  };
}

/**
 * The stored forms of `db`, looked up on demand (a prepared statement); empty for older generations.
 * The vocabulary comes from the full-text tables the index already has (the syllables of
 * `chunks_fts` and the pairs of `chunk_pairs`), read through their fts5vocab views and memoised.
 */
export function readSurfaceForms(db: Db): SurfaceLookup {
  const table = (name: string): boolean =>
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  const out: SurfaceLookup = { get: () => undefined };
  if (table('surface_forms')) {
    const stmt = db.prepare('SELECT form, n FROM surface_forms WHERE key = ?');
    out.get = (key) => stmt.get(key) as { form: string; n: number } | undefined;
  }
  if (table('chunks_vocab')) {
    const col = db.prepare('SELECT doc FROM chunks_vocab WHERE col = ? AND term = ?');
    const exact = memo((t) => (col.get('text', t) as { doc: number } | undefined)?.doc ?? 0);
    const folded = memo((t) => (col.get('folded', t) as { doc: number } | undefined)?.doc ?? 0);
    out.written = (term, how) => (how === 'exact' ? exact(term) : folded(term));
  }
  if (table('chunk_pairs_vocab')) {
    const range = db.prepare('SELECT term, doc FROM chunk_pairs_vocab WHERE term >= ? AND term < ?');
    out.pairsFrom = memo((prefix) => {
      const rows = range.all(prefix, `${prefix}\u{10FFFF}`) as { term: string; doc: number }[];
      return new Map(rows.map((r) => [r.term, r.doc]));
    });
  }
  return out;
}
