/**
 * Place mentions in article text or a question.
 *
 * How a name is found (see also README, How it works, "Places"):
 * 1. Names are matched on whole syllables, longest first, through the name index. A name written with
 *    marks on any syllable must match exactly (tone placement and final i/y free: Hoà = Hòa, Quí = Quý);
 *    one written without marks matches folded (đ → d), so "Đồng Văn", "Dong Van" and "dong van" match.
 * 2. A type word decides the level: Vietnamese before the name ("huyện", "thị xã", "TP.", "tx", "H.",
 *    "Huyện ủy"), English after it ("Dong Van district", "Ho Chi Minh City") or before a number
 *    ("District 1"). A unit type changes over the years (huyện → thị xã), so a type word filters by
 *    level and only favours the exact type.
 * 3. Without a type word a name must be written as a proper name: two syllables or more (or a
 *    province such as "Huế", a syllable no Vietnamese word spells such as "KBang" or "Pleiku", or an
 *    unambiguous alias such as "TP.HCM", "Hanoi"), every syllable
 *    capitalised ("hòa bình" in an article is peace) — lower case (aliases such as "tphcm" included)
 *    only in a text written all in lower case (chat), and there never a name that is an everyday
 *    phrase once folded ("van ban"). In a
 *    heading in capitals only a province counts bare. Communes are never found without a type word;
 *    they join the candidates of a district or province name they share.
 * 4. Person names: without a type word, a name is part of a person's name when
 *    - capitalised words joined by spaces right before it include a surname or "Thị"/"Văn"
 *      ("Hoàng Thị Ngọc Diệp", "Nguyễn Văn Giang"), or
 *    - a title stands before it or before such words ("ông", "bà", "đồng chí", "đ/c", "Mr"), or
 *    - it ends with a middle name and a capitalised syllable follows ("Đồng Văn Thanh"), or
 *    - it follows a credit and a colon ("Ảnh: Anh Sơn", "Tin, ảnh: Kim Sơn"), or
 *    - it reads as a person itself: three syllables or more, a surname then a middle name
 *      ("Hồ Chí Minh" is found as "TP Hồ Chí Minh" or "TP.HCM", "Trần Văn Thời" as "huyện Trần Văn Thời").
 *    Limits: a person written without surname, title or middle name ("Ngọc Hồi phát biểu") is taken
 *    for the place; without diacritics only unambiguous surnames count ("Nguyen", "Tran", not "Le", "Do"),
 *    save right before a name opening with a middle name ("Luc Van Quan": Văn Quan is also a district).
 * 5. Ranking: level (province > district > commune), the exact type of the type word, a list's type
 *    ("các huyện Đồng Văn, Mèo Vạc"), an address ("xã Lũng Cú, Đồng Văn, Hà Giang": a unit that
 *    contains the one named just before), and units of a province or district named elsewhere in the
 *    text (nearer counts more), or given as `near`.
 */
import { fold } from '../text/normalize.ts';
import { type NameEntry, nameIndex } from './names.ts';
import { is2025, placeByKey, province2025Of, provinceOf, sameOrContains } from './relations.ts';
import { type NameSyllable, nameSyllables, spaced, spells, type Token, tokenize } from './tokens.ts';
import type { Place, PlaceLevel, PlaceMention, PlaceQualifier } from './types.ts';
import {
  COMMON_PHRASES,
  CREDIT_WORDS,
  FOLDED_SURNAMES,
  MIDDLE_NAMES,
  PERSON_TITLES,
  SURNAMES,
  TYPE_WORDS_AFTER,
  TYPE_WORDS_BEFORE,
  TYPE_WORDS_BEFORE_NUMBER,
  type TypeWord,
} from './words.ts';

/** Options of `findPlaces`. */
export interface FindPlacesOptions {
  /**
   * Units known to be relevant although the text may not name them (the article's province when
   * linking a question asked about it): their units rank as if named next to every mention.
   */
  near?: Place[];
  /**
   * Offer, for a province whose name is also a province since 1 July 2025 ("Cần Thơ"), that 2025
   * province right after it, so a question can match the former provinces it joined.
   */
  include2025?: boolean;
  /**
   * Text typed by a user (a question): names count in lower case too, as in a text written all in
   * lower case ("Hội nghị Huyện ủy đồng văn"). Default: decided from the text — no capital letter
   * after its first letter.
   */
  chat?: boolean;
}

