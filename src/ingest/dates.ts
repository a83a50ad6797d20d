/**
 * Calendar dates as Vietnamese news pages write them, and the "date lines" of page furniture
 * (posting stamps, page-header dates, view counters) that surround an article.
 */

/** Letters and digits: a lookahead/lookbehind on this replaces `\b`, which is ASCII-only in JS. */
const LN = '[\\p{L}\\p{N}]';

/** `YYYY-MM-DD` when y/m/d is a real calendar day (1900–2099), else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whole days from ISO date `a` to ISO date `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** A full date (with year) found in a text. */
export interface DateHit {
  iso: string;
  index: number;
  length: number;
}

// d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy; "ngày 20 tháng 06 năm 2022"; yyyy-mm-dd. Digits must not
// continue on either side, so "13/15" or "1.300" never read as dates.
const FULL_DATE = new RegExp(
  [
    `(?<![\\d/.-])(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?![\\d/])`,
    `(?<!${LN})ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*(?:năm|,)\\s*(\\d{4})(?!\\d)`,
    `(?<![\\d/.-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])`,
  ].join('|'),
  'giu',
);

/** Every full date in the text, in order; impossible days (31/02) are ignored. */
export function findFullDates(text: string): DateHit[] {
  const out: DateHit[] = [];
  for (const m of text.matchAll(FULL_DATE)) {
    let iso: string | null = null;
    if (m[1] !== undefined) iso = isoDate(Number(m[4]), Number(m[3]), Number(m[1]));
    else if (m[5] !== undefined) iso = isoDate(Number(m[7]), Number(m[6]), Number(m[5]));
    else if (m[8] !== undefined) iso = isoDate(Number(m[8]), Number(m[9]), Number(m[10]));
    if (iso) out.push({ iso, index: m.index, length: m[0].length });
  }
  return out;
}

/** What a short line made of a date and page furniture says. */
export interface DateLine {
  /** The first date on the line. */
  iso: string;
  /** "Hôm nay: …": the day the page was scraped, never the article's date. */
  today: boolean;
  /** The line names the posting ("Ngày đăng", "Cập nhật", "Thời gian đăng", a view counter…). */
  posted: boolean;
  /** A by-line carried on the same line ("| Tác giả: Hoàng Yến", "- Tin, ảnh: Thanh Tâm"). */
  credit: string | null;
}

const TIME = /(?<!\d)\d{1,2}\s*[:hg]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:AM|PM|SA|CH))?'?/giu;
const WEEKDAY = new RegExp(
  `(?<!${LN})(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)(?!${LN})`,
  'giu',
);
const GMT = /\[?\s*GMT\s*[+-]\s*\d{1,2}\s*\]?/giu;
const COUNTER = /(?:số\s+)?(?:lượt|lần)\s+(?:xem|đọc|truy cập)\s*:?\s*[\d.,]+/giu;
const CREDIT =
  /(tác giả|tin,?\s*ảnh|tin và ảnh|bài,?\s*ảnh|bài và ảnh|bài|tin|ảnh|nguồn|chuyên mục|người viết|người đăng)\s*:\s*([^|]*)/giu;
const POSTED =
  /(?:thời gian đăng|ngày đăng|đăng ngày|đăng lúc|ngày cập nhật|cập nhật|xuất bản|lượt xem|lượt đọc|lần xem|bài đăng)/iu;
const MARKER_WORDS = new RegExp(
  `(?<!${LN})(?:thời gian|ngày|tháng|năm|đăng|cập nhật|lần cuối|lần đầu|bài|lúc|vào|xuất bản|hôm nay|là|gmt)(?!${LN})`,
  'giu',
);

/**
 * Read a line as a date line: a full date plus only page furniture (weekday, time, posting
 * marker, view counter, by-line). Returns null for anything else, including article sentences
 * that merely contain a date ("Ngày 20/6, đồng chí …").
 */
