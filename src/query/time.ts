/**
 * Time references in a question: reporting periods, plain years, months, dates and terms of office,
 * normalised to the shapes the article parser stores (`2021-Q1`, `2022-H1`, `2023-9M`, `2020`,
 * `2015-2020`, ISO dates), so retrieval can compare them directly.
 */

import { EN_MONTH_WORDS, enMonthNumber } from '../text/months.ts';
import { fold, normalizeText } from '../text/normalize.ts';
import { unhyphenate } from './english.ts';
import { allMatches, alt, blank, lowerAligned, type Span, word } from './match.ts';
import { parseRoman } from './numbers.ts';
import { scanOrdinals } from './ordinal.ts';
import type { MonthRef, TimeInfo } from './types.ts';

/** Result of `scanTime`: normalised references plus the spans they occupy in the question. */
export interface TimeScan {
  periods: string[];
  years: number[];
  months: MonthRef[];
  /** The span two months bound ("từ tháng 9/2023 đến tháng 3/2024"); see `TimeInfo.monthSpan`. */
  monthSpan?: { from: MonthRef; to: MonthRef };
  dates: string[];
  /** Deadlines named ("trước ngày 30/9/2024"); see `TimeInfo.deadlines`. */
  deadlines: string[];
  terms: string[];
  /** Character spans of every recognised time expression (for masking by later analysers). */
  spans: Span[];
}

const Y = '((?:19|20)\\d{2})';
// A number followed by "tháng" is a day ("ngày 9 tháng 10"), not a period, after these words.
const NOT_AFTER_DAY = '(?<!(?:ngày|hôm|mùng|mồng|sáng|chiều|tối|trưa|đêm)\\s+)';
const MONTH_SRC = `(${alt(Object.keys(EN_MONTH_WORDS))})\\.?`;
const ORD = '(?:st|nd|rd|th)';

