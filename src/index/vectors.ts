import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
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

  /**
   * {@link load} on libuv's thread pool: hnswlib reads the file (0.5 s of CPU for 93k vectors)
   * while the caller's thread reads the database, so opening a generation uses both cores.
   * The graph must have passed the structural check (hnsw-check.ts) first, as for `load`.
   */
  static async loadAsync(path: string, dim: number, params: HnswParams, live: number): Promise<VectorIndex> {
    const index = new HierarchicalNSW('cosine', dim);
    await index.readIndex(path);
    index.setEf(params.efSearch);
    return new VectorIndex(index, dim, live);
  }

  get size(): number {
    return this.live;
  }

  /** Entries in the graph, marked-deleted ones included (what the file and memory hold). */
  get stored(): number {
    return this.index.getCurrentCount();
  }

  setEf(ef: number): void {
    this.index.setEf(ef);
  }

  /** Labels and (unit) vectors of the live entries, for efSearch calibration. */
  liveVectors(): { ids: number[]; data: Float32Array; dim: number } {
    const ids: number[] = [];
    const data = new Float32Array(this.live * this.dim);
    for (const label of this.index.getIdsList()) {
      if (ids.length >= this.live) break;
      let point: number[];
      try {
        point = this.index.getPoint(label);
      } catch {
        continue; // marked deleted: hnswlib answers "Label not found"
      }
      data.set(point, ids.length * this.dim);
      ids.push(label);
    }
    return { ids, data: data.subarray(0, ids.length * this.dim), dim: this.dim };
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

  /** Write the graph to `path`; throws (code EIO) when the file on disk is not complete. */
  save(path: string): void {
    this.index.writeIndexSync(path);
    // hnswlib writes through an unchecked std::ofstream: a full disk or a file-size limit leaves a
    // short file and no error, and the generation would be published with a graph no reader loads.
    assertCompleteHnswFile(path);
  }
}

/** hnswlib's file: a 96-byte header, fixed-size level-0 records, then one sized link list per element. */
const HNSW_HEADER_BYTES = 96;

/**
 * Check a saved graph's length the way hnswlib's loader does: the header's element count and record
 * size, then the link lists, must end exactly at the end of the file.
 */
export function assertCompleteHnswFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    const bytes = fstatSync(fd).size;
    const header = Buffer.alloc(HNSW_HEADER_BYTES);
    let complete = readSync(fd, header, 0, HNSW_HEADER_BYTES, 0) === HNSW_HEADER_BYTES;
    if (complete) {
      const count = Number(header.readBigUInt64LE(16));
      const lists = HNSW_HEADER_BYTES + count * Number(header.readBigUInt64LE(24));
      const tail = Buffer.alloc(Math.max(0, bytes - lists));
      complete = lists <= bytes && readSync(fd, tail, 0, tail.length, lists) === tail.length;
      let pos = 0;
      for (let i = 0; complete && i < count; i++) {
        if (pos + 4 > tail.length) complete = false;
        else pos += 4 + tail.readUInt32LE(pos);
      }
      complete &&= pos === tail.length;
    }
    if (!complete) {
      const err: NodeJS.ErrnoException = new Error(
        `index: ${path} was not written completely (${bytes} bytes on disk)`,
      );
      err.code = 'EIO';
      throw err;
    }
  } finally {
    closeSync(fd);
  }
}
