/**
 * Written-form equivalence for scoring: a date or a number that an answer states in another written
 * form than the expected string still counts. `12/1/2021`, `12/01/2021`, `12-1-2021`, `12-01-2021`,
 * `ngày 12 tháng 1 năm 2021`, `January 12, 2021` and `12 January 2021` are one date; `3.742`, `3742`
 * and `3,742` one number; `97,5` and `97.5` one number. Every match has a non-digit boundary, so
 * `6/10/2020` is not found inside `16/10/2020` and `742` not inside `3.742`.
 *
 * Regexes here carry the `g` flag only for `matchAll`, which copies them, so no state is shared
 * between calls.
 */

import { EN_MONTH_WORDS } from '../text/months.ts';

/** A calendar date as written; `y` is null when the text leaves the year out (`12/1`). */
export interface WrittenDate {
  y: number | null;
  m: number;
  d: number;
}

const MONTH_NAMES = Object.keys(EN_MONTH_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** d/m/yyyy, d-m-yyyy (either part zero-padded or not), or d/m without a year. */
const NUMERIC_DATE = /(?<![\d/-])(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}))?(?![\d/-]|-\d)/g;
/** yyyy-mm-dd. */
const ISO_DATE = /(?<![\d/-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/-])/g;
/** `12 tháng 1 năm 2021`, `12 tháng 01/2021`, `12 tháng 1`. */
const VI_DATE = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:(?:\s+năm\s+|\/)(\d{4}))?(?!\d)/gu;
/** `January 12, 2021`, `Jan 12th 2021`, `January 12`. */
const EN_MONTH_FIRST = new RegExp(
  `(?<![\\p{L}])(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4})(?!\\d))?`,
  'giu',
);
/** `12 January 2021`, `12th of January, 2021`, `12 January`. */
const EN_DAY_FIRST = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAMES})(?![\\p{L}])\\.?(?:,?\\s+(\\d{4})(?!\\d))?`,
  'giu',
);

function valid(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/** A date found in a text, with where it is written. */
interface Found {
  date: WrittenDate;
  start: number;
  end: number;
}

/** Every date written in `text` (NFC, lower-cased), with its span. */
function scan(t: string): Found[] {
  const out: Found[] = [];
  const add = (m: RegExpMatchArray, d: string | undefined, mo: number, y: string | undefined) => {
    const day = Number(d);
    if (!valid(day, mo)) return;
    const start = m.index ?? 0;
    out.push({
      date: { d: day, m: mo, y: y === undefined ? null : Number(y) },
      start,
      end: start + m[0].length,
    });
  };
  for (const m of t.matchAll(NUMERIC_DATE)) add(m, m[1], Number(m[3]), m[4]);
  for (const m of t.matchAll(ISO_DATE)) add(m, m[3], Number(m[2]), m[1]);
  for (const m of t.matchAll(VI_DATE)) add(m, m[1], Number(m[2]), m[3]);
  for (const m of t.matchAll(EN_MONTH_FIRST)) add(m, m[2], EN_MONTH_WORDS[m[1] as string] ?? 0, m[3]);
  for (const m of t.matchAll(EN_DAY_FIRST)) add(m, m[1], EN_MONTH_WORDS[m[2] as string] ?? 0, m[3]);
  return out;
}

const lower = (text: string) => text.normalize('NFC').toLowerCase();

/** Every date written in `text`, in any of the forms this module knows. */
export function datesIn(text: string): WrittenDate[] {
  return scan(lower(text)).map((f) => f.date);
}

/** The date `text` is, when the whole of it (trimmed, optionally after `ngày` or `on`) is one date. */
export function asDate(text: string): WrittenDate | null {
  const t = lower(text)
    .trim()
    .replace(/^(ngày|on)\s+/u, '');
  const whole = scan(t).find((f) => f.start === 0 && f.end === t.length);
  return whole ? whole.date : null;
}

/** True when the answer states `date` in any written form (a year-less expectation matches any year). */
export function hasDate(answer: string, date: WrittenDate): boolean {
  return datesIn(answer).some((x) => x.d === date.d && x.m === date.m && (date.y === null || x.y === date.y));
}

const VI_NUMBER = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const EN_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Value of a number written the Vietnamese way (`3.742`, `97,5`), or null. */
function viValue(token: string): number | null {
  return VI_NUMBER.test(token) ? Number(token.replaceAll('.', '').replace(',', '.')) : null;
}

/** Value of a number written the English way (`3,742`, `97.5`), or null. */
function enValue(token: string): number | null {
  return EN_NUMBER.test(token) ? Number(token.replaceAll(',', '')) : null;
}

/**
 * The value of an expected string that is one number. Expected strings are written the way the
 * articles write them (Vietnamese), so that reading wins; `97.5` (no valid Vietnamese reading) is
 * read the English way.
 */
export function asNumber(text: string): number | null {
  const t = text.trim();
  if (!/^\d[\d.,]*$/.test(t) || /[.,]$/.test(t)) return null;
  return viValue(t) ?? enValue(t);
}

/** Maximal runs of digits joined by single `.` or `,`, with no digit or separator before them. */
const NUMBER_TOKEN = /(?<![\d.,])\d+(?:[.,]\d+)*/g;

/** True when the answer states the number `value`, in either the Vietnamese or the English way. */
export function hasNumber(answer: string, value: number): boolean {
  for (const m of answer.matchAll(NUMBER_TOKEN)) {
    const token = m[0];
    for (const v of [viValue(token), enValue(token)])
      if (v !== null && Math.abs(v - value) < 1e-9) return true;
  }
  return false;
}
