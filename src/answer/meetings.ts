/**
 * Questions about the meetings themselves, answered over every matching meeting record rather than
 * one article: lists ("Những cuộc họp nào do đồng chí X chủ trì?", "which meetings did Huyện ủy Y
 * hold"), counts ("Có bao nhiêu hội nghị giao ban quý III/2024?", "how many meetings did X chair"),
 * whether a meeting was held ("Huyện ủy Y có tổ chức giao ban quý I/2021 không?") and whether a
 * person took part ("Đồng chí X có dự hội nghị không?").
 *
 * A meeting matches when its article is about the question's places (as units), its own reporting
 * period or date is the question's (never a period it only plans for), its headline names the kind
 * of meeting the question names, and — for a person — a role record of that article names the
 * person (in the asked role, or any role for attendance). Each meeting is stated with its quote;
 * counts state the number and list the meetings counted.
 */

import type { DocRow } from '../index/db.ts';
import type { IndexReader } from '../index/open.ts';
import { former2025, is2025, placeByKey, placeKey } from '../place/relations.ts';
import type { PlaceLevel } from '../place/types.ts';
import {
  ARTICLE_GENRE_WORDS,
  COUNTED_ACTIVITIES_EN,
  HOLDING_VERBS,
  MEETING_NAME_STOP_WORDS,
  PLACE_HEADS_EN,
  REPORT_GENRE_WORDS,
} from '../query/list-vocab.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import type { Role } from '../query/target.ts';
import type { RoleRecord } from '../records/types.ts';
import {
  alternation,
  eitherSpelling,
  MEETING_KINDS,
  MEETING_NOUN_EN_PATTERN,
  MEETING_NOUNS,
  MEETING_NOUNS_EN,
  NOT_WORD_AFTER,
  NOT_WORD_BEFORE,
  ORG_KINDS,
  PLACE_LEVELS,
} from '../records/vocab.ts';
import type { Retrieval } from '../retrieve/hybrid.ts';
import { fold, syllables } from '../text/normalize.ts';
import { splitSentences } from '../text/sentences.ts';
import { heldBranchesIn, provinceAskUnmet, unmetBranches } from './bodies.ts';
import { type Candidate, gatherCandidates, termSupport } from './candidates.ts';
import { docPeriods, monthsAndDatesMet, periodHeld } from './constraints.ts';
import { prepareEvidenceQuery } from './evidence.ts';
import { formatChair, LABELS, type Lang } from './format.ts';
import { headlineOf } from './headline.ts';
import { answerDoc } from './lines.ts';
import { askedPlaceLevel, asksProvinceLevel, asksProvinces, listAsk } from './list-ask.ts';
import { kindFits, NAMED_KIND_WORDS } from './meeting-kind.ts';
import { boardsMet } from './numbered-board.ts';
import { entityIsPlace, placeFit } from './places.ts';
import { type DocAnswer, type DraftAnswer, type Line, notFound, render } from './render.ts';
import { meetingKey, supersede } from './select.ts';
import { meetingUndescribed } from './support.ts';
import { ROLE_RECORDS } from './targets.ts';
import { unwrittenNamePairs } from './word-pairs.ts';

/** What is asked about the meetings. */
export type MeetingOp = 'list' | 'count';

/** Options of the meeting operations. */
export interface MeetingOptions {
  /** Most meetings stated in a list or under a count. Default 10. */
  maxList?: number;
  /** Least (idf-weighted) share of the question's terms an article must contain when no person decides. Default 0.4. */
  minSupport?: number;
  /** Only these articles (a conversation's meeting). */
  onlyDocs?: readonly string[];
}

/** Most articles scanned for a time-bounded list or count (the rest are never read). */
const MAX_SCANNED = 200;

