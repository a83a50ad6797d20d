/** A ranked list of ids from one retriever, best first. */
export type Ranking = readonly number[];

/**
 * Reciprocal-rank fusion: score(id) = Σ 1 / (k + rank). Rank-based, so BM25 scores and cosine
 * similarities need no calibration against each other. k = 60 is the value from Cormack et al.
 * that later work keeps finding robust.
 */
export function reciprocalRankFusion(rankings: readonly Ranking[], k = 60): Map<number, number> {
  const out = new Map<number, number>();
  for (const ranking of rankings) {
    ranking.forEach((id, rank) => {
      out.set(id, (out.get(id) ?? 0) + 1 / (k + rank + 1));
    });
  }
  return out;
}

/**
 * Keep at most `cap` items per group (best first), so one long article cannot fill every slot.
 * Input must be sorted best first; order is preserved.
 */
export function capPerGroup<T>(items: readonly T[], groupOf: (item: T) => string, cap: number): T[] {
  const seen = new Map<string, number>();
  const out: T[] = [];
  for (const item of items) {
    const g = groupOf(item);
    const n = seen.get(g) ?? 0;
    if (n >= cap) continue;
    seen.set(g, n + 1);
    out.push(item);
  }
  return out;
}
