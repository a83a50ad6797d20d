import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshQuestionsFile, tunedFreshSets } from '../src/eval/fresh-sets.ts';
import { UNTUNED_FRESH_SETS } from '../src/eval/held-out.ts';

describe('the fresh sets development scripts may read', () => {
  it('are those with an article folder, never one declared untuned', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fresh-sel-'));
    for (const set of ['a', 'mm', 'zz', 'q']) writeFileSync(freshQuestionsFile(set, dir), '');
    for (const set of ['a', 'mm', 'zz']) mkdirSync(join(dir, set));
    writeFileSync(join(dir, 'notes.jsonl'), '');
    // 'q' has questions but no articles; 'mm' and 'zz' are untuned.
    expect(tunedFreshSets(dir)).toEqual(['a']);
  });

  it('in the repository leave out every untuned set', () => {
    const sets = tunedFreshSets();
    expect(sets).toContain('a');
    expect(sets.filter((s) => UNTUNED_FRESH_SETS.has(s))).toEqual([]);
  });
});
