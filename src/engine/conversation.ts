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
import type { DraftAnswer } from '../answer/render.ts';
import type { IndexReader } from '../index/open.ts';
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
  TIME_UNITS,
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
  /** With `onlyDocs`: the question to answer from them (the follow-up as asked, pronouns resolved). */
  pinned?: string;
  /** What was carried over from the previous question, when the rewriting knows it; else null. */
  understood: string | null;
  /**
   * Set when the follow-up swapped the period or the place of the previous question ("còn quý II?",
   * "Ngọc Hồi thì sao?"): what the meeting answered must have. An answer about a meeting without it
   * is about another meeting than the one asked for, and becomes "not found" (see {@link landsOn}).
   */
  expect?: Landing;
}

/** The period, years and places a follow-up's answer must be about. */
export interface Landing {
  /** Reporting periods with their year (`2022-Q2`, `2021-9M`, `2020`). */
  periods: string[];
  years: number[];
  /** Place names as written in the follow-up. */
  places: string[];
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
// "quý đó", "6 tháng đó", "năm ấy", "that quarter": the period of the meeting in context.
const DEMONSTRATIVES = ['đó', 'ấy', 'này', 'trên', 'vừa qua'];
const SAME_PERIOD = new RegExp(
  `${NOT_WORD_BEFORE}(?:(?:\\d+\\s+)?(?:${eitherSpelling(['quý', 'năm', 'tháng', 'kỳ', 'đợt', 'thời gian', 'giai đoạn'])})\\s+(?:${eitherSpelling(DEMONSTRATIVES)})|(?:that|the same)\\s+(?:quarter|year|period|half|month))${NOT_WORD_AFTER}`,
  'iu',
);
// "huyện đó", "địa phương này", "that district": the place of the meeting in context.
const SAME_PLACE = new RegExp(
  `${NOT_WORD_BEFORE}(?:(?:của|ở|tại|cua|o|tai)\\s+)?(?:${eitherSpelling([...PLACE_LEVELS, 'địa phương', 'đơn vị', 'đảng bộ'])})\\s+(?:${eitherSpelling(DEMONSTRATIVES)})${NOT_WORD_AFTER}|(?<![\\p{L}])(?:(?:of|in)\\s+)?(?:that|this|the same)\\s+(?:district|province|town|city|commune|locality)(?![\\p{L}])`,
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

/** Whether a question names a place or a body of its own (a person's name alone is no place). */
function hasOwnPlace(p: ParsedQuestion): boolean {
  // The raw scanner too: the parser masks question phrases, and a bare "La Gi" reads as "là gì" there.
  return p.places.length > 0 || findPlaces(p.text).length > 0 || orgNames(p.text).length > 0;
}

function hasOwnTime(p: ParsedQuestion): boolean {
  const t = p.time;
  return t.periods.length + t.years.length + t.dates.length + t.months.length > 0 || p.ordinal !== null;
}

/** Whether every place and body a question names was already in the previous question. */
function repeatsPlace(p: ParsedQuestion, prev: ParsedQuestion): boolean {
  const names = [
    ...p.places.map((x) => x.surface),
    ...findPlaces(p.text).map((m) => m.surface),
    ...orgNames(p.text),
  ];
  const before = fold(prev.text);
  return names.length > 0 && names.every((n) => before.includes(fold(n)));
}

/** Named bodies of a text ("Thị ủy Ba Đồn", "Ban Chỉ đạo 35"): an organisation kind followed by a name. */
function orgNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ORG_PHRASE)) {
    let name = m[0].trim();
    // "Thành ủy Bắc Kạn 9 tháng": the number starts the period, not the name.
    if (TIME_AFTER.test(text.slice((m.index ?? 0) + m[0].length))) name = name.replace(/\s+\d+$/u, '');
    // A body is named by a place or a number ("Ban Chỉ đạo 35"), not by the capitals of its kind ("Ủy ban Kiểm tra Huyện ủy").
    if (findPlaces(name).length > 0 || /\s\d+(?:\s|$)/u.test(name)) out.push(name);
  }
  return out;
}

const TIME_AFTER = new RegExp(`^\\s*(?:${eitherSpelling(TIME_UNITS)})${NOT_WORD_AFTER}`, 'iu');

// Words that say nothing of their own in a follow-up: question marks, fillers, linking words. Closed class.
const FILLER =
  /(?<![\p{L}])(?:thì|thi|vậy|vay|ạ|a|nhé|nhe|ở|o|của|cua|tại|tai|với|voi|về|ve|the|of|in|for|at|about|then|so|sao|à)(?![\p{L}])/giu;

