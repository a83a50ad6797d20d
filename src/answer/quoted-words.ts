/**
 * An English question that quotes Vietnamese words ('When did "Tuy Phong: Ngu dan trung dam ca com
 * dau vu" take place?', a teaser's headline pasted in): the quote names what is asked in the
 * articles' own words, which the glossary does not read, so without this rule only its capitalised
 * names were matched and the place's briefing answered. The cited article must write the quote's
 * content words (`ANSWER_OPTIONS.minQuotedShare` of them) in its headline, its lead or the cited text.
 */

import { isEnglishWord, isVietnameseSyllable, spellsEnglishWord } from '../query/lang.ts';
import { VI_STOP_FOLDED } from '../query/lexicon.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { fold, syllables } from '../text/normalize.ts';
import { ANSWER_OPTIONS } from './options.ts';

/** A quoted span: straight or curly double quotes around at least a few words. */
const QUOTED = /["“]([^"“”]{8,240})["”]/gu;
/** Fewest words a quote needs to be read as Vietnamese, and the least share of them that are no English word. */
const MIN_QUOTED_WORDS = 3;
const MIN_VIETNAMESE_SHARE = 0.75;

/** A Vietnamese quote of the question: as written, and its content syllables. */
interface VietnameseQuote {
  written: string;
  /** Folded; stop words and the question's places left out. */
  words: string[];
}

/** The Vietnamese quotes of an English question (none for a Vietnamese one). */
export function quotedVietnamese(q: ParsedQuestion): VietnameseQuote[] {
  if (q.lang !== 'en') return [];
  const places = new Set(q.places.flatMap((p) => syllables(fold(p.surface))));
  const out: VietnameseQuote[] = [];
  for (const m of q.raw.matchAll(QUOTED)) {
    const written = m[1] as string;
    const words = syllables(fold(written));
    if (words.length < MIN_QUOTED_WORDS) continue;
    const vietnamese = words.filter((w) => !isEnglishWord(w)).length / words.length;
    if (vietnamese < MIN_VIETNAMESE_SHARE) continue;
    const content = [...new Set(words.filter((w) => !VI_STOP_FOLDED.has(w) && !places.has(w)))];
    if (content.length > 0) out.push({ written, words: content });
  }
  return [...out, ...pastedRuns(q.raw.replace(QUOTED, ' '), places)];
}

/**
 * Fewest Vietnamese words in a row, outside quotes, that are a pasted phrase: more than a name
 * (english-names.ts reads two to four) or a place with its type word.
 */
const MIN_PASTED_WORDS = 5;
// A word, and what follows it up to the next one: a run goes on over spaces, a colon or a dash.
const WORD_AND_GAP = /(\p{L}+)[\s:–-]*/gu;
const NOT_LETTER = /^[^\p{L}]$/u;

/**
 * Runs of Vietnamese words an English question writes without quotes, typed bare ("when did tuy
 * phong ngu dan trung dam ca com dau vu take place"): a headline pasted in as the quote above.
 */
function pastedRuns(raw: string, places: ReadonlySet<string>): VietnameseQuote[] {
  const out: VietnameseQuote[] = [];
  let run: string[] = [];
  const close = (): void => {
    if (run.length >= MIN_PASTED_WORDS) {
      const content = [...new Set(run.filter((w) => !VI_STOP_FOLDED.has(w) && !places.has(w)))];
      if (content.length > 0) out.push({ written: run.join(' '), words: content });
    }
    run = [];
  };
  for (const m of raw.matchAll(WORD_AND_GAP)) {
    const w = fold(m[1] as string);
    if (isVietnameseSyllable(w) && !isEnglishWord(w) && !spellsEnglishWord(w)) run.push(w);
    else close();
    // Any other character after the gap (a comma, a question mark, a digit) ends the run.
    if (NOT_LETTER.test(raw.charAt(m.index + m[0].length))) close();
  }
  close();
  return out;
}

/** The first quote of `q` whose content `text` does not write enough of, as the question wrote it; null when none. */
export function quoteUnwritten(q: ParsedQuestion, text: string): string | null {
  const quotes = quotedVietnamese(q);
  if (quotes.length === 0) return null;
  const have = new Set(syllables(fold(text)));
  const short = quotes.find(
    ({ words }) => words.filter((w) => have.has(w)).length / words.length < ANSWER_OPTIONS.minQuotedShare,
  );
  return short?.written ?? null;
}
