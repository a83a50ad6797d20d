import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultBatchSize, planBatches } from '../src/embed/batching.ts';
import { dot, l2Normalize, meanPool } from '../src/embed/pooling.ts';
import { E5_PREFIXES, isE5Name, NO_PREFIXES, resolvePrefixes } from '../src/embed/prefixes.ts';

const finite = fc.float({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true });

describe('meanPool', () => {
  it('averages only the unmasked tokens', () => {
    // batch 2, seq 3, dim 2; row 0 masks its last token, row 1 keeps all three.
    const hidden = new Float32Array([1, 2, 3, 4, 100, 100, 1, 1, 2, 2, 3, 3]);
    const mask = [1, 1, 0, 1, 1, 1];
    const [a, b] = meanPool(hidden, mask, 2, 3, 2);
    expect([...a!]).toEqual([2, 3]);
    expect([...b!]).toEqual([2, 2]);
  });

  it('gives zeros for a row with no unmasked token', () => {
    const [v] = meanPool(new Float32Array([5, 5]), [0], 1, 1, 2);
    expect([...v!]).toEqual([0, 0]);
  });

  it('rejects shapes that do not match', () => {
    expect(() => meanPool(new Float32Array(5), [1, 1], 1, 2, 3)).toThrow(
      'pooling: hidden has 5 values, expected 1×2×3',
    );
    expect(() => meanPool(new Float32Array(6), [1], 1, 2, 3)).toThrow(
      'pooling: mask has 1 values, expected 1×2',
    );
  });

  it('ignores whatever sits under padding (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.infiniteStream(finite),
        fc.infiniteStream(fc.boolean()),
        fc.infiniteStream(finite),
        (batch, seq, dim, values, bits, noise) => {
          const hidden = Float32Array.from(values.take(batch * seq * dim));
          const mask = [...bits.take(batch * seq)].map((b) => (b ? 1 : 0));
          const noisy = hidden.slice();
          const n = noise[Symbol.iterator]();
          for (let i = 0; i < noisy.length; i++) {
            if (mask[Math.floor(i / dim)] === 0) noisy[i] = n.next().value as number;
          }
          expect(meanPool(noisy, mask, batch, seq, dim)).toEqual(meanPool(hidden, mask, batch, seq, dim));
        },
      ),
    );
  });

  it('equals the plain mean when nothing is masked (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(finite, { minLength: 3, maxLength: 3 }),
        (seq, base) => {
          const dim = 3;
          const hidden = new Float32Array(seq * dim);
          for (let s = 0; s < seq; s++)
            for (let d = 0; d < dim; d++) hidden[s * dim + d] = base[d]! * (s + 1);
          const [v] = meanPool(hidden, new Array(seq).fill(1), 1, seq, dim);
          for (let d = 0; d < dim; d++) expect(v![d]).toBeCloseTo((base[d]! * (seq + 1)) / 2, 3);
        },
      ),
    );
  });
});

describe('l2Normalize', () => {
  it('makes non-zero vectors unit length and keeps their direction (property)', () => {
    fc.assert(
      fc.property(
        fc.array(finite, { minLength: 1, maxLength: 64 }).filter((a) => a.some((x) => Math.abs(x) > 1e-3)),
        fc.float({ min: Math.fround(0.01), max: 100, noNaN: true }),
        (values, scale) => {
          const v = l2Normalize(Float32Array.from(values));
          expect(dot(v, v)).toBeCloseTo(1, 5);
          const w = l2Normalize(Float32Array.from(values, (x) => x * scale));
          for (let i = 0; i < v.length; i++) expect(w[i]).toBeCloseTo(v[i]!, 5);
        },
      ),
    );
  });

  it('leaves a zero vector at zero instead of producing NaN', () => {
    expect([...l2Normalize(new Float32Array(4))]).toEqual([0, 0, 0, 0]);
  });
});

describe('planBatches', () => {
  it('uses every index once, respects the size rule and groups similar lengths (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 600 }), { maxLength: 200 }), (lengths) => {
        const batches = planBatches(lengths);
        expect(batches.flat().sort((a, b) => a - b)).toEqual(lengths.map((_, i) => i));
        let previousMin = Number.POSITIVE_INFINITY;
        for (const batch of batches) {
          const ls = batch.map((i) => lengths[i]!);
          expect(batch.length).toBeLessThanOrEqual(defaultBatchSize(Math.max(...ls)));
          // Longest first, so each batch only holds lengths no longer than the previous batch's.
          expect(Math.max(...ls)).toBeLessThanOrEqual(previousMin);
          previousMin = Math.min(...ls);
        }
      }),
    );
  });

  it('puts long passages alone and short queries together', () => {
    expect(planBatches([300, 300, 300]).map((b) => b.length)).toEqual([1, 1, 1]);
    expect(planBatches(new Array(40).fill(12)).map((b) => b.length)).toEqual([32, 8]);
  });
});

describe('prefixes', () => {
  it('recognises E5 model names only', () => {
    for (const n of ['Xenova/multilingual-e5-small', 'intfloat/e5-base-v2', 'e5', 'models/E5_large']) {
      expect(isE5Name(n), n).toBe(true);
    }
    for (const n of [
      'Xenova/bge-m3',
      'sentence-transformers/all-MiniLM-L6-v2',
      'models/test-model',
      'be5t',
    ]) {
      expect(isE5Name(n), n).toBe(false);
    }
  });

  it('applies E5 prefixes by name under auto, and obeys explicit choices', () => {
    expect(resolvePrefixes('auto', ['Xenova/multilingual-e5-small'])).toEqual(E5_PREFIXES);
    expect(resolvePrefixes('auto', ['Xenova/all-MiniLM-L6-v2'])).toEqual(NO_PREFIXES);
    expect(resolvePrefixes('none', ['Xenova/multilingual-e5-small'])).toEqual(NO_PREFIXES);
    expect(resolvePrefixes('e5', ['anything'])).toEqual(E5_PREFIXES);
    expect(resolvePrefixes({ query: 'q: ', passage: 'p: ' }, ['e5'])).toEqual({
      query: 'q: ',
      passage: 'p: ',
    });
  });
});