/**
 * Whether a follow-up says more than a new place, period or body: "Còn Chiêm Hóa thì sao?" does not
 * (the previous question is asked again there), "Tại hội nghị đó … loại vi phạm nào?" does (a new target).
 */
function hasContent(p: ParsedQuestion): boolean {
  if (leadingOrg(p.text)) return false;
  let rest = p.text.replace(FOLLOW_LEAD, ' ').replace(FOLLOW_TAIL, ' ');
  for (const o of orgNames(rest)) rest = rest.replace(o, ' ');
  for (const m of [...findPlaces(rest)].reverse())
    rest = `${rest.slice(0, m.fullStart)} ${rest.slice(m.fullEnd)}`;
  rest = removeTime(rest)
    .replace(MEETING_KIND, ' ')
    .replace(YEAR_BEFORE, ' ')
    .replace(YEAR_AFTER, ' ')
    .replace(FILLER, ' ');
  return /\p{L}{2,}/u.test(rest.replace(/[^\p{L}\p{N}\s]/gu, ' '));
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
  const samePeriod = has(SAME_PERIOD, p.text);
  const sameMeeting = has(SAME_MEETING, p.text) || samePeriod;
  const samePlace = has(SAME_PLACE, p.text);
  const samePerson =
    has(SAME_PERSON, p.text) &&
    (p.lang === 'vi' ? has(PERSON_PRONOUN, p.text) : has(EN_PERSON_PRONOUN, p.text));
  const relYear = has(YEAR_BEFORE, p.text) ? -1 : has(YEAR_AFTER, p.text) ? 1 : 0;
  const ownTarget = hasOwnTarget(p);
  // Naming again the place in context ("6 tháng đó Sa Pa đón…" after a Sa Pa question) is no new place.
  const ownPlace = hasOwnPlace(p) && !samePlace && !repeatsPlace(p, prev);
  // "quý đó", "6 tháng đó" name the period in context, not a new one.
  const ownTime = (hasOwnTime(p) && !samePeriod) || relYear !== 0;
  const refers = marked || sameMeeting || samePerson || samePlace;
  // A complete question of its own starts over; so does a list of meetings or "the latest".
  if (ownTarget && ownPlace && !refers) return fresh;
  if ((p.list || p.latest) && !refers) return fresh;
  const content = hasContent(p);
  if (!ownTarget && !ownPlace && !ownTime && !refers && !content) return fresh;

  if ((ownPlace || ownTime) && !content && !sameMeeting && !samePerson) {
    // "còn quý II thì sao?", "Ngọc Hồi thì sao?", "what about 2022?": the previous question, with
    // the new period or place put in; the answer must be about a meeting that has them.
    const { text, expect } = substitute(prev, p, relYear);
    return { text, understood: null, expect };
  }
  // A new target about the same meeting (or person, or place): the new question plus the previous
  // constraints it does not replace.
  let text = p.text;
  if (samePerson && frame.persons[0]) {
    text = text.replace(p.lang === 'vi' ? PERSON_PRONOUN : EN_PERSON_PRONOUN, frame.persons[0]);
  }
  if (samePlace) text = text.replace(SAME_PLACE, ' ');
  const phrases = constraintPhrases(prev, { time: !ownTime, place: !ownPlace });
  const carried = phrases.filter((c) => !fold(text).includes(fold(c)));
  // A period without its year ("9 tháng", "the first nine months") takes the previous question's year.
  const completed = ownTime ? completePeriods(p, prev) : [];
  const timeFix = completed.filter((x, i) => x !== p.time.periods[i]).map((x) => periodLabel(x, 'vi'));
  const added = [...carried, ...timeFix];
  // A period that is the one in context ("in the first nine months" after a quý III/2021 question) is no new time.
  const sameTime =
    ownTime &&
    relYear === 0 &&
    completed.length > 0 &&
    p.time.years.length + p.time.dates.length + p.time.months.length === 0 &&
    completed.every((x) => periodMatches(x, prev.time.periods));
  const onlyDocs = frame.docIds.length > 0 && (!ownTime || sameTime) && !ownPlace ? frame.docIds : undefined;
  // Not pinned to a meeting, what is inherited must still hold: the answer is about the place (and
  // period) in context, or it is not found.
  const expect: Landing | undefined = onlyDocs
    ? undefined
    : {
        places: ownPlace ? [] : mostLocal(findPlaces(prev.text)),
        periods: ownTime ? [] : prev.time.periods.filter((x) => /^\d{4}/.test(x)),
        years: ownTime ? [] : prev.time.years,
      };
  const resolved = added.length > 0 ? `${stripQuestionMark(text)} ${added.join(' ')}` : text;
  return {
    text: resolved.replace(/\s+/g, ' ').trim(),
    // Pinned to the meeting, the question is answered as asked: the carried phrases only find the
    // meeting, and appended to the question they can change what it asks ("… nào quý III năm 2020").
    // Over several meetings (after a list) the full question decides which one, or asks.
    ...(onlyDocs ? { onlyDocs } : {}),
    ...(onlyDocs?.length === 1 ? { pinned: text.replace(/\s+/g, ' ').trim() } : {}),
    ...(expect ? { expect } : {}),
    understood: added.length > 0 ? added.join(', ') : null,
  };
}

