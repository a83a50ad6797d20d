/**
 * Mean pooling and L2 normalisation over raw `last_hidden_state` output. Done here rather than by
 * Transformers.js because its `mean_pooling` reads every value through the Tensor accessor and
 * converts BigInt masks per element (~30× slower); typed arrays are read directly here.
 */

/**
 * Mean of the token vectors whose mask is non-zero, one vector per sequence.
 *
 * @param hidden row-major `[batch, seq, dim]` values
 * @param mask row-major `[batch, seq]` attention mask (1 = real token, 0 = padding)
 * @returns `batch` fresh Float32Arrays of length `dim`; a row with no unmasked token gives zeros
 */
export function meanPool(
  hidden: Float32Array,
  mask: ArrayLike<number>,
  batch: number,
  seq: number,
  dim: number,
): Float32Array[] {
  if (hidden.length !== batch * seq * dim) {
    throw new Error(`pooling: hidden has ${hidden.length} values, expected ${batch}×${seq}×${dim}`);
  }
  if (mask.length !== batch * seq) {
    throw new Error(`pooling: mask has ${mask.length} values, expected ${batch}×${seq}`);
  }
  const out: Float32Array[] = [];
  for (let b = 0; b < batch; b++) {
    // Accumulate in float64: long passages sum hundreds of values.
    const sum = new Float64Array(dim);
    let count = 0;
    for (let s = 0; s < seq; s++) {
      if (mask[b * seq + s] === 0) continue;
      count++;
      const base = (b * seq + s) * dim;
      for (let d = 0; d < dim; d++) sum[d]! += hidden[base + d]!;
    }
    const v = new Float32Array(dim);
    if (count > 0) for (let d = 0; d < dim; d++) v[d] = sum[d]! / count;
    out.push(v);
  }
  return out;
}

/** Scale `v` in place to unit L2 norm and return it. A zero vector stays zero (no NaN). */
export function l2Normalize(v: Float32Array): Float32Array {
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += v[i]! * v[i]!;
  norm = Math.sqrt(norm);
  if (norm === 0 || !Number.isFinite(norm)) return v;
  for (let i = 0; i < v.length; i++) v[i]! /= norm;
  return v;
}

/** Dot product; equals cosine similarity for unit vectors. */
export function dot(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) throw new Error(`pooling: dot of lengths ${a.length} and ${b.length}`);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
