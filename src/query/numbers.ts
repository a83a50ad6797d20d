/**
 * Number words: Vietnamese cardinals as used in ordinals ("lần thứ hai mươi tư"), Roman numerals
 * ("quý III", "Đại hội XIII") and English ordinals ("third", "24th").
 */
import { alternation, MEASURE_UNITS, PERSON_UNITS, UNITS } from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';

// Keyed by folded spelling: a question typed without marks reads the same. "mười" and "mươi" both
// fold to "muoi"; their role follows from position (first word: ten; after a unit: tens).
const UNIT: Record<string, number> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  lam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
};
// Spellings that only occur after "mươi"/"mười" ("hai mươi mốt", "mười lăm").
const AFTER_TENS_ONLY = new Set(['lam']);

/** Vietnamese number words, loose regex alternation (marked and bare spellings). */
export const VI_NUMBER_WORDS = [
  'một',
  'mốt',
  'hai',
  'ba',
  'bốn',
  'tư',
  'năm',
  'lăm',
  'sáu',
  'bảy',
  'bẩy',
  'tám',
  'chín',
  'mười',
  'mươi',
  'nhất',
];

/**
 * The folded word that spells a count of one to ten on its own ("hai cấp", "mười xã"), or undefined:
 * the first spelling of {@link UNIT} (not one heard only after the tens), and "muoi" for ten.
 */
export function spelledCount(n: number): string | undefined {
  if (n === 10) return 'muoi';
  return Object.keys(UNIT).find((w) => UNIT[w] === n && !AFTER_TENS_ONLY.has(w));
}

function unit(w: string): number | undefined {
  return UNIT[fold(w)];
}

/**
 * Parse a run of Vietnamese number words (1–99, plus `nhất` = 1 as in "thứ nhất").
 * Returns the value and how many words it used, or null when the first word is not a number word.
 */
export function parseViNumberWords(words: readonly string[]): { value: number; used: number } | null {
  const w0 = words[0];
  if (w0 === undefined) return null;
  const f0 = fold(w0);
  if (f0 === 'nhat') return { value: 1, used: 1 };
  const next = (i: number): number | undefined => {
    const w = words[i];
    return w === undefined ? undefined : unit(w);
  };
  if (f0 === 'muoi') {
    const u = next(1);
    return u !== undefined ? { value: 10 + u, used: 2 } : { value: 10, used: 1 };
  }
  const u0 = unit(w0);
  if (u0 === undefined || AFTER_TENS_ONLY.has(f0)) return null;
  if (words[1] !== undefined && fold(words[1]) === 'muoi') {
    const u = next(2);
    return u !== undefined ? { value: u0 * 10 + u, used: 3 } : { value: u0 * 10, used: 2 };
  }
  return { value: u0, used: 1 };
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** Value of a well-formed Roman numeral (any case), or null ("iiii", "ic" are rejected). */
export function parseRoman(s: string): number | null {
  const r = s.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(r)) return null;
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN[r[i]!]!;
    const n = ROMAN[r[i + 1] ?? ''] ?? 0;
    total += v < n ? -v : v;
  }
  return toRoman(total) === r ? total : null;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** Upper-case Roman numeral for 1–3999 (`3` → `III`), used to render quarters. */
export function romanOf(n: number): string {
  return toRoman(n).toUpperCase();
}

const EN_ORDINAL_UNITS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const EN_TENS = ['twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet'];

/** English ordinal words, regex alternation ("third", "twenty-fourth", "twentieth"). */
export const EN_ORDINAL_SOURCE = `(?:(?:${EN_TENS.join('|')})y[- ](?:${EN_ORDINAL_UNITS.slice(0, 9).join('|')})|(?:${EN_TENS.join('|')})ieth|${EN_ORDINAL_UNITS.join('|')})`;

/** Value of an English ordinal word ("third" → 3, "twenty-fourth" → 24), or null. */
export function parseEnOrdinal(s: string): number | null {
  const w = s.toLowerCase().trim();
  const direct = EN_ORDINAL_UNITS.indexOf(w);
  if (direct >= 0) return direct + 1;
  const tensOnly = /^([a-z]+)ieth$/.exec(w);
  if (tensOnly) {
    const t = EN_TENS.indexOf(tensOnly[1]!);
    return t >= 0 ? (t + 2) * 10 : null;
  }
  const compound = /^([a-z]+)y[- ]([a-z]+)$/.exec(w);
  if (compound) {
    const t = EN_TENS.indexOf(compound[1]!);
    const u = EN_ORDINAL_UNITS.indexOf(compound[2]!);
    if (t >= 0 && u >= 0 && u < 9) return (t + 2) * 10 + u + 1;
  }
  return null;
}

/** English scale words of counts and their factors ("billion" is money in the reports). Closed. */
const EN_SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6 };
/**
 * "1.2 million tourist arrivals": an English number, a scale word and a counted noun that is no
 * currency (money keeps its scale: "1.2 million dong" is read as triệu đồng, "1.2 million for
 * roads" too).
 */
