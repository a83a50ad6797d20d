/**
 * Chunk sizes for a build: in the model's tokens when the embedder can count them (prefix and
 * special tokens included, capped below the model's limit), in words for keyword-only indexes.
 */
import type { Embedder } from '../embed/types.ts';
import { type ChunkOptions, DEFAULT_TOKEN_BUDGET } from '../ingest/chunk.ts';

/** The chunk options a build uses with this embedder; explicit `tokens` options win. */
export function chunkOptionsFor(embedder: Embedder | null, chunking: ChunkOptions = {}): ChunkOptions {
  if (chunking.tokens || !embedder?.countTokens) return chunking;
  const count = embedder.countTokens.bind(embedder);
  const max = Math.min(DEFAULT_TOKEN_BUDGET.max, embedder.maxTokens ?? DEFAULT_TOKEN_BUDGET.max);
  return {
    ...chunking,
    tokens: {
      count: (text) => count(text, 'passage'),
      max,
      target: Math.min(DEFAULT_TOKEN_BUDGET.target, max),
      min: Math.min(DEFAULT_TOKEN_BUDGET.min, max),
    },
  };
}
