/**
 * Question understanding for the Q&A bot: one pass that turns a raw user question into what
 * retrieval and answering need (kind of question, time filters, names, search terms). Never throws
 * on user input: hostile or empty questions give an empty but well-formed result.
 */
import { fold, hasDiacritics, normalizeText } from '../text/normalize.ts';
import { barePersonNames, capitaliseTypedNames, namedAlready, surnameNames } from './bare-person.ts';
import { expandShorthand, stripInvisible } from './chat.ts';
import { glossarySpans } from './english.ts';
import { capitaliseEnglishNames } from './english-names.ts';
import { englishBodyNames, extractEntities, scanNumberedBodies } from './entities.ts';
import { detectLang, isFolded } from './lang.ts';
import type { Collocations } from './lexicon.ts';
import { blank, lowerAligned, matchSpans, type Span, spansOf, type Token, tokenize } from './match.ts';
import {
  joinRates,
  joinShares,
  scanQuotedNumbers,
  spellScaledCounts,
  splitGluedUnits,
  VI_NUMBER_WORDS,
} from './numbers.ts';
import { scanOrdinal } from './ordinal.ts';
import {
  commonBareName,
  directionalName,
  looseNames,
  placesInTime,
  scanPlaces,
  typedAsLinked,
  unwrittenTypedNames,
  withinNamedDistrict,
} from './places.ts';
import {
  capitaliseLinkedPlaces,
  capitalisePlaces,
  restoreSurface,
  type SurfaceLookup,
  wantsRestoring,
} from './restore.ts';
import { mendSlips } from './slips.ts';
import { detectTarget } from './target.ts';
import { buildSearchTerms } from './terms.ts';
import { expandShortYears, scanTime } from './time.ts';
import { detectKinds, LATEST_SOURCE_VI, PAPER_LIGHT_VERB } from './type.ts';
import type { ParsedQuestion } from './types.ts';
import { extractUnits } from './units.ts';
import { tailLast } from './yesno-cues.ts';

export type { AskKind, MonthRef, ParsedQuestion, TimeInfo } from './types.ts';

/** Default cap on the question length, in UTF-16 code units, applied after normalisation. */
export const DEFAULT_MAX_CHARS = 2000;

/** Options of `parseQuestion`. */
export interface ParseOptions {
  /** Longer questions are cut to this many characters (counted after chat shorthand is spelt out) and flagged `truncated`. Default 2000. */
  maxChars?: number;
  /**
   * Collocations learned from the indexed text (`IndexReader.collocations`): adjacent syllables that
   * form a word become a search phrase. Default none (closed-class compounds only).
   */
  collocations?: Collocations;
  /**
   * Surface forms learned from the indexed text (`IndexReader.surfaceForms`): a Vietnamese question
   * typed without diacritics or capitals is read restored from them (restore.ts). Default none.
   */
  surfaceForms?: SurfaceLookup;
}

function cut(text: string, max: number): string {
  let out = text.slice(0, max);
  // Never leave half a surrogate pair behind.
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  return out.trimEnd();
}

/**
 * Parse a user question (Vietnamese with or without diacritics, or English).
 * @param raw the question as received; non-string values are treated as empty.
 * @param opts.maxChars length cap after normalisation (default 2000); must be a positive integer.
 * @throws only for an invalid `maxChars` (a programming error), never for the question text.
 */
