import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsRun, runAt, runStarts } from '../src/text/phrase.ts';

/** Oracle: the run, joined with a separator no syllable holds, is a substring at a syllable boundary. */
function startsByJoin(words: readonly string[], run: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + run.length <= words.length; i++)
    if (`|${words.slice(i, i + run.length).join('|')}|` === `|${run.join('|')}|`) out.push(i);
  return out;
}

const syllable = fc.constantFrom('ban', 'chi', 'dao', 'tang', 'truong', 'so', 'y', 'te');

describe('syllable runs (text/phrase.ts)', () => {
  it('finds every start of a run, whole syllables only', () => {
    const words = ['truong', 'ban', 'dan', 'van', 'truong', 'ban'];
    expect(runStarts(words, ['truong', 'ban'])).toEqual([0, 4]);
    expect(runStarts(words, ['ban', 'dan', 'van'])).toEqual([1]);
    expect(runStarts(words, ['an'])).toEqual([]);
    expect(runAt(words, ['dan', 'van'], 2)).toBe(true);
    expect(runAt(words, ['ban', 'x'], 5)).toBe(false);
    expect(containsRun(words, ['van', 'truong'])).toBe(true);
    expect(containsRun(words, ['ban', 'truong'])).toBe(false);
  });

  it('agrees with joining the syllables (property)', () => {
    fc.assert(
      fc.property(
        fc.array(syllable, { maxLength: 12 }),
        fc.array(syllable, { minLength: 1, maxLength: 3 }),
        (words, run) => {
          const want = startsByJoin(words, run);
          expect(runStarts(words, run)).toEqual(want);
          expect(containsRun(words, run)).toBe(want.length > 0);
          for (let i = 0; i < words.length; i++) expect(runAt(words, run, i)).toBe(want.includes(i));
        },
      ),
    );
  });
});
