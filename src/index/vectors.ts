import hnswlib from 'hnswlib-node';
import type { HnswParams } from './manifest.ts';

const { HierarchicalNSW } = hnswlib;
type Hnsw = InstanceType<typeof HierarchicalNSW>;

/** A nearest neighbour: chunk id and cosine similarity (1 = same direction). */
export interface VectorHit {
  id: number;
  score: number;
}

/**
 * The HNSW graph of chunk vectors (cosine). Labels are chunk ids. Replaced or removed chunks are
 * `markDelete`d, so incremental updates never rebuild the graph.
 */
export class VectorIndex {
  private constructor(
    private readonly index: Hnsw,
    readonly dim: number,
    private live: number,
  ) {}

  /** An empty index with room for `capacity` vectors (it grows on demand). */
  static create(dim: number, params: HnswParams, capacity = 1024): VectorIndex {
    const index = new HierarchicalNSW('cosine', dim);
    // Fixed seed: the same corpus builds the same graph, so benchmarks and tests repeat.
    index.initIndex({
      maxElements: Math.max(16, capacity),
      m: params.M,
      efConstruction: params.efConstruction,
      randomSeed: 100,
    });
    index.setEf(params.efSearch);
    return new VectorIndex(index, dim, 0);
  }

  /** Load a saved graph; `live` is the number of non-deleted vectors (from the manifest). */
  static load(path: string, dim: number, params: HnswParams, live: number): VectorIndex {
    const index = new HierarchicalNSW('cosine', dim);
    index.readIndexSync(path);
    index.setEf(params.efSearch);
    return new VectorIndex(index, dim, live);
  }

  get size(): number {
    return this.live;
  }

  setEf(ef: number): void {
    this.index.setEf(ef);
  }

  add(id: number, vector: Float32Array): void {
    if (vector.length !== this.dim) {
      throw new Error(
        `index: vector of dim ${vector.length} ≠ index dim ${this.dim}, run npm run index -- --rebuild`,
      );
    }
    const count = this.index.getCurrentCount();
    const max = this.index.getMaxElements();
    // Doubling keeps the amortised cost of resizeIndex (a full copy) constant per insert.
    if (count >= max) this.index.resizeIndex(Math.max(16, max * 2));
    // hnswlib-node takes number[] only.
    this.index.addPoint(Array.from(vector), id);
    this.live++;
  }

  remove(id: number): void {
    try {
      this.index.markDelete(id);
      this.live--;
    } catch {
      // A chunk that never got a vector (built keyword-only) has no label to delete.
    }
  }

  /** The k nearest live vectors, best first. */
  search(query: Float32Array, k: number): VectorHit[] {
    const n = Math.min(k, this.live);
    if (n <= 0) return [];
    const { neighbors, distances } = this.index.searchKnn(Array.from(query), n);
    return neighbors.map((id, i) => ({ id, score: 1 - (distances[i] ?? 1) }));
  }

  save(path: string): void {
    this.index.writeIndexSync(path);
  }
}
