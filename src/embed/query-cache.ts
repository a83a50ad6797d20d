/**
 * The vectors of recent questions. A conversation repeats itself (a follow-up re-asks the full
 * question when the short one finds nothing; a user taps "ask again"), and one query encoding with
 * an e5-small-sized model costs about 1 ms of CPU per token, so a repeated text is not encoded again.
 * Distinct questions still pay in full: this is not what keeps `ask` fast, only what keeps it from
 * paying twice.
 *
 * A Map keeps insertion order, so re-inserting on every hit makes the first key the least recently
 * used one. Hand-written rather than a package: twenty lines, and the project's node_modules is shared.
 */

/** Query vectors kept by default: 256 × 384 floats ≈ 0.4 MB. */
export const DEFAULT_QUERY_CACHE_SIZE = 256;

/** Least-recently-used map from a query text to its vector. */
export class QueryVectorCache {
  private readonly entries = new Map<string, Float32Array>();

  /**
   * @param capacity most vectors kept; 0 keeps none. A negative or fractional value is refused.
   */
  constructor(readonly capacity: number = DEFAULT_QUERY_CACHE_SIZE) {
    if (!Number.isInteger(capacity) || capacity < 0) {
      throw new Error(`query cache: capacity must be a whole number ≥ 0, got ${capacity}`);
    }
  }

  /** Vectors held now. */
  get size(): number {
    return this.entries.size;
  }

  /** A copy of the vector of `text` (so a caller that scales it cannot change the cache), or undefined. */
  get(text: string): Float32Array | undefined {
    const v = this.entries.get(text);
    if (!v) return undefined;
    this.entries.delete(text);
    this.entries.set(text, v);
    return v.slice();
  }

  /** Keep a copy of `vector` for `text`, dropping the least recently used entry when full. */
  set(text: string, vector: Float32Array): void {
    if (this.capacity === 0) return;
    this.entries.delete(text);
    this.entries.set(text, vector.slice());
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  /** Forget every vector (the model changed or closed). */
  clear(): void {
    this.entries.clear();
  }
}