function stripQuestionMark(s: string): string {
  return s.replace(/\s*\?+\s*$/u, '');
}

/**
 * The previous question with the follow-up's period, year, place or body in place of its own; what
 * the follow-up adds that the previous question had no slot for is appended.
 */
function substitute(
  prev: ParsedQuestion,
  p: ParsedQuestion,
  relYear: number,
): { text: string; expect: Landing } {
  let text = stripQuestionMark(prev.text);
  const newPlaces = findPlaces(p.text);
  const newOrgs = orgNames(p.text);
  const lead = leadingOrg(p.text);
  if (lead && !newOrgs.some((o) => lead.includes(o))) newOrgs.unshift(lead);
  const expect: Landing = { periods: [], years: [], places: newPlaces.map((m) => m.surface) };
  const oldOrg = orgNames(text)[0];
  if (newOrgs[0] && oldOrg) {
    // "Còn Thị ủy Ba Đồn thì sao?": the body replaces the previous body (with its place).
    const incoming = newPlaces.length > 0 ? spanOf(p.text, newOrgs[0], newPlaces) : newOrgs[0];
    // The place right after the previous body ("Ban Chỉ đạo 35 tỉnh Gia Lai") goes with it.
    const at = text.indexOf(oldOrg);
    let end = at + oldOrg.length;
    const after = findPlaces(text).find((m) => m.fullStart >= end && !text.slice(end, m.fullStart).trim());
    if (after) end = after.fullEnd;
    text = `${text.slice(0, at)}${incoming}${text.slice(end)}`;
  } else if (newPlaces.length > 0) {
    const incoming = newPlaces.map((m) => p.text.slice(m.fullStart, m.fullEnd)).join(', ');
    const oldPlaces = findPlaces(text);
    // Replace the most local place of the previous question (a district beside its province stays in its province).
    const target = [...oldPlaces].sort((a, b) => levelRank(b) - levelRank(a))[0];
    // A place inside the previous body's name ("Thành ủy Bắc Kạn"): the body goes too, since the new
    // place's body may be of another kind (La Gi has a Thị ủy).
    const org = target ? orgSpanAround(text, target.fullStart, target.fullEnd) : null;
    const [from, to] = org ?? (target ? [target.fullStart, target.fullEnd] : [text.length, text.length]);
    text = target ? `${text.slice(0, from)}${incoming}${text.slice(to)}` : `${text} ${incoming}`;
  }
  // "Còn sơ kết 6 tháng đầu năm 2023?" after a "tổng kết" question: the meeting kind is swapped too.
  const newKind = p.text.match(MEETING_KIND)?.[0];
  const oldKind = text.match(MEETING_KIND)?.[0];
  if (newKind && oldKind && fold(newKind) !== fold(oldKind)) text = text.replace(oldKind, newKind);
  const periods = completePeriods(p, prev);
  const shifted = relYear !== 0 ? shiftedTime(prev, relYear) : { periods: [], years: [] };
  const years = p.time.years.length > 0 ? p.time.years : shifted.years;
  const newPeriods = periods.length > 0 ? periods : shifted.periods;
  if (newPeriods.length > 0 || years.length > 0) {
    text = removeTime(text);
    const phrase =
      newPeriods.length > 0
        ? newPeriods.map((x) => periodLabel(x, 'vi')).join(', ')
        : `năm ${years.join(', ')}`;
    text = `${text} ${phrase}`;
    expect.periods = newPeriods.filter((x) => /^\d{4}/.test(x));
    expect.years = newPeriods.length > 0 ? [] : years;
  }
  return { text: `${text.replace(/\s+/g, ' ').trim()}?`, expect };
}