const MEETING_NOUN = `(?:${eitherSpelling(MEETING_NOUNS)}|${MEETING_NOUN_EN_PATTERN})`;
// Classifiers that count sittings: "bao nhiêu cuộc làm việc", "mấy buổi". Closed class.
const SITTING = eitherSpelling(['cuộc', 'buổi', 'phiên', 'kỳ họp']);
// The corpus's items counted by what they are about ("bao nhiêu bài về …", "how many articles are
// about …"): each reports a meeting, so the meetings are counted (copies of one article are one).
// Without "về"/"about" the items are a figure of the meeting ("gỡ bỏ bao nhiêu tin bài vi phạm"),
// and "báo cáo"/"reports" always are ("how many reports were presented").
const ARTICLES = `(?:${eitherSpelling(ARTICLE_GENRE_WORDS.filter((w) => w !== 'báo cáo'))})\\s+(?:${eitherSpelling(['về', 'nói về', 'viết về'])})${NOT_WORD_AFTER}`;
// English: "how many articles are about / cover …".
const ARTICLES_EN = '(?:articles|news items|stories)\\s+(?:(?:are|were|is)\\s+)?(?:about|on|cover|covering)';
// Modifiers of an English counted noun ("how many nine-month briefings", "steering committee
// meetings"): words of a noun phrase, never a function word or a past verb, so "how many people
// attended the meeting" counts people, not meetings.
const EN_MODIFIER =
  '(?:(?!(?:the|a|an|of|at|in|on|to|for|by|with|did|do|does|was|were|is|are|has|have|had)\\s)(?![\\p{L}-]+ed\\s)[\\p{L}\\d-]+\\s+)';
/** "bao nhiêu cuộc họp", "mấy buổi làm việc", "how many (nine-month) meetings", "bao nhiêu bài về …". */
const COUNTS_MEETINGS = new RegExp(
  `${NOT_WORD_BEFORE}(?:(?:bao nhiêu|bao nhieu|mấy|may)\\s+(?:${MEETING_NOUN}|${SITTING}${NOT_WORD_AFTER}|${ARTICLES})|(?:how many|number of)\\s+${EN_MODIFIER}{0,3}(?:${MEETING_NOUN_EN_PATTERN}|reviews?|${ARTICLES_EN})${NOT_WORD_AFTER})`,
  'iu',
);
/** "những cuộc họp nào", "các hội nghị nào", "cuộc làm việc nào", "which meetings", "list the meetings". */
const LISTS_MEETINGS = new RegExp(
  `(?:(?:${MEETING_NOUN}|${SITTING}(?:\\s+[\\p{L}]+){1,2})\\s+(?:nào|nao)${NOT_WORD_AFTER}|${NOT_WORD_BEFORE}(?:which|what|list(?: all)?(?: the)?|liệt kê(?: các| những)?|liet ke(?: cac| nhung)?)\\s+${MEETING_NOUN}${NOT_WORD_AFTER})`,
  'iu',
);

// "bao nhiêu hội nghị học tập nghị quyết": the meeting noun qualified by what the meetings did —
// a word that is no meeting kind, period, body, linking or question word. Reports state such counts
// themselves ("tổ chức 12 hội nghị học tập nghị quyết"), so the stated figure is read first
// (`statedCountAsked`); "bao nhiêu hội nghị giao ban", "bao nhiêu cuộc họp của BCĐ" stay counts of
// the meetings. Closed class: the words that may follow a counted meeting noun in a count of meetings.
const COUNT_NOUN_AFTER = new Set(
  [
    ...MEETING_KINDS.flatMap((k) => fold(k).split(' ')),
    'cua ve do nao da duoc trong nam quy thang dau cuoi tai o voi lan thu ban chap hanh thuong vu chi dao',
    'huyen tinh thanh thi xa pho uy dang bo ubnd hdnd mttq bcd bch btv hu tu dien ra to chuc lien quan co',
    'vao nhung cac kem va hay hoac ngay khi luc dip nay sap toi tiep theo',
  ].flatMap((w) => w.split(' ')),
);
const COUNTED_MEETING_NOUN = new RegExp(
  `${NOT_WORD_BEFORE}(?:bao nhieu|may)\\s+(?:${alternation(MEETING_NOUNS.map((n) => fold(n)))})\\s+([\\p{L}]+)`,
  'u',
);

