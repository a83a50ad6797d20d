/**
 * Reporting periods (quarter, first half, nine months, year): their codes, the ways the press writes
 * them, and the window in which the meeting about each one is usually held.
 */
import { addDays, dayNumber, roman, type Ymd } from './format.ts';

export type PeriodKind = 'Q' | 'H1' | '9M' | 'Y';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Quarter 1–4 when kind is `Q`. */
  q: number;
  /** `2021-Q1`, `2022-H1`, `2023-9M`, `2020`. */
  code: string;
}

export function makePeriod(kind: PeriodKind, year: number, q = 0): Period {
  const code =
    kind === 'Q'
      ? `${year}-Q${q}`
      : kind === 'H1'
        ? `${year}-H1`
        : kind === '9M'
          ? `${year}-9M`
          : String(year);
  return { kind, year, q, code };
}

/** First and last day on which a meeting about the period is plausibly held. */
export function meetingWindow(p: Period): [Ymd, Ymd] {
  const y = p.year;
  switch (p.kind) {
    case 'Q': {
      const endMonth = p.q * 3;
      const start = { y, m: endMonth, d: 22 };
      return [start, addDays(start, 21)];
    }
    case 'H1':
      return [
        { y, m: 6, d: 20 },
        { y, m: 7, d: 25 },
      ];
    case '9M':
      return [
        { y, m: 9, d: 18 },
        { y, m: 10, d: 15 },
      ];
    case 'Y':
      return [
        { y, m: 12, d: 8 },
        { y: y + 1, m: 1, d: 20 },
      ];
  }
}

/** Every period of the given kinds whose meeting window overlaps [start, end]. */
export function periodsBetween(start: Ymd, end: Ymd, kinds: readonly PeriodKind[]): Period[] {
  const out: Period[] = [];
  const s = dayNumber(start);
  const e = dayNumber(end);
  for (let y = start.y - 1; y <= end.y; y++) {
    for (const kind of kinds) {
      const qs = kind === 'Q' ? [1, 2, 3, 4] : [0];
      for (const q of qs) {
        const p = makePeriod(kind, y, q);
        const [ws, we] = meetingWindow(p);
        if (dayNumber(ws) <= e && dayNumber(we) >= s) out.push(p);
      }
    }
  }
  return out;
}

/** Ways of writing the period itself; the first is the most common. */
export function periodTexts(p: Period): string[] {
  const y = p.year;
  switch (p.kind) {
    case 'Q':
      return [`quý ${roman(p.q)} năm ${y}`, `quý ${roman(p.q)}/${y}`];
    case 'H1':
      return [`6 tháng đầu năm ${y}`];
    case '9M':
      return [`9 tháng năm ${y}`, `9 tháng đầu năm ${y}`];
    case 'Y':
      return [`năm ${y}`];
  }
}

/** The period that follows, as the "triển khai nhiệm vụ …" clause writes it. */
export function nextPeriodText(p: Period): string {
  const y = p.year;
  switch (p.kind) {
    case 'Q':
      return p.q === 4 ? `quý I năm ${y + 1}` : `quý ${roman(p.q + 1)} năm ${y}`;
    case 'H1':
      return `6 tháng cuối năm ${y}`;
    case '9M':
      return `3 tháng cuối năm ${y}`;
    case 'Y':
      return `năm ${y + 1}`;
  }
}

/** Short in-body references to the period ("trong quý", "9 tháng qua"), without the year. */
export function periodShorts(p: Period): string[] {
  switch (p.kind) {
    case 'Q':
      return ['trong quý', `quý ${roman(p.q)}`, 'trong quý vừa qua'];
    case 'H1':
      return ['6 tháng đầu năm', 'trong 6 tháng', '6 tháng qua'];
    case '9M':
      return ['trong 9 tháng', '9 tháng qua', '9 tháng'];
    case 'Y':
      return ['trong năm', `năm ${p.year}`, 'cả năm'];
  }
}

/** How many months the period covers (scales cumulative figures such as new members). */
export function periodMonths(p: Period): number {
  return p.kind === 'Q' ? 3 : p.kind === 'H1' ? 6 : p.kind === '9M' ? 9 : 12;
}

/** Last month of the period, counted from January 2015 (used for figures that grow over time). */
export function periodEndMonth(p: Period): number {
  const m = p.kind === 'Q' ? p.q * 3 : p.kind === 'H1' ? 6 : p.kind === '9M' ? 9 : 12;
  return (p.year - 2015) * 12 + m - 1;
}
