/**
 * Syllable tokens with offsets, and the one rule by which a written syllable matches a syllable of a
 * known name: exactly (tone-mark placement and final i/y normalised, case ignored) when written with
 * tone or vowel marks, or folded (marks and đ removed) when written without them.
 */
import { normalizeToneMarks } from '../text/normalize.ts';

/** One syllable of a text. */
export interface Token {
  /** Offset of the first character (UTF-16). */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** Lower-case, NFC, canonical tone placement ("hoà" → "hòa"). */
  lower: string;
  /** Lower-case with every mark removed and đ → d. */
  folded: string;
  /** Written without tone or vowel marks (đ alone does not count): compare folded. */
  toneless: boolean;
  /** First letter upper-case. */
  cap: boolean;
  /** Only digits. */
  numeric: boolean;
}

// A syllable is a run of letters (with their combining marks) and digits; apostrophes and hyphens
// split syllables ("M'Đrắk", "Rang-Tháp"), as every other punctuation does.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
// Chat abbreviations glued to a number: "q1" (quận 1), "p12" (phường 12).
const GLUED_NUMBER = /^[qpQP]\d{1,2}$/;
const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;
const UPPER = /\p{Lu}/u;
const DIGITS = /^\d+$/;
const ASCII = /^[\x20-\x7e]*$/;
// Only syllables with a mark after "oa", "oe" or "uy" have two tone placements to normalise.
const TWO_PLACEMENTS = /(?:o[ae]|uy)\p{M}/u;

// A lone final "y" after a consonant is also written "i" ("Phú Quí" = "Phú Quý", "Kì Anh" = "Kỳ
// Anh", "Mĩ" = "Mỹ"); both spellings are in use, the office's list among them. "ay", "uy" are other rhymes.
const FINAL_Y = /^(qu|[bdđhklmnstvx]|ph|th|tr|ch|kh|nh|ng|gh)y(?=\p{M}*$)/u;

/** The case- and placement-free forms of one written syllable. */
interface Shape {
  lower: string;
  folded: string;
  toneless: boolean;
}

/**
 * Shapes of syllables seen so far: a language has a few thousand syllables, so articles and the
 * 10,000 names of the gazetteer reuse them. Bounded: cleared when full.
 */
const shapes = new Map<string, Shape>();
const SHAPE_CACHE_LIMIT = 50_000;

function shapeOf(raw: string): Shape {
  const cached = shapes.get(raw);
  if (cached) return cached;
  let shape: Shape;
  if (ASCII.test(raw)) {
    const lower = raw.toLowerCase().replace(FINAL_Y, '$1i');
    shape = { lower, folded: lower, toneless: true };
  } else {
    const nfd = raw.toLowerCase().normalize('NFD');
    const placed = TWO_PLACEMENTS.test(nfd) ? normalizeToneMarks(nfd).normalize('NFD') : nfd;
    const canonical = placed.replace(FINAL_Y, '$1i');
    shape = {
      lower: canonical.normalize('NFC'),
      folded: canonical.replace(MARKS, '').replace(/đ/g, 'd'),
      toneless: !MARK.test(nfd),
    };
  }
  if (shapes.size >= SHAPE_CACHE_LIMIT) shapes.clear();
  shapes.set(raw, shape);
  return shape;
}

function makeToken(text: string, start: number, end: number): Token {
  const raw = text.slice(start, end);
  const { lower, folded, toneless } = shapeOf(raw);
  const first = raw.charCodeAt(0);
  return {
    start,
    end,
    lower,
    folded,
    toneless,
    cap: first < 128 ? first >= 65 && first <= 90 : UPPER.test(raw.charAt(0)),
    numeric: first >= 48 && first <= 57 && DIGITS.test(raw),
  };
}

/**
 * True for a character of a syllable. Vietnamese letters lie in a few blocks checked by code; any
 * other character asks the Unicode regex (a matchAll over the text cost more than the rest of
 * `findPlaces`).
 */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff)) return true;
  return WORD_CHAR.test(String.fromCharCode(code));
}

/** The syllables of a text, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    if (i - start <= 3 && GLUED_NUMBER.test(text.slice(start, i))) {
      tokens.push(makeToken(text, start, start + 1), makeToken(text, start + 1, i));
    } else {
      tokens.push(makeToken(text, start, i));
    }
  }
  return tokens;
}

/** A syllable of a known name, prepared once. */
export interface NameSyllable {
  lower: string;
  folded: string;
}

/** Prepare a known word or name ("Hoà Bình", "đồng chí") as syllables. */
export function nameSyllables(name: string): NameSyllable[] {
  return tokenize(name).map(({ lower, folded }) => ({ lower, folded }));
}

/**
 * True when the tokens from `at` on spell the syllables (and stay on one line, joined by spaces or
 * hyphens). A name written with marks on any syllable is compared exactly on every syllable: "Quang
 * Bình" is the district, not "Quảng Bình" with a mark forgotten; only a name written wholly without
 * tone or vowel marks is compared folded ("Quang Binh" may be either). `bySyllable` compares only
 * the marked syllables exactly, the bare ones folded ("Bắc Kan" for Bắc Kạn, its marks half typed):
 * the caller's fallback when no name is spelt exactly.
 */
export function spells(
  text: string,
  tokens: Token[],
  at: number,
  syllables: NameSyllable[],
  bySyllable = false,
): boolean {
  if (at < 0 || at + syllables.length > tokens.length) return false;
  let marked = false;
  for (let k = 0; k < syllables.length; k++) {
    const token = tokens[at + k]!;
    if (token.folded !== syllables[k]!.folded) return false;
    if (k > 0 && !joins(text, tokens[at + k - 1]!, token)) return false;
    if (!token.toneless) marked = true;
  }
  if (!marked) return true;
  for (let k = 0; k < syllables.length; k++) {
    const token = tokens[at + k]!;
    if (bySyllable && token.toneless) continue;
    if (token.lower !== syllables[k]!.lower) return false;
  }
  return true;
}

// What may stand between two syllables of one name: spaces, one hyphen or apostrophe ("Bà Rịa - Vũng
// Tàu", "Phan Rang-Tháp Chàm", "Ia H' Drai"), on one line. Zero-width characters and soft hyphens count
// as spaces: pasted chat text carries them.
const NAME_GAP =
  /^[ \u00A0\u200B-\u200D\u2060\uFEFF\u00AD]*[-–'’]?[ \u00A0\u200B-\u200D\u2060\uFEFF\u00AD]*$/;

/** True when two consecutive tokens may belong to one name. */
export function joins(text: string, left: Token, right: Token): boolean {
  if (right.start - left.end === 1 && text.charCodeAt(left.end) === 32) return true;
  return right.start - left.end <= 4 && NAME_GAP.test(text.slice(left.end, right.start));
}

// Between words of one person's name: spaces (or zero-width characters) only.
const SPACE_GAP = /^[ \u00A0\u200B-\u200D\u2060\uFEFF\u00AD]+$/;

/** True when only spaces separate two consecutive tokens. */
export function spaced(text: string, left: Token, right: Token): boolean {
  if (right.start - left.end === 1 && text.charCodeAt(left.end) === 32) return true;
  return right.start - left.end <= 3 && SPACE_GAP.test(text.slice(left.end, right.start));
}
