/**
 * Matching helpers shared by the question analysers. All of them work on `low`, the lower-cased
 * question, which is kept index-aligned with the normalised question so that a match can be sliced
 * back out of the text as the user typed it.
 */
import { fold } from '../text/normalize.ts';

/** Lower-case `text` keeping every index aligned (characters whose lower case changes length stay as they are). */
export function lowerAligned(text: string): string {
  const low = text.toLowerCase();
  if (low.length === text.length) return low;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * Make a regex source diacritic-tolerant: every marked lower-case letter also accepts its bare
 * form, so `bao nhiêu` matches "bao nhiêu" and "bao nhieu" but not a differently marked word
 * ("nhiều"). A literal space matches any run of whitespace. Upper-case letters (as in `\p{L}`) and
 * escapes are left alone.
 */
export function looseSource(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c + (c !== ']' && c.toLowerCase() === c && fold(c) !== c ? fold(c) : '');
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    if (c === ' ') {
      out += '\\s+';
      continue;
    }
    const f = fold(c);
    out += c.toLowerCase() === c && f !== c && f.length === 1 ? `[${c}${f}]` : c;
  }
  return out;
}

const L = '[\\p{L}\\p{N}]';

/**
 * A loose, word-bounded Unicode regex for `src` (see `looseSource`). Not global by default, so
 * `.test` and `.exec` keep no state between calls; scan every match with {@link allMatches}.
 */
export function word(src: string, flags = 'u'): RegExp {
  return new RegExp(`(?<!${L})(?:${looseSource(src)})(?!${L})`, flags);
}

const globalCopies = new WeakMap<RegExp, RegExp>();

/**
 * The global twin of `re` (same source and flags plus `g`), made once per pattern. `matchAll` and
 * `replace` start a global pattern from index 0 and leave no state behind, so the twin can be shared.
 */
export function globalOf(re: RegExp): RegExp {
  if (re.global) return re;
  let g = globalCopies.get(re);
  if (g === undefined) {
    g = new RegExp(re.source, `${re.flags}g`);
    globalCopies.set(re, g);
  }
  return g;
}

/**
 * Every match of `re` in `text`, whatever `re`'s flags, as `text.matchAll` gives them. An `exec`
 * loop on the shared global twin rather than `matchAll`, which clones the pattern on every call
 * (profiled: a parse runs some 80 scans, and the clone cost three times the scan itself). The
 * twin's `lastIndex` is read as `matchAll` reads it and put back, so no state is left behind.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const g = globalOf(re);
  const from = g.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = g.exec(text); m !== null; m = g.exec(text)) {
      out.push(m);
      // An empty match moves on by one character (a code point under the u flag), as matchAll does.
      if (m[0] === '') g.lastIndex = advance(text, g.lastIndex, g.unicode || g.flags.includes('v'));
    }
  } finally {
    g.lastIndex = from;
  }
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}

/** Alternation source of loose words, longest first so that the longest alternative wins. */
export function alt(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

const foldCache = new Map<string, string>();

/** `fold` memoised for the small, fixed vocabulary of pattern words. */
export function foldWord(w: string): string {
  let f = foldCache.get(w);
  if (f === undefined) {
    f = fold(w);
    if (foldCache.size > 5000) foldCache.clear();
    foldCache.set(w, f);
  }
  return f;
}

/** Token equality that accepts the bare spelling of a marked word (`huyen` = `huyện`), case-insensitive. */
export function looseEq(token: string, word: string): boolean {
  const t = token.toLowerCase();
  const w = word.toLowerCase();
  if (t === w) return true;
  return foldWord(t) === t && foldWord(w) === t;
}

/** `looseEq` for a token (its lower-case and folded forms are precomputed); `word` must be lower-case. */
export function tokenIs(t: Token, word: string): boolean {
  return t.low === word || (t.fold === t.low && foldWord(word) === t.low);
}

/** A span of the question consumed by one analyser, so that later analysers do not read it again. */
export interface Span {
  start: number;
  end: number;
}

/** Blank out spans (same length, spaces) so later regexes cannot match inside them. */
export function blank(low: string, spans: readonly Span[]): string {
  if (spans.length === 0) return low;
  // Slices between the (sorted, merged) spans rather than an array of every character: the time
  // scan blanks whole article bodies once per pattern that matched (profiled: the answer step's
  // largest single cost before).
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(at, s.start);
    const end = Math.min(low.length, s.end);
    if (end <= start) continue;
    out += low.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + low.slice(at);
}

// A capital after one of these continues a sentence; after anything else (".", "?", ">", "*", a
// line start) it starts one.
const CONTINUES = /[\p{L}\p{N},\-–&/']/u;

/**
 * True when the character at `index` starts a capitalised word in mid-sentence: a proper name
 * ("La Gi", "AI") rather than a question word.
 */
export function isNameLike(text: string, index: number): boolean {
  const c = text[index];
  if (c === undefined || c === c.toLowerCase()) return false;
  for (let i = index - 1; i >= 0; i--) {
    const p = text[i]!;
    if (p === ' ') continue;
    return CONTINUES.test(p);
  }
  return false;
}

/** A word token of the question: a run of letters and digits with its offsets. */
export interface Token {
  start: number;
  end: number;
  /** As typed (normalised). */
  text: string;
  low: string;
  fold: string;
}

/** Letter/digit runs of `text` with offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const t = m[0];
    const low = t.toLowerCase();
    out.push({ start: m.index, end: m.index + t.length, text: t, low, fold: fold(t) });
  }
  return out;
}