const SCALED_COUNT =
  /(?<![\p{L}\p{N}.,])(\d+(?:\.\d+)?)\s+(thousand|million)\s+(?!(?:dong|vnd|usd|us\s+dollars?|dollars?|for|in|to|of|and|or|on|at|from|by|with|per|than|is|was|were|are|the|an?)(?![\p{L}]))(?=\p{L})/giu;

/**
 * An English question with each scaled count written out ("1.2 million tourist arrivals" →
 * "1,200,000 tourist arrivals"): the articles write counts in full ("1.450.000 lượt khách"), and a
 * bare "million" would otherwise be read as money (the glossary's "triệu đồng").
 */
export function spellScaledCounts(text: string): string {
  return text.replace(SCALED_COUNT, (whole, n: string, scale: string) => {
    const v = Number(n) * (EN_SCALES[scale.toLowerCase()] ?? 1);
    return Number.isSafeInteger(Math.round(v)) ? `${Math.round(v).toLocaleString('en-US')} ` : whole;
  });
}

/** A unit of time right after a number: the number counts time (periods the time scan reads are blanked already). Closed. */
const DURATION_AFTER =
  /^\s*(?:tháng|thang|ngày|ngay|tuần|tuan|năm|nam|months?|days?|weeks?|years?)(?![\p{L}\p{N}])/u;

const QUOTED = /(?<![\p{L}\p{N}]|[\p{L}][-–]|\d[.,])\d+(?:[.,]\d+)*(?![\p{L}\p{N}])/gu;

/**
 * Quantities quoted in the question, as written (`11.264`, `97,5`), read from `masked` (the aligned
 * lower-case question with dates, periods, ordinals and numbered bodies blanked) and sliced from `text`.
 */
export function scanQuotedNumbers(text: string, masked: string): string[] {
  const out: string[] = [];
  for (const m of masked.matchAll(QUOTED)) {
    // "sau hơn 3 tháng vận hành", "after 3 months": a span of time, no quantity claimed.
    if (DURATION_AFTER.test(masked.slice(m.index + m[0].length))) continue;
    out.push(text.slice(m.index, m.index + m[0].length));
  }
  return [...new Set(out)];
}

/** Folded unit words (vocab.ts `UNITS`, measure and person units), longest first, as an alternation. */
const UNIT_WORDS = alternation([
  ...new Set([...Object.keys(UNITS), ...MEASURE_UNITS, ...PERSON_UNITS].map((u) => fold(u).toLowerCase())),
]);
/**
 * "tấn 1 ha", "tấn trên 1 ha", "triệu đồng/1 người", "tấn / mỗi một ha": a rate written with its
 * denominator's one (per hectare, per person), read folded; groups: the unit, the one, the unit.
 * Closed: how a rate is written.
 */
const RATE_WITH_ONE = new RegExp(
  `(?<![\\p{L}])(${UNIT_WORDS})\\s*(?:\\/\\s*|\\s(?:tren|moi)\\s+|\\s)(?:1|mot)\\s+(${UNIT_WORDS})(?![\\p{L}\\p{N}])`,
  'dgu',
);

/**
 * The question with each rate written with its one joined as the articles write it ("bao nhiêu tấn
 * trên 1 ha" → "bao nhiêu tấn/ha"): the one is no quantity the question quotes, and "trên" no word
 * an article must write.
 */
export function joinRates(text: string): string {
  const folded = fold(text).toLowerCase();
  // Folding keeps each character's place except in rare decomposed text: then left as typed.
  if (folded.length !== text.length) return text;
  let out = '';
  let at = 0;
  for (const m of folded.matchAll(RATE_WITH_ONE)) {
    const [unit, per] = [m.indices?.[1], m.indices?.[2]];
    if (!unit || !per) continue;
    out += `${text.slice(at, unit[1])}/${text.slice(per[0], per[1])}`;
    at = per[1];
  }
  return out + text.slice(at);
}

/**
 * "30 of 32", "31 out of 32", "30 trên 32": a share of a whole, written as the articles write it
 * ("31/32 đại biểu có mặt tán thành"). Not before a year ("30 of 2024" is no share). Closed: how a
 * share is said.
 */
const SHARE_SAID =
  /(?<![\p{L}\p{N}.,/])(\d{1,4})\s+(?:out\s+of|of|trên|tren)\s+(?!(?:19|20)\d{2}(?!\d))(\d{1,4})(?![\p{L}\p{N}]|[.,]\d)/giu;

/** The question with each share said in words joined as a fraction ("30 of 32" → "30/32"). */
export function joinShares(text: string): string {
  return text.replace(SHARE_SAID, (_m, part: string, whole: string) => `${part}/${whole}`);
}

/**
 * A number typed glued to its unit ("3,25ha", "12ty", "450tr", "5km"): split as the articles write
 * it ("3,25 ha"), so the number is read as a quantity and the unit as its unit. Closed: the units
 * chat glues.
 */
const GLUED_UNIT =
  /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)*)(ha|km|kg|tấn|tan|tỷ|ty|triệu|trieu|tr)(?![\p{L}\p{N}])/giu;

/** The question with each number glued to its unit spaced from it ({@link GLUED_UNIT}). */
export function splitGluedUnits(text: string): string {
  return text.replace(GLUED_UNIT, (_m, n: string, unit: string) => `${n} ${unit}`);
}