export function parseQuestion(raw: string, opts: ParseOptions = {}): ParsedQuestion {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  if (!Number.isInteger(maxChars) || maxChars <= 0) {
    throw new Error(
      `query: maxChars must be a positive integer, got ${String(maxChars)}; omit it for ${DEFAULT_MAX_CHARS}`,
    );
  }
  const input = typeof raw === 'string' ? raw : '';
  // The question is tokenised as typed, spelt out and restored, most often one and the same text:
  // tokenised once per distinct text of this parse (the analysers only read the tokens).
  const tokenized = new Map<string, Token[]>();
  const tokensOf = (s: string): Token[] => {
    let t = tokenized.get(s);
    if (t === undefined) {
      t = tokenize(s);
      tokenized.set(s, t);
    }
    return t;
  };
  const spaced = normalizeText(input).replace(/\s+/gu, ' ').trim();
  const full = mendSlips(
    tailLast(
      expandShorthand(
        joinShares(joinRates(splitGluedUnits(spellScaledCounts(expandShortYears(spaced))))),
        detectLang(tokensOf(spaced)),
      ),
    ),
    opts.surfaceForms,
  );
  const truncated = full.length > maxChars;
  const typedText = truncated ? cut(full, maxChars) : full;
  const typedLang = detectLang(tokensOf(typedText));
  // A Vietnamese name typed with its diacritics in lower case is the name (bare-person.ts).
  const text = typedLang === 'vi' ? capitaliseTypedNames(typedText) : typedText;
  // Read with the diacritics and capitals the index's text gives it (restore.ts); searched as typed.
  const seen = !wantsRestoring(typedText, typedLang)
    ? text
    : typedLang === 'en'
      ? capitaliseEnglishNames(capitalisePlaces(text), { forms: opts.surfaceForms })
      : capitaliseEnglishNames(opts.surfaceForms ? restoreSurface(text, opts.surfaceForms) : text, {
          forms: opts.surfaceForms,
          framedOnly: true,
        });

  const low = lowerAligned(seen);
  const tokens = tokensOf(seen);
  const lang = typedLang;
  const kinds = detectKinds(seen, low, lang);

  const time = scanTime(low, lang);
  let masked = blank(low, time.spans);
  const ordinal = scanOrdinal(masked);
  masked = blank(masked, ordinal.spans);
  // A term's number ("khoa 7") is checked as the term, neither quoted as a figure nor searched.
  const termDigits = termNumbers(low);
  masked = blank(masked, termDigits);
  const bodies = scanNumberedBodies(text, masked);
  masked = blank(masked, bodies.spans);
  // A name after "đồng chí" is a person's, never a place inside it ("đc nong thanh binh": Thanh Bình).
  // A name typed all in lower case, after "đồng chí" or as a surname with "văn"/"thị".
  const honorificNames = barePersonNames(text);
  const bareNames = [
    ...honorificNames,
    ...surnameNames(text).filter((n) => !honorificNames.some((b) => fold(b).includes(fold(n)))),
  ];
  const persons = spansOf(text, bareNames);
  masked = blank(masked, persons);

  const askedYears = [
    ...time.years,
    ...time.periods.map((p) => Number(p.slice(0, 4))),
    ...time.dates.map((d) => Number(d.slice(0, 4))),
    ...time.months.flatMap((m) => (m.year === null ? [] : [m.year])),
    ...time.terms.flatMap((t) => t.split('-').map(Number)),
  ];
  const places = placesInTime(scanPlaces(seen, masked, hasDiacritics(spaced)), askedYears);
  // "phường Nam Gia Nghĩa": not the former city Gia Nghĩa but a ward the article must name.
  const directional = places.map((p) => directionalName(text, p));
  const linked = withinNamedDistrict(places.filter((_, i) => directional[i] === null));
  const named = extractEntities(
    capitaliseLinkedPlaces(seen, places),
    lang,
    [...time.spans, ...ordinal.spans, ...bodies.spans, ...persons, ...glossarySpans(low, lang, seen)],
    bodies.names,
  );
  // Words of a body's English name ("Disbursement Task" in "… Disbursement Task Force") are no
  // names an article contains; a place inside one ("Bao Yen Steering Board") stays.
  const bodyNames = lang === 'en' ? englishBodyNames(seen) : [];
  const entities = named.filter((e) => {
    const at = seen.indexOf(e);
    const inBody = bodyNames.some((s) => at >= s.start && at + e.length <= s.end);
    return !inBody || places.some((p) => fold(p.surface) === fold(e));
  });
  // A name typed in lower case after "đồng chí" (bare-person.ts), in any question: one typed all in
  // lower case, one capitalised elsewhere, an English one in the Vietnamese it quotes ('when did "…
  // dong chi le minh quan chu tri" …').
  for (const n of bareNames) if (!namedAlready(n, entities, opts.surfaceForms)) entities.push(n);
  // A name typed without its diacritics ("Dong Van district", "huyện Dong Van") matches the
  // articles only through folding, so such a question is matched folded like a bare Vietnamese one.
  // A Vietnamese question typed with diacritics spells its names as they are ("Cao Phong" has none).
  const folded = isFolded(text, lang) || (lang === 'en' && entities.some(isBareName));
  const numbers = scanQuotedNumbers(seen, masked);
  const unitPhrases = kinds.asks.has('howmany') ? extractUnits(seen, low, tokens, opts.collocations) : [];
  const { terms, phrases } = buildSearchTerms({
    tokens,
    low,
    lang,
    folded,
    entities,
    placeNames: places.map((p) => p.surface),
    periods: time.periods,
    years: time.years,
    numbers,
    unitPhrases,
    ordinal: ordinal.value,
    skip: [
      ...ordinal.spans,
      ...spelledPeriodNumbers(low, time.spans),
      ...termDigits,
      ...matchSpans(LATEST_SOURCE_VI, low),
      ...matchSpans(PAPER_LIGHT_VERB, low),
    ],
    ...(opts.collocations ? { collocations: opts.collocations } : {}),
    otherYears: [
      ...time.dates.map((d) => Number(d.slice(0, 4))),
      ...time.months.flatMap((m) => (m.year === null ? [] : [m.year])),
      ...time.terms.flatMap((t) => t.split('-').map(Number)),
    ],
  });

  return {
    // As typed, less characters of no width: the answer layer reads the user's own words in it.
    raw: stripInvisible(input),
    text,
    ...(seen !== text && seen.length === text.length ? { read: seen } : {}),
    truncated,
    lang,
    folded,
    asks: kinds.asks,
    list: kinds.list,
    latest: kinds.latest,
    time: {
      periods: time.periods,
      years: time.years,
      months: time.months,
      ...(time.monthSpan ? { monthSpan: time.monthSpan } : {}),
      dates: time.dates,
      ...(time.deadlines.length > 0 ? { deadlines: time.deadlines } : {}),
      terms: time.terms,
      recent: kinds.latest,
    },
    ordinal: ordinal.value,
    entities,
    numbers,
    places: typedAsLinked(linked, askedYears),
    // A commune left unlinked (withinNamedDistrict) is still a name the answering article writes.
    looseNames: [
      ...looseNames(text, places),
      ...unwrittenTypedNames(text, places, opts.surfaceForms),
      ...places
        .filter((p, i) => !linked.includes(p) && directional[i] === null && !commonBareName(p))
        .map((p) => p.surface),
      ...directional.filter((n): n is string => n !== null),
    ],
    target: detectTarget(seen, kinds.asks, lang),
    unitPhrases,
    terms,
    phrases,
  };
}

