import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusteredVectors, meanPairwiseCosine } from '../src/bench/clustered.ts';
import { articlesFor } from '../src/bench/corpus.ts';
import { percentile, summarize } from '../src/bench/stats.ts';
import { renderTable } from '../src/bench/table.ts';
import { type CurvePoint, chooseEf, efCurve, exactBaseline } from '../src/bench/vector.ts';
import { exactTopK, FlatVectors } from '../src/index/exact.ts';
import { recallAt } from '../src/index/recall.ts';

const unit = (v: number[]): Float32Array => {
  const n = Math.hypot(...v) || 1;
  return Float32Array.from(v.map((x) => x / n));
};

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const v = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(v, 50)).toBe(5);
    expect(percentile(v, 95)).toBe(10);
    expect(percentile(v, 10)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
  });

  it('returns a sample with at least p% of the samples at or below it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (values, p) => {
          const x = percentile(values, p);
          expect(values).toContain(x);
          const atOrBelow = values.filter((v) => v <= x).length;
          expect(atOrBelow / values.length).toBeGreaterThanOrEqual(p / 100 - 1e-12);
          const below = values.filter((v) => v < x).length;
          expect(below / values.length).toBeLessThan(p / 100);
        },
      ),
    );
  });

  it('refuses no samples and out-of-range p', () => {
    expect(() => percentile([], 50)).toThrow('bench: percentile of no samples');
    expect(() => percentile([1], 0)).toThrow('bench: percentile must be in (0, 100], got 0');
    expect(summarize([])).toEqual({ n: 0, p50: 0, p95: 0, mean: 0, max: 0 });
    expect(summarize([2, 4])).toEqual({ n: 2, p50: 2, p95: 4, mean: 3, max: 4 });
  });
});

describe('exactTopK', () => {
  it('agrees with a full sort on random vectors', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 15 }),
        fc.integer(),
        (dim, n, k, seed) => {
          const data = clusteredVectors({ n, dim, clusters: 3, queries: 1, seed });
          const q = data.queries[0]!;
          const got = exactTopK(data.vectors, q, k);
          const all = Array.from({ length: n }, (_, r) => data.vectors.dot(r, q)).sort((a, b) => b - a);
          expect(got.ids).toHaveLength(Math.min(k, n));
          got.scores.forEach((s, i) => {
            expect(s).toBeCloseTo(all[i]!, 5);
          });
          got.ids.forEach((id, i) => {
            expect(data.vectors.dot(id, q)).toBeCloseTo(got.scores[i]!, 5);
          });
          expect(new Set(got.ids).size).toBe(got.ids.length);
        },
      ),
    );
  });

  it('maps rows to their ids and checks dimensions', () => {
    const flat = FlatVectors.fromRows(2, [unit([1, 0]), unit([0, 1]), unit([1, 1])], [10, 20, 30]);
    expect(exactTopK(flat, unit([1, 0.1]), 2).ids).toEqual([10, 30]);
    expect(() => exactTopK(flat, unit([1, 0, 0]), 1)).toThrow('vectors: query of dim 3 ≠ vectors dim 2');
    expect(() => FlatVectors.of(2, new Float32Array(5), [1, 2])).toThrow(
      'vectors: 5 floats do not make 2 rows of dim 2',
    );
  });
});

describe('recallAt', () => {
  const exact = { ids: [1, 2, 3], scores: [0.9, 0.8, 0.7] };
  const sims: Record<number, number> = { 1: 0.9, 2: 0.8, 3: 0.7, 4: 0.7, 5: 0.1 };
  const sim = (id: number) => sims[id] ?? 0;

  it('counts the exact ids found', () => {
    expect(recallAt([1, 2, 3], exact, 3, sim)).toBe(1);
    expect(recallAt([1, 5, 3], exact, 3, sim)).toBeCloseTo(2 / 3);
  });

  it('counts a tie with the k-th best as a hit, and a repeated id once', () => {
    expect(recallAt([1, 2, 4], exact, 3, sim)).toBe(1);
    expect(recallAt([1, 1, 1], exact, 3, sim)).toBeCloseTo(1 / 3);
  });
});

