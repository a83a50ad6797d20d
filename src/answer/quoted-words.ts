/**
 * An English question that quotes Vietnamese words ('When did "Tuy Phong: Ngu dan trung dam ca com
 * dau vu" take place?', a teaser's headline pasted in): the quote names what is asked in the
 * articles' own words, which the glossary does not read, so without this rule only its capitalised
 * names were matched and the place's briefing answered. The cited article must write the quote's
 * content words (`ANSWER_OPTIONS.minQuotedShare` of them) in its headline, its lead or the cited text.
 */

import { findGlossaryTerms } from '../query/glossary.ts';
import { isEnglishWord, isVietnameseSyllable, spellsEnglishWord } from '../query/lang.ts';
import { VI_STOP_FOLDED } from '../query/lexicon.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { PLACE_LEVELS } from '../records/vocab.ts';
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
  /** Adjacent content syllables of the quote, as written side by side ("le hoi", "long tong"). */
  pairs: [string, string][];
}

/**
 * What frames an event rather than naming it: the levels of a place ("thành phố" Bắc Kạn) and the
 * verbs of holding one ("tổ chức", "diễn ra"). Folded; closed class.
 */
const EVENT_FRAME = new Set([...PLACE_LEVELS, 'tổ chức', 'diễn ra'].map((w) => fold(w)));

/**
 * A quote's content words, and its pairs of adjacent content words that name what it is about:
 * stop words, the question's places and the event frame ({@link EVENT_FRAME}) break a pair.
 */
function quoteOf(
  written: string,
  words: readonly string[],
  places: ReadonlySet<string>,
): VietnameseQuote | null {
  const isContent = (w: string) => !VI_STOP_FOLDED.has(w) && !places.has(w) && !/\d/u.test(w);
  const content = [...new Set(words.filter(isContent))];
  const framed = new Set<number>();
  words.forEach((w, i) => {
    if (EVENT_FRAME.has(w)) framed.add(i);
    if (EVENT_FRAME.has(`${w} ${words[i + 1]}`)) framed.add(i).add(i + 1);
  });
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i] as string, words[i + 1] as string];
    if (isContent(a) && isContent(b) && !framed.has(i) && !framed.has(i + 1)) pairs.push([a, b]);
  }
  return content.length > 0 ? { written, words: content, pairs } : null;
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
    // Words the glossary renders ("skilled mass mobilization" → "dân vận khéo") are English.
    const rendered = new Set(
      findGlossaryTerms(written.toLowerCase()).flatMap((g) => syllables(fold(written.slice(g.start, g.end)))),
    );
    const vietnamese = words.filter((w) => !isEnglishWord(w) && !rendered.has(w)).length / words.length;
    if (vietnamese < MIN_VIETNAMESE_SHARE) continue;
    const quote = quoteOf(written, words, places);
    if (quote) out.push(quote);
  }
  return [...out, ...pastedRuns(q.raw.replace(QUOTED, ' '), places)];
}

/** A quote with a content pair or more must have `MIN_QUOTED_PAIR_SHARE` of them written side by side. */
const MIN_QUOTED_PAIRS = 1;
const MIN_QUOTED_PAIR_SHARE = 0.5;

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
    const quote = run.length >= MIN_PASTED_WORDS ? quoteOf(run.join(' '), run, places) : null;
    if (quote) out.push(quote);
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
  const written = syllables(fold(text));
  const have = new Set(written);
  const side = ` ${written.join(' ')} `;
  // Single syllables are easily met folded ("long tong" in "lòng", "tổng"); a quote's words are
  // also written side by side, at least half of its pairs.
  const short = quotes.find(
    ({ words, pairs }) =>
      words.filter((w) => have.has(w)).length / words.length < ANSWER_OPTIONS.minQuotedShare ||
      (pairs.length >= MIN_QUOTED_PAIRS &&
        pairs.filter(([a, b]) => side.includes(` ${a} ${b} `)).length / pairs.length < MIN_QUOTED_PAIR_SHARE),
  );
  return short?.written ?? null;
}
