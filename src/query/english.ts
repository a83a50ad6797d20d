/**
 * English spelling variants that the cue tables need to see in one form. English writes the
 * domain's compounds with or without a hyphen ("first-half 2023", "nine-month review", "year-end",
 * "Q3-2021"), so before periods are scanned a hyphen between two letters becomes a space (the text
 * keeps its length, so spans stay aligned with the question). Closed class: spelling only, no words.
 *
 * Also: English words that the glossary translates (src/query/glossary.ts) are common nouns even
 * when capitalised ("the Digital Transformation Steering Committee"), so their spans are never
 * taken as a proper name that an article must contain.
 */
import { MIDDLE_NAMES } from '../place/words.ts';
import { fold } from '../text/normalize.ts';
import { findGlossaryTerms } from './glossary.ts';
import type { Span } from './match.ts';

// A hyphen joining two letters: "first-half", "nine-month", "year-end" (not "2020-2025", not "Q3-2021").
const LETTER_HYPHEN = /(?<=\p{L})-(?=\p{L})/gu;

/** `low` with letter-joining hyphens as spaces, for English questions; unchanged for Vietnamese. */
export function unhyphenate(low: string, lang: 'vi' | 'en'): string {
  return lang === 'en' ? low.replace(LETTER_HYPHEN, ' ') : low;
}

/**
 * Spans of an English question covered by glossary phrases (common nouns, never names); none for
 * Vietnamese. With the question as typed (`cased`, same length), a capitalised one-word phrase
 * before a capitalised middle name is a name's first word: "Ha" of "Ha Thi Thu
 * Trang" is a surname, not hectares.
 */
export function glossarySpans(low: string, lang: 'vi' | 'en', cased?: string): Span[] {
  if (lang !== 'en') return [];
  return findGlossaryTerms(unhyphenate(low, lang))
    .map((g) => ({ start: g.start, end: g.end }))
    .filter((g) => cased === undefined || !opensName(cased, g));
}

/** Middle names, folded: after one, a capitalised word is a surname ("Ha Thi …"). */
const MIDDLE_FOLDED: ReadonlySet<string> = new Set(MIDDLE_NAMES.map((w) => fold(w)));

/** The span is one capitalised word followed by a capitalised middle name ("Ha Thi", not "Dong Thap"). */
function opensName(cased: string, g: Span): boolean {
  const word = cased.slice(g.start, g.end);
  if (!/^\p{Lu}\p{Ll}*$/u.test(word)) return false;
  const next = /^ (\p{Lu}\p{Ll}*)(?!\p{L})/u.exec(cased.slice(g.end))?.[1];
  return next !== undefined && MIDDLE_FOLDED.has(fold(next).toLowerCase());
}