/**
 * "how many conferences to disseminate …", "how many training sessions": English puts what the
 * meetings did around the noun, so its closed class of activities (`COUNTED_ACTIVITIES_EN`) is read.
 */
const COUNTS_ACTIVITY_EN = new RegExp(
  `${NOT_WORD_BEFORE}(?:how many|number of)\\s+(?:(?:${alternation(COUNTED_ACTIVITIES_EN)})\\s+${MEETING_NOUN_EN_PATTERN}|${MEETING_NOUN_EN_PATTERN}\\s+(?:to|on|for)\\s+(?:${alternation(COUNTED_ACTIVITIES_EN)}))${NOT_WORD_AFTER}`,
  'iu',
);

/**
 * A count of meetings whose noun is qualified by what they did ("bao nhiêu hội nghị học tập", "how
 * many training sessions"): the figure a report states is asked before the meetings are counted.
 */
export function statedCountAsked(q: ParsedQuestion): boolean {
  if (COUNTS_ACTIVITY_EN.test(q.text)) return true;
  const m = COUNTED_MEETING_NOUN.exec(fold(q.text));
  return m?.[1] !== undefined && !COUNT_NOUN_AFTER.has(m[1]);
}

/** A sitting's classifier counted with the word after it ("bao nhiêu cuộc phản biện"), folded. */
const COUNTED_SITTING = /(?<![\p{L}])(?:bao nhieu|may)\s+(cuoc|buoi|phien)\s+(\p{L}+)/u;
const MEETING_NOUNS_FOLDED = MEETING_NOUNS.map((n) => fold(n).toLowerCase());

/**
 * "bao nhiêu cuộc phản biện xã hội", "mấy cuộc kiểm tra": the classifier counts an activity a report
 * states as a figure, not the sittings of meetings ("bao nhiêu cuộc họp", "mấy buổi làm việc").
 */
function countsActivity(text: string): boolean {
  const m = COUNTED_SITTING.exec(fold(text).toLowerCase());
  if (!m) return false;
  const [, sitting, next] = m as unknown as [string, string, string];
  return !COUNT_NOUN_AFTER.has(next) && !MEETING_NOUNS_FOLDED.some((n) => n.startsWith(`${sitting} ${next}`));
}

/** The question asks for a list or a count of meetings, or null when it asks something else. */
export function meetingOp(q: ParsedQuestion): MeetingOp | null {
  if (q.target.yesNo || q.target.compare) return null;
  if (q.asks.has('howmany') && COUNTS_MEETINGS.test(q.text) && !countsActivity(q.text)) return 'count';
  // "Những cuộc họp nào …, kèm ngày": each meeting listed is stated with its date anyway.
  const kind = q.target.target.kind;
  const plainDate = kind === 'date' && !q.target.target.deadline;
  if ((kind === 'open' || plainDate) && !q.latest && LISTS_MEETINGS.test(q.text)) return 'list';
  // "Những huyện nào tổ chức giao ban quý I?": the places are those of the matching meetings.
  if (listAsk(q) === 'places') return 'list';
  return null;
}

// Holding a meeting, as a yes/no question says it. Closed class: the verbs of convening.
const HOLDS = new RegExp(
  `${NOT_WORD_BEFORE}(?:${eitherSpelling(['tổ chức', 'họp', 'diễn ra', 'giao ban', 'sơ kết', 'tổng kết'])}|hold|held|meet|met|take place|took place|convene[ds]?)${NOT_WORD_AFTER}`,
  'iu',
);

/**
 * The yes/no question asks whether a meeting was held ("Huyện ủy Y có tổ chức giao ban quý I/2021
 * không?", "Did Y hold a Q2 2024 briefing?"): it names a meeting or the holding of one, and asks
 * no figure, date, section or role.
 */
