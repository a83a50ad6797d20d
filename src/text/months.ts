/**
 * English month names, the one table for formatting dates in English answers, reading English
 * dates in questions and scoring English dates in the evaluation.
 */

/** Month names, January first (index = month − 1). */
export const EN_MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Lower-case names and abbreviations ("dec", "sept") → month number 1–12. */
export const EN_MONTH_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  EN_MONTH_NAMES.flatMap((name, i) => [
    [name.toLowerCase(), i + 1],
    [name.slice(0, 3).toLowerCase(), i + 1],
  ]).concat([['sept', 9]]),
);

/** The month number (1–12) of an English month word or abbreviation, any case, a final dot allowed; 0 if none. */
export function enMonthNumber(word: string): number {
  return EN_MONTH_WORDS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}
