import { describe, expect, it } from 'vitest';
import { clusteredVectors } from '../src/bench/clustered.ts';
import {
  calibrateEf,
  EF_CANDIDATES,
  MIN_CALIBRATED_VECTORS,
  needsCalibration,
} from '../src/index/ef-calibration.ts';
import type { HnswParams } from '../src/index/manifest.ts';
import { VectorIndex } from '../src/index/vectors.ts';

function indexOf(opts: { n: number; dim: number; spread: number; clusters: number }, params: HnswParams) {
  const data = clusteredVectors({ ...opts, queries: 0, seed: 'ef-calibration' });
  const index = VectorIndex.create(opts.dim, params, opts.n);
  for (let i = 0; i < data.vectors.size; i++) index.add(i + 1, data.vectors.row(i));
  return index;
}

const STRONG: HnswParams = { M: 16, efConstruction: 100, efSearch: 64 };
// A sparse graph over structureless vectors: hnswlib needs a long candidate list to find the ten.
const WEAK: HnswParams = { M: 8, efConstruction: 20, efSearch: 64 };

describe('calibrateEf', () => {
  it('keeps the smallest candidate on well-separated vectors', () => {
    const index = indexOf({ n: 1500, dim: 32, spread: 0.1, clusters: 50 }, STRONG);
    const c = calibrateEf(index);
    expect(c).toMatchObject({ efSearch: 64, reached: true, queries: 100, vectors: 1500 });
    expect(c.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('raises efSearch to the smallest candidate that reaches the goal on a hard geometry', () => {
    const index = indexOf({ n: 3000, dim: 32, spread: 3, clusters: 1 }, WEAK);
    const c = calibrateEf(index);
    expect(c.reached).toBe(true);
    expect(c.efSearch).toBeGreaterThan(64);
    expect(c.recall).toBeGreaterThanOrEqual(0.98);
    // Every smaller candidate, measured alone on the same queries, falls short of the goal.
    for (const ef of EF_CANDIDATES.filter((e) => e < c.efSearch)) {
      const alone = calibrateEf(index, { candidates: [ef] });
      expect(alone.reached).toBe(false);
      expect(alone.recall).toBeLessThan(0.98);
    }
    // Deterministic: the same index calibrates to the same choice and recall.
    expect(calibrateEf(index)).toEqual(c);
  });

  it('serves the best candidate, marked not reached, when none reaches the goal', () => {
    const index = indexOf({ n: 3000, dim: 32, spread: 3, clusters: 1 }, WEAK);
    const c = calibrateEf(index, { goal: 1.01, candidates: [16, 32] });
    expect(c.reached).toBe(false);
    expect(c.efSearch).toBe(32);
  });

  it('skips marked-deleted entries', () => {
    const index = indexOf({ n: 600, dim: 16, spread: 0.1, clusters: 20 }, STRONG);
    for (let id = 1; id <= 100; id++) index.remove(id);
    const live = index.liveVectors();
    expect(live.ids).toHaveLength(500);
    expect(live.ids.every((id) => id > 100)).toBe(true);
    expect(calibrateEf(index).vectors).toBe(500);
  });

  it('names the remedy when given no candidates', () => {
    const index = indexOf({ n: 300, dim: 8, spread: 0.1, clusters: 5 }, STRONG);
    expect(() => calibrateEf(index, { candidates: [] })).toThrow(
      'index: no efSearch candidates to calibrate; pass at least one',
    );
  });
});

describe('needsCalibration', () => {
  const last = { efSearch: 128, recall: 0.985, reached: true, queries: 100, vectors: 10_000 };
  it('measures a first index once it is large enough', () => {
    expect(needsCalibration(undefined, MIN_CALIBRATED_VECTORS - 1)).toBe(false);
    expect(needsCalibration(undefined, MIN_CALIBRATED_VECTORS)).toBe(true);
  });
  it('keeps a choice until the live count moves by more than a quarter', () => {
    expect(needsCalibration(last, 12_500)).toBe(false);
    expect(needsCalibration(last, 7_500)).toBe(false);
    expect(needsCalibration(last, 12_501)).toBe(true);
    expect(needsCalibration(last, 7_499)).toBe(true);
  });
});