/** Score scale. Only differences matter; a level step (0.1) outweighs nothing but another level step. */
const LEVEL_PRIOR: Record<PlaceLevel, number> = { province: 0.3, district: 0.2, commune: 0.1 };
/** The type word names the unit's exact type ("thị xã Kỳ Anh" over "huyện Kỳ Anh"). */
const TYPE_BONUS = 0.2;
/** The level of a list's type word ("các huyện A, B và C"). */
const LIST_BONUS = 0.15;
/** The unit contains the one named just before, separated by a comma: an address. */
const ADDRESS_BONUS = 0.3;
/** A unit of a province or district named elsewhere in the text, at distance 0. */
const CONTEXT_WEIGHT = 1;
/** Characters over which that evidence halves. */
const CONTEXT_SCALE = 500;
/** Evidence of a province since 2025 that the unit's former province joined counts this fraction. */
const MERGED_FRACTION = 0.5;
/** Weight of a `near` unit. */
const NEAR_WEIGHT = 0.5;
/** Below this score gap between two candidates of which neither contains the other, a mention is ambiguous. */
export const AMBIGUITY_MARGIN = 0.05;
/** How far back a capitalised run is searched for a surname. */
const RUN_LOOKBACK = 4;

interface PreparedType extends TypeWord {
  syllables: NameSyllable[];
}

const prepare = (list: TypeWord[]): PreparedType[] =>
  list
    .map((t) => ({ ...t, syllables: nameSyllables(t.words) }))
    .sort((a, b) => b.syllables.length - a.syllables.length);
const BEFORE = prepare(TYPE_WORDS_BEFORE);
const AFTER = prepare(TYPE_WORDS_AFTER);
const BEFORE_NUMBER = prepare(TYPE_WORDS_BEFORE_NUMBER);
const BEFORE_ANY = [...BEFORE, ...BEFORE_NUMBER];
/** Folded last syllables of the type words: only after one of these can a lower-case name start. */
const TYPE_LAST = new Set([...BEFORE, ...BEFORE_NUMBER].map((t) => t.syllables.at(-1)!.folded));
const CREDITS = CREDIT_WORDS.map(nameSyllables);
// After a credit word: a colon ("Ảnh: Anh Sơn").
const CREDIT_GAP = /^\s*:\s*$/;
const TITLES = PERSON_TITLES.map(nameSyllables).sort((a, b) => b.length - a.length);
const SURNAME_SET = new Set(SURNAMES.map((w) => nameSyllables(w)[0]!.lower));
const FOLDED_SURNAME_SET = new Set(FOLDED_SURNAMES.map((w) => nameSyllables(w)[0]!.folded));
/** Every surname folded, those colliding with everyday words included ("luc", "le", "do"). */
const ANY_SURNAME_FOLDED = new Set(SURNAMES.map((w) => nameSyllables(w)[0]!.folded));
const MIDDLE_SET = new Set(MIDDLE_NAMES.map((w) => nameSyllables(w)[0]!.lower));
const MIDDLE_FOLDED = new Set(MIDDLE_NAMES.map((w) => nameSyllables(w)[0]!.folded));
const COMMON_SET = new Set(COMMON_PHRASES);

// Between a type word and its name: spaces, or a dot ("TP.HCM", "Tp. HCM", "H. Đồng Văn").
const TYPE_GAP = /^[ \u00A0\u200B-\u200D\u2060\uFEFF\u00AD]*\.?[ \u00A0\u200B-\u200D\u2060\uFEFF\u00AD]*$/;
const APOSTROPHE = /['’]/;
/**
 * A folded syllable that starts as Vietnamese ones do: a vowel, or one of the language's initial
 * consonants (b, c, ch, d, g, gh, gi, h, k, kh, l, m, n, ng, ngh, nh, p, ph, qu, r, s, t, th, tr,
 * v, x), then a vowel. Closed class (the orthography's onsets).
 */
const VIETNAMESE_ONSET = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]/u;
const FIRST_LETTER = /\p{L}/u;
const UPPER_LETTER = /\p{Lu}/u;
/** Longest list separator: ", và " with spaces to spare. */
const MAX_LIST_GAP = 12;
// Between the names of a list or an address: a comma, a semicolon, a dash, "và", "and", "&".
const LIST_GAP = /^\s*(?:[,;&–-]\s*(?:(?:và|and|or|hoặc)\s+)?|(?:và|and|or|hoặc)\s+)$/iu;