export function asksMeetingHeld(q: ParsedQuestion): boolean {
  if (q.target.target.kind !== 'open' || q.target.role !== null || q.target.figure !== null) return false;
  if (!HOLDS.test(q.text) && !NAMES_MEETING.test(q.text)) return false;
  // Any other word ("có bàn về chuyển đổi số không?") is a claim about what the meeting did, which
  // a meeting record does not state: that is not a question of whether it was held.
  const named = new Set(
    [...q.entities, ...q.places.map((p) => p.surface)].flatMap((e) => [
      ...syllables(e.toLowerCase()),
      ...syllables(fold(e)),
    ]),
  );
  const meetingName = meetingNameSyllables(q.text);
  return q.terms.every(
    (t) => named.has(t) || meetingName.has(t) || HOLDING_SYLLABLES.has(t) || TIME_TERM.test(t),
  );
}

/** Most syllables read as a meeting's name after its noun ("giao ban công tác xây dựng Đảng"). */
const MEETING_NAME_MAX_SYLLABLES = 6;
const MEETING_NAME_START = new RegExp(
  `${NOT_WORD_BEFORE}(?:${eitherSpelling([...MEETING_NOUNS, ...MEETING_KINDS])})${NOT_WORD_AFTER}`,
  'giu',
);
const NAME_STOP = new Set(MEETING_NAME_STOP_WORDS.flatMap((w) => [w, fold(w)]));

/**
 * Syllables of the name a question gives the meeting: the words right after a meeting noun or
 * kind, up to a time word, a function word of `MEETING_NAME_STOP_WORDS` or the end of the clause
 * ("Huyện ủy Y có tổ chức giao ban công tác xây dựng Đảng quý I không?" → công tác xây dựng đảng).
 * They name which meeting, as its headline does; a claim about what it did comes after a verb
 * ("có bàn về chuyển đổi số không") and is not read here.
 */
function meetingNameSyllables(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(MEETING_NAME_START)) {
    const rest = text.slice(m.index + m[0].length);
    const clause = rest.split(/[,.;:?!()]/u)[0] ?? '';
    for (const w of clause.toLowerCase().split(/\s+/u).filter(Boolean).slice(0, MEETING_NAME_MAX_SYLLABLES)) {
      if (NAME_STOP.has(w) || TIME_TERM.test(w)) break;
      out.add(w);
      out.add(fold(w));
    }
  }
  return out;
}

const NAMES_MEETING = new RegExp(`${NOT_WORD_BEFORE}${MEETING_NOUN}${NOT_WORD_AFTER}`, 'iu');
// A time expression's syllables ("quý", "iii", "2024", "tháng", "đầu", "cuối").
const TIME_TERM = /^(?:\d+|[ivx]+|q\d|quý|quy|tháng|thang|năm|nam|đầu|dau|cuối|cuoi|sáu|sau)$/u;
/** The yes/no frame of "was it held" ("… phải không?", "đã … chưa?"): no topic. Closed class. */
const YES_NO_FRAME = ['có', 'không', 'phải', 'đúng', 'chính xác', 'đã', 'chưa'];
/**
 * Syllables of a "was it held" question that name the meeting or its body, not a claim about it:
 * meeting nouns and kinds, the verbs of holding one, bodies and place levels. Closed classes.
 */
const HOLDING_SYLLABLES = new Set(
  [
    ...MEETING_NOUNS,
    ...MEETING_KINDS,
    ...ORG_KINDS,
    ...PLACE_LEVELS,
    'tổ chức',
    'diễn ra',
    ...YES_NO_FRAME,
    // The genre words of a report's name ("công tác", "tình hình"), whatever its subject.
    ...REPORT_GENRE_WORDS,
  ].flatMap((w) => [...syllables(w.toLowerCase()), ...syllables(fold(w))]),
);

/** One matching meeting: its article and, for a person asked about, the records naming them. */
export interface MeetingMatch {
  cand: Candidate;
  /** Role records of the persons asked about (empty when the question names nobody). */
  roles: RoleRecord[];
}

/** How a person must appear: in one role, or in any (attendance: whoever had a part was there). */
export type PersonRole = Role | 'any';

