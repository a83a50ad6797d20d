/**
 * Batch planning for CPU inference on a small machine. Measured on 2 cores with an e5-small-shaped
 * model: batching long chunks is slower per chunk (padding, bigger attention tensors), while batches
 * of short texts (≤ 64 tokens) run about 1.5× faster per text. So texts are sorted by token count,
 * neighbours of similar length are grouped, and the batch size shrinks as length grows.
 */

/** Maximum batch size for a batch whose longest sequence has `maxTokens` tokens. */
export type BatchSizeRule = (maxTokens: number) => number;

/** Default rule: ≤ 64 tokens → 32, ≤ 128 → 8, ≤ 256 → 2, longer → 1. */
export const defaultBatchSize: BatchSizeRule = (maxTokens) => {
  if (maxTokens <= 64) return 32;
  if (maxTokens <= 128) return 8;
  if (maxTokens <= 256) return 2;
  return 1;
};

/**
 * Group indices of `lengths` into batches: longest first, each batch of similar lengths and at most
 * `rule(longest in batch)` items. Every index appears exactly once.
 */
export function planBatches(lengths: readonly number[], rule: BatchSizeRule = defaultBatchSize): number[][] {
  const order = lengths.map((_, i) => i).sort((a, b) => lengths[b]! - lengths[a]! || a - b);
  const batches: number[][] = [];
  let i = 0;
  while (i < order.length) {
    const cap = Math.max(1, Math.floor(rule(lengths[order[i]!]!)));
    batches.push(order.slice(i, i + cap));
    i += cap;
  }
  return batches;
}
