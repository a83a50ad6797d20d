/**
 * Calendar arithmetic and Vietnamese number/date writing. Dates are plain `{y, m, d}` values worked
 * through UTC day numbers, so no time zone or host locale can change the output.
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a calendar date. */
export function dayNumber(date: Ymd): number {
  return Math.round(Date.UTC(date.y, date.m - 1, date.d) / MS_PER_DAY);
}

/** Calendar date of a day number. */
export function fromDayNumber(day: number): Ymd {
  const t = new Date(day * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The date `days` later (negative for earlier). */
export function addDays(date: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(date) + days);
}

/** Parses `YYYY-MM-DD`; throws with the bad value otherwise. */
export function parseIso(text: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new Error(`synth: bad date '${text}'; write it as YYYY-MM-DD`);
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const back = fromDayNumber(dayNumber(date));
  if (back.y !== date.y || back.m !== date.m || back.d !== date.d) {
    throw new Error(`synth: '${text}' is not a calendar date; use a real YYYY-MM-DD`);
  }
  return date;
}

export function iso(date: Ymd): string {
  return `${date.y}-${pad2(date.m)}-${pad2(date.d)}`;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: Ymd): number {
  return (dayNumber(date) + 4) % 7;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];

/** `Thứ hai`, `Chủ nhật`… */
export function weekdayName(date: Ymd): string {
  return WEEKDAYS[weekday(date)] as string;
}

/** `d/m/yyyy` (28/9/2022). */
export function dmy(date: Ymd): string {
  return `${date.d}/${date.m}/${date.y}`;
}

/** `dd/mm/yyyy` (28/09/2022). */
export function ddmmyyyy(date: Ymd): string {
  return `${pad2(date.d)}/${pad2(date.m)}/${date.y}`;
}

/** Thousands with dots, as Vietnamese writes them: 3742 → `3.742`. */
export function fmtInt(n: number): string {
  const s = String(Math.round(Math.abs(n)));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += '.';
    out += s[i];
  }
  return n < 0 ? `-${out}` : out;
}

/**
 * A decimal with a comma and `digits` decimals; trailing zeros are dropped so the text reads
 * naturally (97.50 → `97,5`, 80.0 → `80`).
 */
export function fmtDec(x: number, digits = 1): string {
  const fixed = Math.abs(x).toFixed(digits);
  const [whole = '0', frac = ''] = fixed.split('.');
  const trimmed = frac.replace(/0+$/, '');
  const head = fmtInt(Number(whole));
  const sign = x < 0 ? '-' : '';
  return trimmed ? `${sign}${head},${trimmed}` : `${sign}${head}`;
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/** Quarter number to the Roman numeral the press uses (`quý III`). */
export function roman(q: number): string {
  return ROMAN[q] ?? String(q);
}

const ORDINAL_WORDS = [
  '',
  'nhất',
  'hai',
  'ba',
  'tư',
  'năm',
  'sáu',
  'bảy',
  'tám',
  'chín',
  'mười',
  'mười một',
  'mười hai',
  'mười ba',
  'mười bốn',
  'mười lăm',
  'mười sáu',
  'mười bảy',
  'mười tám',
  'mười chín',
  'hai mươi',
];

/** `lần thứ ba` / `lần thứ 21`: conference numbers are written either way. */
export function ordinal(n: number, words: boolean): string {
  if (words && n < ORDINAL_WORDS.length) return n === 1 ? 'thứ nhất' : `thứ ${ORDINAL_WORDS[n]}`;
  return `thứ ${n}`;
}

/** Whitespace-separated word count, as `wc -w` counts. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}
