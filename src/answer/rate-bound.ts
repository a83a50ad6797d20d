/**
 * "Những chủ đầu tư nào có tỷ lệ giải ngân dưới 40%?", "which investors disbursed less than 40%":
 * a list asked by a bound on a rate is answered from a report's table, as the rows whose rate
 * cell meets the bound, each stated with its rate and quoted as its row. The bound words are a
 * closed class; the rows and their labels are the article's own.
 */
import type { ParsedQuestion } from '../query/parse.ts';
import type { FigureRecord } from '../records/types.ts';
import { fold } from '../text/normalize.ts';
import type { DocAnswer, Line } from './render.ts';

/** A bound on a percentage the question lists by. */
export interface RateBound {
  /** True for "dưới/below N%", false for "trên/above N%". */
  below: boolean;
  /** N, as a percentage (40 for "40%"). */
  value: number;
}

/** Words of an upper bound, then of a lower bound, folded. Closed class. */
const BELOW_WORDS = ['duoi', 'thap hon', 'chua den', 'below', 'under', 'less than', 'lower than'];
const ABOVE_WORDS = ['tren', 'cao hon', 'vuot', 'above', 'over', 'more than', 'higher than'];
const BOUND = new RegExp(
  `(?<![\\p{L}])(${[...BELOW_WORDS, ...ABOVE_WORDS].join('|')})\\s+(\\d+(?:[.,]\\d+)?)\\s*(?:%|phan tram|percent)`,
  'iu',
);
/** The question lists ("nào", "which", "what"): a bound alone ("đạt trên 90% không?") lists nothing. */
const LISTS = /(?<![\p{L}])(?:nao|which|what)(?![\p{L}])/iu;

/** The bound on a rate a list question asks by, or null. */
export function rateBoundAsked(q: ParsedQuestion): RateBound | null {
  if (q.target.yesNo || q.target.compare) return null;
  const text = fold(q.text).toLowerCase();
  if (!LISTS.test(text)) return null;
  const m = BOUND.exec(text);
  if (!m?.[1] || !m[2]) return null;
  return { below: BELOW_WORDS.includes(m[1]), value: Number(m[2].replace(',', '.')) };
}

/** A table's rate cell that meets the bound. */
const meets = (f: FigureRecord, b: RateBound): boolean =>
  f.header !== undefined &&
  f.unit === '%' &&
  f.kind === 'rate' &&
  (b.below ? f.value < b.value : f.value > b.value);

/** A row's number before its label ("3\n", "3. "). */
const ROW_NUMBER = /^\s*\d{1,3}[.)]?\s+/u;

/** A table row's label, its number taken off: its lines or words that are not numbers (the cells). */
function rowLabel(row: string): string {
  return row
    .split(/\s*\n\s*|\s+(?=[+-]?\d)/u)
    .filter((part) => !/^[+-]?[\d.,]+%?$/u.test(part.trim()))
    .join(' ')
    .trim();
}

/**
 * Each answer whose article has a table of rates: its lines replaced by the rows meeting the bound
 * ("UBND huyện Minh Hóa: 39,8%" quoting the row). An answer with no such row is left as it was.
 */
export function rowsWithinBound(bound: RateBound, answers: DocAnswer[]): DocAnswer[] {
  return answers.map((a) => {
    const rows = (a.cand.records?.figures ?? []).filter((f) => meets(f, bound));
    if (rows.length === 0) return a;
    const lines: Line[] = rows.map((f) => {
      const row = a.cand.body.slice(f.span.start, f.span.end);
      // The quote opens at the row's label: its number alone says nothing.
      const numbered = ROW_NUMBER.exec(row)?.[0].length ?? 0;
      return {
        label: null,
        value: `${rowLabel(row.slice(numbered))}: ${f.text}`,
        quote: { start: f.span.start + numbered, end: f.span.end },
        amount: f.value,
      };
    });
    return { ...a, lines };
  });
}