// Words of the question that frame a list or count of meetings, not its topic: meeting nouns,
// sitting classifiers, list words. Closed class.
const FRAME_SYLLABLES = new Set(
  [
    ...MEETING_NOUNS,
    ...MEETING_NOUNS_EN.flatMap((n) => [n, `${n}s`]),
    // "which districts have meeting reports": the articles themselves, not a topic.
    ...ARTICLE_GENRE_WORDS,
    'cuộc',
    'buổi',
    'phiên',
    'liệt kê',
    'list',
    // The place heads of "which districts held …": the level asked, checked on the places found.
    ...PLACE_LEVELS,
    ...PLACE_HEADS_EN,
    'địa phương',
    'những',
    'các',
    'nào',
    'which',
  ].flatMap((w) => [...syllables(w), ...syllables(fold(w))]),
);
/** The opening of a body, where the meeting is named. */
const LEAD_CHARS = 400;

/**
 * Every meeting that fits the question's places, periods, dates, meeting kind and persons,
 * oldest first; at most `MAX_SCANNED` articles are considered.
 */
export function matchingMeetings(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  personRole: PersonRole | null,
  opts: MeetingOptions = {},
): MeetingMatch[] {
  const { minSupport = 0.4 } = opts;
  // Lists and counts read every article of the asked time, not only the retrieved ones.
  const wide = { ...q, list: true };
  const byBody = new Map<string, Candidate>();
  for (const c of gatherCandidates(reader, retrieval, wide, opts.onlyDocs)) byBody.set(c.doc.bodyHash, c);
  if (!opts.onlyDocs && (hasTime(q) || q.places.length > 0)) {
    // The articles about the asked places (a district's count under its province), else all of them.
    const inPlace =
      q.places.length > 0 ? new Set(reader.records.owning(placeKeys(q), MAX_SCANNED * 5)) : null;
    const scanned = reader.docs
      .filter((d) => (inPlace === null || inPlace.has(d.bodyHash)) && ownTimeFits(q, d, docPeriods(d)))
      .slice(0, MAX_SCANNED);
    const ids = scanned.filter((d) => !byBody.has(d.bodyHash)).map((d) => d.docId);
    if (ids.length > 0)
      for (const c of gatherCandidates(reader, retrieval, wide, ids)) byBody.set(c.doc.bodyHash, c);
  }
  // A number describing the meetings ("tổng kết 10 năm thực hiện …") is written by each one listed.
  let cands = [...byBody.values()].filter(
    (c) => c.check.placeOk && c.check.ordinalOk && c.check.timeOk && c.check.numbersOk,
  );
  // "Những huyện nào …": the places listed are of the asked level.
  const level = listAsk(q) === 'places' ? askedPlaceLevel(q) : null;
  const places = reader.records.places(cands.map((c) => c.doc.bodyHash));
  const records = reader.records.get(cands.map((c) => c.doc.bodyHash));
  for (const c of cands) c.records = records.get(c.doc.bodyHash);
  // "UBND huyện X có mấy cuộc giao ban": the People's Committee's meetings, not the Huyện ủy's.
  const branches = heldBranchesIn(q.text);
  // "Tỉnh ủy X", "tỉnh X có mấy hội nghị": a district body's meetings in X are not the province's.
  const province = asksProvinceLevel(q);
  const boardsWritten = boardsMet(q);
  cands = cands.filter((c) => {
    if (!boardsWritten(c.hay)) return false;
    const own = c.records?.meeting.periods ?? [];
    if (!ownTimeFits(q, c.doc, new Set([...docPeriods(c.doc), ...own]))) return false;
    if (c.records && unmetBranches(branches, c.records.meeting, c.doc.title).length > 0) return false;
    if (c.records && provinceAskUnmet(province, c.records.meeting, c.doc.title)) return false;
    const dp = places.get(c.doc.bodyHash);
    // A place asked about is the article's own unit (or within it), not one it names in passing.
    for (const p of q.places) {
      const fit = dp ? placeFit(p, dp) : c.hay.has(p.surface) ? 'own' : 'absent';
      if (fit !== 'own' && !(fit === 'named' && (dp?.own.length ?? 0) === 0)) return false;
    }
    return (level === null || atLevel(dp?.own ?? [], level)) && kindFits(q, c);
  });
  const persons = personsOf(q, cands);
  // A role asked of someone the records do not name ("do ông X chủ trì" with an unknown X): the
  // meetings cannot be told apart by the person, so none is claimed to match.
  if (persons.length === 0 && personRole !== null && personRole !== 'any') return [];
  const out: MeetingMatch[] = [];
  // The asked places and times are checked as units above; the words that name them are no topic.
  const constraint = constraintSyllables(q);
  const idf = new Map(
    [...retrieval.keyword.idf].filter(([t]) => !FRAME_SYLLABLES.has(t) && !constraint.has(t)),
  );
  const described =
    listAsk(q) === 'places' && q.lang === 'vi'
      ? {
          eq: prepareEvidenceQuery(q, retrieval.keyword.idf, null),
          names: unwrittenNamePairs(q.text, reader.surfaceForms),
        }
      : null;
  for (const c of cands) {
    if (persons.length > 0) {
      const roles = persons.map((p) => roleOf(c, p, personRole ?? 'any'));
      if (roles.some((r) => r === undefined)) continue;
      out.push({ cand: c, roles: roles.filter((r): r is RoleRecord => r !== undefined) });
      continue;
    }
    // Nobody named: the article must speak to the question's words, not merely share its time.
    if (termSupport(c.hay.text, q.folded, idf) < minSupport) continue;
    // "Địa phương nào tổng kết 10 năm thực hiện Chương trình …?": the meeting listed is the one
    // described, so its headline and lead write the description (support.ts), not merely its body.
    if (described && meetingUndescribed(q, described.eq, headlineOf(c, LEAD_CHARS), described.names))
      continue;
    out.push({ cand: c, roles: [] });
  }
  const kept = new Set(
    supersede(
      out.map((m) => m.cand),
      (c) => places.get(c.doc.bodyHash)?.own ?? [],
    ),
  );
  return out
    .filter((m) => kept.has(m.cand))
    .sort((a, b) => meetingKey(a.cand).localeCompare(meetingKey(b.cand)));
}

