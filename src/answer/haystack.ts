import { fold } from '../text/normalize.ts';
import { escapeRegExp } from '../text/regex.ts';

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * A text prepared for whole-word phrase look-ups, both exact (case-insensitive) and diacritic-folded.
 * `Bảo Yên` matches `bảo yên` exactly; `Bao Yen` (typed without marks) matches through the folded form.
 */
export class Haystack {
  private lowerCache: string | null = null;
  private foldedCache: string | null = null;
  private numbersCache: Set<string> | null = null;

  /**
   * @param periods the periods `text` names, when stored at build time (src/index/text-periods.ts);
   *   absent, they are computed from the text when needed
   */
  constructor(
    readonly text: string,
    readonly periods?: readonly string[],
  ) {}

  // Both forms are made on first use: many candidates are refused before any look-up needs them.
  private get lower(): string {
    this.lowerCache ??= this.text.toLowerCase();
    return this.lowerCache;
  }

  private get folded(): string {
    this.foldedCache ??= fold(this.text);
    return this.foldedCache;
  }

  /** Whole-word match; a needle without diacritics also matches any diacritic variant. */
  has(needle: string): boolean {
    const n = needle.trim();
    if (!n) return false;
    if (/^[\d.,/]+$/u.test(n)) return this.hasNumber(n);
    const plain = fold(n) === n.toLowerCase();
    const [hay, form] = plain ? [this.folded, fold(n)] : [this.lower, n.toLowerCase()];
    if (!hay.includes(form)) return false;
    return new RegExp(
      `${BOUNDARY_BEFORE}${escapeRegExp(form).replace(/\s+/g, '\\s+')}${BOUNDARY_AFTER}`,
      'u',
    ).test(hay);
  }

  /** Numbers compare without thousands separators: `11.264` = `11264`. */
  hasNumber(num: string): boolean {
    if (!this.numbersCache) {
      this.numbersCache = new Set((this.text.match(/\d+(?:[.,/]\d+)*/g) ?? []).map(stripNumber));
    }
    return this.numbersCache.has(stripNumber(num));
  }
}

export function stripNumber(s: string): string {
  return s.replace(/[.,]/g, '');
}
