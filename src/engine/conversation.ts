/**
 * Follow-up questions. A message that leaves out what the previous question fixed inherits it:
 * "còn quý II thì sao?" keeps the previous target and place and changes the period; "Ngọc Hồi thì
 * sao?" changes the place; "ai trình bày báo cáo?" or "hội nghị đó tổ chức ngày nào?" asks a new
 * target about the same meeting; "what about 2022?" in English. A question that brings its own
 * target *and* its own constraints is a new question and replaces the context.
 *
 * Resolution works on text: the follow-up is rewritten into the full question it stands for (the
 * previous question with the new period or place put in, or the new question with the previous
 * constraints added), which is then understood like any question. So the rest of the pipeline needs
 * no notion of conversation, and the rewritten question can be shown to the user.
 */

import { periodLabel } from '../answer/format.ts';
import { findPlaces } from '../place/find.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import {
  alternation,
  eitherSpelling,
  MEETING_KINDS,
  MEETING_NOUN_EN_PATTERN,
  MEETING_NOUNS,
  NOT_WORD_AFTER,
  NOT_WORD_BEFORE,
  ORG_KINDS,
  ORG_KINDS_EN,
  PLACE_LEVELS,
} from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';

/** Version of {@link Frame}; contexts of another version are ignored. */
export const FRAME_VERSION = 1;

/** What the engine remembers of the last answered question. JSON. */
export interface Frame {
  /** The question as resolved (a follow-up rewritten in full). */
  q: string;
  lang: 'vi' | 'en';
  /** People the answer named, first first ("ông ấy" refers to the first). */
  persons: string[];
  /** Articles cited, most relevant first: "that meeting" means these. */
  docIds: string[];
  /** When the answer asked which meeting was meant: the docIds the options stand for, in order. */
  choices?: string[];
}

/** How a question relates to the previous one. */
export interface Resolution {
  /** The question to answer. */
  text: string;
  /** Restrict the answer to these articles (the meeting the conversation is about), when set. */
  onlyDocs?: string[];
  /** What was carried over from the previous question, when the rewriting knows it; else null. */
  understood: string | null;
}

// Follow-up markers. Closed class: how Vietnamese and English chat continue a topic.
const FOLLOW_LEAD =
  /^\s*(?:còn|vậy còn|thế còn|thế|vậy|con|vay con|the con|and|what about|how about|and what about|same for|what of)(?![\p{L}])/iu;
const FOLLOW_TAIL =
  /(?:thì sao|thì thế nào|thì như thế nào|thi sao|thi the nao|thế nào|the nao|ra sao|nhỉ|nhi)\s*\??\s*$/iu;
// Words pointing back at the meeting or person of the previous answer. Closed class: demonstratives and pronouns.
const SAME_MEETING = new RegExp(
  `${NOT_WORD_BEFORE}(?:(?:${eitherSpelling([...MEETING_NOUNS, 'giao ban'])})\\s+(?:${eitherSpelling(['đó', 'ấy', 'này', 'trên'])})|(?:that|the same)\\s+${MEETING_NOUN_EN_PATTERN}|at it|of it|in it)${NOT_WORD_AFTER}`,
  'iu',
);
const SAME_PERSON =
  /(?<![\p{L}])(?:ông ấy|bà ấy|đồng chí ấy|đồng chí đó|người đó|người này|ông đó|bà đó|ong ay|ba ay|dong chi ay|dong chi do|nguoi do|he|she|him|her)(?![\p{L}])/iu;
const PERSON_PRONOUN =
  /(?<![\p{L}])(?:ông ấy|bà ấy|đồng chí ấy|đồng chí đó|người đó|ông đó|bà đó|ong ay|ba ay|dong chi ay|dong chi do|nguoi do)(?![\p{L}])/iu;
const EN_PERSON_PRONOUN = /(?<![\p{L}])(?:he|she|him|her)(?![\p{L}])/iu;
// "the year before", "năm trước": a year relative to the previous question's.
const YEAR_BEFORE =
  /(?<![\p{L}])(?:năm trước|nam truoc|the year before|the previous year|a year earlier|year before)(?![\p{L}])/iu;