/** Levels at or below each asked level: a commune's meeting is within a district list too. */
const WITHIN_LEVEL: Record<PlaceLevel, readonly PlaceLevel[]> = {
  province: ['province', 'district', 'commune'],
  district: ['district', 'commune'],
  commune: ['commune'],
};

/**
 * A meeting's own places reach the asked level: a province's steering committee is no district's
 * meeting. A meeting whose places are unknown is kept (the level cannot be told).
 */
function atLevel(own: readonly string[], level: PlaceLevel): boolean {
  const levels = own.map((k) => placeByKey(k)?.level).filter((l): l is PlaceLevel => l !== undefined);
  return levels.length === 0 || levels.some((l) => WITHIN_LEVEL[level].includes(l));
}

/** Gazetteer keys of the question's places, with the former provinces a 2025 province joined. */
function placeKeys(q: ParsedQuestion): string[] {
  return [
    ...new Set(
      q.places.flatMap((p) => p.candidates.flatMap((c) => [c, ...(is2025(c) ? former2025(c) : [])])),
    ),
  ].map(placeKey);
}

/**
 * Syllables naming the question's places, times, meeting kinds and the holding of a meeting (folded
 * and not): constraints checked as such (places, time, `kindFits`), not topic.
 */
function constraintSyllables(q: ParsedQuestion): Set<string> {
  const words = [
    ...q.places.map((p) => p.surface),
    ...q.time.years.map(String),
    ...NAMED_KIND_WORDS,
    ...HOLDING_VERBS,
    // The ordinal ("lần thứ bảy" → 7) is checked by the candidates' ordinal filter.
    ...(q.ordinal !== null ? [String(q.ordinal)] : []),
    ...YES_NO_FRAME,
  ];
  const out = new Set(words.flatMap((w) => [...syllables(w.toLowerCase()), ...syllables(fold(w))]));
  for (const t of q.terms) if (TIME_TERM.test(t)) out.add(t);
  return out;
}

