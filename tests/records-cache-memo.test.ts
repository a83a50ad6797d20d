/** The parsed-records memo of RecordsCache: hits are not read again, the least recently used go first. */
import { describe, expect, it } from 'vitest';
import { recall } from '../src/index/records-cache.ts';

describe('recall', () => {
  it('reads only the missing keys, remembers them, and forgets the least recently used beyond max', () => {
    const memo = new Map<string, number>();
    const reads: string[][] = [];
    const load = (keys: string[]) => {
      reads.push(keys);
      // 'gone' has no stored value: not returned, so not remembered.
      return new Map(keys.filter((k) => k !== 'gone').map((k) => [k, k.length]));
    };
    expect([...recall(memo, ['a', 'bb', 'gone'], 3, load)]).toEqual([
      ['a', 1],
      ['bb', 2],
    ]);
    expect(reads).toEqual([['a', 'bb', 'gone']]);
    // 'a' is used again (now the most recent); 'ccc' and 'dddd' push the memo past 3.
    expect([...recall(memo, ['a', 'ccc', 'dddd'], 3, load)]).toEqual([
      ['a', 1],
      ['ccc', 3],
      ['dddd', 4],
    ]);
    expect(reads[1]).toEqual(['ccc', 'dddd']);
    expect([...memo.keys()]).toEqual(['a', 'ccc', 'dddd']);
    // All remembered: nothing is read.
    recall(memo, ['dddd', 'a'], 3, load);
    expect(reads).toHaveLength(2);
    expect(recall(memo, ['gone'], 3, load).size).toBe(0);
    expect(reads[2]).toEqual(['gone']);
  });
});