/** A name found at a token, before ranking. */
interface Draft {
  at: number;
  length: number;
  places: Place[];
  fullStart: number;
  fullEnd: number;
  typeWord?: string;
  qualifier: PlaceQualifier;
  levels: PlaceLevel[];
  types: string[];
  /** Index of the draft just before, when only a list gap separates them. */
  previous?: number;
  /**
   * Districts of the name after a commune type word ("phường Vĩnh Châu" in 2025, the ward formed from
   * the former thị xã Vĩnh Châu): candidates only where the text names their province.
   */
  formerDistricts?: Set<string>;
}

/** Evidence: a province or district the text names without doubt, at an offset. */
interface Evidence {
  place: Place;
  offset: number;
  weight: number;
  /** Index of the draft it comes from (none for `near`). */
  from?: number;
}

/** Lower-case text (chat): no capital letter after the first letter. */
function isCasual(text: string): boolean {
  const first = FIRST_LETTER.exec(text);
  return first === null || !UPPER_LETTER.test(text.slice(first.index + first[0].length));
}

interface NameMatch {
  length: number;
  entries: NameEntry[];
}

/**
 * The longest names spelled from token `at` on (all spellings of that length); of a length none is
 * spelt exactly at, those whose marked syllables are ("Bắc Kan", a name half typed with its marks).
 */
function longestName(text: string, tokens: Token[], at: number): NameMatch | undefined {
  const node = nameIndex().byFirst.get(tokens[at]!.folded);
  if (!node) return undefined;
  const next = tokens[at + 1];
  const longer = next ? node.byNext.get(next.folded) : undefined;
  for (const entries of [longer, node.single]) {
    if (!entries) continue;
    for (const bySyllable of [false, true]) {
      let found: NameMatch | undefined;
      for (const entry of entries) {
        if (found && entry.syllables.length < found.length) break;
        if (spells(text, tokens, at, entry.syllables, bySyllable)) {
          found ??= { length: entry.syllables.length, entries: [] };
          found.entries.push(entry);
        }
      }
      if (found) return found;
    }
  }
  return undefined;
}

// After a number: a year or "năm": "Q1 2021", "q4/2020", "q1 nam 2022" are quarters.
const YEAR_AFTER = /^\s*(?:[/.-]\s*)?(?:(?:19|20)\d\d(?!\d)|(?:năm|nam)(?![\p{L}\p{N}]))/iu;

/**
 * "q1", "p12" glued: chat for quận 1, phường 12 — but written in capitals ("Q1") or before a year
 * ("q1 2021", "q4/2020") it is a quarter.
 */
function gluedUnit(text: string, tokens: Token[], at: number): boolean {
  const letter = tokens[at - 1]!;
  const number = tokens[at]!;
  return number.numeric && !letter.cap && !YEAR_AFTER.test(text.slice(number.end, number.end + 12));
}

/** The type word right before token `at` (not reaching below `floor`), longest first. */
function typeBefore(
  text: string,
  tokens: Token[],
  at: number,
  floor: number,
): { type: PreparedType; start: number } | undefined {
  if (at === 0) return undefined;
  const name = tokens[at]!;
  const gap = text.slice(tokens[at - 1]!.end, name.start);
  if (!TYPE_GAP.test(gap)) return undefined;
  for (const type of name.numeric ? BEFORE_ANY : BEFORE) {
    const start = at - type.syllables.length;
    if (start < floor || !spells(text, tokens, start, type.syllables)) continue;
    // A lone letter counts only as "H." or glued to a number ("q1").
    if (type.needsDot && !(gap.includes('.') || (gap === '' && gluedUnit(text, tokens, at)))) continue;
    return { type, start };
  }
  return undefined;
}

/** The English type word right after the name ending before token `at`. */
function typeAfter(text: string, tokens: Token[], at: number): PreparedType | undefined {
  const next = tokens[at];
  if (!next || at === 0 || !spaced(text, tokens[at - 1]!, next)) return undefined;
  return AFTER.find((t) => t.syllables[0]!.folded === next.folded && next.toneless);
}

function isSurname(token: Token): boolean {
  return token.toneless ? FOLDED_SURNAME_SET.has(token.folded) : SURNAME_SET.has(token.lower);
}

function isMiddleName(token: Token): boolean {
  return token.toneless ? MIDDLE_FOLDED.has(token.folded) : MIDDLE_SET.has(token.lower);
}

