import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD_LIST_FILE } from '../src/text/dictionary.ts';
import { fold } from '../src/text/normalize.ts';
import { WordList, wordListText } from '../src/text/word-list.ts';

describe('data/vi-words-2.txt', () => {
  it('is what npm run word-list makes of the installed dictionary package', () => {
    const source = readFileSync(
      createRequire(import.meta.url).resolve('@vntk/dictionary/data/Viet74K.txt'),
      'utf8',
    );
    expect(readFileSync(WORD_LIST_FILE, 'utf8') === wordListText(source.split('\n'))).toBe(true);
  });
});

describe('WordList', () => {
  const entries = ['xuất khẩu', 'Hà Nội', 'kim ngạch', 'nhà', 'hộ nghèo', 'a bàng', 'đảng viên', 'ủy ban'];
  const list = new WordList(wordListText(entries));

  it('lists two-syllable common words as written and folded, not names or single syllables', () => {
    expect(list.has('xuất khẩu', false)).toBe(true);
    expect(list.has('xuat khau', true)).toBe(true);
    expect(list.has('xuat khau', false)).toBe(false);
    expect(list.has('hà nội', false)).toBe(false);
    expect(list.has('nhà', false)).toBe(false);
  });

  it('finds exactly the listed words (a Set is the oracle)', () => {
    const syllable = fc.constantFrom(
      'xuất',
      'khẩu',
      'kim',
      'ngạch',
      'hộ',
      'nghèo',
      'đảng',
      'viên',
      'ủy',
      'ban',
      'a',
      'bàng',
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(syllable, syllable), { maxLength: 30 }),
        fc.tuple(syllable, syllable),
        (words, probe) => {
          const written = words.map(([a, b]) => `${a} ${b}`);
          const l = new WordList(wordListText(written));
          const key = probe.join(' ');
          expect(l.has(key, false)).toBe(written.includes(key));
          expect(l.has(fold(key), true)).toBe(written.some((w) => fold(w) === fold(key)));
        },
      ),
    );
  });

  it('refuses a file without its header or folded section, naming the remedy', () => {
    expect(() => new WordList('xuất khẩu\n')).toThrow(
      'word list: no header or no #folded line; run npm run word-list',
    );
  });
});
