/**
 * Text normalisation applied once, "at the door", to every article and every question, so that
 * storage, search and quoting all see one spelling of each word.
 */

// Spaces that scraped pages carry (NBSP, thin spaces, ideographic space…) and that would
// otherwise split or glue words invisibly.
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
// Zero-width characters carry no text and break token matching.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const TONE = '\u0300\u0301\u0303\u0309\u0323';
// Old ("hoà", "thuỷ") and new ("hòa", "thủy") tone placement are both in everyday use; we keep the
// mark on the first vowel of a final oa/oe/uy. After "q" the "u" is part of the consonant ("quý").
const TONE_OA_OE = new RegExp(`(?<![qQ])([oO])([aAeE])([${TONE}])(?![\\p{L}\\p{M}])`, 'gu');
const TONE_UY = new RegExp(`(?<![qQ])([uU])([yY])([${TONE}])(?![\\p{L}\\p{M}])`, 'gu');

/** Canonical tone-mark placement for Vietnamese syllables (`uỷ` → `ủy`, `hoà` → `hòa`). */
export function normalizeToneMarks(text: string): string {
  return text.normalize('NFD').replace(TONE_OA_OE, '$1$3$2').replace(TONE_UY, '$1$3$2').normalize('NFC');
}

/**
 * NFC, canonical tone marks, odd spaces to plain spaces, CRLF/CR to LF, zero-width characters removed.
 * Line structure is kept: the parser relies on it.
 */
export function normalizeText(text: string): string {
  return normalizeToneMarks(
    text.replace(/\r\n?/g, '\n').replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').normalize('NFC'),
  );
}

/** `fold` by its definition: the reference the fast path below reproduces character by character. */
function foldSlow(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

// Folding distributes over concatenation for Latin letters and combining marks (decomposition,
// mark stripping and lower-casing are each per character there; the one context-dependent
// lower-casing, Greek final sigma, is outside these ranges), so their folds are tabled once:
// a question folds some 150 words per parse, and `normalize` plus a Unicode-class replace cost
// most of it (profiled). Anything outside the ranges takes the reference path.
const FOLD_RANGES: readonly (readonly [number, number])[] = [
  [0x00c0, 0x024f], // Latin-1 letters, Latin Extended-A/B (đ, ơ, ư…)
  [0x0300, 0x036f], // combining diacritical marks
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese precomposed letters)
];
const FOLDED = new Map<number, string>();
/** Characters of the ranges that carry a diacritic (a combining mark once decomposed, or đ/Đ). */
const MARKED = new Set<number>();
for (const [from, to] of FOLD_RANGES) {
  for (let c = from; c <= to; c++) {
    FOLDED.set(c, foldSlow(String.fromCharCode(c)));
    if (hasDiacriticsSlow(String.fromCharCode(c))) MARKED.add(c);
  }
}

/** Lower-case and strip every diacritic, `đ` included (FTS5's own folding leaves `đ`). */
export function fold(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 0x80;
  if (ascii) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < 0x80 ? text[i]!.toLowerCase() : FOLDED.get(c);
    if (f === undefined) return foldSlow(text);
    out += f;
  }
  return out;
}

/** `hasDiacritics` by its definition (see `fold` for the per-character fast path). */
function hasDiacriticsSlow(text: string): boolean {
  return /[\p{M}đĐ]/u.test(text.normalize('NFD'));
}

/** True when the text carries Vietnamese diacritics (any combining mark or đ/Đ). */
export function hasDiacritics(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (!FOLDED.has(c)) return hasDiacriticsSlow(text);
    if (MARKED.has(c)) return true;
  }
  return false;
}

/** Syllable tokens: runs of letters and digits, lower-cased. Vietnamese words are 1–4 syllables. */
export function syllables(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
