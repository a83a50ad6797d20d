/** Keyword (FTS5) search latency, the way retrieval runs it: parse, prepare the query, match. */
import type { KeywordQuery } from '../index/keyword.ts';
import type { IndexReader } from '../index/open.ts';
import { parseQuestion } from '../query/parse.ts';
import { buildKeywordQuery, type KeywordQueryOptions } from '../retrieve/keyword-query.ts';
import { summarize } from './stats.ts';

/** Keyword search figures, in milliseconds. */
export interface KeywordFigures {
  /** Prepare (document frequencies, pruning) + FTS5 match: the keyword step of a question. */
  p50Ms: number;
  p95Ms: number;
  /** The FTS5 MATCH alone. */
  matchP50Ms: number;
  matchP95Ms: number;
  /** Building the query alone (one vocabulary lookup per term). */
  prepareP50Ms: number;
  /**
   * CPU time of the process over prepare + match: on a shared machine wall time includes waiting
   * for a core, CPU time much less so (optional: results written before it existed lack it).
   */
  cpuP50Ms?: number;
  cpuP95Ms?: number;
  /**
   * Mean posting-list rows per query (sum of the document frequencies of its terms and phrase
   * syllables): what an OR query ranks, a cost figure the machine's load does not change.
   */
  meanPostings?: number;
  queries: number;
  /** Mean terms per query after pruning. */
  meanTerms: number;
  /** Share of queries with no hit. */
  emptyShare: number;
  /** Questions whose own article is among the top-k hits (when the articles were given). */
  articleInTopK?: number;
}

/**
 * Time the keyword step for each question. Questions are parsed beforehand (parsing is not search).
 * The `warmup` questions run first, unmeasured (JIT, page cache); they should be other questions than
 * the measured ones, since the reader memoises document frequencies per term. `k` = candidates per
 * retriever (50, as retrieval asks).
 */
export function keywordBench(
  reader: IndexReader,
  questions: readonly string[],
  opts: {
    k?: number;
    warmup?: readonly string[];
    /** The article each question is about (same order), to count `articleInTopK`. */
    docIds?: readonly string[];
    /** Query options, e.g. `{ maxPairs: 0 }` for the syllable query without pairs. */
    query?: KeywordQueryOptions;
  } = {},
): KeywordFigures {
  const { k = 50, warmup = [] } = opts;
  // Parsed as the engine parses: with the index's learned collocations.
  const parseOpts = { collocations: reader.collocations };
  for (const w of warmup) {
    const p = parseQuestion(w, parseOpts);
    if (p.terms.length > 0) reader.keyword(buildKeywordQuery(reader, p, opts.query).query, k);
  }
  const parsed = questions
    .map((q, i) => ({ p: parseQuestion(q, parseOpts), docId: opts.docIds?.[i] }))
    .filter(({ p }) => p.terms.length > 0);
  let found = 0;
  const total: number[] = [];
  const match: number[] = [];
  const prepare: number[] = [];
  const cpu: number[] = [];
  let terms = 0;
  let postings = 0;
  let empty = 0;
  for (const { p, docId } of parsed) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const prepared = buildKeywordQuery(reader, p, opts.query);
    const t1 = performance.now();
    const hits = reader.keyword(prepared.query, k);
    const t2 = performance.now();
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    prepare.push(t1 - t0);
    match.push(t2 - t1);
    total.push(t2 - t0);
    terms += prepared.query.terms.length;
    postings += postingRows(reader, prepared.query);
    if (hits.length === 0) empty++;
    if (docId !== undefined) {
      const rows = reader.chunks(hits.map((h) => h.id));
      const docs = [...rows.values()].flatMap((r) => reader.docsWithBody(r.bodyHash).map((d) => d.docId));
      if (docs.includes(docId)) found++;
    }
  }
  const all = summarize(total);
  const m = summarize(match);
  return {
    p50Ms: all.p50,
    p95Ms: all.p95,
    matchP50Ms: m.p50,
    matchP95Ms: m.p95,
    prepareP50Ms: summarize(prepare).p50,
    cpuP50Ms: summarize(cpu).p50,
    cpuP95Ms: summarize(cpu).p95,
    meanPostings: parsed.length ? postings / parsed.length : 0,
    queries: parsed.length,
    meanTerms: parsed.length ? terms / parsed.length : 0,
    emptyShare: parsed.length ? empty / parsed.length : 0,
    ...(opts.docIds ? { articleInTopK: found } : {}),
  };
}

/** Posting rows an OR query reads: the document frequency of each term and phrase syllable (memoised by the reader). */
function postingRows(reader: IndexReader, q: KeywordQuery): number {
  const words = [...q.terms, ...(q.phrases ?? []).flat()];
  let rows = 0;
  for (const d of reader.documentFrequencies(q.column, words).values()) rows += d;
  return rows;
}
