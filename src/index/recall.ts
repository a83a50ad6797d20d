/** Recall@k of an approximate search against the exact answer, fair to ties. */
import type { TopK } from './exact.ts';

/** Similarities closer than this count as equal (float32 rounding in hnswlib vs our float64 sums). */
export const TIE_EPSILON = 1e-5;

/**
 * Share of the exact top-k that `found` recovers. A found id outside the exact list still counts
 * when its similarity equals the k-th best (within {@link TIE_EPSILON}): among tied vectors any
 * choice is right, and near-duplicate chunks (boilerplate, syndicated text) make ties common.
 * @param similarity exact similarity of an id to the query (used only for ids outside `exact`).
 */
export function recallAt(
  found: readonly number[],
  exact: TopK,
  k: number,
  similarity: (id: number) => number,
): number {
  const want = Math.min(k, exact.ids.length);
  if (want === 0) return 1;
  const truth = new Set(exact.ids.slice(0, want));
  const kth = exact.scores[want - 1]!;
  let hits = 0;
  const seen = new Set<number>();
  for (const id of found.slice(0, want)) {
    if (seen.has(id)) continue;
    seen.add(id);
    if (truth.has(id) || similarity(id) >= kth - TIE_EPSILON) hits++;
  }
  return Math.min(hits, want) / want;
}

/** Mean of per-query recalls (1 when there are no queries). */
export function meanRecall(recalls: readonly number[]): number {
  return recalls.length === 0 ? 1 : recalls.reduce((s, r) => s + r, 0) / recalls.length;
}
