/**
 * Seeded Gaussian-cluster vectors: a stand-in for real sentence embeddings, which bunch by topic.
 * Uniform random vectors in 384 dimensions have no neighbourhood structure (library-facts: recall
 * 0.04 at efSearch 32), so they must never drive HNSW settings; clustered ones behave like text.
 */

import { FlatVectors } from '../index/exact.ts';
import { Rng } from '../synth/rng.ts';

/** Options of {@link clusteredVectors}. */
export interface ClusteredOptions {
  /** Number of indexed vectors. */
  n: number;
  /** Dimension. Default 384 (multilingual-e5-small). */
  dim?: number;
  /** Number of clusters. Default 1000. */
  clusters?: number;
  /**
   * Expected norm of a point's offset from its (unit) cluster centre, before re-normalising.
   * Default 0.5: clusters are well apart (centres ≈ 1.41 apart) while points inside one spread in
   * every direction, which is the hard case for a graph search.
   */
  spread?: number;
  /** Query vectors drawn from the same clusters (not indexed). Default 200. */
  queries?: number;
  /**
   * Weight of one direction shared by every vector, against the unit cluster centres. Default 0
   * (isotropic clusters). Real sentence embeddings (e5) are anisotropic: all of them lie in a narrow
   * cone of high mutual cosine; 1.8 gives a mean pairwise cosine of about 0.7, as e5's.
   */
  shared?: number;
  seed: number | string;
}

/** Indexed vectors (ids 0…n−1) and held-out queries, all unit length. */
export interface ClusteredData {
  vectors: FlatVectors;
  queries: Float32Array[];
  clusters: number;
  spread: number;
}

/** Standard normal draws by Box–Muller (two per pair of uniforms). */
class Gaussian {
  private spare: number | null = null;
  constructor(private readonly rng: Rng) {}

  next(): number {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return s;
    }
    // 1 − u keeps the logarithm finite (next() may return 0, never 1).
    const r = Math.sqrt(-2 * Math.log(1 - this.rng.next()));
    const a = 2 * Math.PI * this.rng.next();
    this.spare = r * Math.sin(a);
    return r * Math.cos(a);
  }
}

function normalize(v: Float32Array): void {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
  for (let i = 0; i < v.length; i++) v[i]! *= inv;
}

/** Generate the vectors; the same options give the same floats on every machine. */
export function clusteredVectors(opts: ClusteredOptions): ClusteredData {
  const { n, dim = 384, clusters = 1000, spread = 0.5, queries = 200, shared = 0 } = opts;
  if (!Number.isInteger(n) || n < 0) throw new Error(`bench: n must be a whole number ≥ 0, got ${n}`);
  if (!Number.isInteger(clusters) || clusters < 1)
    throw new Error(`bench: clusters must be a positive integer, got ${clusters}`);
  const rng = Rng.of('bench-clustered', String(opts.seed), n, dim, clusters);
  const g = new Gaussian(rng);
  const centres = new Float32Array(clusters * dim);
  for (let c = 0; c < clusters; c++) {
    const v = centres.subarray(c * dim, (c + 1) * dim);
    for (let j = 0; j < dim; j++) v[j] = g.next();
    normalize(v);
  }
  // Drawn after the centres, and only when used, so isotropic sets keep their exact floats.
  const common = new Float32Array(dim);
  if (shared > 0) {
    for (let j = 0; j < dim; j++) common[j] = g.next();
    normalize(common);
    for (let j = 0; j < dim; j++) common[j]! *= shared;
  }
  const sigma = spread / Math.sqrt(dim);
  const point = (out: Float32Array): void => {
    const c = Math.floor(rng.next() * clusters);
    for (let j = 0; j < dim; j++) out[j] = common[j]! + centres[c * dim + j]! + sigma * g.next();
    normalize(out);
  };
  const data = new Float32Array(n * dim);
  for (let i = 0; i < n; i++) point(data.subarray(i * dim, (i + 1) * dim));
  const qs: Float32Array[] = [];
  for (let i = 0; i < queries; i++) {
    const q = new Float32Array(dim);
    point(q);
    qs.push(q);
  }
  const ids = Int32Array.from({ length: n }, (_, i) => i);
  return { vectors: FlatVectors.of(dim, data, ids), queries: qs, clusters, spread };
}

/** Mean cosine between `pairs` seeded random pairs of distinct vectors: how narrow the cone is. */
export function meanPairwiseCosine(vectors: FlatVectors, pairs = 2000, seed = 1): number {
  if (vectors.size < 2) return 1;
  const rng = Rng.of('bench-pairwise', String(seed));
  let sum = 0;
  for (let i = 0; i < pairs; i++) {
    const a = Math.floor(rng.next() * vectors.size);
    let b = Math.floor(rng.next() * (vectors.size - 1));
    if (b >= a) b++;
    sum += vectors.dot(b, vectors.row(a));
  }
  return sum / pairs;
}
