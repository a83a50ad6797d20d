/**
 * Whether a stated figure is of the year a question asks about. A 2023 report mentions 2022 only
 * to compare ("giảm 1,36% so với năm 2022"), so it passes the article's time filter for "năm
 * 2022"; its "trong năm, kết nạp 156 đảng viên" is still 2023's and answers another question.
 */
import type { ParsedQuestion } from '../query/parse.ts';
import { extractTime } from '../query/time.ts';
import type { DocRecords } from '../records/bundle.ts';
import type { FigureRecord } from '../records/types.ts';
import type { Line } from './render.ts';

// A single-year period id: "2023", "2022-H1", "2021-Q1", "2023-9M" (a term "2015-2020" is none).
const ONE_YEAR = /^\d{4}(?:-(?:Q\d|H\d|\d{1,2}M))?$/;

const COMPARED_WITH = /so với[^,;.]*/giu;

/** The sentence names a period or year of its own, outside its comparison bases. */
export function statesPeriod(sentence: string): boolean {
  const t = extractTime(sentence.replace(COMPARED_WITH, ' '));
  return t.periods.length + t.years.length > 0;
}

/** The year a period id starts in ("2022-H1" → 2022). */
export const periodYear = (period: string): number => Number(period.slice(0, 4));

/**
 * The asked year a cited figure is not of, as a label ("năm 2022"), or null: null unless the
 * question names years, the meeting's own periods are of none of them, and the figure is dated to
 * another single year. A target is set for a later period, so it is never held to this.
 */
export function figureOfOtherYear(q: ParsedQuestion, rec: DocRecords | undefined, line: Line): string | null {
  if (!rec || line.amount === undefined) return null;
  const years = new Set([...q.time.years, ...q.time.periods.map(periodYear)]);
  if (years.size === 0 || rec.meeting.periods.some((p) => years.has(periodYear(p)))) return null;
  const f: FigureRecord | undefined = rec.figures.find(
    (x) => x.span.start === line.quote.start && x.value === line.amount,
  );
  if (!f?.period || f.kind === 'target' || !ONE_YEAR.test(f.period) || years.has(periodYear(f.period)))
    return null;
  const y = [...years][0];
  return q.lang === 'en' ? `${y}` : `năm ${y}`;
}
