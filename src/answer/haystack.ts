import { spelledCount } from '../query/numbers.ts';
import { fold } from '../text/normalize.ts';
import { escapeRegExp } from '../text/regex.ts';

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';
/** A quotation mark, which may stand between the words of a name. */
const QUOTE = /["“”]/u;
/** What separates the words of a phrase in the text: spaces and quotation marks. */
const WORD_GAP_SOURCE = '[\\s"“”]+';
const WORD_GAP = new RegExp(WORD_GAP_SOURCE, 'u');

/**
 * A whole-word pattern for `form`, its words joined by any run of spaces and quotation marks: a
 * quoted name is still its words (`Quỹ Vì người nghèo` in `Quỹ “Vì người nghèo”`).
 */
const wholeWords = (form: string, flags: string): RegExp =>
  new RegExp(
    `${BOUNDARY_BEFORE}${escapeRegExp(form).replace(/\s+/g, WORD_GAP_SOURCE)}${BOUNDARY_AFTER}`,
    flags,
  );

/** A haystack's text, its stored periods and its derived forms (made on first use). */
interface HaystackSource {
  text: string;
  periods?: readonly string[] | undefined;
  lower: string | null;
  folded: string | null;
  numbers: Set<string> | null;
}

/**
 * A text prepared for whole-word phrase look-ups, both exact (case-insensitive) and diacritic-folded.
 * `Bảo Yên` matches `bảo yên` exactly; `Bao Yen` (typed without marks) matches through the folded form.
 */
export class Haystack {
  /** The text and its derived forms; shared with the haystack a deferred one reads (see {@link deferred}). */
  private source: HaystackSource | null;
  private load: (() => Haystack) | null = null;

  /**
   * @param periods the periods `text` names, when stored at build time (src/index/text-periods.ts);
   *   absent, they are computed from the text when needed
   */
  constructor(text: string, periods?: readonly string[]) {
    this.source = { text, periods, lower: null, folded: null, numbers: null };
  }

  /**
   * A haystack whose text is read by `load` on first use, sharing the derived forms (lower-cased,
   * folded, numbers) of the haystack `load` returns: most candidate articles are refused on their
   * places before any look-up, and reading their bodies was a tenth of `ask` (10k chunks).
   */
  static deferred(load: () => Haystack): Haystack {
    const hay = new Haystack('');
    hay.source = null;
    hay.load = load;
    return hay;
  }

  private get data(): HaystackSource {
    if (this.source === null) {
      this.source = this.load?.().data ?? { text: '', lower: null, folded: null, numbers: null };
      this.load = null;
    }
    return this.source;
  }

  get text(): string {
    return this.data.text;
  }

  get periods(): readonly string[] | undefined {
    return this.data.periods;
  }

  // Both forms are made on first use: many candidates are refused before any look-up needs them.
  private get lower(): string {
    const d = this.data;
    d.lower ??= d.text.toLowerCase();
    return d.lower;
  }

  private get folded(): string {
    const d = this.data;
    d.folded ??= fold(d.text);
    return d.folded;
  }

  /**
   * Whole-word match; a needle without diacritics also matches any diacritic variant, and a needle
   * with marks on some words only ("Bắc Kan") matches where its marked words are written as marked.
   */
  has(needle: string): boolean {
    const n = needle.trim();
    if (!n) return false;
    if (/^[\d.,/]+$/u.test(n)) return this.hasNumber(n);
    const plain = fold(n) === n.toLowerCase();
    if (!plain && halfMarked(n)) return this.hasHalfMarked(n.toLowerCase());
    const [hay, form] = plain ? [this.folded, fold(n)] : [this.lower, n.toLowerCase()];
    // A cheap test first; a quotation mark may stand between the words, so only the first is sure.
    if (!hay.includes(form) && !(hay.includes(form.split(' ')[0] ?? form) && QUOTE.test(hay))) return false;
    return wholeWords(form, 'u').test(hay);
  }

  /**
   * {@link has} of a question's name as the user typed it: a question typed without diacritics had
   * its names' marks restored from the index ("huynh tan phuoc" read "Huỳnh Tân Phước" for the
   * article's "Huỳnh Tấn Phước"), a guess, so the name is matched folded.
   */
  hasAsTyped(name: string, typedBare: boolean): boolean {
    return this.has(typedBare ? fold(name) : name);
  }

  /**
   * Whole-word match of a name written as a name, each of its words capitalised ("Đại Từ", "ĐẠI
   * TỪ"): a place typed bare and folded ("dai tu") is not written by "chiều dài từ 15 mét".
   */
  hasName(needle: string): boolean {
    if (!this.has(needle)) return false;
    const text = this.text;
    const folded = this.folded;
    // Folding keeps every character's place except in rare decomposed text: then as `has`.
    if (folded.length !== text.length) return true;
    for (const span of this.foldedMatches(fold(needle.trim()), text))
      if (span.every((w) => /^\p{Lu}/u.test(w))) return true;
    return false;
  }

  /** See {@link has}: folded match, then each marked word of `needle` (lower case) as written. */
  private hasHalfMarked(needle: string): boolean {
    const folded = this.folded;
    const lower = this.lower;
    const form = fold(needle);
    if (!folded.includes(form) && !QUOTE.test(folded)) return false;
    // Folding keeps every character's place except in rare decomposed text: there compare as typed.
    if (folded.length !== lower.length) return lower.includes(needle);
    const words = needle.split(/\s+/u);
    for (const span of this.foldedMatches(form, lower))
      if (words.every((w, k) => fold(w) === w || span[k] === w)) return true;
    return false;
  }

  /**
   * The words of `source` (the text or its lower case, aligned with the folded form) at each
   * whole-word match of folded `form` in the folded text.
   */
  private *foldedMatches(form: string, source: string): Generator<string[]> {
    for (const m of this.folded.matchAll(wholeWords(form, 'gu')))
      yield source
        .slice(m.index, m.index + m[0].length)
        .split(WORD_GAP)
        .filter(Boolean);
  }

  /**
   * A count written with the noun it counts: `num` followed, within {@link COUNT_NOUN_REACH} words,
   * by the folded syllable `noun` ("126 cấp ủy viên" is not written by "126 căn nhà").
   */
  hasCount(num: string, noun: string): boolean {
    // "chính quyền 2 cấp" is the article's "chính quyền địa phương hai cấp": a small count spelled out.
    const spelled = /^\d+$/u.test(num) ? spelledCount(Number(num)) : undefined;
    if (
      spelled &&
      new RegExp(`(?<![a-z])${spelled}\\s+${escapeRegExp(noun)}(?![a-z])`, 'u').test(this.folded)
    )
      return true;
    if (!this.hasNumber(num)) return false;
    const want = stripNumber(num);
    for (const m of this.folded.matchAll(COUNT_AND_WORDS)) {
      if (stripNumber(m[1] as string) !== want) continue;
      if ((m[2] ?? '').split(/\s+/u).includes(noun)) return true;
    }
    return false;
  }

  /** Numbers compare without thousands separators: `11.264` = `11264`. */
  hasNumber(num: string): boolean {
    const d = this.data;
    d.numbers ??= numbersIn(d.text);
    return d.numbers.has(stripNumber(num));
  }
}

/** Words after a number among which the noun it counts stands ("126 căn nhà đại đoàn kết": nhà). */
const COUNT_NOUN_REACH = 3;
// A number and the words right after it (folded text: the words are ASCII letters).
const COUNT_AND_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d+(?:[.,/]\\d+)*)((?:\\s+[a-z]+){0,${COUNT_NOUN_REACH}})`,
  'gu',
);

/** Some words of `text` carry diacritics and some that could do not ("Bắc Kan", "Thị uy"). */
function halfMarked(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.some((w) => fold(w) !== w.toLowerCase()) && words.some((w) => fold(w) === w.toLowerCase());
}

/** The numbers `text` writes, without thousands separators (`11.264` = `11264`). */
function numbersIn(text: string): Set<string> {
  return new Set((text.match(/\d+(?:[.,/]\d+)*/g) ?? []).map(stripNumber));
}

/** `text` writes each of `nums` as a number (separators ignored: `11.264` = `11264`). */
export function writesNumbers(text: string, nums: readonly string[]): boolean {
  const written = numbersIn(text);
  return nums.every((n) => written.has(stripNumber(n)));
}

export function stripNumber(s: string): string {
  return s.replace(/[.,]/g, '');
}