function hasTime(q: ParsedQuestion): boolean {
  const t = q.time;
  return t.periods.length + t.years.length + t.months.length + t.dates.length > 0;
}

/** The meeting's own periods, dates and years are the question's (a plan for a later period is not). */
function ownTimeFits(q: ParsedQuestion, doc: DocRow, periods: ReadonlySet<string>): boolean {
  const t = q.time;
  const dates =
    doc.facts.meetingDates.length > 0 ? doc.facts.meetingDates : doc.published ? [doc.published] : [];
  for (const p of t.periods) if (!periodHeld(p, t.periods, periods)) return false;
  const years = new Set([
    ...dates.map((d) => Number(d.slice(0, 4))),
    ...[...periods].map((p) => Number(p.slice(0, 4))),
  ]);
  for (const y of t.years) if (!years.has(y)) return false;
  return monthsAndDatesMet(t, dates, doc.title);
}

/**
 * The persons the question names: its entities that are not places and that some candidate's role
 * records name (a name no record holds is a body or a phrase, matched as text by the candidates).
 */
function personsOf(q: ParsedQuestion, cands: readonly Candidate[]): string[] {
  const out = q.entities.filter(
    (e) =>
      !entityIsPlace(e, q.places) &&
      !/\d/.test(e) &&
      cands.some((c) => (c.records?.roles ?? []).some((r) => samePerson(r.person, e))),
  );
  // A full name typed in lower case or without diacritics ("dc luc van khoi") is no entity: the
  // role records' names found in the question's words stand for it.
  const asked = ` ${syllables(fold(q.text)).join(' ')} `;
  for (const c of cands) {
    for (const r of c.records?.roles ?? []) {
      const name = syllables(fold(r.person));
      if (name.length < 2 || !asked.includes(` ${name.join(' ')} `)) continue;
      if (!out.some((p) => samePerson(r.person, p))) out.push(r.person);
    }
  }
  return out;
}

/** "Sung Mi Cha" and "ông Chá" are "Sùng Mí Chá": the whole name, or its last syllables. */
export function samePerson(recorded: string, asked: string): boolean {
  const p = fold(recorded);
  const n = fold(asked).trim();
  return n.length > 0 && (p === n || p.endsWith(` ${n}`));
}

/** The first role record naming the person in the wanted role (any role for attendance). */
function roleOf(c: Candidate, person: string, role: PersonRole): RoleRecord | undefined {
  const roles = (c.records?.roles ?? []).filter((r) => samePerson(r.person, person));
  if (role === 'any' || role === 'attendee') return roles[0];
  const wanted: readonly string[] = [...ROLE_RECORDS[role], ...(role === 'chair' ? ['leader'] : [])];
  return roles.find((r) => wanted.includes(r.role));
}

/** The province of a meeting's own places (a district's, from the gazetteer), or null. */
function provinceOf(c: Candidate): string | null {
  const key = c.records?.places.own.find((k) => placeByKey(k)?.level === 'province');
  return key ? (placeByKey(key)?.name ?? null) : null;
}

/**
 * The province line of a meeting in a list of provinces: the province's name, quoted with the
 * sentence that names the meeting's own place (or the opening sentence), since a district's
 * article rarely writes its province.
 */
function provinceLine(c: Candidate, label: string): Line | null {
  const name = provinceOf(c);
  if (!name) return null;
  const sentences = splitSentences(c.body);
  const place = c.records?.meeting.placeText;
  const at = place ? c.body.indexOf(place) : -1;
  const s = sentences.find((x) => x.start <= at && at < x.end) ?? sentences[0];
  return s ? { label, value: name, quote: { start: s.start, end: s.end } } : null;
}

