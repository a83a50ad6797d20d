/**
 * The served efSearch, chosen from the index's own vectors. A fixed efSearch is right for one
 * model's geometry only: on well-separated vectors 64 reaches recall@10 0.99, while on the test
 * model's low-contrast bag-of-words vectors it reaches 0.91 and 256 is needed (bench/, session 36).
 * So a build measures the recall of a few candidates and keeps the smallest that reaches the goal;
 * the manifest records the choice and the recall it measured.
 */

import { Rng } from '../synth/rng.ts';
import { exactTopK, FlatVectors } from './exact.ts';
import { meanRecall, recallAt } from './recall.ts';

/** The graph operations calibration needs (VectorIndex provides them). */
export interface CalibrationTarget {
  /** Labels and vectors of the live (not deleted) entries. */
  liveVectors(): { ids: number[]; data: Float32Array; dim: number };
  setEf(ef: number): void;
  search(query: Float32Array, k: number): { id: number; score: number }[];
}

/** How the served efSearch is chosen. */
export interface EfCalibrationOptions {
  /** Recall@k the chosen efSearch must reach. Default 0.98 (the 10k target of issue 12). */
  goal?: number;
  /** Neighbours judged. Default 10: the retriever's vector candidates come from the first ten. */
  k?: number;
  /**
   * Stored vectors used as queries. Default 100: the recall of 100 queries has a standard error
   * near 0.005 around 0.98, and their exact search costs 3.6 s at 100k × 384 (36 ms each).
   */
  queries?: number;
  /** efSearch values tried, smallest first. Default {@link EF_CANDIDATES}. */
  candidates?: readonly number[];
}

/** Served efSearch values tried: below 64 the retriever's p95 gains nothing measurable. */
export const EF_CANDIDATES: readonly number[] = [64, 128, 256, 512];

/** Below this many live vectors the graph is small enough that ef 64 is near-exhaustive: no calibration. */
export const MIN_CALIBRATED_VECTORS = 200;

/** What calibration chose and measured; recorded in the manifest. */
export interface EfCalibration {
  efSearch: number;
  /** Recall@k of the blended queries at `efSearch`. */
  recall: number;
  /** False when no candidate reached the goal: the best one is served. */
  reached: boolean;
  queries: number;
  /** Live vectors when measured: a later build re-measures once the count moves by a quarter. */
  vectors: number;
}

/** A later build keeps the recorded choice until the live count moves by more than this share. */
export const RECALIBRATE_SHARE = 0.25;

/** Whether a build with `vectors` live vectors should measure again after `last`. */
export function needsCalibration(last: EfCalibration | undefined, vectors: number): boolean {
  if (vectors < MIN_CALIBRATED_VECTORS) return false;
  if (!last) return true;
  return Math.abs(vectors - last.vectors) > RECALIBRATE_SHARE * Math.max(1, last.vectors);
}

/** Stored vectors averaged into one calibration query. */
export const BLEND = 3;

/**
 * Recall on blended queries: each query is the normalised mean of {@link BLEND} stored vectors
 * drawn by a seeded generator. A question touches several passages, so its vector lies between
 * stored ones; a stored vector itself is an easy query. On the bench's 9,283 test-model vectors
 * (`npm run bench -- --quick`), stored vectors as queries (leave-one-out) gave recall@10 0.996 at
 * ef 64 while the generated questions gave 0.906; these blends give 0.909, 0.957, 0.981 and 0.993
 * at 64, 128, 256 and 512, against the questions' 0.906, 0.959, 0.988 and 0.997 (1.5 s in all).
 * Leaves the target's ef at the chosen value.
 */
export function calibrateEf(target: CalibrationTarget, opts: EfCalibrationOptions = {}): EfCalibration {
  const { goal = 0.98, k = 10, queries = 100 } = opts;
  const candidates = [...(opts.candidates ?? EF_CANDIDATES)].sort((a, b) => a - b);
  if (candidates.length === 0)
    throw new Error('index: no efSearch candidates to calibrate; pass at least one');
  const { ids, data, dim } = target.liveVectors();
  const flat = FlatVectors.of(dim, data, ids);
  const n = flat.size;
  // Seeded by the size: one index always calibrates the same way.
  const rng = new Rng(n);
  const blends = Array.from({ length: n > 0 ? queries : 0 }, () => blend(flat, rng));
  const truths = blends.map((q) => exactTopK(flat, q, k));
  const rowOfId = new Map<number, number>();
  for (let row = 0; row < n; row++) rowOfId.set(flat.ids[row]!, row);
  let best: EfCalibration | null = null;
  for (const ef of candidates) {
    target.setEf(ef);
    const recalls = blends.map((q, i) =>
      recallAt(
        target.search(q, k).map((h) => h.id),
        truths[i]!,
        k,
        (id) => {
          const row = rowOfId.get(id);
          return row === undefined ? Number.NEGATIVE_INFINITY : flat.dot(row, q);
        },
      ),
    );
    const recall = meanRecall(recalls);
    const point = { efSearch: ef, recall, reached: recall >= goal, queries: blends.length, vectors: n };
    if (!best || recall > best.recall) best = point;
    if (point.reached) {
      best = point;
      break;
    }
  }
  target.setEf(best!.efSearch);
  return best!;
}

/** The normalised mean of {@link BLEND} stored vectors. */
function blend(flat: FlatVectors, rng: Rng): Float32Array {
  const q = new Float32Array(flat.dim);
  for (let b = 0; b < BLEND; b++) {
    const row = flat.row(rng.int(0, flat.size - 1));
    for (let j = 0; j < q.length; j++) q[j]! += row[j]!;
  }
  let norm = 0;
  for (const x of q) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < q.length; j++) q[j]! /= norm;
  return q;
}
