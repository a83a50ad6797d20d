/**
 * Collocations learned from the indexed text: adjacent syllable pairs that occur together far more
 * often than their syllables' frequencies predict (pointwise mutual information), such as `sạt lở`,
 * `hộ nghèo`, `chuyển đổi`. Vietnamese writes words as space-separated syllables, so a question's
 * multi-syllable words are found by looking its adjacent syllables up here (src/query/lexicon.ts),
 * and become phrases for search and evidence, with no hand list of topics.
 *
 * Computed at index time over the chunks (a deterministic sample of at most
 * {@link COLLOCATION_SAMPLE} of them on large corpora) and stored in the `collocations` table;
 * recomputed only when the chunks changed by more than {@link REFRESH_SHARE} since the last
 * computation, so a small edit does not pay for a corpus-wide count. Pairs are folded (no
 * diacritics), so one table serves questions typed with or without them.
 */
import { fold } from '../text/normalize.ts';
import type { Db } from './db.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS collocations (pair TEXT PRIMARY KEY, pmi REAL NOT NULL, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS collocations_basis (id INTEGER PRIMARY KEY CHECK (id = 1), chunks INTEGER NOT NULL, changed INTEGER NOT NULL);
`;

/** At most this many chunks are counted (every k-th by id): enough for any pair frequent enough to matter. */
export const COLLOCATION_SAMPLE = 20_000;
/** A pair must occur at least this often in the counted text (twice: one article's own terms count). */
export const MIN_PAIR_COUNT = 2;
/**
 * Least PMI (natural log) of a kept pair: the two syllables occur side by side at least e^2.5 ≈ 12
 * times as often as chance would put them there. On the dev corpus this keeps the compounds its
 * questions use (`hội nghị` 3.9, `sạt lở` 4.9, `chống hạn` 4.1) and drops chance neighbours
 * (`của huyện` 2.0).
 */
export const MIN_PMI = 2.5;
/** Recount when more than this share of the chunks counted last time were added or removed since. */
export const REFRESH_SHARE = 0.1;

// Sentence and clause punctuation: a pair never spans it ("hạn, sạt" is no word).
const CLAUSE_BREAK = /[.,;:!?()[\]{}"“”'‘’…\n\r\t•\-–—/|]+/u;
const SYLLABLE = /[\p{L}\p{N}]+/gu;
const DIGIT = /\p{N}/u;

const CAPITAL = /^\p{Lu}/u;

/** Syllable runs of a text, split at punctuation, each syllable folded and marked when capitalised. */
function clauses(text: string): { s: string; cap: boolean }[][] {
  return text
    .split(CLAUSE_BREAK)
    .map((c) => (c.match(SYLLABLE) ?? []).map((w) => ({ s: fold(w), cap: CAPITAL.test(w) })))
    .filter((c) => c.length > 0);
}

/**
 * Collocations of `texts`: folded `"a b"` → PMI, for pairs of letter syllables seen at least
 * `minCount` times with PMI ≥ `minPmi`, both syllables written in lower case (never a name).
 * Exported for tests.
 */
export function learnCollocations(
  texts: Iterable<string>,
  minCount = MIN_PAIR_COUNT,
  minPmi = MIN_PMI,
): Map<string, { pmi: number; n: number }> {
  const unigram = new Map<string, number>();
  const pair = new Map<string, number>();
  let total = 0;
  for (const text of texts) {
    for (const run of clauses(text)) {
      for (let i = 0; i < run.length; i++) {
        const a = run[i]!;
        unigram.set(a.s, (unigram.get(a.s) ?? 0) + 1);
        total++;
        const b = run[i + 1];
        // Capitalised syllables are names (or a sentence start): a name is matched as an entity,
        // and learning it would make the search depend on which names the articles carry.
        if (b !== undefined && !a.cap && !b.cap && !DIGIT.test(a.s) && !DIGIT.test(b.s)) {
          const key = `${a.s} ${b.s}`;
          pair.set(key, (pair.get(key) ?? 0) + 1);
        }
      }
    }
  }
  const out = new Map<string, { pmi: number; n: number }>();
  for (const [key, n] of pair) {
    if (n < minCount) continue;
    const space = key.indexOf(' ');
    const ca = unigram.get(key.slice(0, space)) ?? 1;
    const cb = unigram.get(key.slice(space + 1)) ?? 1;
    const pmi = Math.log((n * total) / (ca * cb));
    if (pmi >= minPmi) out.set(key, { pmi, n });
  }
  return out;
}

function chunkCount(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM chunks').get() as { n: number }).n;
}

/**
 * The texts of every k-th chunk, about `limit` of them (k = ⌈chunks / limit⌉), streamed: what the
 * corpus statistics learnt at index time (collocations, surface forms) count over, so their cost
 * stays bounded on large corpora.
 */
export function* sampledChunkTexts(db: Db, limit: number, total = chunkCount(db)): Generator<string> {
  const step = Math.max(1, Math.ceil(total / limit));
  const rows = db.prepare('SELECT text FROM chunks WHERE id % ? = 0').iterate(step) as Iterable<{
    text: string;
  }>;
  for (const r of rows) yield r.text;
}

/**
 * Keep the `collocations` table current (call inside the build's transaction, after the chunks
 * changed): recount when it is new or `changedChunks` (added + removed in this build) brings the
 * change since the last count past {@link REFRESH_SHARE}.
 */
export function refreshCollocations(db: Db, changedChunks: number): { recounted: boolean; pairs: number } {
  db.exec(SCHEMA);
  const basis = db.prepare('SELECT chunks, changed FROM collocations_basis WHERE id = 1').get() as
    | { chunks: number; changed: number }
    | undefined;
  const changed = (basis?.changed ?? 0) + changedChunks;
  if (basis && changed <= REFRESH_SHARE * Math.max(1, basis.chunks)) {
    db.prepare('UPDATE collocations_basis SET changed = ? WHERE id = 1').run(changed);
    return { recounted: false, pairs: -1 };
  }
  const total = chunkCount(db);
  const found = learnCollocations(sampledChunkTexts(db, COLLOCATION_SAMPLE, total));
  db.exec('DELETE FROM collocations');
  const ins = db.prepare('INSERT INTO collocations (pair, pmi, n) VALUES (?, ?, ?)');
  for (const [key, v] of found) ins.run(key, Math.round(v.pmi * 1000) / 1000, v.n);
  db.prepare(
    'INSERT INTO collocations_basis (id, chunks, changed) VALUES (1, ?, 0) ON CONFLICT(id) DO UPDATE SET chunks = excluded.chunks, changed = 0',
  ).run(total);
  return { recounted: true, pairs: found.size };
}

/** The stored collocations as folded `"a b"` keys; empty for generations built before them. */
export function readCollocations(db: Db): ReadonlySet<string> {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'collocations'").get();
  if (!has) return new Set();
  return new Set((db.prepare('SELECT pair FROM collocations').pluck().all() as string[]) ?? []);
}
