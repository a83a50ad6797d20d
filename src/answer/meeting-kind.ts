/**
 * The kind of meeting a question names ("giao ban", "sơ kết", "kỳ họp"): the meeting answering it
 * must be of that kind, as its headline, lead or recorded kind words name it. The generic nouns
 * ("họp", "hội nghị") constrain nothing.
 */
import type { ParsedQuestion } from '../query/parse.ts';
import { eitherSpelling, MEETING_KINDS, NOT_WORD_AFTER, NOT_WORD_BEFORE } from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';
import type { Candidate } from './candidates.ts';

/** The opening of a body, where the meeting is named. */
const LEAD_CHARS = 400;

// Kinds of meeting a question may name ("giao ban", "sơ kết"); the generic nouns constrain nothing.
const GENERIC_KINDS = new Set(['họp', 'hội nghị']);
const NAMED_KINDS = MEETING_KINDS.filter((k) => !GENERIC_KINDS.has(k)).map((k) => ({
  re: new RegExp(`${NOT_WORD_BEFORE}${eitherSpelling([k])}${NOT_WORD_AFTER}`, 'iu'),
  folded: fold(k),
}));
const REVIEW_KINDS = new Set(['sơ kết', 'tổng kết'].map(fold));
/** English "review" as a noun ("the mid-year review", "review conference"), not the verb after "to". */
const REVIEW_NOUN_EN = /(?<![\p{L}])(?<!\bto )reviews?(?![\p{L}])/iu;

/** The named kinds, folded ("giao ban", "so ket"): words that name the meeting, not a topic. */
export const NAMED_KIND_WORDS: readonly string[] = NAMED_KINDS.map((k) => k.folded);

/** A kind of meeting the question names ("giao ban", "sơ kết") is the kind its headline or lead names. */
export function kindFits(q: ParsedQuestion, c: Candidate): boolean {
  // An English question names the kind in its glossary rendering ("briefings" → "giao ban").
  const text = q.lang === 'en' ? q.terms.join(' ') : q.text;
  let asked = NAMED_KINDS.filter((k) => k.re.test(text));
  // "met to review its performance": the verb says what the meeting did, not its kind.
  if (q.lang === 'en' && asked.every((k) => REVIEW_KINDS.has(k.folded)) && !REVIEW_NOUN_EN.test(q.text))
    return true;
  if (asked.length === 0) return true;
  // A review is either genre: English "review" names both, and reports call a year's review "sơ
  // kết năm" as well as "tổng kết năm"; the period asked tells them apart.
  if (asked.some((k) => REVIEW_KINDS.has(k.folded)))
    asked = [...asked, ...NAMED_KINDS.filter((k) => REVIEW_KINDS.has(k.folded))];
  const named = fold(`${c.doc.title} ${c.records?.meeting.kindWords ?? ''} ${c.body.slice(0, LEAD_CHARS)}`);
  if (asked.some((k) => named.includes(k.folded))) return true;
  // "Tổ công tác … họp đánh giá công tác giải ngân năm 2024": a meeting named by no kind of its own
  // that reviews (đánh giá, rà soát) is the review asked; one named as another kind (a briefing, a
  // council session) is not.
  return (
    asked.some((k) => REVIEW_KINDS.has(k.folded)) &&
    REVIEW_VERBS.some((v) => named.includes(v)) &&
    !NAMED_KINDS.some((k) => named.includes(k.folded))
  );
}

/** Verbs a meeting that reviews is named by when no kind names it, folded. Closed class. */
const REVIEW_VERBS = ['đánh giá', 'rà soát', 'kiểm điểm'].map(fold);