describe('efCurve and chooseEf', () => {
  const point = (efSearch: number, recallAt10: number): CurvePoint => ({
    efSearch,
    recallAt10,
    p50Ms: 1,
    p95Ms: 1,
    speedup: 1,
    simLoss: 0,
    kthLoss: 0,
  });

  it('chooses the smallest efSearch reaching the goal', () => {
    expect(chooseEf([point(64, 0.995), point(16, 0.9), point(32, 0.991)])).toEqual({
      efSearch: 32,
      reached: true,
    });
  });

  it('falls back to the best recall when no efSearch reaches the goal', () => {
    expect(chooseEf([point(16, 0.9), point(32, 0.95), point(64, 0.95)], 0.99)).toEqual({
      efSearch: 64,
      reached: false,
    });
    expect(() => chooseEf([])).toThrow('bench: cannot choose efSearch from an empty curve');
  });

  it('measures recall 1 and zero loss for an exact searcher', () => {
    const data = clusteredVectors({ n: 300, dim: 16, clusters: 10, queries: 20, seed: 3 });
    const base = exactBaseline(data.vectors, data.queries, 10);
    const exactSearcher = {
      setEf: () => {},
      search: (q: Float32Array, k: number) => exactTopK(data.vectors, q, k).ids,
    };
    const curve = efCurve(exactSearcher, data.vectors, data.queries, base, { efs: [8, 16] });
    expect(curve.map((p) => p.efSearch)).toEqual([8, 16]);
    for (const p of curve) {
      expect(p.recallAt10).toBe(1);
      expect(p.simLoss).toBeCloseTo(0, 9);
      expect(p.kthLoss).toBeCloseTo(0, 9);
      expect(p.p50Ms).toBeGreaterThan(0);
    }
  });

  it('measures the 10th-neighbour gap of a searcher that returns the 11th instead of the 10th', () => {
    const data = clusteredVectors({ n: 300, dim: 16, clusters: 10, queries: 20, seed: 4 });
    const base = exactBaseline(data.vectors, data.queries, 10);
    const offByOne = {
      setEf: () => {},
      search: (q: Float32Array) => {
        const ids = exactTopK(data.vectors, q, 11).ids;
        return [...ids.slice(0, 9), ids[10]!];
      },
    };
    let gap = 0;
    for (const q of data.queries) {
      const s = exactTopK(data.vectors, q, 11).scores;
      gap += s[9]! - s[10]!;
    }
    const [p] = efCurve(offByOne, data.vectors, data.queries, base, { efs: [8] });
    expect(p!.kthLoss).toBeCloseTo(gap / data.queries.length, 6);
    expect(p!.recallAt10).toBeLessThan(1);
  });
});

describe('clusteredVectors', () => {
  it('with a shared direction, lies in a narrow cone as e5 embeddings do, and is still clustered', () => {
    const iso = clusteredVectors({ n: 2000, dim: 64, clusters: 50, queries: 20, seed: 5 });
    const aniso = clusteredVectors({ n: 2000, dim: 64, clusters: 50, queries: 20, seed: 5, shared: 1.8 });
    expect(meanPairwiseCosine(iso.vectors)).toBeLessThan(0.1);
    const cone = meanPairwiseCosine(aniso.vectors);
    expect(cone).toBeGreaterThan(0.6);
    expect(cone).toBeLessThan(0.85);
    let nearest = 0;
    for (const q of aniso.queries) nearest += exactTopK(aniso.vectors, q, 1).scores[0]!;
    expect(nearest / aniso.queries.length).toBeGreaterThan(cone + 0.1);
  });

  it('is deterministic, unit length, and clustered', () => {
    const a = clusteredVectors({ n: 400, dim: 32, clusters: 8, queries: 5, seed: 'x' });
    const b = clusteredVectors({ n: 400, dim: 32, clusters: 8, queries: 5, seed: 'x' });
    const c = clusteredVectors({ n: 400, dim: 32, clusters: 8, queries: 5, seed: 'y' });
    expect(a.vectors.data).toEqual(b.vectors.data);
    expect(a.vectors.data).not.toEqual(c.vectors.data);
    for (let r = 0; r < 400; r += 37) expect(a.vectors.dot(r, a.vectors.row(r))).toBeCloseTo(1, 5);
    // A query's nearest neighbours are far closer than a typical vector: the data has structure.
    let nearest = 0;
    let typical = 0;
    for (const q of a.queries) {
      nearest += exactTopK(a.vectors, q, 1).scores[0]!;
      typical += a.vectors.dot(0, q);
    }
    expect(nearest / a.queries.length).toBeGreaterThan(0.7);
    expect(typical / a.queries.length).toBeLessThan(0.5);
  });
});

describe('sizing and printing', () => {
  it('sizes the corpus from chunks per article', () => {
    expect(articlesFor(100_000, 3.5)).toBe(28_571);
    expect(articlesFor(1, 3.5)).toBe(1);
    expect(() => articlesFor(0, 3.5)).toThrow(
      'bench: chunks (0) and chunks per article (3.5) must be positive',
    );
  });

  it('aligns table columns', () => {
    expect(
      renderTable(
        ['a', 'bb'],
        [
          ['x', 1],
          ['yyy', 22],
        ],
      ),
    ).toBe('a    bb\n---  --\nx     1\nyyy  22');
  });
});
