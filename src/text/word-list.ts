/**
 * The two-syllable words of a Vietnamese dictionary, as the project stores them
 * (`data/vi-words-2.txt`, written by `npm run word-list` from `@vntk/dictionary`'s 74k-entry list,
 * MIT): lower case, NFC, no proper names, one per line, sorted by UTF-16 code units; the folded
 * spellings (no diacritics) follow in a second sorted section after {@link FOLDED_SECTION}.
 *
 * Sorted text is searched in place (binary search over line offsets): building a Set of 45k strings
 * costs 80–120 ms on this machine, the offsets a few.
 */
import { fold } from './normalize.ts';

/** The line that separates the words as written from their folded spellings. */
export const FOLDED_SECTION = '#folded';
/** The first line of the file: what it is and where it comes from. */
export const WORD_LIST_HEADER =
  '#two-syllable words of @vntk/dictionary data/Viet74K.txt (MIT, (c) 2017 VNTK); npm run word-list';

/** The file's text for the dictionary entries `entries` (any order, any case; names are dropped). */
export function wordListText(entries: Iterable<string>): string {
  const plain = new Set<string>();
  for (const raw of entries) {
    const entry = raw.trim().normalize('NFC');
    // A capital marks a name ("A Bung"): places are the gazetteer's, people are no words.
    if (entry !== entry.toLowerCase()) continue;
    const parts = entry.split(/\s+/u);
    if (parts.length === 2) plain.add(parts.join(' '));
  }
  const sorted = (s: Iterable<string>) => [...new Set(s)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    WORD_LIST_HEADER,
    ...sorted(plain),
    FOLDED_SECTION,
    ...sorted([...plain].map((w) => fold(w))),
    '',
  ].join('\n');
}

/** A sorted section of the file, searched in place. */
class SortedLines {
  private readonly starts: number[] = [];
  constructor(
    private readonly text: string,
    from: number,
    private readonly to: number,
  ) {
    for (let i = from; i < to; i = text.indexOf('\n', i) + 1) {
      this.starts.push(i);
      if (text.indexOf('\n', i) < 0) break;
    }
  }

  has(key: string): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = this.starts[mid] as number;
      const end = this.text.indexOf('\n', start);
      const line = this.text.slice(start, end < 0 || end > this.to ? this.to : end);
      if (line === key) return true;
      if (line < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/** The two sections of a word-list file's text. */
export class WordList {
  private readonly plain: SortedLines;
  private readonly folded: SortedLines;

  constructor(text: string) {
    const header = text.indexOf('\n') + 1;
    const split = text.indexOf(`\n${FOLDED_SECTION}\n`);
    if (!text.startsWith('#two-syllable words') || split < 0)
      throw new Error(`word list: no header or no ${FOLDED_SECTION} line; run npm run word-list`);
    this.plain = new SortedLines(text, header, split);
    const after = split + FOLDED_SECTION.length + 2;
    this.folded = new SortedLines(text, after, text.endsWith('\n') ? text.length - 1 : text.length);
  }

  /** Whether `word` ("xuất khẩu"; folded: "xuat khau") is listed. */
  has(word: string, folded: boolean): boolean {
    return (folded ? this.folded : this.plain).has(word);
  }
}
