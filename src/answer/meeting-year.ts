/**
 * A year the question writes as its meeting's own ("kỳ họp thường lệ cuối năm 2023") rather than as
 * the period of a figure or a plan: the candidate filter holds the meeting to it, and the figure's
 * own sentence may then speak of other years (the plans the session made for the next).
 */
import { MEETING_NOUN_EN_PATTERN, MEETING_NOUNS } from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';
import { escapeRegExp } from '../text/regex.ts';

/**
 * A year the question writes as its meeting's own, a few words after a meeting noun ("kỳ họp thường
 * lệ cuối năm 2023", "hoi nghi tong ket nam 2023", "the year-end session in 2023"): asked of any
 * target, the article must say its meeting is of that year, not merely compare with it further on
 * ("tăng 9,15% so với năm 2023" at the session closing 2024).
 */
export function yearsOfMeetingAsked(text: string): Set<number> {
  const out = new Set<number>();
  for (const re of [MEETING_YEAR_VI, MEETING_YEAR_EN])
    for (const m of fold(text).matchAll(re)) out.add(Number(m[1] ?? m[2]));
  return out;
}

/** Up to four words, no punctuation, between a meeting noun and "năm YYYY" (folded text). */
const MEETING_YEAR_VI = new RegExp(
  `(?<![\\p{L}])(?:${MEETING_NOUNS.map((w) => escapeRegExp(fold(w))).join('|')})(?:\\s+[\\p{L}\\d]+){0,4}?\\s+nam\\s+(\\d{4})(?!\\d)`,
  'giu',
);
/** "session in 2023", "conference of 2023", "2023 year-end session". */
const MEETING_YEAR_EN = new RegExp(
  `(?<![\\p{L}])(?:${MEETING_NOUN_EN_PATTERN}(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:in|of|for)\\s+(\\d{4})|(\\d{4})(?:\\s+[\\p{L}-]+){0,2}\\s+${MEETING_NOUN_EN_PATTERN})(?![\\p{L}])`,
  'giu',
);