const YEAR_AFTER = /(?<![\p{L}])(?:năm sau|nam sau|the year after|the next year|a year later)(?![\p{L}])/iu;
// Bodies that hold meetings, with the place after them ("Thành ủy Kon Tum"). One-syllable kinds
// ("Sở") are left out: folded, they are ordinary words ("so với").
const ORG_PHRASE = new RegExp(
  `${NOT_WORD_BEFORE}(?:${eitherSpelling(ORG_KINDS.filter((k) => k.includes(' ') || k === k.toUpperCase()))}|${alternation(ORG_KINDS_EN)})(?:\\s+(?:${eitherSpelling(PLACE_LEVELS)}))?(?:\\s+(?:\\p{Lu}[\\p{L}]*|\\d+))*`,
  'gu',
);
// Meeting kinds worth carrying into a rewritten question: every kind but the bare "họp"/"hội nghị",
// which every meeting is.
const MEETING_KIND = new RegExp(
  `${NOT_WORD_BEFORE}(?:${eitherSpelling([...MEETING_KINDS.filter((k) => k !== 'họp' && k !== 'hội nghị'), 'kỳ họp'])})${NOT_WORD_AFTER}`,
  'giu',
);

const has = (re: RegExp, s: string): boolean => re.test(s);

/** A question that brings its own target: anything but the bare default "what". */
function hasOwnTarget(p: ParsedQuestion): boolean {
  return (
    p.target.target.kind !== 'open' ||
    p.target.yesNo ||
    p.asks.has('who') ||
    p.asks.has('when') ||
    p.asks.has('howmany')
  );
}

function hasOwnConstraints(p: ParsedQuestion): boolean {
  const t = p.time;
  return (
    p.entities.length > 0 ||
    p.places.length > 0 ||
    t.periods.length + t.years.length + t.dates.length + t.months.length > 0 ||
    p.ordinal !== null
  );
}

/** Whether a message is a follow-up of the frame, and the full question it stands for. */
export function resolveFollowUp(
  p: ParsedQuestion,
  frame: Frame | null,
  prev: ParsedQuestion | null,
): Resolution {
  const fresh: Resolution = { text: p.text, understood: null };
  if (!frame || !prev) return fresh;
  const marked = has(FOLLOW_LEAD, p.text) || has(FOLLOW_TAIL, p.text);
  const sameMeeting = has(SAME_MEETING, p.text);
  const samePerson =
    has(SAME_PERSON, p.text) &&
    (p.lang === 'vi' ? has(PERSON_PRONOUN, p.text) : has(EN_PERSON_PRONOUN, p.text));
  const relYear = has(YEAR_BEFORE, p.text) ? -1 : has(YEAR_AFTER, p.text) ? 1 : 0;
  const ownTarget = hasOwnTarget(p);
  const ownConstraints = hasOwnConstraints(p) || relYear !== 0;
  // A complete question of its own starts over.
  if (ownTarget && ownConstraints && !marked && !sameMeeting && !samePerson) return fresh;
  if (!ownTarget && !ownConstraints && !marked && !sameMeeting && !samePerson) return fresh;

  if (!ownTarget || (marked && !sameMeeting && !samePerson && ownConstraints)) {
    // "còn quý II thì sao?", "Ngọc Hồi thì sao?", "what about 2022?": the previous question, with
    // the new period or place put in.
    return { text: substitute(prev, p, relYear), understood: null };
  }
  // A new target about the same meeting (or person): the new question plus the previous constraints.
  let text = p.text;
  if (samePerson && frame.persons[0]) {
    text = text.replace(p.lang === 'vi' ? PERSON_PRONOUN : EN_PERSON_PRONOUN, frame.persons[0]);
  }
  const carried = constraintPhrases(prev).filter((c) => !fold(text).includes(fold(c)));
  const resolved = carried.length > 0 ? `${stripQuestionMark(text)} ${carried.join(' ')}` : text;
  const onlyDocs = frame.docIds.length > 0 && !ownConstraints ? frame.docIds : undefined;
  return {
    text: resolved,
    ...(onlyDocs ? { onlyDocs } : {}),
    understood: carried.length > 0 ? carried.join(', ') : null,
  };
}

