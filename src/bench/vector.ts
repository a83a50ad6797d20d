/**
 * HNSW against exact search on the same vectors: recall@k and per-query latency at several
 * efSearch values, and the choice of a default from that curve.
 */
import { exactTopK, type FlatVectors, type TopK } from '../index/exact.ts';
import { meanRecall, recallAt } from '../index/recall.ts';
import { summarize } from './stats.ts';

/** What the curve needs from an approximate index. */
export interface Searcher {
  setEf(ef: number): void;
  /** Ids of the k nearest, best first. */
  search(query: Float32Array, k: number): number[];
}

/** One efSearch setting measured. */
export interface CurvePoint {
  efSearch: number;
  recallAt10: number;
  p50Ms: number;
  p95Ms: number;
  /** Exact p50 ÷ HNSW p50. */
  speedup: number;
  /**
   * Mean similarity lost per result: (sum of the exact top-k similarities − sum of the found ones) ÷ k.
   * Near 0 with recall below 1 means the misses were near-ties.
   */
  simLoss: number;
  /**
   * Mean over queries of how much less similar the returned k-th neighbour is than the true k-th
   * (the k-th best similarity among the found ids; 0 when the k-th is as good). Where near-ties cap
   * recall, this says whether the index is still good.
   */
  kthLoss: number;
}

/** Exact answers and their cost. */
export interface ExactBaseline {
  truth: TopK[];
  p50Ms: number;
  p95Ms: number;
}

/** Default efSearch values tried. */
export const EF_VALUES = [16, 32, 64, 128, 256, 512] as const;

/** Default recall a chosen efSearch must reach. */
export const RECALL_GOAL = 0.99;

/** Exact top-k of every query, timed one query at a time. */
export function exactBaseline(flat: FlatVectors, queries: readonly Float32Array[], k: number): ExactBaseline {
  // One unmeasured scan so the first timed one does not pay for JIT compilation.
  if (queries[0]) exactTopK(flat, queries[0], k);
  const truth: TopK[] = [];
  const ms: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    truth.push(exactTopK(flat, q, k));
    ms.push(performance.now() - t);
  }
  const s = summarize(ms);
  return { truth, p50Ms: s.p50, p95Ms: s.p95 };
}

/** Similarity lookup by id over the flat vectors (for tie-aware recall). */
export function similarityOf(flat: FlatVectors): (q: Float32Array) => (id: number) => number {
  const rowOf = new Map<number, number>();
  flat.ids.forEach((id, row) => {
    rowOf.set(id, row);
  });
  return (q) => (id) => {
    const row = rowOf.get(id);
    return row === undefined ? Number.NEGATIVE_INFINITY : flat.dot(row, q);
  };
}

/**
 * Recall@k and latency at each efSearch. `warmup` queries run unmeasured first at each setting
 * (JIT and caches), then every query is measured.
 */
export function efCurve(
  searcher: Searcher,
  flat: FlatVectors,
  queries: readonly Float32Array[],
  baseline: ExactBaseline,
  opts: { efs?: readonly number[]; k?: number; warmup?: number } = {},
): CurvePoint[] {
  const { efs = EF_VALUES, k = 10, warmup = 10 } = opts;
  const sim = similarityOf(flat);
  const out: CurvePoint[] = [];
  for (const ef of efs) {
    searcher.setEf(ef);
    for (const q of queries.slice(0, warmup)) searcher.search(q, k);
    const ms: number[] = [];
    const recalls: number[] = [];
    let loss = 0;
    let kthLoss = 0;
    queries.forEach((q, i) => {
      const t = performance.now();
      const ids = searcher.search(q, k);
      ms.push(performance.now() - t);
      const truth = baseline.truth[i]!;
      const simOf = sim(q);
      recalls.push(recallAt(ids, truth, k, simOf));
      const found = ids.slice(0, truth.ids.length).reduce((s, id) => s + simOf(id), 0);
      const best = truth.scores.reduce((s, x) => s + x, 0);
      loss += truth.ids.length > 0 ? (best - found) / truth.ids.length : 0;
      const want = truth.ids.length;
      if (want > 0) {
        const got = ids.map((id) => simOf(id)).sort((a, b) => b - a);
        kthLoss += Math.max(0, truth.scores[want - 1]! - (got[want - 1] ?? Number.NEGATIVE_INFINITY));
      }
    });
    const s = summarize(ms);
    out.push({
      efSearch: ef,
      recallAt10: meanRecall(recalls),
      p50Ms: s.p50,
      p95Ms: s.p95,
      speedup: s.p50 > 0 ? baseline.p50Ms / s.p50 : Number.POSITIVE_INFINITY,
      simLoss: queries.length > 0 ? loss / queries.length : 0,
      kthLoss: queries.length > 0 ? kthLoss / queries.length : 0,
    });
  }
  return out;
}

/** The chosen efSearch and whether it reached the goal. */
export interface EfChoice {
  efSearch: number;
  reached: boolean;
}

/**
 * The smallest efSearch whose recall reaches `goal`; when none does, the best-recall one (the
 * largest on a tie) with `reached: false`.
 */
export function chooseEf(curve: readonly CurvePoint[], goal = RECALL_GOAL): EfChoice {
  if (curve.length === 0) throw new Error('bench: cannot choose efSearch from an empty curve');
  const sorted = [...curve].sort((a, b) => a.efSearch - b.efSearch);
  const ok = sorted.find((p) => p.recallAt10 >= goal);
  if (ok) return { efSearch: ok.efSearch, reached: true };
  const best = sorted.reduce((b, p) => (p.recallAt10 >= b.recallAt10 ? p : b));
  return { efSearch: best.efSearch, reached: false };
}

/** The curve point at `ef` (throws when it was not measured). */
export function pointAt(curve: readonly CurvePoint[], ef: number): CurvePoint {
  const p = curve.find((c) => c.efSearch === ef);
  if (!p) throw new Error(`bench: efSearch ${ef} was not measured; measured ${curve.map((c) => c.efSearch)}`);
  return p;
}