// An organisation kind opening the rest of a follow-up ("Ban Chỉ đạo chuyển đổi số tỉnh Thái Bình").
const ORG_LEAD = new RegExp(
  `^(?:${eitherSpelling(ORG_KINDS.filter((k) => k.includes(' ')))})${NOT_WORD_AFTER}`,
  'iu',
);

/** The follow-up without its markers when it opens with an organisation kind: the whole of it names a body. */
function leadingOrg(text: string): string | null {
  const rest = stripQuestionMark(text.replace(FOLLOW_LEAD, '').replace(FOLLOW_TAIL, '')).trim();
  return ORG_LEAD.test(rest) && findPlaces(rest).length > 0 ? rest : null;
}

/** The span of a named body of `text` that contains [start, end), if any. */
function orgSpanAround(text: string, start: number, end: number): [number, number] | null {
  for (const name of orgNames(text)) {
    const at = text.indexOf(name);
    if (at >= 0 && at <= start && at + name.length >= end) return [at, at + name.length];
  }
  return null;
}

/** The span of the follow-up from its body name through the place after it ("Ban Chỉ đạo … tỉnh Thái Bình"). */
function spanOf(text: string, org: string, places: { fullEnd: number }[]): string {
  const start = text.indexOf(org);
  const end = Math.max(start + org.length, ...places.map((m) => m.fullEnd));
  return text.slice(start, end).trim();
}