/** A name of letters without any diacritic, not an acronym: "Dong Van", "Vinh Chau". */
function isBareName(entity: string): boolean {
  return /\p{Ll}/u.test(entity) && /^[A-Za-z0-9 .'-]+$/.test(entity);
}

/** Vietnamese number words, folded, as one alternation ("sáu", "chín"). */
const SPELLED_NUMBER = new RegExp(
  `(?<![\\p{L}])(?:${[...new Set(VI_NUMBER_WORDS.map((w) => fold(w)))].join('|')})(?![\\p{L}])`,
  'gu',
);

/**
 * The number words spelling a period the time scan read ("Sáu tháng đầu năm 2023"): the period is
 * searched in its own words ("6 tháng đầu năm"), so "sáu" is no term a sentence must write.
 */
function spelledPeriodNumbers(low: string, spans: readonly Span[]): Span[] {
  const folded = fold(low);
  return spans.flatMap((s) =>
    [...folded.slice(s.start, s.end).matchAll(SPELLED_NUMBER)].map((m) => ({
      start: s.start + m.index,
      end: s.start + m.index + m[0].length,
    })),
  );
}

/** A term of office's number as digits ("khóa 7", chat "khoa 7"): checked as the term, no search term. */
const TERM_NUMBER = /(?<![\p{L}])(?:khóa|khoá|khoa)\s+(\d{1,2})(?![\p{L}\d])/gu;

/** Spans of the digits of a term's number ({@link TERM_NUMBER}). */
function termNumbers(low: string): Span[] {
  return [...low.matchAll(TERM_NUMBER)].map((m) => {
    const start = m.index + m[0].length - m[1]!.length;
    return { start, end: start + m[1]!.length };
  });
}