/** A person title ends at token `last` ("ông", "đồng chí", "đ/c"). */
function titleEndsAt(text: string, tokens: Token[], last: number, floor: number): boolean {
  for (const title of TITLES) {
    const start = last - title.length + 1;
    if (start < floor || start < 0) continue;
    const ok = title.every((s, k) => {
      const t = tokens[start + k]!;
      return t.toneless ? t.folded === s.folded : t.lower === s.lower;
    });
    // Any gap inside a title ("đ/c"); only spaces between it and the name.
    if (ok && tokens[last + 1] && /^\s*$/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start)))
      return true;
  }
  return false;
}

/**
 * When the name at tokens [at, at+length) is part of a person's name (rule 4 above): the token index
 * after that person's name, so the caller skips all of it; otherwise undefined.
 */
function personAt(
  text: string,
  tokens: Token[],
  at: number,
  length: number,
  floor: number,
): number | undefined {
  const end = at + length;
  let runEnd = end;
  while (
    runEnd < tokens.length &&
    tokens[runEnd]!.cap &&
    spaced(text, tokens[runEnd - 1]!, tokens[runEnd]!)
  ) {
    runEnd++;
  }
  // A credit: "Ảnh: Anh Sơn", "Tin, ảnh: Kim Sơn".
  if (
    at > 0 &&
    CREDIT_GAP.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start)) &&
    CREDITS.some((c) => spells(text, tokens, at - c.length, c))
  ) {
    return runEnd;
  }
  // Back over the capitalised words joined to the name by spaces: a surname or a title among them
  // ("Ông Đống Đa Hùng", "Hoàng Thị Ngọc Diệp"), or a title right before them, makes a person.
  for (let j = at - 1; j >= floor && j >= at - RUN_LOOKBACK; j--) {
    const token = tokens[j]!;
    if (!spaced(text, token, tokens[j + 1]!)) break;
    if (tokens[at]!.cap && titleEndsAt(text, tokens, j, floor)) return runEnd;
    if (!token.cap) break;
    if (isSurname(token)) return runEnd;
    // A capitalised surname right before a name opening with a middle name ("Luc Van Quan", "Le Van
    // Lam"): surname, middle and given name, even where the surname alone folds to a word ("lúc", "lễ").
    if (j === at - 1 && token.toneless && ANY_SURNAME_FOLDED.has(token.folded) && isMiddleName(tokens[at]!))
      return runEnd;
  }
  const last = tokens[end - 1]!;
  const next = tokens[end];
  if (
    next?.cap &&
    spaced(text, last, next) &&
    isMiddleName(last) &&
    !AFTER.some((t) => t.syllables[0]!.folded === next.folded) &&
    (longestName(text, tokens, end)?.length ?? 0) < 2
  ) {
    return runEnd;
  }
  return undefined;
}

