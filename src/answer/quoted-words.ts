/**
 * An English question that quotes Vietnamese words ('When did "Tuy Phong: Ngu dan trung dam ca com
 * dau vu" take place?', a teaser's headline pasted in): the quote names what is asked in the
 * articles' own words, which the glossary does not read, so without this rule only its capitalised
 * names were matched and the place's briefing answered. The cited article must write the quote's
 * content words (`ANSWER_OPTIONS.minQuotedShare` of them) in its headline, its lead or the cited text.
 */

import { isEnglishWord } from '../query/lang.ts';
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
