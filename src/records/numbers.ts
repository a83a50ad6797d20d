/**
 * Numbers as Vietnamese reports write them: a dot groups thousands ("1.250"), a comma marks the
 * decimal part ("97,5"), and an ordinal may be spelt out ("lần thứ bảy") or Roman ("lần thứ XIV").
 */

/**
 * The written forms of one number, longest first: dotted thousands with an optional decimal comma
 * ("11.264", "1.234,5"), plain digits with an optional decimal comma ("97,5", "2076"), and the
 * dot-decimal some sites use ("5.9": one or two digits after the dot, so never thousands).
 */
export const NUMBER_SOURCE = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+\\.\\d{1,2}(?!\\d)|\\d+(?:,\\d+)?';

const WHOLE_NUMBER = new RegExp(`^(?:${NUMBER_SOURCE})$`, 'u');

/**
 * Value of a number written the Vietnamese way ("1.250" → 1250, "97,5" → 97.5, "5.9" → 5.9).
 * Returns null for anything else (the remedy is to pass only text matched by {@link NUMBER_SOURCE}).
 */
export function parseVietNumber(text: string): number | null {
  if (!WHOLE_NUMBER.test(text)) return null;
  const thousands = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u.test(text);
  const plain = thousands ? text.replace(/\./g, '').replace(',', '.') : text.replace(',', '.');
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/**
 * Write a non-negative number the Vietnamese way: dots between thousands, a decimal comma, no
 * trailing zeros (1250 → "1.250", 97.5 → "97,5"). `decimals` caps the fraction digits.
 */
export function formatVietNumber(value: number, decimals = 6): string {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`formatVietNumber: ${value} is not a finite non-negative number`);
  }
  const fixed = value.toFixed(decimals).replace(/\.?0+$/u, '');
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

// Vietnamese cardinal words up to 99, as ordinals are spelt ("lần thứ hai mươi mốt").
const UNITS: Record<string, number> = {
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};
const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** Value of a Roman numeral up to 399 ("XIV" → 14), or null. */
function romanValue(s: string): number | null {
  const r = s.toLowerCase();
  if (!/^[ivxlc]+$/u.test(r)) return null;
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN[r[i]!]!;
    const next = ROMAN[r[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

/**
 * An ordinal as written after "lần thứ": digits ("21"), Roman ("XIV") or words ("bảy",
 * "mười hai", "hai mươi mốt"). Returns null when the text is none of these.
 */
export function parseOrdinal(text: string): number | null {
  const t = text.trim();
  if (/^\d+$/u.test(t)) return Number(t);
  const roman = romanValue(t);
  if (roman !== null && /^[IVXLC]+$/u.test(t)) return roman;
  const words = t.toLowerCase().split(/\s+/u);
  if (words[0] === 'nhất') return words.length === 1 ? 1 : null;
  let value = 0;
  let i = 0;
  if (words[0] === 'mười') {
    value = 10;
    i = 1;
  } else if (UNITS[words[0] ?? ''] !== undefined && words[1] === 'mươi') {
    value = UNITS[words[0]!]! * 10;
    i = 2;
  }
  if (i < words.length) {
    const unit = UNITS[words[i] ?? ''];
    if (unit === undefined || i + 1 !== words.length) return null;
    // "lăm"/"mốt" only follow a ten ("mười lăm", "hai mươi mốt").
    if ((words[i] === 'lăm' || words[i] === 'mốt') && value === 0) return null;
    value += unit;
  }
  return value > 0 ? value : null;
}

/** Regex source for an ordinal as {@link parseOrdinal} reads it (digits, Roman, or 1–3 number words). */
export const ORDINAL_SOURCE = `\\d{1,3}|[IVXLC]{1,6}(?![\\p{L}])|(?:(?:${[...Object.keys(UNITS), 'mười', 'mươi', 'nhất'].join('|')})(?![\\p{L}])\\s*){1,3}`;