/** True for a token written all in capitals (and holding a letter). */
function allCaps(text: string, token: Token | undefined): boolean {
  if (!token || token.numeric) return false;
  const raw = text.slice(token.start, token.end);
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

/** The name and a neighbouring word are all in capitals: a heading, where capitals say nothing. */
function inCapitals(text: string, tokens: Token[], at: number, length: number): boolean {
  for (let k = at; k < at + length; k++) if (!allCaps(text, tokens[k])) return false;
  return allCaps(text, tokens[at - 1]) || allCaps(text, tokens[at + length]);
}

/**
 * One syllable no Vietnamese word spells ("KBang", "Pleiku", "M'Đrắk": a minority language's name),
 * capitalised or in a text all in lower case, is a name, like a province's.
 */
function foreignName(token: Token, casual: boolean): boolean {
  return !token.numeric && (token.cap || casual) && !VIETNAMESE_ONSET.test(token.folded);
}

/** Bare names: written as a proper name, and not an everyday phrase (rule 3). */
function properName(
  text: string,
  tokens: Token[],
  at: number,
  length: number,
  entries: NameEntry[],
  casual: boolean,
): boolean {
  if (entries.some((e) => e.standalone)) return true;
  if (entries.every((e) => e.personLike)) return false;
  const span = tokens.slice(at, at + length);
  const provinces = entries.some((e) => e.places.some((p) => p.level === 'province'));
  if (length === 1 && !(provinces && span[0]!.cap) && !foreignName(span[0]!, casual)) return false;
  // After an apostrophe a syllable of a minority-language name stays lower-case ("Cư M'gar").
  if (span.every((t, k) => t.cap || t.numeric || (k > 0 && APOSTROPHE.test(text.charAt(t.start - 1))))) {
    // In a heading in capitals every word is capitalised: there only a province name counts bare
    // ("TIN ĐIỆN TỬ TỈNH SÓC TRĂNG" names it with its type word anyway; "THỐNG NHẤT CHỦ TRƯƠNG" is no district).
    return provinces || !inCapitals(text, tokens, at, length);
  }
  const key = span.map((t) => t.folded).join(' ');
  if (COMMON_SET.has(key)) return false;
  // "Dong van" (no marks, sentence case) or a text all in lower case.
  return casual || (span[0]!.cap && span.every((t) => t.toneless));
}

/** Units numbered rather than named ("Quận 1", "Phường 2"): the only ones a number can follow. */
const NUMBERED_TYPES = ['Quận', 'Phường'];

/**
 * A name after a type word is still written as a name: capitalised, or without diacritics, or in a
 * text all in lower case ("xã văn hóa" in an article is a cultured commune, not Xã Văn Hóa); never a
 * lone lower-case syllable ("xa hoi"); a number only after a numbered type
 * ("huyện 5 tỷ" is no district); no single letter after a one-letter abbreviation ("P. V" is an initial).
 */
function typedNameOk(
  tokens: Token[],
  at: number,
  length: number,
  type: PreparedType,
  casual: boolean,
): boolean {
  const first = tokens[at]!;
  if (first.numeric) return length === 1 && type.types.some((t) => NUMBERED_TYPES.includes(t));
  if (type.needsDot && length === 1 && first.end - first.start === 1) return false;
  if (first.cap) return true;
  // A lone lower-case syllable is a word ("xa hoi"), unless no Vietnamese word spells it ("huyện kbang").
  if (length === 1) return foreignName(first, casual);
  const span = tokens.slice(at, at + length);
  // Lower case with diacritics is an ordinary phrase unless the whole text is in lower case.
  return casual || span.every((t) => t.toneless);
}

/** Folded English type words ("district", "town"). */
const AFTER_SET = new Set(AFTER.map((t) => t.syllables[0]!.folded));
/** Syllables searched ahead for an English type word ("dong van district"). */
const ENGLISH_LOOKAHEAD = 4;

/** An English type word follows within a few syllables. */
function englishTypeAhead(tokens: Token[], at: number): boolean {
  for (let k = at + 1; k <= at + ENGLISH_LOOKAHEAD && k < tokens.length; k++) {
    if (AFTER_SET.has(tokens[k]!.folded)) return true;
  }
  return false;
}

/** Find the names of a text, before ranking. */
function draftMentions(text: string, tokens: Token[], chat: boolean | undefined): Draft[] {
  const drafts: Draft[] = [];
  const casual = chat ?? isCasual(text);
  let floor = 0;
  let i = 0;
  while (i < tokens.length) {
    // Most syllables of an article are lower-case words: in a text that uses capitals they start a
    // name only after a type word or before an English one, so skip the others before any lookup.
    const token = tokens[i]!;
    if (
      !token.cap &&
      !token.numeric &&
      !casual &&
      !(i > 0 && TYPE_LAST.has(tokens[i - 1]!.folded)) &&
      !(token.toneless && englishTypeAhead(tokens, i))
    ) {
      i++;
      continue;
    }
    const prior = drafts.at(-1);
    const free = prior === undefined ? 0 : prior.at + prior.length;
    const found = tailOfUnknownName(text, tokens, i, free) ? null : longestName(text, tokens, i);
    // "the Nam Gia Nghia ward": English writes the type after the unknown unit's whole name.
    const match = found && headBeforeTypeAfter(text, tokens, i, i + found.length, free) ? null : found;
    if (!match) {
      i++;
      continue;
    }
    const { length, entries } = match;
    const end = i + length;
    const places = entries.length === 1 ? entries[0]!.places : [...new Set(entries.flatMap((e) => e.places))];
    const before =
      i > 0 && TYPE_LAST.has(tokens[i - 1]!.folded) ? typeBefore(text, tokens, i, floor) : undefined;
    const after = before ? undefined : typeAfter(text, tokens, end);
    const type = before?.type ?? after;
    const fullStart = before ? tokens[before.start]!.start : tokens[i]!.start;
    const last = drafts.at(-1);
    const listed =
      last !== undefined &&
      fullStart - last.fullEnd <= MAX_LIST_GAP &&
      LIST_GAP.test(text.slice(last.fullEnd, fullStart));

    let kept: Place[] = [];
    let qualifier: PlaceQualifier = 'none';
    let formerDistricts: Place[] = [];
    if (type) {
      // In chat a lone syllable after a type word that may name a province is that province ("thanh
      // uy hue", "tinh hue"): a commune's or district's type word before it still reads a word ("xa hoi").
      const provinceTyped =
        casual &&
        length === 1 &&
        type.levels.includes('province') &&
        places.some((p) => p.level === 'province');
      const nameOk = typedNameOk(tokens, i, length, type, casual) || provinceTyped;
      // "thành phố Hưng Yên", "Hung Yen city": the city, not the province (a Tỉnh) of that name; a
      // province is a city only when centrally run ("thành phố Cần Thơ").
      kept = nameOk
        ? places.filter((p) => type.levels.includes(p.level) && !provinceOfOtherType(p, type))
        : [];
      // Since 1 July 2025 communes and wards are often named after the district or town they were
      // formed from ("phường Vĩnh Châu, thành phố Cần Thơ"); the gazetteer knows only the former unit.
      // A commune of the name inside that district is the unit meant (thị trấn Đà Bắc, now xã Đà Bắc).
      if (nameOk && before && type.levels.every((l) => l === 'commune'))
        formerDistricts = places.filter(
          (p) => p.level === 'district' && !kept.some((c) => sameOrContains(p, c)),
        );
      kept = [...kept, ...formerDistricts];
      qualifier = 'explicit';
      // A Vietnamese type word that fits no unit of this name: not this place (the list is the office's).
      if (kept.length === 0 && before) {
        i++;
        continue;
      }
    }
    if (kept.length === 0) {
      // Numbers continue a list only of numbers ("phường 1, 2 và 3"), not "huyện X, 10 tổ chức".
      const inherits = listed && last.qualifier !== 'none' && tokens[i]!.numeric === tokens[last.at]!.numeric;
      const inherited = inherits ? places.filter((p) => last.levels.includes(p.level)) : [];
      if (inherited.length > 0) {
        kept = places;
        qualifier = 'list';
      } else if (
        entries.some((e) => e.aboveCommune) &&
        properName(text, tokens, i, length, entries, casual)
      ) {
        // Communes only join a district or province of the same name.
        kept = places;
        qualifier = 'none';
      }
      if (kept.length === 0) {
        i++;
        continue;
      }
      // Only a name that would be taken is tested as a person's, so a failed lower-case match
      // ("nghị Đức" before "Đức Thọ") does not hide the name after it.
      const person = personAt(text, tokens, i, length, floor);
      if (person !== undefined) {
        i = person;
        continue;
      }
    }
    const draft: Draft = {
      at: i,
      length,
      places: kept,
      fullStart,
      fullEnd: after ? tokens[end]!.end : tokens[end - 1]!.end,
      qualifier,
      levels: qualifier === 'list' ? last!.levels : (type?.levels ?? []),
      types: qualifier === 'list' ? last!.types : (type?.types ?? []),
    };
    if (formerDistricts.length > 0) draft.formerDistricts = new Set(formerDistricts.map((p) => p.id));
    if (before) draft.typeWord = text.slice(tokens[before.start]!.start, tokens[i - 1]!.end);
    if (after) draft.typeWord = text.slice(tokens[end]!.start, tokens[end]!.end);
    if (listed) draft.previous = drafts.length - 1;
    drafts.push(draft);
    i = after ? end + 1 : end;
    floor = i;
  }
  return drafts;
}

/** A province that a type word naming several levels does not name by its type ("thành phố" of a Tỉnh). */
const provinceOfOtherType = (p: Place, type: TypeWord): boolean =>
  p.level === 'province' && type.levels.length > 1 && !type.types.includes(p.type);

/** Units every candidate of a draft shares: its province, and its district when it has one. */
function evidenceOf(drafts: Draft[], tokens: Token[], near: Place[]): Evidence[] {
  const evidence: Evidence[] = near.map((place) => ({ place, offset: -1, weight: NEAR_WEIGHT }));
  drafts.forEach((draft, from) => {
    const offset = tokens[draft.at]!.start;
    const [first] = draft.places;
    if (draft.places.every((p) => p.provinceId === first!.provinceId)) {
      evidence.push({ place: provinceOf(first!), offset, weight: CONTEXT_WEIGHT, from });
    }
    // A district named, or communes all in one district ("xã Lũng Cú" names Đồng Văn too).
    const districtId = first!.level === 'district' ? first!.id : first!.districtId;
    const district = districtId === undefined ? undefined : placeByKey(districtId);
    if (district && draft.places.every((p) => sameOrContains(district, p))) {
      evidence.push({ place: district, offset, weight: CONTEXT_WEIGHT, from });
    }
  });
  return evidence;
}

/**
 * Another draft than `self` may name `place`'s province untyped, among other units of its name
 * ("Phú Thọ" is also a town and communes elsewhere), so it gives no context of its own.
 */
function provinceNamedBare(drafts: readonly Draft[], self: number, place: Place): boolean {
  const ofPlace = (p: Place): boolean => p.level === 'province' && p.id === place.provinceId;
  return drafts.some((d, k) => k !== self && d.qualifier === 'none' && d.places.some(ofPlace));
}

/** Strength of the evidence that `candidate` is meant: best province match plus best district match. */
function contextScore(candidate: Place, offset: number, evidence: Evidence[], self: number): number {
  let province = 0;
  let district = 0;
  for (const e of evidence) {
    if (e.from === self) continue;
    const decay = e.offset < 0 ? 1 : 1 / (1 + Math.abs(e.offset - offset) / CONTEXT_SCALE);
    const strength = e.weight * decay;
    if (e.place.level === 'district') {
      if (sameOrContains(e.place, candidate)) district = Math.max(district, strength);
      if (candidate.provinceId === e.place.provinceId) province = Math.max(province, strength);
    } else if (candidate.provinceId === e.place.provinceId || sameOrContains(e.place, candidate)) {
      province = Math.max(province, strength);
    } else if (candidate.province2025 && candidate.province2025 === e.place.province2025) {
      province = Math.max(province, strength * MERGED_FRACTION);
    }
  }
  return province + district;
}

/**
 * A name typed bare ("xa da bac") that spells two units of the same level differently marked
 * ("Đá Bạc", "Đà Bắc"): the type word typed beside it does not choose between them (a former
 * "thị trấn" is a "xã" since 2025), so the mention is left open to both.
 */
function bareTie(surface: string, top: Place, scored: readonly { place: Place }[]): boolean {
  if (surface !== fold(surface)) return false;
  return scored.some(
    (s) =>
      s.place.level === top.level &&
      s.place.name !== top.name &&
      fold(s.place.name) === fold(top.name) &&
      !sameOrContains(top, s.place) &&
      !sameOrContains(s.place, top),
  );
}

/** English words of bodies' names, capitalised before a place ("Party Committee Hai Lang"). Closed. */
const BODY_WORDS_EN: ReadonlySet<string> = new Set([
  'party',
  'committee',
  'council',
  'people',
  'peoples',
  'standing',
  'front',
  'board',
  'steering',
  'executive',
]);

/** Most syllables of an unknown unit's name before a known name it ends with ("Nam" + "Gia Nghĩa"). */
const MAX_UNKNOWN_HEAD = 2;

/**
 * The capitalised syllables joined by spaces right before token `i`, none of a name found before
 * (`free` is the first token after the last one): their count, up to {@link MAX_UNKNOWN_HEAD}.
 */
function capitalisedHead(text: string, tokens: Token[], i: number, free: number): number {
  let head = 0;
  while (head < MAX_UNKNOWN_HEAD && i - head - 1 >= free) {
    const t = tokens[i - head - 1]!;
    if (!t.cap || t.numeric || !/^ +$/u.test(text.slice(t.end, tokens[i - head]!.start))) break;
    head++;
  }
  return head;
}

/**
 * The name at `i` ends a longer name after a type word that no unit of the gazetteer bears
 * ("phường Nam Gia Nghĩa", formed in 2025, holds the city "Gia Nghĩa"): the syllables between
 * the type word and it are capitalised, joined by spaces only, and none of them belongs to a name
 * found before ("huyện Đồng Văn Hà Giang"). That unit is unknown; the known one inside its name is
 * not named. In text typed in lower case no syllable is capitalised, so none is read so.
 */
function tailOfUnknownName(text: string, tokens: Token[], i: number, free: number): boolean {
  const head = capitalisedHead(text, tokens, i, free);
  for (let h = 1; h <= head; h++) {
    const before = tokens[i - h - 1];
    if (before && TYPE_LAST.has(before.folded) && /^ +$/u.test(text.slice(before.end, tokens[i - h]!.start)))
      return true;
  }
  return false;
}

/**
 * English order: capitalised syllables right before the name at `i`…`end`, an English type word
 * after it ("the Nam Gia Nghia ward"), and a lower-case word before them: the type word names the
 * whole run, a unit the gazetteer does not know.
 */
function headBeforeTypeAfter(text: string, tokens: Token[], i: number, end: number, free: number): boolean {
  const head = capitalisedHead(text, tokens, i, free);
  if (head === 0 || !typeAfter(text, tokens, end)) return false;
  // "the Standing Committee Hai Lang district": a body's English words are no unit's name.
  for (let h = 1; h <= head; h++) if (BODY_WORDS_EN.has(tokens[i - h]!.folded)) return false;
  // The run must follow a lower-case word of the same clause: a capital opening the text or a
  // sentence ("The Hai Lang district …", "In Dong Van") is no part of a name.
  const before = tokens[i - head - 1];
  return before !== undefined && !before.cap && /^ +$/u.test(text.slice(before.end, tokens[i - head]!.start));
}

/**
 * Place mentions in a text, in order, each with ranked candidate units (see the rules at the top of
 * this file). The gazetteer loads on the first call.
 */
export function findPlaces(text: string, opts: FindPlacesOptions = {}): PlaceMention[] {
  const tokens = tokenize(text);
  const drafts = draftMentions(text, tokens, opts.chat);
  if (drafts.length === 0) return [];
  const evidence = evidenceOf(drafts, tokens, opts.near ?? []);
  const mentions: PlaceMention[] = [];
  drafts.forEach((draft, self) => {
    const offset = tokens[draft.at]!.start;
    const previousTop = draft.previous === undefined ? undefined : mentions[draft.previous]?.candidates[0];
    const scored = draft.places.map((place) => {
      let score = LEVEL_PRIOR[place.level];
      if (draft.types.includes(place.type) && draft.levels.includes(place.level)) score += TYPE_BONUS;
      if (draft.qualifier === 'list' && draft.levels.includes(place.level)) score += LIST_BONUS;
      if (previousTop && place.id !== previousTop.id && sameOrContains(place, previousTop))
        score += ADDRESS_BONUS;
      const context = contextScore(place, offset, evidence, self);
      score += context;
      // A former district behind a commune's type word only with its province named nearby: typed,
      // or bare ("xã Tam Nông Phú Thọ"), where the bare name may also be a commune elsewhere.
      const former = draft.formerDistricts?.has(place.id) === true;
      const named = context > 0 || (former && provinceNamedBare(drafts, self, place));
      return { place, score: former && !named ? -1 : score };
    });
    if (draft.formerDistricts) {
      for (let k = scored.length - 1; k >= 0; k--) if (scored[k]!.score < 0) scored.splice(k, 1);
      if (scored.length === 0) return;
    }
    scored.sort((a, b) => b.score - a.score || a.place.id.localeCompare(b.place.id));
    if (opts.include2025) {
      for (let k = scored.length - 1; k >= 0; k--) {
        const { place, score } = scored[k]!;
        const merged = place.level === 'province' && !is2025(place) ? province2025Of(place) : undefined;
        if (merged && fold(merged.name) === fold(place.name))
          scored.splice(k + 1, 0, { place: merged, score });
      }
    }
    const top = scored[0]!;
    const start = tokens[draft.at]!.start;
    const end = tokens[draft.at + draft.length - 1]!.end;
    const ambiguous =
      scored.some(
        (s, k) =>
          k > 0 &&
          top.score - s.score < AMBIGUITY_MARGIN &&
          !sameOrContains(top.place, s.place) &&
          !sameOrContains(s.place, top.place),
      ) ||
      (opts.chat === true && bareTie(text.slice(start, end), top.place, scored));
    const mention: PlaceMention = {
      start,
      end,
      surface: text.slice(start, end),
      fullStart: draft.fullStart,
      fullEnd: draft.fullEnd,
      qualifier: draft.qualifier,
      candidates: scored.map((s) => s.place),
      scores: scored.map((s) => s.score),
      ambiguous,
    };
    if (draft.typeWord !== undefined) mention.typeWord = draft.typeWord;
    mentions.push(mention);
  });
  return mentions;
}