/** The most local of the places (a province named beside its district is context, often not repeated in the article). */
function mostLocal(places: ReturnType<typeof findPlaces>): string[] {
  const best = [...places].sort((a, b) => levelRank(b) - levelRank(a))[0];
  return best ? [best.surface] : [];
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

/** The previous question's periods (or years) moved by `by` years: "the year before" quý I/2023 is quý I/2022. */
function shiftedTime(prev: ParsedQuestion, by: number): { periods: string[]; years: number[] } {
  const periods = prev.time.periods
    .filter((x) => /^\d{4}/.test(x))
    .map((x) => `${Number(x.slice(0, 4)) + by}${x.slice(4)}`);
  if (periods.length > 0) return { periods: periods.slice(0, 1), years: [] };
  const years = prev.time.years;
  return { periods: [], years: years.length > 0 ? [years[0]! + by] : [] };
}

// Time expressions of the previous question (the parser's own scanner finds their spans again).
const TIME_WORDS =
  /(?<![\p{L}\p{N}])(?:(?:quý|quy)\s+(?:[IVX]+|\d)(?:\s*(?:\/|năm|nam)\s*\d{4})?|(?:6|9)\s+(?:tháng|thang)(?:\s+(?:đầu|cuối|dau|cuoi))?(?:\s+(?:năm|nam))?(?:\s+\d{4})?|(?:năm|nam)\s+\d{4}|Q[1-4]\s*\d{4}|(?:first|second|third|fourth)\s+quarter(?:\s+of)?\s+\d{4}|(?:in\s+)?\d{4})(?![\p{L}\p{N}])/giu;

function removeTime(text: string): string {
  return text.replace(TIME_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

// Periods without their year, in words (the parser keeps `Q3`, `H1`, `9M` when the question gives none).
const YEARLESS: Readonly<Record<string, string>> = {
  Q1: 'quý I',
  Q2: 'quý II',
  Q3: 'quý III',
  Q4: 'quý IV',
  H1: '6 tháng đầu năm',
  H2: '6 tháng cuối năm',
  '9M': '9 tháng',
};

/**
 * Constraint phrases of a question, as text: its meeting kind, organisation, places, other names
 * (`place`), and its periods and years (`time`).
 */
export function constraintPhrases(
  q: ParsedQuestion,
  which: { time?: boolean; place?: boolean } = {},
): string[] {
  const out: string[] = [];
  const kinds = q.text.match(MEETING_KIND);
  if (kinds?.[0]) out.push(kinds[0]);
  if (which.place !== false) {
    for (const o of orgNames(q.text)) if (!out.some((x) => fold(x).includes(fold(o)))) out.push(o);
    for (const m of findPlaces(q.text)) {
      const phrase = q.text.slice(m.fullStart, m.fullEnd);
      if (!out.some((o) => fold(o).includes(fold(m.surface)))) out.push(phrase);
    }
    for (const e of q.entities) if (!out.some((o) => fold(o).includes(fold(e)))) out.push(e);
  }
  if (which.time !== false) {
    for (const p of q.time.periods) out.push(/^\d{4}/.test(p) ? periodLabel(p, 'vi') : (YEARLESS[p] ?? p));
    for (const y of q.time.years) out.push(`năm ${y}`);
  }
  return out;
}

/** A cited article as the landing check sees it. */
export interface LandingDoc {
  /** Title and body. */
  text: string;
  /** Reporting periods of the article's meeting (`2022-9M`). */
  periods: readonly string[];
  /** Meeting dates (ISO) and the publication date, when known. */
  dates: readonly string[];
}

// Periods that cover each other closely enough to be the same meeting's ("quý III" briefings report the 9 months).
const SAME_REPORT: readonly (readonly string[])[] = [
  ['Q3', '9M'],
  ['Q2', 'H1'],
  ['Q4', ''],
];

function periodMatches(want: string, have: readonly string[]): boolean {
  if (have.includes(want)) return true;
  const [y, k = ''] = want.split('-');
  return have.some((h) => {
    const [hy, hk = ''] = h.split('-');
    return hy === y && SAME_REPORT.some((pair) => pair.includes(k) && pair.includes(hk));
  });
}

/**
 * Whether an article is about what a swapped follow-up asked for: each new place named in it, and its
 * meeting of the new period or year. An article whose meeting has no known period or date passes the
 * time test (nothing to contradict it).
 */
export function landsOn(want: Landing, doc: LandingDoc): boolean {
  const hay = fold(doc.text);
  if (!want.places.every((p) => hay.includes(fold(p)))) return false;
  if (want.periods.length === 0 && want.years.length === 0) return true;
  if (doc.periods.length === 0 && doc.dates.length === 0) return true;
  if (want.periods.length > 0 && doc.periods.length > 0)
    return want.periods.some((p) => periodMatches(p, doc.periods));
  const years = new Set([
    ...doc.periods.map((p) => Number(p.slice(0, 4))),
    ...(doc.periods.length === 0 ? doc.dates.map((d) => Number(d.slice(0, 4))) : []),
  ]);
  const wanted = want.years.length > 0 ? want.years : want.periods.map((p) => Number(p.slice(0, 4)));
  return wanted.some((y) => years.has(y));
}

/** An article of the index as {@link landsOn} sees it, or null when it is gone. */
export function landingDoc(reader: IndexReader, docId: string): LandingDoc | null {
  const doc = reader.doc(docId);
  if (!doc) return null;
  return {
    text: `${doc.title}\n${reader.body(doc.bodyHash) ?? ''}`,
    periods: doc.facts.periods,
    dates: doc.facts.meetingDates,
  };
}

/**
 * After a swapped follow-up: null when every article the draft answers from (or offers as a choice)
 * is about what was asked; otherwise the ones that are (maybe none), for the caller to answer from
 * them alone — never about another meeting than the one asked for.
 */
export function landingOnly(
  draft: DraftAnswer,
  want: Landing | undefined,
  doc: (docId: string) => LandingDoc | null,
): string[] | null {
  if (!want || (!draft.answered && !draft.meetings)) return null;
  const ids = [
    ...new Set([...draft.citations.map((c) => c.docId), ...(draft.meetings ?? []).map((m) => m.docId)]),
  ];
  const good = ids.filter((id) => {
    const d = doc(id);
    return d !== null && landsOn(want, d);
  });
  return good.length === ids.length ? null : good;
}

/**
 * Who "ông ấy" / "he" means after this answer: the people it named; else, about the same meeting,
 * those the previous answer named; else the chairs of the meeting it cites.
 */
export function nextPersons(
  draft: DraftAnswer,
  cited: readonly string[],
  frame: Frame | null,
  chairsOf: (docId: string) => string[],
): string[] {
  if (draft.persons && draft.persons.length > 0) return draft.persons;
  const same = frame && cited.length > 0 && cited.every((d) => frame.docIds.includes(d));
  if (same && frame.persons.length > 0) return frame.persons;
  return cited[0] ? chairsOf(cited[0]) : (frame?.persons ?? []);
}

/**
 * The meetings the conversation is about after this answer: those it cites; unanswered, those it was
 * pinned to, or none after a follow-up that had to land on a meeting with given constraints (the
 * conversation moved to what was asked, and no meeting has it) — else still the previous ones.
 */
export function docIdsAfter(
  answered: boolean,
  cited: readonly string[],
  resolution: Resolution,
  frame: Frame | null,
): string[] {
  if (answered) return [...cited];
  if (resolution.onlyDocs) return [...resolution.onlyDocs];
  if (resolution.expect) return [];
  return [...(frame?.docIds ?? [])];
}