// See expandShortYears. Used with `replace` only (which resets the global pattern's position).
const SHORT_YEAR =
  /(?<![\p{L}\p{N}])((?:q|qu[ýíy]\s*)(?:iv|iii|ii|i|[1-4])|[69]\s*t(?:h[áa]ng)?|\d{1,2}\s*[/.-]\s*\d{1,2})\s*([/'’.-])\s*(\d{2})(?![\p{L}\p{N}]|[/.,]\d)/giu;

/**
 * A year written with two digits after a period or a date ("q3/23", "Q3'23", "6t/23", "28/9/23"),
 * as chat writes it: `20` + the two digits ("q3/2023"). Only after a quarter, a "6t"/"9 tháng"
 * period or a day and month, where two digits can be nothing else. Changes the length.
 */
export function expandShortYears(text: string): string {
  return text.replace(
    SHORT_YEAR,
    (_m, head: string, sep: string, yy: string) => `${head}${sep === "'" || sep === '’' ? ' ' : sep}20${yy}`,
  );
}

function quarterOf(s: string): number | null {
  const n = /^\d$/.test(s) ? Number(s) : parseRoman(s);
  return n !== null && n >= 1 && n <= 4 ? n : null;
}

const EN_QUARTER: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

type PeriodKind = `Q${1 | 2 | 3 | 4}` | 'H1' | 'H2' | '9M' | 'Y';
/** The cumulative period a month closes (see the "by the end of" rule). */
const CUMULATIVE: Record<number, PeriodKind> = { 3: 'Q1', 6: 'H1', 9: '9M', 12: 'Y' };

/**
 * "the first three months of operation": months counted from a start (a new commune, a centre
 * opened), not the year's quarter or half.
 */
const NOT_OF_OPERATION = '(?! (?:or so )?(?:of |in )?(?:its |their |the )?(?:operation|operating|running))';

type PeriodRule = { re: RegExp; kind: (m: RegExpExecArray) => PeriodKind | null; year: number };

// `year` is the capture group holding the year (0 when the rule has none).
const PERIOD_RULES: PeriodRule[] = [
  // "Tính đến hết quý III năm 2023", "by the end of Q3 2023": the running total the quarter closes
  // (as "đến hết tháng 9" below), read before the quarter alone.
  {
    re: word(
      `(?:đến|tới) (?:hết|cuối) qu[ýí]\\s*(iv|iii|ii|i|[1-4])(?:\\s*[/–.-]\\s*|\\s*,\\s*(?:năm )?| (?:của )?(?:năm )?)?${Y}?`,
    ),
    kind: (m) => CUMULATIVE[(quarterOf(m[1]!) ?? 0) * 3] ?? null,
    year: 2,
  },
  {
    re: word(
      `(?:by|as of|at|to|through|until|till|up to) (?:the )?end[- ]of[- ](?:the )?(?:q([1-4])|(first|second|third|fourth) quarter)(?: (?:of )?${Y})?`,
    ),
    kind: (m) => CUMULATIVE[(m[1] ? Number(m[1]) : (EN_QUARTER[m[2]!] ?? 0)) * 3] ?? null,
    year: 3,
  },
  // quý III/2020, quý I năm 2024, quý 1/2021, quí II, 2022
  {
    re: word(`qu[ýí]\\s*(iv|iii|ii|i|[1-4])(?:\\s*[/–.-]\\s*|\\s*,\\s*(?:năm )?| (?:của )?(?:năm )?)${Y}`),
    kind: (m) => q(quarterOf(m[1]!)),
    year: 2,
  },
  { re: word('qu[ýí]\\s*(iv|iii|ii|i|[1-4])'), kind: (m) => q(quarterOf(m[1]!)), year: 0 },
  { re: word(`q([1-4])\\s*[/–.-]?\\s*${Y}`), kind: (m) => q(Number(m[1])), year: 2 },
  { re: word(`${Y}\\s*[/–-]?\\s*q([1-4])`), kind: (m) => q(Number(m[2])), year: 1 },
  {
    re: word(`(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)?(?: the year)?(?: ${Y})?`),
    kind: (m) => q(EN_QUARTER[m[1]!] ?? null),
    year: 2,
  },
  { re: word(`quarter (iv|iii|ii|i|[1-4])(?: of)?(?: ${Y})?`), kind: (m) => q(quarterOf(m[1]!)), year: 2 },
  // "Q.3 2020": the quarter as some reports abbreviate it, with a dot.
  { re: word(`q\\.\\s?([1-4])(?:\\s*[/–-]?\\s*${Y})?`), kind: (m) => q(Number(m[1])), year: 2 },
  { re: word('q([1-4])'), kind: (m) => q(Number(m[1])), year: 0 },
  // 3 tháng đầu năm = Q1, 3 tháng cuối năm = Q4
  {
    re: word(`${NOT_AFTER_DAY}(?:3|ba) tháng (đầu|cuối)(?: năm)?(?:\\s*[/,]?\\s*(?:năm )?${Y})?`),
    kind: (m) => (m[1]!.startsWith('c') ? 'Q4' : 'Q1'),
    year: 2,
  },
  {
    re: word(`(first|last|final) (?:three|3) months?${NOT_OF_OPERATION}(?: of)?(?: the year)?(?: ${Y})?`),
    kind: (m) => (m[1] === 'first' ? 'Q1' : 'Q4'),
    year: 2,
  },
  // 6 tháng đầu năm 2022, 6 tháng cuối năm, nửa đầu năm, 6 tháng 2022, sơ kết 6 tháng
  {
    re: word(`${NOT_AFTER_DAY}(?:6|sáu) tháng (đầu|cuối)(?: năm)?(?:\\s*[/,]?\\s*(?:năm )?${Y})?`),
    kind: (m) => (m[1]!.startsWith('c') ? 'H2' : 'H1'),
    year: 2,
  },
  { re: word(`nửa (đầu|cuối) năm(?: ${Y})?`), kind: (m) => (m[1]!.startsWith('c') ? 'H2' : 'H1'), year: 2 },
  // "kỳ họp giữa năm 2023", "giao ban giữa năm": the mid-year meeting reviews the first half (as
  // "mid-year" does in English below).
  { re: word(`giữa năm(?:\\s*[/,]?\\s*${Y})?`), kind: () => 'H1', year: 1 },
  {
    re: word(`${NOT_AFTER_DAY}(?:6|sáu) tháng(?: (?:của )?năm)?\\s*[/,]?\\s*${Y}`),
    kind: () => 'H1',
    year: 1,
  },
  {
    re: word(
      `${NOT_AFTER_DAY}(?:6|sáu) tháng(?!\\s*\\d| (?:qua|tới|trước|sau|nữa|liền|gần|kể|rồi|một|hai|ba|bốn|sáu|bảy|tám|chín|mười))`,
    ),
    kind: () => 'H1',
    year: 0,
  },
  {
    re: word(`(?:the )?(first|1st|second|2nd) half(?: of)?(?: the year)?(?: ${Y})?`),
    kind: (m) => (m[1]!.startsWith('f') || m[1] === '1st' ? 'H1' : 'H2'),
    year: 2,
  },
  { re: word(`h([12])\\s*[/–-]?\\s*${Y}`), kind: (m) => (m[1] === '1' ? 'H1' : 'H2'), year: 2 },
  { re: word(`${Y}\\s*[/–-]?\\s*h([12])`), kind: (m) => (m[2] === '1' ? 'H1' : 'H2'), year: 1 },
  // "1H 2023", "6M 2023": the half as business and official English abbreviates it (like "9M").
  { re: word(`([12])h\\s*[/–-]?\\s*${Y}`), kind: (m) => (m[1] === '1' ? 'H1' : 'H2'), year: 2 },
  { re: word(`6m\\s*[/–-]?\\s*${Y}`), kind: () => 'H1', year: 1 },
  { re: word(`${Y}\\s*[/–-]?\\s*6m`), kind: () => 'H1', year: 1 },
  {
    re: word(
      `(first|last|final|second) (?:six|6) months?${NOT_OF_OPERATION}(?: of)?(?: the year)?(?: ${Y})?`,
    ),
    kind: (m) => (m[1] === 'first' ? 'H1' : 'H2'),
    year: 2,
  },
  { re: word(`(?:six|6) months?(?: of)?(?: the year)?(?: ${Y})`), kind: () => 'H1', year: 1 },
  { re: word(`${Y} mid[- ]?year`), kind: () => 'H1', year: 1 },
  // "the mid-2023 review", "at mid 2022": the review held mid-year covers the first half.
  { re: word(`mid[- ]${Y}`), kind: () => 'H1', year: 1 },
  { re: word(`mid[- ]?year(?: review)?(?: (?:of|for|in) ${Y})?`), kind: () => 'H1', year: 1 },
  // 9 tháng năm 2023, 9 tháng 2023, chín tháng đầu năm, nine months of 2023
  {
    re: word(
      `${NOT_AFTER_DAY}(?:9|chín) tháng(?: đầu)?(?: (?:của )?năm)?(?:\\s*[/,]?\\s*(?:năm )?${Y})?(?!\\s*\\d)`,
    ),
    kind: () => '9M',
    year: 1,
  },
  {
    re: word(`(?:the )?(?:first )?(?:nine|9) months?(?: of)?(?: the year)?(?: ${Y})?`),
    kind: () => '9M',
    year: 1,
  },
  { re: word(`9m\\s*[/–-]?\\s*${Y}`), kind: () => '9M', year: 1 },
  { re: word(`${Y}\\s*[/–-]?\\s*9m`), kind: () => '9M', year: 1 },
  // "by the end of September 2023", "đến hết tháng 9 năm 2023": a running total from the year's
  // start, the cumulative period a report of that month closes (March Q1, June H1, September 9M,
  // December the year); other months stay months.
  {
    re: word(
      `(?:by|as of|at|to|through|until|till|up to) (?:the )?end[- ]of[- ](march|mar|june|jun|september|sept|sep|december|dec)\\.?,?(?: (?:of )?${Y})?`,
    ),
    kind: (m) => CUMULATIVE[enMonthNumber(m[1]!)] ?? null,
    year: 2,
  },
  {
    re: word(`(?:đến|tới) (?:hết|cuối) tháng (3|6|9|12)(?:\\s*[/,]\\s*|(?: năm)? )?${Y}?`),
    kind: (m) => CUMULATIVE[Number(m[1])] ?? null,
    year: 2,
  },
  // tổng kết (công tác …) năm 2020, year-end review 2020, 2020 year-end
  {
    re: word(`tổng kết(?: (?!năm )[\\p{L}]+){0,6}? năm ${Y}`),
    kind: () => 'Y',
    year: 1,
  },
  { re: word(`tổng kết ${Y}`), kind: () => 'Y', year: 1 },
  // đánh giá (kết quả, công tác …) năm 2022: the year reviewed, as the article's "họp đánh giá công
  // tác … năm 2022" (ingest/facts.ts); never across a quarter or months named between.
  {
    re: word(`đánh giá(?:(?: -)? (?!năm |quý |tháng )[\\p{L}]+){0,6}? năm ${Y}`),
    kind: () => 'Y',
    year: 1,
  },
  { re: word('tổng kết năm'), kind: () => 'Y', year: 0 },
  {
    re: word(
      `(?:year[- ]end|end[- ]of[- ](?:the[- ])?year|annual|yearly)(?: (?:review|summary|conference|meeting|session))*(?: (?:of|for|in))?(?: the year)? ${Y}`,
    ),
    kind: () => 'Y',
    year: 1,
  },
  {
    re: word(`${Y} (?:year[- ]end|end[- ]of[- ](?:the[- ])?year|annual review|yearly review)`),
    kind: () => 'Y',
    year: 1,
  },
  { re: word(`(?:review|summary) of (?:the year )?${Y}`), kind: () => 'Y', year: 1 },
  { re: word(`review(?:ing|ed) (?:the year )?${Y}`), kind: () => 'Y', year: 1 },
  { re: word('year[- ]end(?: review)?'), kind: () => 'Y', year: 0 },
  // "its 2021 review (conference)": the review of that year, as "tổng kết năm 2021". A quarter or
  // half before the year ("the Q3 2022 review", "mid-year 2022 review") is read first and blanked to
  // spaces, which the lookbehind sees: that review is the quarter's or the half's.
  { re: word(`(?<!\\s{2})${Y} (?:review|summary)`), kind: () => 'Y', year: 1 },
];

const compiled = new Map<string, RegExp>();

// The extraction patterns are written inline for readability; compile each once.
function rx(src: string): RegExp {
  let re = compiled.get(src);
  if (!re) {
    re = word(src);
    compiled.set(src, re);
  }
  return re;
}

function q(n: number | null): PeriodKind | null {
  return n === null ? null : (`Q${n}` as PeriodKind);
}

/** Days of month `m` (1–12) of year `y`. */
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The running total a quarter's last day closes ("30/6" → H1, as "đến hết tháng 6"), else
 * undefined. Quarter ends are as long every year, so no year is needed.
 */
function closedBy(day: number, month: number): PeriodKind | undefined {
  return day === daysIn(2001, month) ? CUMULATIVE[month] : undefined;
}

/** Reporting periods as spans of months from January: the halves and nine months a report covers. */
const SPANS_FROM_JANUARY: Record<number, PeriodKind> = { 6: 'H1', 9: '9M', 12: 'Y' };

/**
 * The period a span of days covers ([day, month] to [day, month]), when it runs from a month's first
 * day to a month's last and makes one: a quarter ("1/7 – 30/9"), the first half, nine months, the
 * second half, the year. Null otherwise ("1/7 – 31/8" is no reporting period).
 */
export function spanPeriod(
  from: readonly [number, number],
  to: readonly [number, number],
): PeriodKind | null {
  const [d1, m1] = from;
  const [d2, m2] = to;
  if (d1 !== 1 || m1 < 1 || m2 > 12 || m2 < m1 || d2 !== daysIn(2001, m2)) return null;
  if (m2 - m1 === 2 && m1 % 3 === 1) return q((m1 + 2) / 3);
  if (m1 === 7 && m2 === 12) return 'H2';
  return m1 === 1 ? (SPANS_FROM_JANUARY[m2] ?? null) : null;
}

function validDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  if (d > daysIn(y, m)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

type Hit<T> = { at: number; value: T };

/**
 * Find the time expressions in `low` (the lower-cased question). English month names are only read
 * when `lang` is `en`: in Vietnamese, "may" is "mấy" typed bare.
 */
/**
 * Words that follow a date but never a part of a whole ("6/10 ai chủ trì", "hop 6/10 ben tu"):
 * question words, prepositions, meeting words and the bodies that met, folded. Closed.
 */
const DATE_FOLLOWERS: ReadonlySet<string> = new Set(
  'ai nao gi ben tai o cua do thi la hop hn hoi tu hu ubnd hdnd dien den toi vua sang chieu'.split(' '),
);

/** Words a due date follows ("trước ngày", "chậm nhất là"), with folded forms. Closed. */
const DEADLINE_CUE_VI =
  '(?:trước|truoc|chậm nhất(?: là)?|cham nhat(?: la)?|hạn chót(?: là)?|han chot(?: la)?)';
/**
 * English due-date words: "before", "no later than", and "by" after a verb of finishing or sending
 * in the same clause ("complete … by"); "by" alone is a cut-off ("households supported by 30/6").
 */
const DEADLINE_CUE_EN =
  '(?:before|no later than|(?<=(?:complete|completed|finish|finished|submit|submitted|send|sent|hand over|handed over|done|do|promise|promised|pledge|pledged|commit|committed)(?![a-z])[^,.;?]{0,80}?)by)';

/** What follows a day that opens a span of days. Closed. */
const SPAN_AFTER_DAY = /^\s*(?:đến|tới|den|toi|to|until|till|[-–—])(?![\p{L}])/u;

/** A comparison base ends the text before a year: "so với cùng kỳ năm", "compared with", "than in". */
const COMPARED_REACH = 60;
const COMPARED_BEFORE = /(?:so với|so vs|cùng kỳ|compared (?:with|to)|than)(?:[^,;.()\n](?!\d{4}))*$/u;

export function scanTime(low: string, lang: 'vi' | 'en'): TimeScan {
  const spans: Span[] = [];
  // "first-half 2023", "nine-month": English compounds read as their spaced form (same length).
  let s = unhyphenate(low, lang);
  const each = (re: RegExp, accept: (m: RegExpExecArray) => boolean): void => {
    const found: Span[] = [];
    for (const m of allMatches(re, s)) {
      if (m[0].length > 0 && accept(m)) found.push({ start: m.index, end: m.index + m[0].length });
    }
    if (found.length > 0) {
      spans.push(...found);
      s = blank(s, found);
    }
  };

  const dates: Hit<string>[] = [];
  const deadlines: Hit<string>[] = [];
  const months: Hit<MonthRef>[] = [];
  const terms: Hit<string>[] = [];
  const periods: Hit<{ kind: PeriodKind; year: number | null }>[] = [];
  const years: Hit<number>[] = [];

  const addDate = (m: RegExpExecArray, y: string, mo: number, d: string): boolean => {
    const iso = validDate(Number(y), mo, Number(d));
    if (iso) dates.push({ at: m.index, value: iso });
    return iso !== null;
  };
  const addMonth = (m: RegExpExecArray, mo: number, y: string | undefined, day?: string): boolean => {
    if (!(mo >= 1 && mo <= 12)) return false;
    // A day opening a span ("từ ngày 16/9 đến 22/9/2024", "May 8 to 12") bounds it: no meeting's own.
    const opensSpan = SPAN_AFTER_DAY.test(low.slice(m.index + m[0].length));
    const d = day === undefined || opensSpan ? undefined : Number(day);
    const value: MonthRef = { year: y ? Number(y) : null, month: mo };
    if (d !== undefined && d >= 1 && d <= 31) value.day = d;
    months.push({ at: m.index, value });
    return true;
  };

  const addDeadline = (m: RegExpExecArray, y: string, mo: number, d: string): boolean => {
    const iso = validDate(Number(y), mo, Number(d));
    if (iso) deadlines.push({ at: m.index, value: iso });
    return iso !== null;
  };
  // "Từ ngày 1/7 đến 30/9/2025", "between July 1 and September 30, 2025": whole months from one's
  // first day to another's last are the period they cover when they make one (spanPeriod). Read
  // first: apart, "30/9" would close the nine months and "1/7" name July.
  const addSpan = (m: RegExpExecArray, from: [number, number], to: [number, number], y?: string): boolean => {
    const kind = spanPeriod(from, to);
    if (kind) periods.push({ at: m.index, value: { kind, year: y ? Number(y) : null } });
    return kind !== null;
  };
  const DAY_MONTH = '(?:ngày\\s+|ngay\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})';
  each(
    rx(
      `(?:từ|tu)\\s+${DAY_MONTH}(?:\\s*/\\s*${Y})?\\s*(?:đến|tới|den|toi|[-–])\\s*(?:hết\\s+|het\\s+)?${DAY_MONTH}(?:\\s*/\\s*${Y})?(?![\\d/])`,
    ),
    (m) => addSpan(m, [Number(m[1]), Number(m[2])], [Number(m[4]), Number(m[5])], m[6] ?? m[3]),
  );
  if (lang === 'en') {
    each(
      rx(
        `(?:from|between)\\s+${MONTH_SRC} (\\d{1,2})${ORD}?(?:,? ${Y})?\\s+(?:to|and|until|through|-|–)\\s+${MONTH_SRC} (\\d{1,2})${ORD}?(?:,? ${Y})?`,
      ),
      (m) =>
        addSpan(m, [Number(m[2]), enMonthNumber(m[1]!)], [Number(m[5]), enMonthNumber(m[4]!)], m[6] ?? m[3]),
    );
    each(
      rx(
        `(?:from|between)\\s+(\\d{1,2})${ORD}? ${MONTH_SRC}(?:,? ${Y})?\\s+(?:to|and|until|through|-|–)\\s+(\\d{1,2})${ORD}? ${MONTH_SRC}(?:,? ${Y})?`,
      ),
      (m) =>
        addSpan(m, [Number(m[1]), enMonthNumber(m[2]!)], [Number(m[4]), enMonthNumber(m[5]!)], m[6] ?? m[3]),
    );
  }
  // A date a task is due by ("hoàn thành … trước ngày 30/9/2024", "finish … by September 30,
  // 2024"): a deadline the article writes, not the meeting's date nor a cut-off of a running total.
  each(
    rx(`${DEADLINE_CUE_VI}\\s+(?:ngày\\s+|ngay\\s+)?(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*${Y}`),
    (m) => addDeadline(m, m[4]!, Number(m[3]), m[1]!),
  );
  // Without its year ("hoàn thành trước 30/4"): a day and month the article writes, `--MM-DD`.
  each(
    rx(`${DEADLINE_CUE_VI}\\s+(?:ngày\\s+|ngay\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/.,]\\d|\\d|/)`),
    (m) => {
      const [d, mo] = [Number(m[1]), Number(m[2])];
      if (d < 1 || d > 31 || mo < 1 || mo > 12) return false;
      deadlines.push({
        at: m.index,
        value: `--${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      });
      return true;
    },
  );
  if (lang === 'en') {
    each(rx(`${DEADLINE_CUE_EN}\\s+(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*${Y}`), (m) =>
      addDeadline(m, m[4]!, Number(m[3]), m[1]!),
    );
    each(rx(`${DEADLINE_CUE_EN}\\s+(\\d{1,2})${ORD}? (?:of )?${MONTH_SRC},? ${Y}`), (m) =>
      addDeadline(m, m[3]!, enMonthNumber(m[2]!), m[1]!),
    );
    each(rx(`${DEADLINE_CUE_EN}\\s+${MONTH_SRC}\\.? (\\d{1,2})${ORD}?,? ${Y}`), (m) =>
      addDeadline(m, m[3]!, enMonthNumber(m[1]!), m[2]!),
    );
  }

  // "Đến ngày 30/6/2024", "as of 30 June 2024": a cut-off, not the meeting's date. A quarter's last
  // day closes its running total (H1 here, as "đến hết tháng 6"); any other day still names the
  // year whose running total it cuts ("đến ngày 31/7/2025" is no 2024 figure).
  const asOf = (m: RegExpExecArray, y: string, mo: number, d: string): boolean => {
    if (!validDate(Number(y), mo, Number(d))) return false;
    const kind = closedBy(Number(d), mo);
    if (kind) periods.push({ at: m.index, value: { kind, year: Number(y) } });
    else years.push({ at: m.index, value: Number(y) });
    return true;
  };
  each(
    rx(
      `(?:đến|tới|as of|by|up to|through)\\s+(?:hết\\s+|cuối\\s+)?(?:ngày\\s+)?(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*${Y}`,
    ),
    (m) => asOf(m, m[4]!, Number(m[3]), m[1]!),
  );
  if (lang === 'en') {
    each(rx(`(?:as of|by|up to|through|at)\\s+(\\d{1,2})${ORD}? (?:of )?${MONTH_SRC},? ${Y}`), (m) =>
      asOf(m, m[3]!, enMonthNumber(m[2]!), m[1]!),
    );
    // "at August 31, 2024", "as of June 30, 2024": the month first.
    each(rx(`(?:as of|by|up to|through|at)\\s+${MONTH_SRC}\\.? (\\d{1,2})${ORD}?,? ${Y}`), (m) =>
      asOf(m, m[3]!, enMonthNumber(m[1]!), m[2]!),
    );
  }
  // "tới 30/6" without its year: the running total of a year the question names elsewhere.
  // Typed bare too ("toi 30/6"): before a day and month, "toi"/"den" can only be tới/đến.
  each(
    rx(
      '(?:đến|tới|den|toi)\\s+(?:hết\\s+|cuối\\s+|het\\s+|cuoi\\s+)?(?:ngày\\s+|ngay\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/.-])',
    ),
    (m) => {
      const [d, mo] = [Number(m[1]), Number(m[2])];
      if (d < 1 || d > 31 || mo < 1 || mo > 12) return false;
      const kind = closedBy(d, mo);
      if (kind) periods.push({ at: m.index, value: { kind, year: null } });
      // Any other day is a cut-off too ("đến 31/7": the running total to then), never the month
      // of the meeting ("tháng 7" would drop the report of 5/8 on "7 tháng").
      return true;
    },
  );

  // Full dates first: their numbers must not be read as periods, months or years.
  each(rx(`(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*${Y}`), (m) =>
    addDate(m, m[4]!, Number(m[3]), m[1]!),
  );
  each(rx(`${Y}-(\\d{1,2})-(\\d{1,2})`), (m) => addDate(m, m[1]!, Number(m[2]), m[3]!));
  each(rx(`(?:(?:ngày|mùng|mồng) )?(\\d{1,2}) tháng (\\d{1,2})\\s*,?\\s*(?:năm )?${Y}`), (m) =>
    addDate(m, m[3]!, Number(m[2]), m[1]!),
  );
  if (lang === 'en') {
    each(rx(`${MONTH_SRC} (\\d{1,2})${ORD}?,? ${Y}`), (m) => addDate(m, m[3]!, enMonthNumber(m[1]!), m[2]!));
    each(rx(`(\\d{1,2})${ORD}? (?:of )?${MONTH_SRC},? ${Y}`), (m) =>
      addDate(m, m[3]!, enMonthNumber(m[2]!), m[1]!),
    );
    // A day without a year still tells the month.
    each(rx(`${MONTH_SRC} (\\d{1,2})${ORD}?(?!\\s*,?\\s*\\d)`), (m) =>
      addMonth(m, enMonthNumber(m[1]!), undefined, m[2]),
    );
    each(rx(`(\\d{1,2})${ORD}? (?:of )?${MONTH_SRC}(?!\\s*,?\\s*\\d)`), (m) =>
      addMonth(m, enMonthNumber(m[2]!), undefined, m[1]),
    );
  }
  each(
    rx('(?:ngày|hôm|mùng|mồng|sáng|chiều|tối|trưa|đêm) (\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?![\\d/.-])'),
    (m) => addMonth(m, Number(m[2]), undefined, m[1]),
  );
  each(rx('(?:ngày|mùng|mồng) (\\d{1,2}) tháng (\\d{1,2})'), (m) =>
    addMonth(m, Number(m[2]), undefined, m[1]),
  );
  // "… Chí Linh 14/8 tổ chức ở đâu": a day and month without their word; read so only when the day
  // exceeds the month, since "8/10 xã" (8 of 10 communes) is a part of a whole.
  // A day no greater than its month is a date too when no counted noun follows it ("hn bch xa da
  // bac 6/10 ben tu … ai du", "hop 6/10 ai chu tri"): a part of a whole counts something.
  each(rx('(?<![\\d/.,])(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/.,]\\d|\\d|/)'), (m) => {
    const [d, mo] = [Number(m[1]), Number(m[2])];
    if (d < 1 || d > 31 || mo < 1 || mo > 12) return false;
    const next = /^\s*([\p{L}]+)/u.exec(s.slice(m.index + m[0].length))?.[1];
    const dated = d > mo || next === undefined || DATE_FOLLOWERS.has(fold(next).toLowerCase());
    return dated && addMonth(m, mo, undefined, m[1]);
  });

  // Terms of office: nhiệm kỳ 2020 - 2025, 2015-2020 term.
  each(rx(`(?:(?:nhiệm kỳ|khóa|term|tenure)(?: of)?\\s*)?${Y}\\s*(?:[-–—]|to)\\s*${Y}`), (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!(b > a && b - a <= 10)) return false;
    terms.push({ at: m.index, value: `${a}-${b}` });
    return true;
  });

  for (const rule of PERIOD_RULES) {
    each(rule.re, (m) => {
      const kind = rule.kind(m);
      if (kind === null) return false;
      const y = rule.year > 0 ? m[rule.year] : undefined;
      periods.push({ at: m.index, value: { kind, year: y ? Number(y) : null } });
      return true;
    });
  }

  each(rx(`tháng (\\d{1,2})(?:\\s*[/–-]\\s*|\\s*,\\s*(?:năm )?| (?:năm )?)${Y}`), (m) =>
    addMonth(m, Number(m[1]), m[2]),
  );
  each(rx(`(?<![\\d/.,]\\s*)(\\d{1,2})\\s*/\\s*${Y}`), (m) => addMonth(m, Number(m[1]), m[2]));
  each(rx('tháng (\\d{1,2})(?![\\d/.,]\\d)'), (m) => addMonth(m, Number(m[1]), undefined));
  each(rx('tháng (giêng|chạp)'), (m) => addMonth(m, m[1]!.startsWith('g') ? 1 : 12, undefined));
  if (lang === 'en') {
    each(rx(`${MONTH_SRC},? (?:of )?${Y}`), (m) => addMonth(m, enMonthNumber(m[1]!), m[2]));
    each(rx(`(?:in|during|since|until|till|by|of|from|through|early|late|mid)[- ]${MONTH_SRC}`), (m) =>
      addMonth(m, enMonthNumber(m[1]!), undefined),
    );
  }

  each(rx(`(?<![\\d.,/–-])${Y}(?![.,/]\\d)`), (m) => {
    years.push({ at: m.index, value: Number(m[1]) });
    return true;
  });

  // A period typed without its year borrows the question's only other year ("Năm 2022, … 9 tháng"),
  // never a comparison base's ("Trong quý III, kết nạp 68, … tăng so với cùng kỳ năm 2022" is no
  // third quarter of 2022).
  const plainYears = [
    ...new Set(
      years
        .filter((h) => !COMPARED_BEFORE.test(low.slice(Math.max(0, h.at - COMPARED_REACH), h.at)))
        .map((h) => h.value),
    ),
  ];
  const borrowed =
    plainYears.length === 1 && periods.some((p) => p.value.year === null) ? plainYears[0]! : null;
  // Else the year of its dated periods, when they share one ("giao ban 9 tháng năm 2023 … trong
  // quý IV" asks the fourth quarter of 2023).
  const periodYears = [...new Set(periods.flatMap((p) => (p.value.year === null ? [] : [p.value.year])))];
  const sibling =
    borrowed === null && plainYears.length === 0 && periodYears.length === 1 ? periodYears[0]! : null;
  const periodStrings = sortHits(periods).flatMap((p) => {
    const year = p.year ?? borrowed ?? sibling;
    if (p.kind === 'Y') return year === null ? [] : [String(year)];
    return [year === null ? p.kind : `${year}-${p.kind}`];
  });

  return {
    periods: unique(periodStrings),
    years: borrowed === null ? unique(sortHits(years)) : [],
    months: uniqueBy(sortHits(months), (m) => `${m.year}-${m.month}`),
    ...monthSpanOf(low, months),
    dates: unique(sortHits(dates)),
    deadlines: unique(sortHits(deadlines)),
    terms: unique(sortHits(terms)),
    spans,
  };
}

// "từ … đến …", "between … and …": the words that open and close a span of months.
const SPAN_OPENS = /(?:^|[^\p{L}])(?:từ|tu|between|from)\s+$/u;
const SPAN_JOINS = /(?:^|[^\p{L}])(?:đến|den|tới|toi|and|to|until|till)\s+(?:hết\s+|het\s+)?$|[–-]\s*$/u;
/** Most characters from the span's first month to its second ("tháng 9/2023 đến "). */
const SPAN_REACH = 28;

/** The span two dated months bound, when the text opens it before the first and joins them. */
function monthSpanOf(low: string, months: Hit<MonthRef>[]): { monthSpan?: { from: MonthRef; to: MonthRef } } {
  if (months.length !== 2) return {};
  const [a, b] = [...months].sort((x, y) => x.at - y.at) as [Hit<MonthRef>, Hit<MonthRef>];
  if (a.value.year === null || b.value.year === null || b.at - a.at > SPAN_REACH) return {};
  if (!SPAN_OPENS.test(low.slice(Math.max(0, a.at - 10), a.at))) return {};
  const between = low.slice(a.at, b.at);
  // The first month as written ends where its year does: what follows joins the two.
  const afterYear = between.slice(between.indexOf(String(a.value.year)) + 4);
  if (!SPAN_JOINS.test(afterYear)) return {};
  return { monthSpan: { from: a.value, to: b.value } };
}

function sortHits<T>(hits: Hit<T>[]): T[] {
  return [...hits].sort((a, b) => a.at - b.at).map((h) => h.value);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function uniqueBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Time references of any text (an article title, a question): periods, years, months, dates and
 * terms, normalised as in `ParsedQuestion.time` (without `recent`). English month names are read
 * when `lang` is `en` (default `vi`).
 */
export function extractTime(text: string, lang: 'vi' | 'en' = 'vi'): Omit<TimeInfo, 'recent'> {
  const { spans: _spans, ...rest } = scanTime(lowerAligned(normalizeText(text)), lang);
  return rest;
}

/**
 * Every meeting ordinal in a text, in order ("Hội nghị lần thứ ba …, lần thứ 21" → [3, 21]), with
 * time expressions ignored so that "quý I" or "9 tháng" never count.
 */
export function extractOrdinals(text: string): number[] {
  const low = lowerAligned(normalizeText(text));
  const masked = blank(low, scanTime(low, 'vi').spans);
  return [...new Set(scanOrdinals(masked).map((o) => o.value))];
}