export function readDateLine(line: string): DateLine | null {
  const text = line.trim();
  if (text.length === 0 || text.length > 160) return null;
  const dates = findFullDates(text);
  const first = dates[0];
  if (!first) return null;
  let credit: string | null = null;
  let rest = text;
  for (const d of [...dates].reverse()) rest = `${rest.slice(0, d.index)} ${rest.slice(d.index + d.length)}`;
  rest = rest.replace(CREDIT, (_all, label: string, who: string) => {
    const name = who.replace(/\s*[-–—]\s*$/u, '').trim();
    if (credit === null && name && !/^(?:nguồn|chuyên mục)$/iu.test(label)) credit = name;
    return ' ';
  });
  rest = rest
    .replace(COUNTER, ' ')
    .replace(GMT, ' ')
    .replace(TIME, ' ')
    .replace(WEEKDAY, ' ')
    .replace(MARKER_WORDS, ' ')
    .replace(/[\p{P}\p{S}]+/gu, ' ');
  const leftover = rest.split(/\s+/).filter(Boolean);
  if (leftover.length > 2) return null;
  return {
    iso: first.iso,
    today: /^\W*hôm nay/iu.test(text),
    posted: POSTED.test(text),
    credit,
  };
}

/** A date mentioned in running text, possibly without a year ("Chiều 18/7", "Ngày 20/6"). */
export interface DateMention {
  day: number;
  month: number;
  year: number | null;
  index: number;
}

// A day/month preceded by a time-of-day or "ngày" cue: the way articles date their meeting.
// Dates after "đăng", "trước", "từ", "đến"… are postings and deadlines, not the meeting.
// A meeting of several days names its first day before the last one's date ("Trong 2 ngày 19 và
// 20/12/2023", "ngày 19-20/12", "ngày 19, 20 tháng 12"): it is dated by its first day.
const CUED_DATE = new RegExp(
  [
    `(?<!(?:đăng|cập nhật|trước|từ|đến|tới|sau|hết|hạn|kể từ)\\s+)(?<!${LN})(?:(?:sáng|chiều|tối|trưa|đêm)(?:\\s+(?:ngày|hôm|nay))?|ngày|hôm)\\s+`,
    `(?:(?<first>\\d{1,2})\\s*(?:và|,|-|–|đến)\\s*(?=\\d{1,2}\\s*(?:[/-]\\s*\\d{1,2}|tháng)))?`,
    `(?:(?<d1>\\d{1,2})\\s*[/-]\\s*(?<m1>\\d{1,2})(?:\\s*[/-]\\s*(?<y1>\\d{4}))?(?![\\d/])`,
    `|(?<d2>\\d{1,2})\\s+tháng\\s+(?<m2>\\d{1,2})(?:\\s*(?:năm|,)\\s*(?<y2>\\d{4}))?(?!\\d))`,
  ].join(''),
  'giu',
);

/** Dates that follow a "sáng/chiều/tối/ngày" cue, in order of appearance. */
export function findCuedDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(CUED_DATE)) {
    const g = m.groups ?? {};
    const last = Number(g.d1 ?? g.d2);
    const day = g.first !== undefined && Number(g.first) < last ? Number(g.first) : last;
    const month = Number(g.m1 ?? g.m2);
    const yearText = g.y1 ?? g.y2;
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    out.push({ day, month, year: yearText ? Number(yearText) : null, index: m.index });
  }
  return out;
}

/**
 * Complete a year-less day/month with the year that puts it on or just before `reference`
 * (a meeting reported on 02/01 with "Ngày 30/12" happened the previous year).
 */
export function resolveYear(m: DateMention, reference: string): string | null {
  if (m.year !== null) return isoDate(m.year, m.month, m.day);
  const refYear = Number(reference.slice(0, 4));
  const same = isoDate(refYear, m.month, m.day);
  if (same && daysBetween(reference, same) <= 31) return same;
  return isoDate(refYear - 1, m.month, m.day);
}
