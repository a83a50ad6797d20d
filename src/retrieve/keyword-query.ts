import type { KeywordColumn, KeywordQuery } from '../index/keyword.ts';
import type { IndexReader } from '../index/open.ts';
import { syllablePairs } from '../index/pairs.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { fold } from '../text/normalize.ts';

/** Options for {@link buildKeywordQuery}. */
export interface KeywordQueryOptions {
  /**
   * Terms found in more than this share of chunks are dropped once the corpus is large: they add
   * little to BM25 and dominate query cost (library-facts: 48 → 7 ms p50 at 100k chunks). Default 0.1.
   */
  maxDocShare?: number;
  /** Below this many chunks nothing is dropped: tiny corpora have no cost to save. Default 2000. */
  pruneFrom?: number;
  /** Never keep fewer terms than this after pruning (the rarest are kept). Default 3. */
  minTerms?: number;
  /**
   * On large corpora, search the question's rarest syllable pairs (pairs.ts) instead of its
   * syllables, at most this many. 0 turns it off. Default 8.
   */
  maxPairs?: number;
  /**
   * Most posting rows the pairs may bring together: pairs are kept rarest first while the sum of
   * their document frequencies stays within it (the rarest is always kept). An OR query ranks
   * every row of every posting list, so this sum is its cost, whatever the corpus size. Default 1000.
   */
  pairBudget?: number;
}

/**
 * Posting rows a pairs query may rank. Measured on the benchmark's 100k index (93,399 chunks, 200
 * questions; scripts/keyword-variants.ts): the 8 rarest pairs ranked 11,707 rows per question
 * (CPU p50/p95 11.4 / 28.2 ms), right article in the top 50 for 177; within 1,000 rows, 392 rows
 * (1.0 / 2.0 ms) and 178. At 10k: 1,122 → 561 rows, 195 → 195.
 */
const DEFAULT_PAIR_BUDGET = 1000;

/** The keyword query and the inverse document frequency of each kept term (used again for evidence). */
export interface PreparedKeywordQuery {
  query: KeywordQuery;
  idf: Map<string, number>;
}

/**
 * Turn a parsed question into an FTS5 query. A question typed without diacritics searches the
 * folded column (any diacritic variant matches); otherwise exact syllables, so `hội` ≠ `hỏi`.
 */
export function buildKeywordQuery(
  reader: IndexReader,
  q: ParsedQuestion,
  opts: KeywordQueryOptions = {},
): PreparedKeywordQuery {
  const column: KeywordColumn = q.folded ? 'folded' : 'text';
  const form = (t: string) => (column === 'folded' ? fold(t) : t.toLowerCase());
  const terms = [...new Set(q.terms.map(form))];
  let phrases = q.phrases.map((p) => p.map(form)).filter((p) => p.length > 1);
  const n = Math.max(1, reader.manifest.counts.chunks);
  const df = reader.documentFrequencies(column, [...terms, ...phrases.flat()]);
  const idf = new Map<string, number>();
  for (const t of terms) {
    const d = df.get(t) ?? 0;
    // BM25's idf, floored at a small positive value so very common terms still count a little.
    idf.set(t, Math.max(0.05, Math.log(1 + (n - d + 0.5) / (d + 0.5))));
  }
  let kept = terms.filter((t) => (df.get(t) ?? 0) > 0);
  const {
    maxDocShare = 0.1,
    pruneFrom = 2000,
    minTerms = 3,
    maxPairs = 8,
    pairBudget = DEFAULT_PAIR_BUDGET,
  } = opts;
  if (n >= pruneFrom && maxPairs > 0) {
    const pairs = rarePairs(reader, q.text, n * maxDocShare, maxPairs, pairBudget);
    if (pairs.length > 0) return { query: { column: 'pairs', terms: pairs }, idf };
  }
  if (n >= pruneFrom) {
    // A phrase of common syllables costs as much as its commonest syllable's posting list.
    phrases = phrases.filter((p) => p.every((t) => (df.get(t) ?? 0) / n <= maxDocShare));
    const rare = kept.filter((t) => (df.get(t) ?? 0) / n <= maxDocShare);
    kept =
      rare.length >= minTerms
        ? rare
        : [...kept]
            .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0))
            .slice(0, Math.max(minTerms, rare.length));
  }
  return { query: { column, terms: kept, phrases }, idf };
}

/**
 * The question's adjacent syllable pairs found in at most `maxDf` chunks, rarest first, at most
 * `max`, and while their document frequencies sum to at most `budget` (the rarest always kept).
 * Pairs are nearly as selective as words, so a few rare ones find the article at a fraction of the
 * cost of its syllables (pairs.ts). Empty when the index has no pairs table.
 */
function rarePairs(reader: IndexReader, text: string, maxDf: number, max: number, budget: number): string[] {
  const pairs = [...new Set(syllablePairs(text))];
  if (pairs.length === 0) return [];
  const df = reader.documentFrequencies('pairs', pairs);
  const rarest = pairs
    .filter((p) => {
      const d = df.get(p) ?? 0;
      return d > 0 && d <= maxDf;
    })
    .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0))
    .slice(0, max);
  const kept: string[] = [];
  let rows = 0;
  for (const p of rarest) {
    rows += df.get(p) ?? 0;
    if (kept.length > 0 && rows > budget) break;
    kept.push(p);
  }
  return kept;
}
