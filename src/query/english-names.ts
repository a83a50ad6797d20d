/**
 * Vietnamese names in an English question typed in lower case ("did tran van luom co-chair the …?",
 * "was the q3 briefing chaired by vuong thi hai yen?"). English marks names by capitals alone
 * (entities.ts reads capitalised runs), so such a question names nobody, its person constraint is
 * lost, and the yes/no or the answer is about whoever the article names. Place names take their
 * capitals from the gazetteer (restore.ts `capitalisePlaces`); this gives the other names theirs.
 *
 * A name is a run of two to four words, separated by single spaces, each shaped like a Vietnamese
 * syllable and none an English word: English questions write Vietnamese only for names and the
 * odd domain term. A run the index writes in lower case (each of its syllable pairs learned as a
 * lower-case form, `dang vien` → `đảng viên`) is such a term and stays as typed; a run the index
 * never writes, or writes capitalised, is a name, known or not. Same length as the input.
 */
import type { SurfaceLookup } from '../index/surface-forms.ts';
import { fold } from '../text/normalize.ts';
import { isEnglishWord, isVietnameseSyllable, spellsEnglishWord } from './lang.ts';

/** Fewest words of a name read from lower case (one word alone is too often an English word). */
const MIN_RUN = 2;
/** Most words of a name; a longer run is a Vietnamese phrase (a quoted headline), not a name. */
const MAX_RUN = 4;

/** Roman numerals spelt like syllables ("khoa xii", "quy iii"); "vi" and "xi" stay, they are name syllables too. */
const ROMAN = /^(?:ii|iii|iv|vii|viii|ix|xii|xiii|xiv|xv|xvi|xvii|xviii|xix)$/u;

const WORD = /\p{L}+/gu;
const UPPER = /\p{Lu}/u;
// Quoted text is the user's quote (answer/quoted-words.ts reads it), never a name to capitalise. A
// single quote opens only after a non-letter: "people's council … district's" is no quote.
const QUOTED = /"[^"]*"|“[^”]*”|(?<!\p{L})'[^']*'(?!\p{L})/gu;

interface Word {
  start: number;
  end: number;
  folded: string;
  /** Also a short English word (lang.ts `spellsEnglishWord`): in a name only where the index vouches. */
  weak: boolean;
}

/** A lower-case word that can be part of a Vietnamese name, folded, or null. */
function nameWord(raw: string): { folded: string; weak: boolean } | null {
  if (UPPER.test(raw)) return null;
  const folded = fold(raw).toLowerCase();
  if (!isVietnameseSyllable(folded) || isEnglishWord(folded) || ROMAN.test(folded)) return null;
  return { folded, weak: spellsEnglishWord(folded) };
}

/**
 * `run` cut at each weak word the index does not write capitalised beside a neighbour of it in the
 * run ("in", "to" of "up to the" drop; "to" of "to lam" stays when the index writes "Tô Lâm").
 */
function vouchedParts(run: readonly Word[], forms: SurfaceLookup | undefined): Word[][] {
  const capitalisedPair = (a: Word | undefined, b: Word | undefined): boolean =>
    a !== undefined && b !== undefined && UPPER.test(forms?.get(`${a.folded} ${b.folded}`)?.form ?? '');
  const parts: Word[][] = [];
  let part: Word[] = [];
  run.forEach((w, i) => {
    if (!w.weak || capitalisedPair(run[i - 1], w) || capitalisedPair(w, run[i + 1])) {
      part.push(w);
      return;
    }
    if (part.length > 0) parts.push(part);
    part = [];
  });
  if (part.length > 0) parts.push(part);
  return parts;
}

/** Whether the index writes every syllable pair of `run` as a lower-case word (a term, not a name). */
function writtenLowerCase(run: readonly Word[], forms: SurfaceLookup | undefined): boolean {
  if (forms === undefined) return false;
  for (let i = 0; i + 1 < run.length; i++) {
    const hit = forms.get(`${run[i]!.folded} ${run[i + 1]!.folded}`);
    if (hit === undefined || UPPER.test(hit.form)) return false;
  }
  return true;
}

/** Options of {@link capitaliseEnglishNames}. */
export interface EnglishNamesOptions {
  /** The index's learned forms (`IndexReader.surfaceForms`); without them every run is read as a name. */
  forms?: SurfaceLookup;
  /**
   * Only runs with an English word (lang.ts) right before and right after them: for a question read
   * as Vietnamese that frames a name in English words ("did le minh tam attend the hdnd huyen …").
   * Default false (an English question: every run).
   */
  framedOnly?: boolean;
}

/** The word of `text` that ends right before `at` (one space between), lower case, or ''. */
const wordBefore = (text: string, at: number): string =>
  text[at - 1] === ' ' ? (/\p{L}+$/u.exec(text.slice(0, at - 1))?.[0] ?? '').toLowerCase() : '';
/** The word of `text` that starts right after `at` (one space between), lower case, or ''. */
const wordAfter = (text: string, at: number): string =>
  text[at] === ' ' ? (/^\p{L}+/u.exec(text.slice(at + 1))?.[0] ?? '').toLowerCase() : '';

/**
 * `text` (a question typed without capitals, its places already capitalised) with the words of
 * each Vietnamese name run capitalised, letters otherwise as typed.
 */
export function capitaliseEnglishNames(text: string, opts: EnglishNamesOptions = {}): string {
  const { forms, framedOnly = false } = opts;
  const quoted = [...text.matchAll(QUOTED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const runs: Word[][] = [];
  let run: Word[] = [];
  let last: Word | null = null;
  const close = (): void => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    // Half of a hyphenated word ("co-chair", "nine-month") is English; names are not hyphenated.
    const hyphenated = text[start - 1] === '-' || text[end] === '-';
    const word = hyphenated ? null : nameWord(m[0]);
    const w = { start, end, folded: word?.folded ?? '', weak: word?.weak ?? false };
    const inQuote = quoted.some((q) => w.start >= q.start && w.end <= q.end);
    if (w.folded === '' || inQuote || (last !== null && text.slice(last.end, w.start) !== ' ')) close();
    if (w.folded !== '' && !inQuote) run.push(w);
    last = w;
  }
  close();
  const chars = text.split('');
  for (const r of runs.flatMap((run) => vouchedParts(run, forms))) {
    if (r.length < MIN_RUN || r.length > MAX_RUN || writtenLowerCase(r, forms)) continue;
    const first = r[0] as Word;
    const last = r[r.length - 1] as Word;
    if (
      framedOnly &&
      !(isEnglishWord(wordBefore(text, first.start)) && isEnglishWord(wordAfter(text, last.end)))
    )
      continue;
    for (const w of r) {
      const upper = (chars[w.start] ?? '').toUpperCase();
      if (upper.length === 1) chars[w.start] = upper; // same length: offsets agree
    }
  }
  return chars.join('');
}
