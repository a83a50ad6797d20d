/**
 * Whether two adjacent syllables are one Vietnamese word ("xuất khẩu", "kim ngạch") by a
 * dictionary, for questions whose words the indexed articles are too few to have learned as
 * collocations (src/index/collocations.ts). The list is `data/vi-words-2.txt` (text/word-list.ts),
 * read on first use (≈ 1 MB, a few ms) and kept for the process.
 */
import { readFileSync } from 'node:fs';
import { WordList } from './word-list.ts';

/** The project's copy of the dictionary's two-syllable words. */
export const WORD_LIST_FILE = new URL('../../data/vi-words-2.txt', import.meta.url);

let cached: WordList | undefined;

/**
 * Whether `a b` is a two-syllable dictionary word; `folded` when the syllables carry no
 * diacritics (then any word that folds to them counts).
 */
export function isDictionaryWord(a: string, b: string, folded: boolean): boolean {
  cached ??= new WordList(readFileSync(WORD_LIST_FILE, 'utf8'));
  return cached.has(`${a} ${b}`, folded);
}
