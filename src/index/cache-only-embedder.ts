import type { Embedder } from '../embed/types.ts';

/**
 * Stands in for the embedding model when it cannot load but the index already has vectors. It
 * carries the index's model identity, so a build keeps the existing vectors (and the model named in
 * the manifest) and adds the vectors of new passages from the embedding cache. A passage whose
 * vector is not cached stops the build with a message, rather than silently dropping every vector.
 */
export function cacheOnlyEmbedder(model: { id: string; dim: number }, reason: string | undefined): Embedder {
  return {
    modelId: model.id,
    dim: model.dim,
    embed(texts: string[]): Promise<Float32Array[]> {
      return Promise.reject(
        new Error(
          `index: the embedding model cannot load (${reason ?? 'unknown reason'}) and ${texts.length} new passage(s) need vectors that are not in the embedding cache; the index keeps its vectors (${model.id}). Fix the model and run npm run index again, or run npm run index -- --keyword-only to build without vectors`,
        ),
      );
    },
  };
}
