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
  const body = `(?:${looseSource(src)})(?!${L})`;
  return new WordPattern(`${WORD_START}${body}`, flags, body);
}

const WORD_START = `(?<!${L})`;

/**
 * A word-bounded pattern `(?<!L)(?:…)(?!L)` (see `word`) that finds its matches as the pattern
 * does, but checks the leading boundary in code. V8 cannot skip ahead on a pattern that opens with
 * a lookbehind on a Unicode letter class, so it tried the full match at every character: ten times
 * slower than the same search without it, and most of a parse's time (profiled). Here `body` (the
 * pattern without its lookbehind) finds the leftmost candidate; one whose preceding character is a
 * letter or digit is exactly a start the whole pattern would have rejected, so the search resumes
 * one character on. Every string and RegExp method reaches matching through `exec`, so `test`,
 * `replace`, `matchAll` and `search` all keep the pattern's exact results (`split` too, except that
 * V8's shortcut for a plain pattern can cut a surrogate pair where a pattern matches the empty
 * string, which the specification's path taken here does not); `source` and `flags` are those of
 * the whole pattern.
 */
class WordPattern extends RegExp {
  readonly #body: RegExp;
  readonly #start: RegExp;
  readonly #bodySource: string;
  // Flags never change after construction; read once (the accessors are slow on a subclass).
  readonly #keepsIndex: boolean;
  readonly #sticky: boolean;
  readonly #unicode: boolean;

  constructor(pattern: string | RegExp, flags?: string, body?: string) {
    super(pattern, flags);
    // Species copies (matchAll, split) pass the pattern itself: they take its body along.
    const source = body ?? (pattern instanceof WordPattern ? pattern.#bodySource : undefined);
    if (source === undefined) throw new Error('WordPattern: no body pattern');
    this.#bodySource = source;
    this.#sticky = this.sticky;
    this.#keepsIndex = this.global || this.sticky;
    this.#unicode = this.unicode || this.flags.includes('v');
    const own = this.flags.replace(/[gy]/g, '');
    this.#body = new RegExp(source, `${own}${this.sticky ? 'y' : 'g'}`);
    this.#start = startCheck(own);
  }

  override exec(text: string): RegExpExecArray | null {
    const str = String(text);
    let at = this.#keepsIndex ? toLength(this.lastIndex) : 0;
    while (at <= str.length) {
      this.#body.lastIndex = at;
      const m = this.#body.exec(str);
      if (m === null) break;
      this.#start.lastIndex = m.index;
      if (this.#start.test(str)) {
        if (this.#keepsIndex) this.lastIndex = m.index + m[0].length;
        return m;
      }
      if (this.#sticky) break;
      at = advance(str, m.index, this.#unicode);
    }
    if (this.#keepsIndex) this.lastIndex = 0;
    return null;
  }
}

const startChecks = new Map<string, RegExp>();

/**
 * The leading-boundary check for patterns of `flags` (`i` widens a Unicode letter class), sticky,
 * one per set of flags: each use sets `lastIndex` first and nothing runs in between.
 */
function startCheck(flags: string): RegExp {
  let re = startChecks.get(flags);
  if (re === undefined) {
    re = new RegExp(WORD_START, `${flags}y`);
    startChecks.set(flags, re);
  }
  return re;
}

/** `lastIndex` read as RegExp methods read it (ToLength). */
function toLength(value: unknown): number {
  const n = Math.trunc(Number(value));
  return Number.isNaN(n) || n <= 0 ? 0 : Math.min(n, Number.MAX_SAFE_INTEGER);
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
    g =
      re instanceof WordPattern ? new WordPattern(re, `${re.flags}g`) : new RegExp(re.source, `${re.flags}g`);
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

/** The spans of every match of `re` in `text` ({@link allMatches}). */
export function matchSpans(re: RegExp, text: string): Span[] {
  return allMatches(re, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
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

const TOKEN = /[\p{L}\p{N}]+/u;

/** Letter/digit runs of `text` with offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of allMatches(TOKEN, text)) {
    const t = m[0];
    const low = t.toLowerCase();
    out.push({ start: m.index, end: m.index + t.length, text: t, low, fold: fold(t) });
  }
  return out;
}

/** Every place `text` writes each of `parts`. */
export function spansOf(text: string, parts: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const part of parts)
    for (let at = text.indexOf(part); at >= 0 && part !== ''; at = text.indexOf(part, at + part.length))
      out.push({ start: at, end: at + part.length });
  return out;
}
