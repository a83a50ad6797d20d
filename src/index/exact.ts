/**
 * Exact nearest neighbours by a full scan over one flat Float32Array: the baseline HNSW is judged
 * against (recall) and compared with (speed). A flat typed array is the fastest plain-JS layout
 * (library-facts: 36 ms at 100k × 384, against 145–189 ms for number[][] with a sort).
 */

/** Unit vectors stored row after row, each row labelled with an id. */
export class FlatVectors {
  private constructor(
    readonly dim: number,
    readonly data: Float32Array,
    readonly ids: Int32Array,
  ) {}

  /** Wrap `data` (n × dim, row-major) with the ids of its rows. */
  static of(dim: number, data: Float32Array, ids: ArrayLike<number>): FlatVectors {
    if (!Number.isInteger(dim) || dim < 1)
      throw new Error(`vectors: dim must be a positive integer, got ${dim}`);
    if (data.length !== ids.length * dim) {
      throw new Error(
        `vectors: ${data.length} floats do not make ${ids.length} rows of dim ${dim}; pass n × dim values`,
      );
    }
    return new FlatVectors(dim, data, Int32Array.from(ids));
  }

  /** Copy rows into one flat array; every row must have length `dim`. */
  static fromRows(dim: number, rows: readonly Float32Array[], ids: ArrayLike<number>): FlatVectors {
    if (rows.length !== ids.length) throw new Error(`vectors: ${rows.length} rows but ${ids.length} ids`);
    const data = new Float32Array(rows.length * dim);
    rows.forEach((r, i) => {
      if (r.length !== dim) throw new Error(`vectors: row ${i} has dim ${r.length}, expected ${dim}`);
      data.set(r, i * dim);
    });
    return new FlatVectors(dim, data, Int32Array.from(ids));
  }

  get size(): number {
    return this.ids.length;
  }

  /** The vector at position `row` (a view, not a copy). */
  row(row: number): Float32Array {
    return this.data.subarray(row * this.dim, (row + 1) * this.dim);
  }

  /** Dot product of row `row` with `q` (cosine similarity for unit vectors). */
  dot(row: number, q: Float32Array): number {
    const d = this.data;
    let s = 0;
    for (let j = 0, o = row * this.dim; j < this.dim; j++, o++) s += d[o]! * q[j]!;
    return s;
  }
}

/** The k best ids with their similarities, best first. */
export interface TopK {
  ids: number[];
  scores: number[];
}

/**
 * Exact top-k by inner product (= cosine for unit vectors), best first; ties keep the lower row.
 * A sorted buffer of k entries is cheaper than a heap for k ≈ 10, since most rows fail the first test.
 */
export function exactTopK(flat: FlatVectors, query: Float32Array, k: number): TopK {
  const { dim, data } = flat;
  if (query.length !== dim) throw new Error(`vectors: query of dim ${query.length} ≠ vectors dim ${dim}`);
  const n = flat.size;
  const kk = Math.max(0, Math.min(k, n));
  const bestScore = new Float64Array(kk).fill(Number.NEGATIVE_INFINITY);
  const bestRow = new Int32Array(kk).fill(-1);
  for (let r = 0, o = 0; r < n; r++, o += dim) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let j = 0;
    // Four accumulators let the JIT overlap the multiply-adds.
    for (; j + 3 < dim; j += 4) {
      s0 += data[o + j]! * query[j]!;
      s1 += data[o + j + 1]! * query[j + 1]!;
      s2 += data[o + j + 2]! * query[j + 2]!;
      s3 += data[o + j + 3]! * query[j + 3]!;
    }
    for (; j < dim; j++) s0 += data[o + j]! * query[j]!;
    const s = s0 + s1 + s2 + s3;
    if (kk === 0 || s <= bestScore[kk - 1]!) continue;
    let i = kk - 1;
    while (i > 0 && bestScore[i - 1]! < s) {
      bestScore[i] = bestScore[i - 1]!;
      bestRow[i] = bestRow[i - 1]!;
      i--;
    }
    bestScore[i] = s;
    bestRow[i] = r;
  }
  const ids: number[] = [];
  const scores: number[] = [];
  for (let i = 0; i < kk; i++) {
    ids.push(flat.ids[bestRow[i]!]!);
    scores.push(bestScore[i]!);
  }
  return { ids, scores };
}