/** The facts stated for one meeting: the person's role, else its chair and date. */
function meetingLines(m: MeetingMatch, q: ParsedQuestion, idf: Map<string, number>): DocAnswer {
  const L = LABELS[q.lang];
  if (m.roles.length > 0) {
    const lines: Line[] = m.roles.map((r) => ({
      label: L.roles[r.role === 'cochair' ? 'chair' : r.role],
      value: formatChair({ name: r.person, title: r.title }),
      quote: r.span,
      persons: [r.person],
    }));
    return { cand: m.cand, lines, relevance: 1 };
  }
  const plain: ParsedQuestion = {
    ...q,
    asks: new Set(['what']),
    target: { ...q.target, yesNo: false, target: { kind: 'open' } },
  };
  const eq = prepareEvidenceQuery(plain, idf, null);
  const listed = answerDoc(m.cand, plain, eq, true);
  if (listed) {
    // A list of meetings says whose each one is: the province when provinces are asked, else the
    // place when the headline does not name it.
    const place = asksProvinces(q) ? provinceLine(m.cand, L.province) : placeLine(m.cand, L.place);
    return place ? { ...listed, lines: [place, ...listed.lines] } : listed;
  }
  // Neither chair nor date found: the opening sentence names the meeting.
  const end = m.cand.body.search(/[.!?](?:\s|$)/u);
  const quote = { start: 0, end: end > 0 ? end + 1 : Math.min(m.cand.body.length, LEAD_CHARS) };
  return { cand: m.cand, lines: [{ label: null, value: '', quote }], relevance: 1 };
}

/**
 * The meeting's place, quoted from the first sentence of the lead that names it; null when the
 * headline already names it or the records know no place.
 */
function placeLine(c: Candidate, label: string): Line | null {
  const place = c.records?.meeting.placeText;
  if (!place || fold(c.doc.title).includes(fold(place))) return null;
  const at = c.body.slice(0, LEAD_CHARS * 2).indexOf(place);
  if (at < 0) return null;
  const s = splitSentences(c.body).find((x) => x.start <= at && at < x.end);
  return s ? { label, value: place, quote: { start: s.start, end: s.end } } : null;
}

/** "Có 2 cuộc họp:" / "2 meetings:", with how many are shown when not all are. */
function countLead(lang: Lang, n: number, shown: number): string {
  if (lang === 'en')
    return `${n} meeting${n === 1 ? '' : 's'}${shown < n ? ` (the first ${shown} listed)` : ''}:`;
  return `Có ${n} cuộc họp${shown < n ? ` (liệt kê ${shown} cuộc đầu)` : ''}:`;
}

/** The role a person must have for the question: the asked role, else any. */
export function personRoleOf(q: ParsedQuestion): PersonRole {
  const role = q.target.role;
  return role === null || role === 'attendee' ? 'any' : role;
}

/** Render matched meetings as a list, oldest first, each cited; with a count first when asked. */
export function renderMeetings(
  matches: readonly MeetingMatch[],
  q: ParsedQuestion,
  idf: Map<string, number>,
  op: MeetingOp,
  maxList: number,
): DraftAnswer {
  if (matches.length === 0) return notFound(q.lang);
  const shown = matches.slice(0, maxList).map((m) => meetingLines(m, q, idf));
  const draft = render(shown, q.lang);
  if (op === 'list' && asksProvinces(q)) {
    // The provinces first, each once, in the order of their first meeting.
    const names = [...new Set(matches.map((m) => provinceOf(m.cand)).filter((n): n is string => n !== null))];
    if (names.length > 0) return { ...draft, text: `${LABELS[q.lang].provinces(names)}\n\n${draft.text}` };
  }
  // A count always says how many; a list says so when it shows only the first ones.
  if (op !== 'count' && shown.length === matches.length) return draft;
  return { ...draft, text: `${countLead(q.lang, matches.length, shown.length)}\n\n${draft.text}` };
}

/** Answer a list or count of meetings. */
export function answerMeetings(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  op: MeetingOp,
  opts: MeetingOptions = {},
): DraftAnswer {
  const matches = matchingMeetings(reader, retrieval, q, personRoleOf(q), opts);
  return renderMeetings(matches, q, retrieval.keyword.idf, op, opts.maxList ?? 10);
}
