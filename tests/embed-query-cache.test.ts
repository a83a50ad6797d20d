import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_CACHE_SIZE, QueryVectorCache } from '../src/embed/query-cache.ts';

const vec = (...xs: number[]) => Float32Array.from(xs);

describe('QueryVectorCache', () => {
  it('returns what was stored, as a copy the caller may change', () => {
    const cache = new QueryVectorCache(4);
    const v = vec(0.6, 0.8);
    cache.set('q', v);
    v[0] = 9; // changing the stored original does not reach the cache
    const got = cache.get('q')!;
    expect(Array.from(got)).toEqual([Math.fround(0.6), Math.fround(0.8)]);
    got[1] = 9;
    expect(Array.from(cache.get('q')!)).toEqual([Math.fround(0.6), Math.fround(0.8)]);
    expect(cache.get('other')).toBeUndefined();
  });

  it('drops the least recently used text when full; a read counts as a use', () => {
    const cache = new QueryVectorCache(2);
    cache.set('a', vec(1));
    cache.set('b', vec(2));
    expect(cache.get('a')).toBeDefined(); // a is now newer than b
    cache.set('c', vec(3));
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(Array.from(cache.get('a')!)).toEqual([1]);
    expect(Array.from(cache.get('c')!)).toEqual([3]);
    cache.set('a', vec(4)); // replacing keeps one entry per text
    expect(cache.size).toBe(2);
    expect(Array.from(cache.get('a')!)).toEqual([4]);
  });

  it('keeps nothing at capacity 0, refuses a bad capacity, and forgets everything on clear', () => {
    const off = new QueryVectorCache(0);
    off.set('a', vec(1));
    expect(off.get('a')).toBeUndefined();
    expect(() => new QueryVectorCache(-1)).toThrow('capacity must be a whole number ≥ 0, got -1');
    expect(() => new QueryVectorCache(2.5)).toThrow('got 2.5');
    const cache = new QueryVectorCache();
    expect(cache.capacity).toBe(DEFAULT_QUERY_CACHE_SIZE);
    cache.set('a', vec(1));
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