function stripQuestionMark(s: string): string {
  return s.replace(/\s*\?+\s*$/u, '');
}

/**
 * The previous question with the follow-up's period, year or place in place of its own; what the
 * follow-up adds that the previous question had no slot for is appended.
 */
function substitute(prev: ParsedQuestion, p: ParsedQuestion, relYear: number): string {
  let text = stripQuestionMark(prev.text);
  const newPlaces = findPlaces(p.text);
  const oldPlaces = findPlaces(text);
  if (newPlaces.length > 0) {
    const incoming = newPlaces.map((m) => p.text.slice(m.fullStart, m.fullEnd)).join(', ');
    // Replace the most local place of the previous question (a district beside its province stays in its province).
    const target = [...oldPlaces].sort((a, b) => levelRank(b) - levelRank(a))[0];
    text = target
      ? `${text.slice(0, target.fullStart)}${incoming}${text.slice(target.fullEnd)}`
      : `${text} ${incoming}`;
  }
  const periods = completePeriods(p, prev);
  const years = p.time.years.length > 0 ? p.time.years : relYear !== 0 ? shiftedYears(prev, relYear) : [];
  if (periods.length > 0 || years.length > 0) {
    text = removeTime(text);
    const phrase =
      periods.length > 0 ? periods.map((x) => periodLabel(x, 'vi')).join(', ') : `năm ${years.join(', ')}`;
    text = `${text} ${phrase}`;
  }
  return `${text.replace(/\s+/g, ' ').trim()}?`;
}

function levelRank(m: { candidates: { level: string }[] }): number {
  const level = m.candidates[0]?.level;
  return level === 'commune' ? 3 : level === 'district' ? 2 : 1;
}

/** The follow-up's periods, completed with the previous question's year when they have none ("quý II"). */
function completePeriods(p: ParsedQuestion, prev: ParsedQuestion): string[] {
  const year =
    prev.time.periods.map((x) => /^(\d{4})/.exec(x)?.[1]).find(Boolean) ?? prev.time.years[0]?.toString();
  return p.time.periods.map((x) => (/^\d{4}/.test(x) || !year ? x : `${year}-${x}`));
}

function shiftedYears(prev: ParsedQuestion, by: number): number[] {
  const years = [
    ...prev.time.periods.map((x) => Number(/^(\d{4})/.exec(x)?.[1])).filter((y) => y > 0),
    ...prev.time.years,
  ];
  return years.length > 0 ? [years[0]! + by] : [];
}

// Time expressions of the previous question (the parser's own scanner finds their spans again).
const TIME_WORDS =
  /(?<![\p{L}\p{N}])(?:(?:quý|quy)\s+(?:[IVX]+|\d)(?:\s*(?:\/|năm|nam)\s*\d{4})?|(?:6|9)\s+(?:tháng|thang)(?:\s+(?:đầu|cuối|dau|cuoi))?(?:\s+(?:năm|nam))?(?:\s+\d{4})?|(?:năm|nam)\s+\d{4}|Q[1-4]\s*\d{4}|(?:first|second|third|fourth)\s+quarter(?:\s+of)?\s+\d{4}|(?:in\s+)?\d{4})(?![\p{L}\p{N}])/giu;

function removeTime(text: string): string {
  return text.replace(TIME_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

/** Constraint phrases of a question, as text: its organisation, places, periods and other names. */
export function constraintPhrases(q: ParsedQuestion): string[] {
  const out: string[] = [];
  const kinds = q.text.match(MEETING_KIND);
  if (kinds?.[0]) out.push(kinds[0]);
  for (const m of q.text.matchAll(ORG_PHRASE)) out.push(m[0].trim());
  for (const m of findPlaces(q.text)) {
    const phrase = q.text.slice(m.fullStart, m.fullEnd);
    if (!out.some((o) => fold(o).includes(fold(m.surface)))) out.push(phrase);
  }
  for (const e of q.entities) if (!out.some((o) => fold(o).includes(fold(e)))) out.push(e);
  for (const p of q.time.periods) out.push(/^\d{4}/.test(p) ? periodLabel(p, 'vi') : p);
  for (const y of q.time.years) out.push(`năm ${y}`);
  return out;
}
