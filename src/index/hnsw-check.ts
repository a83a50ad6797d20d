import { createHash, type Hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Structural check of an hnswlib graph file before hnswlib reads it. hnswlib's loader checks only
 * that the link-list sizes add up to the file length; it trusts every other header field and every
 * neighbour id, so a few changed bytes make it read or write outside its buffers (a segmentation
 * fault, not an exception). This check mirrors `HierarchicalNSW::saveIndex`/`loadIndex`
 * (hnswlib/hnswalg.h, as vendored by hnswlib-node 3.0.0):
 *
 *   header (96 bytes): offsetLevel0 u64 · maxElements u64 · count u64 · sizeDataPerElement u64 ·
 *     labelOffset u64 · offsetData u64 · maxLevel i32 · enterPoint u32 · maxM u64 · maxM0 u64 ·
 *     M u64 · mult f64 · efConstruction u64
 *   count level-0 records of sizeDataPerElement bytes: link count (u16) + delete flag (byte 2),
 *     maxM0 neighbour ids (u32), the vector (dim f32), the label (u64)
 *   per element: linkListSize u32, then `level` upper-level lists of (4 + 4·maxM) bytes each
 *
 * and refuses anything hnswlib could not walk safely: header fields that disagree with the
 * dimension and M, a count above the capacity, link counts above the maximum, neighbour ids out of
 * range or pointing at an element without that level, an entry point without the top level.
 */

const HEADER_BYTES = 96;
const ID_BYTES = 4;
const LIST_HEADER_BYTES = 4;
const LABEL_BYTES = 8;
const FLOAT_BYTES = 4;
/** hnswlib draws levels as ⌊-ln(U)·1/ln(M)⌋; beyond this a level is corruption, not chance. */
const MAX_LEVEL = 64;
/** Capacity beyond max(this, 4 × count) is corruption: the index grows by doubling. */
const MIN_CAPACITY_BOUND = 1 << 16;
/** Level-0 records are read in blocks of about this size, so memory stays bounded. */
const BLOCK_BYTES = 4 << 20;

/** A graph file hnswlib must not be given; the message says what is wrong with it. */
export class HnswFileError extends Error {
  override name = 'HnswFileError';
}

/** What the caller knows the file must hold. */
export interface HnswExpectation {
  /** Vector dimension (the manifest's model dim). */
  dim: number;
  /** Live (not deleted) vectors the manifest records; unchecked when undefined. */
  live?: number;
  /** Labels are chunk ids, all below the manifest's `nextChunkId`; unchecked when undefined. */
  labelLimit?: number;
  /** Also compute the file's sha256 (same single read). Default false. */
  hash?: boolean;
}

/** Facts about a graph file that passed the check. */
export interface HnswFacts {
  bytes: number;
  elements: number;
  deleted: number;
  /** sha256 (hex) of the whole file when asked for, else null. */
  sha256: string | null;
}

/** Check `path` against {@link HnswExpectation}; throws {@link HnswFileError} naming the first fault. */
export function checkHnswFile(path: string, expect: HnswExpectation): HnswFacts {
  const fd = openSync(path, 'r');
  try {
    return check(fd, fstatSync(fd).size, expect);
  } finally {
    closeSync(fd);
  }
}

function check(fd: number, bytes: number, expect: HnswExpectation): HnswFacts {
  const fail = (why: string): never => {
    throw new HnswFileError(why);
  };
  const hasher: Hash | null = expect.hash ? createHash('sha256') : null;
  /** Read `length` bytes at `position` into `into` (reused between blocks) or a new buffer. */
  const readAt = (length: number, position: number, into?: Buffer): Buffer => {
    // Not zero-filled: every byte is read from the file before it is looked at.
    const buf = into ? into.subarray(0, length) : Buffer.allocUnsafeSlow(length);
    let got = 0;
    while (got < length) {
      const n = readSync(fd, buf, got, length - got, position + got);
      if (n === 0) fail(`it ended at byte ${position + got} while ${position + length} were expected`);
      got += n;
    }
    hasher?.update(buf);
    return buf;
  };
  if (bytes < HEADER_BYTES) fail(`it is ${bytes} bytes, shorter than the ${HEADER_BYTES}-byte header`);
  const h = readAt(HEADER_BYTES, 0);
  const u64 = (at: number, name: string): number => {
    const v = h.readBigUInt64LE(at);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) fail(`header field ${name} is ${v}`);
    return Number(v);
  };
  const offsetLevel0 = u64(0, 'offsetLevel0');
  const capacity = u64(8, 'maxElements');
  const count = u64(16, 'count');
  const sizeData = u64(24, 'sizeDataPerElement');
  const labelOffset = u64(32, 'labelOffset');
  const offsetData = u64(40, 'offsetData');
  const maxLevel = h.readInt32LE(48);
  const enterPoint = h.readUInt32LE(52);
  const maxM = u64(56, 'maxM');
  const maxM0 = u64(64, 'maxM0');
  const M = u64(72, 'M');

  // Every size hnswlib derives must agree with the dimension and M, or its offsets go astray.
  if (M < 2 || M > 0xffff || maxM !== M || maxM0 !== 2 * M)
    fail(`header says M ${M}, maxM ${maxM}, maxM0 ${maxM0} (expected maxM = M and maxM0 = 2·M)`);
  const links0 = LIST_HEADER_BYTES + ID_BYTES * maxM0;
  const linksUpper = LIST_HEADER_BYTES + ID_BYTES * maxM;
  const dataBytes = expect.dim * FLOAT_BYTES;
  if (sizeData !== links0 + dataBytes + LABEL_BYTES) {
    const dim = (sizeData - links0 - LABEL_BYTES) / FLOAT_BYTES;
    fail(
      `its records hold ${Number.isInteger(dim) && dim > 0 ? `dimension ${dim}` : 'no valid dimension'}, not ${expect.dim}`,
    );
  }
  if (offsetLevel0 !== 0 || offsetData !== links0 || labelOffset !== links0 + dataBytes)
    fail('header offsets do not match its record layout');
  if (count > capacity) fail(`header says ${count} elements in a capacity of ${capacity}`);
  if (capacity > Math.max(MIN_CAPACITY_BOUND, 4 * count))
    fail(`header capacity ${capacity} is implausible for ${count} elements`);
  const level0End = HEADER_BYTES + count * sizeData;
  if (level0End > bytes) fail(`it is ${bytes} bytes, shorter than its ${count} elements need`);
  if (count === 0) {
    if (bytes !== HEADER_BYTES) fail(`an empty graph should be ${HEADER_BYTES} bytes, not ${bytes}`);
    return { bytes, elements: 0, deleted: 0, sha256: hasher?.digest('hex') ?? null };
  }
  if (maxLevel < 0 || maxLevel > MAX_LEVEL) fail(`header says top level ${maxLevel}`);
  if (enterPoint >= count) fail(`entry point ${enterPoint} is not among its ${count} elements`);

  // Level 0, in blocks: link counts, neighbour ids, labels, delete flags. Records and link lists are
  // whole 32-bit words (all their sizes are multiples of 4) and each block is a fresh buffer, so
  // they are read through a Uint32Array in the machine's order, which is the order hnswlib wrote
  // them in: Buffer's per-field reads made this check cost as much as hnswlib's own load.
  const recordWords = sizeData / ID_BYTES;
  const labelWord = labelOffset / ID_BYTES;
  const limit = expect.labelLimit;
  let deleted = 0;
  const perBlock = Math.max(1, Math.floor(BLOCK_BYTES / sizeData));
  const blockBuffer = Buffer.allocUnsafeSlow(Math.min(perBlock, count) * sizeData);
  for (let first = 0; first < count; first += perBlock) {
    const n = Math.min(perBlock, count - first);
    const block = readAt(n * sizeData, HEADER_BYTES + first * sizeData, blockBuffer);
    const words = new Uint32Array(block.buffer, block.byteOffset, block.length / ID_BYTES);
    for (let r = 0; r < n; r++) {
      const at = r * recordWords;
      const id = first + r;
      const head = words[at]!;
      const links = head & 0xffff;
      if (links > maxM0) fail(`element ${id} has ${links} level-0 links, more than ${maxM0}`);
      for (let j = 1; j <= links; j++) {
        const to = words[at + j]!;
        if (to >= count) fail(`element ${id} links to element ${to} of ${count}`);
      }
      if (((head >>> 16) & 1) === 1) deleted++;
      // A label is a u64; its high word is zero below 2^32, and any other value fails the limit.
      if (limit !== undefined && (words[at + labelWord + 1] !== 0 || words[at + labelWord]! >= limit))
        fail(
          `element ${id} has label ${block.readBigUInt64LE(r * sizeData + labelOffset)}, not below the manifest's next chunk id ${limit}`,
        );
    }
  }

  // The upper levels: sizes first (hnswlib's own check), then every list against the levels.
  const tail = readAt(bytes - level0End, level0End);
  const tailWords = new Uint32Array(tail.buffer, tail.byteOffset, Math.floor(tail.length / ID_BYTES));
  const levels = new Uint8Array(count);
  const starts = new Float64Array(count);
  let pos = 0;
  for (let i = 0; i < count; i++) {
    if (pos + 4 > tail.length) fail(`its link lists end after ${i} of ${count} elements`);
    const size = tailWords[pos / ID_BYTES]!;
    const level = size / linksUpper;
    if (!Number.isInteger(level) || level > maxLevel)
      fail(`element ${i} has an upper link list of ${size} bytes (top level ${maxLevel})`);
    levels[i] = level;
    starts[i] = pos + 4;
    pos += 4 + size;
  }
  if (pos !== tail.length) fail(`${tail.length - pos} bytes follow its last link list`);
  if (levels[enterPoint] !== maxLevel)
    fail(`entry point ${enterPoint} has level ${levels[enterPoint]}, not the top level ${maxLevel}`);
  for (let i = 0; i < count; i++) {
    for (let level = 1; level <= levels[i]!; level++) {
      const at = (starts[i]! + (level - 1) * linksUpper) / ID_BYTES;
      const links = tailWords[at]! & 0xffff;
      if (links > maxM) fail(`element ${i} has ${links} links at level ${level}, more than ${maxM}`);
      for (let j = 1; j <= links; j++) {
        const to = tailWords[at + j]!;
        if (to >= count || levels[to]! < level)
          fail(`element ${i} links at level ${level} to element ${to}, which has no such level`);
      }
    }
  }
  const live = count - deleted;
  if (expect.live !== undefined && live !== expect.live)
    fail(`it holds ${live} live vectors where the manifest records ${expect.live}`);
  return { bytes, elements: count, deleted, sha256: hasher?.digest('hex') ?? null };
}
