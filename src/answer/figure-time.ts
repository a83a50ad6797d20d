/**
 * Whether a stated figure is of the year a question asks about. A 2023 report mentions 2022 only
 * to compare ("giảm 1,36% so với năm 2022"), so it passes the article's time filter for "năm
 * 2022"; its "trong năm, kết nạp 156 đảng viên" is still 2023's and answers another question.
 */

import type { ParsedQuestion } from '../query/parse.ts';
import { extractTime } from '../query/time.ts';
import type { DocRecords } from '../records/bundle.ts';
import type { FigureRecord } from '../records/types.ts';
import { yearsOfMeetingAsked } from './meeting-year.ts';
import type { Line } from './render.ts';

// A single-year period id: "2023", "2022-H1", "2021-Q1", "2023-9M" (a term "2015-2020" is none).
const ONE_YEAR = /^\d{4}(?:-(?:Q\d|H\d|\d{1,2}M))?$/;

const COMPARED_WITH = /so với[^,;.]*/giu;

// Where a figure's clause ends: a colon or semicolon, an opening bracket (a remark such as "(cùng
// kỳ năm 2023 là 186 nhà)" dates its own figure, not this one), or "trong đó" opening the items it counts.
const CLAUSE_END = /[:;(]|,?\s+(?:trong đó|bao gồm|gồm)(?![\p{L}])/u;

/** The figure record a line states: the one of its amount in the sentence it quotes. */
export function lineFigure(rec: DocRecords | undefined, line: Line): FigureRecord | undefined {
  return rec?.figures.find((x) => x.span.start === line.quote.start && x.value === line.amount);
}

/**
 * The part of a quoted sentence that dates its figure: up to the end of the figure's clause. The
 * items a count is detailed by ("thông qua 12 nghị quyết, trong đó có: Nghị quyết về … năm 2023")
 * are named with the years they are for, not the figure's. The whole quote when the figure is not
 * found among the article's records.
 */
export function figureClause(quote: string, line: Line, rec: DocRecords | undefined): string {
  const f = lineFigure(rec, line);
  if (!f) return quote;
  const after = f.at.end - line.quote.start;
  if (after <= 0 || after >= quote.length) return quote;
  const end = CLAUSE_END.exec(quote.slice(after));
  return end ? quote.slice(0, after + end.index) : quote;
}

/** The sentence names a period or year of its own, outside its comparison bases. */
export function statesPeriod(sentence: string): boolean {
  const t = extractTime(sentence.replace(COMPARED_WITH, ' '));
  return t.periods.length + t.years.length > 0;
}

/** The sentence names a period of its own, none of them one of `asked` (comparison bases aside). */
export function statesOtherPeriod(sentence: string, asked: readonly string[]): boolean {
  const t = extractTime(sentence.replace(COMPARED_WITH, ' '));
  return t.periods.length + t.years.length > 0 && !t.periods.some((p) => asked.includes(p));
}

/** The year a period id starts in ("2022-H1" → 2022). */
export const periodYear = (period: string): number => Number(period.slice(0, 4));

/**
 * The sentence dates itself ("Tháng 6/2024, …", "năm 2024 …"; comparison bases aside) to years of
 * which none is `asked`: what it states is of another year. False when it names no year.
 */
export function statesOtherYear(sentence: string, asked: readonly number[]): boolean {
  const years = yearsStated(sentence);
  return asked.length > 0 && years.length > 0 && !years.some((y) => asked.includes(y));
}

/** The years a sentence dates itself to (comparison bases aside), in any of its time words. */
function yearsStated(sentence: string): number[] {
  const t = extractTime(sentence.replace(COMPARED_WITH, ' '));
  return [
    ...t.years,
    ...t.periods.map(periodYear),
    ...t.months.flatMap((m) => (m.year === null ? [] : [m.year])),
    ...datedYears(t),
  ];
}

/** Years of the full dates a text writes, its deadlines' among them ("trước ngày 30/11/2024"). */
function datedYears(t: { dates: readonly string[]; deadlines?: readonly string[] }): number[] {
  return [...t.dates, ...(t.deadlines ?? [])].flatMap((d) =>
    /^\d{4}/.test(d) ? [Number(d.slice(0, 4))] : [],
  );
}

/** A line of a bulleted list ("• Tỷ lệ hộ nghèo giảm: 0,8 - 1%", "- …", "+ …"). */
const BULLET_LINE = /^\s*[•\-+*–]\s/u;

/**
 * The years the text at `start` of `body` is of: its sentence's own, else those of the nearest
 * sentence before it in its paragraph that dates itself ("Năm 2023, tốc độ … Tỷ lệ hộ nghèo giảm
 * còn 3,86%; có thêm 2 xã …"), or for a bulleted line those of the line that opens the list ("Một số
 * chỉ tiêu chủ yếu năm 2024 …:"). Empty when none.
 */
export function yearsInForce(body: string, start: number, end: number): number[] {
  const own = yearsStated(body.slice(start, end));
  if (own.length > 0) return own;
  const lineStart = body.lastIndexOf('\n', start - 1) + 1;
  if (BULLET_LINE.test(body.slice(lineStart, end))) {
    // Up past the list's other lines to the line that opens it.
    let at = lineStart;
    while (at > 0) {
      const prev = body.lastIndexOf('\n', at - 2) + 1;
      const line = body.slice(prev, at - 1);
      if (!BULLET_LINE.test(line)) return line.trim().endsWith(':') ? yearsStated(line) : [];
      at = prev;
    }
    return [];
  }
  const before = body.slice(lineStart, start);
  const parts = before.split(/(?<=[.!?])\s+/u).filter((x) => x.trim().length > 0);
  for (let i = parts.length - 1; i >= 0; i--) {
    const years = yearsStated(parts[i]!);
    if (years.length > 0) return years;
  }
  return [];
}

/**
 * The asked year a cited figure is not of, as a label ("năm 2022"), or null: null unless the
 * question names years, the meeting's own periods are of none of them, and the figure is dated to
 * another single year. A target is set for a later period, so it is never held to this.
 */
export function figureOfOtherYear(q: ParsedQuestion, rec: DocRecords | undefined, line: Line): string | null {
  if (!rec || line.amount === undefined) return null;
  // A period asked without its year ("6 tháng", "H1") names no year.
  // A year naming the meeting ("kỳ họp cuối năm 2024") was held to the meeting, not to its figures.
  const meetingYears = yearsOfMeetingAsked(q.text);
  const years = new Set([
    ...q.time.years.filter((y) => !meetingYears.has(y)),
    ...q.time.periods.filter((p) => /^\d{4}/.test(p)).map(periodYear),
  ]);
  if (years.size === 0 || rec.meeting.periods.some((p) => years.has(periodYear(p)))) return null;
  const f = lineFigure(rec, line);
  if (!f?.period || f.kind === 'target' || !ONE_YEAR.test(f.period) || years.has(periodYear(f.period)))
    return null;
  const y = [...years][0];
  return q.lang === 'en' ? `${y}` : `năm ${y}`;
}
