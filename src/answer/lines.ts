import { findCuedDates, findFullDates, resolveYear } from '../ingest/dates.ts';
import type { Chair } from '../ingest/types.ts';
import { HOLDING_VERBS } from '../query/list-vocab.ts';
import type { AskKind, ParsedQuestion } from '../query/parse.ts';
import { untranslatedWords } from '../query/untranslated.ts';
import { sanctionAsked, whoAskedWords } from '../query/who-asked.ts';
import { articleCast } from '../records/roles.ts';
import {
  alternation,
  eitherSpelling,
  MEETING_BODY_FAMILIES,
  MEETING_KINDS,
  MEETING_NOUN_EN_PATTERN,
  MEETING_NOUNS,
  NOT_WORD_AFTER,
  NOT_WORD_BEFORE,
  ORG_KINDS,
  PLANNED_STATED,
} from '../records/vocab.ts';
import { EN_MONTH_NAMES } from '../text/months.ts';
import { fold, syllables } from '../text/normalize.ts';
import { writesAnyFolded } from '../text/phrase.ts';
import { splitSentences } from '../text/sentences.ts';
import { asksCause, statesCause } from './acts.ts';
import { asksMember, namesMember } from './alternatives.ts';
import { askedAct } from './asked-act.ts';
import type { Candidate } from './candidates.ts';
import { writesDates } from './constraints.ts';
import { askedEvent, namedEvents } from './event-kind.ts';
import {
  clauseSpans,
  contentCoverage,
  type Evidence,
  type EvidenceQuery,
  focusQuote,
  rankSentences,
  uncheckable,
} from './evidence.ts';
import { yearsInForce } from './figure-time.ts';
import { enDate, formatChair, LABELS, type Lang, periodLabel, viDate } from './format.ts';
import { writesNumbers } from './haystack.ts';
import { headlineOf } from './headline.ts';
import { askedPlaceLevel, bodyActWriter, listAsk, namesPlaceOfLevel, placeItemsLevel } from './list-ask.ts';
import { kindFits } from './meeting-kind.ts';
import { ANSWER_OPTIONS } from './options.ts';
import type { DocAnswer, Line } from './render.ts';
import { asksFutureDate, contentSkip, contentWords, minQuoteSupport, questionWords } from './support.ts';
import { answerTarget, askOf, figureWordsCredited } from './targets.ts';
import { topicUnwritten } from './topic.ts';

export const VENUE_QUESTION =
  /ở đâu|tại đâu|địa điểm|nơi nào|o dau|tai dau|dia diem|noi nao|\bwhere\b(?! else)|\bvenue\b/iu;
// "Huyện nào …?", "Which district …?": the answer is the article's own place, named in its headline.
export const IDENTIFY_QUESTION =
  /^\s*(?:(?:huyện|tỉnh|xã|thị xã|thành phố|địa phương|đơn vị|nơi)\s+nào|(?:huyen|tinh|xa|thi xa|thanh pho|dia phuong|don vi|noi)\s+nao|which\s+(?:district|province|town|city|commune|locality))/iu;
// "đánh giá nhiệm vụ kỳ nào?", "which period did it review?"
const PERIOD_QUESTION = /kỳ nào|ky nao|giai đoạn nào|giai doan nao|thời kỳ nào|which period|what period/iu;
// A percentage stated in a sentence (not "tỷ lệ", which names a rate without stating one).
const PERCENT = /%|phần trăm/u;
/** The opening of a body, where it says whose meeting it is (names the meeting, not a figure). */
const LEAD_CHARS = 300;
/** A sentence folded to its words, single-spaced (to find a question's folded words in it). */
const foldedWords = (s: string): string => syllables(fold(s).toLowerCase()).join(' ');
const wantsRate = (q: ParsedQuestion): boolean =>
  q.target.target.kind === 'figure' && q.target.target.figure === 'rate';

// The question is about the meeting itself: a meeting noun ("giao ban" is one too when asked
// about), or the verbs of holding one.
const ASKS_MEETING = new RegExp(
  `${NOT_WORD_BEFORE}(?:${eitherSpelling([...MEETING_NOUNS, 'giao ban', 'diễn ra'])}|${MEETING_NOUN_EN_PATTERN}|held|meet|convene|convened)${NOT_WORD_AFTER}`,
  'iu',
);
const MEETING_WORDS = /(?<![\p{L}])(?:chủ trì|trưởng đoàn|kết luận|điều hành)(?![\p{L}])/iu;

/**
 * The facts one article states in answer to the question, each with its supporting span; null
 * when the article cannot answer what is asked.
 */
export function answerDoc(
  cand: Candidate,
  q: ParsedQuestion,
  eq: EvidenceQuery,
  wantsListing: boolean,
): DocAnswer | null {
  const L = LABELS[q.lang];
  const ranked = rankSentences(cand.body, eq);
  const target = q.target.target;
  const lines: Line[] = [];
  let relevance = ranked[0]?.score ?? 0;
  // The records answer the target, whatever the wording; the other asks of the question ("khi nào,
  // ai chủ trì?") are answered as below. Listings keep their chair-and-date lines.
  const handled = new Set<AskKind>();
  // "Những ai trả lời chất vấn?" asks the people of an act, not a listing of meetings and chairs.
  const actAsked = target.kind === 'role' && q.target.role === null && askedAct(q) !== null;
  // "… là xã nào?": one place asked by its level; a line naming none of that level does not say which.
  const whichPlace = q.asks.has('where') && !wantsListing ? askedPlaceLevel(q, true) : null;
  const namesWhich = (l: Line) =>
    whichPlace === null || namesPlaceOfLevel(whichPlace, cand.body.slice(l.quote.start, l.quote.end));
  // "Nguyên nhân chủ yếu của … là gì?": a cause is asked, which the sentence stating it answers
  // (below), not the section of limitations its cue words name.
  const causeAsked = asksCause(q.raw);
  if (
    cand.records &&
    !(causeAsked && target.kind === 'section') &&
    (!wantsListing || (target.kind === 'role' && (target.role !== 'chair' || actAsked)))
  ) {
    const t = answerTarget(cand.records, headlineOf(cand, LEAD_CHARS), q, eq, ranked, cand.body);
    if (t === null) return null;
    // "Khánh thành cầu treo bản X: ai chủ trì?": the chair of an event, not of a meeting, is the
    // chair of the article's meeting only when its headline, lead or the chair's sentence says what
    // the event is (as for the date of an event, below).
    const chairOfEvent = target.kind === 'role' && target.role === 'chair' && !namesMeeting(q);
    const line = t?.lines[0];
    if (chairOfEvent && line && !eventReported(cand, line, eq)) return null;
    // A section's sentence naming no place of the asked level: the evidence below looks for one.
    if (t?.lines.some(namesWhich)) {
      lines.push(...t.lines);
      relevance = t.relevance;
      handled.add(askOf(target));
      // "What is the deadline / the poverty rate?": the "what" is the target itself, already answered.
      if (target.kind === 'date' || target.kind === 'figure') handled.add('what');
    }
  }
  const asks = (k: AskKind) => q.asks.has(k) && !handled.has(k);
  // A who-question naming no role of the reports ("Ai là thư ký hội nghị?", "ai dẫn chương trình")
  // is no chair question: the sentence answering it must carry its words (the evidence path below).
  const whoOpen = target.kind === 'open' && asks('who') && !wantsListing;

  if ((asks('who') && !whoOpen) || (wantsListing && !handled.has('who'))) {
    const chair = chairLine(cand, ranked, L.chair);
    if (chair) lines.push(chair);
    else if (asks('who')) return null;
  }
  if (asks('published')) {
    if (!cand.doc.published) return null;
    const first = ranked.length > 0 ? firstSentence(cand.body) : null;
    if (first) lines.push({ label: L.published, value: fmtDate(cand.doc.published, q.lang), quote: first });
  }
  if (asks('when') || ((wantsListing || q.latest) && !handled.has('when'))) {
    // A meeting listed (or the latest) is dated by its own date, never by a deadline it sets.
    const when = whenLine(cand, ranked, L.date, q, !asks('when'));
    // The date of an event the article does not report ("Chợ Đồn: Bàn giao 15 căn nhà cho hộ nghèo
    // diễn ra vào ngày nào?", asked of a teaser, answered by the district's briefing): its headline,
    // lead or dated sentence must say what is asked.
    if (when && asks('when') && !namesMeeting(q) && !eventReported(cand, when, eq)) return null;
    // "Ninh Hòa tổng kết công tác dân vận năm 2023 diễn ra ngày nào?": the HĐND session's date is no answer.
    if (when && asks('when') && !kindFits(q, cand)) return null;
    if (when) lines.push(when);
    else if (asks('when')) return null;
    const period = cand.doc.facts.periods[0];
    if (when && period && PERIOD_QUESTION.test(q.text)) {
      lines.push({ label: L.period, value: periodLabel(period, q.lang), quote: when.quote });
    }
  }
  if (whoOpen) {
    // An English question's own words cannot be checked against a Vietnamese sentence; a sanction
    // it names can, by its Vietnamese form.
    const words = q.lang === 'vi' ? whoAskedWords(q.text) : sanctionAsked(q.text);
    // Someone is asked: the sentence must name a person of the article ("cảnh cáo 4" counts
    // sanctions and names no one).
    const cast = words ? articleCast(cand.body).map((p) => p.name) : [];
    const said = words
      ? ranked.find(
          (e) =>
            e.score > 0 &&
            ` ${foldedWords(e.text)} `.includes(` ${words} `) &&
            cast.some((name) => e.text.includes(name)),
        )
      : undefined;
    if (!said) return null;
    if (handled.size === 0) relevance = said.score;
    lines.push({ label: null, value: '', quote: withFollower(cand.body, ranked, focusQuote(said, eq)) });
  }
  const evidenceAsk = asks('howmany') || (asks('what') && !wantsListing) || (asks('where') && !wantsListing);
  if (evidenceAsk) {
    // "… bằng hình thức gì": the sentence naming a form of discipline answers.
    const member = asksMember(q.text)
      ? ranked.find((e) => e.shaped && e.score > 0 && namesMember(e.text))
      : undefined;
    // The best sentence dates itself to another year than the one asked ("Năm 2023, … thêm 2 xã"
    // for a 2024 plan): the sentences about as close that do not are read in its place.
    const years = q.time.years;
    const ofOtherYear = (e: Evidence): boolean => {
      const held = yearsInForce(cand.body, e.start, e.end);
      return held.length > 0 && !held.some((y) => years.includes(y));
    };
    const first = ranked.find((e) => e.shaped && e.score > 0);
    const timely =
      first !== undefined && years.length > 0 && ofOtherYear(first)
        ? ranked.filter((e) => e.score >= first.score * ANSWER_OPTIONS.askedYearShare && !ofOtherYear(e))
        : [];
    const pool = timely.some((e) => e.shaped) ? timely : ranked;
    // "Những xã nào … đạt thấp?", "… là xã nào?": among the sentences about as close, one naming
    // places of the level.
    const itemsLevel = placeItemsLevel(q);
    const level = itemsLevel ?? whichPlace;
    // A clause writing the question's numbers ("… dưới 25%") is the one meant.
    const numbered = q.numbers.length > 0 ? (t: string) => writesNumbers(t, q.numbers) : undefined;
    // One place asked: the clause quoted must name one (another clause may name other places).
    const share = ANSWER_OPTIONS.placeItemShare;
    const levelFocus = (e: Evidence) =>
      itemsLevel
        ? focusQuote(e, eq, undefined, { says: (t) => namesPlaceOfLevel(itemsLevel, t), share })
        : focusQuote(e, eq, undefined, numbered && { says: numbered, share });
    const levelText = (e: Evidence): string => {
      if (itemsLevel) return e.text;
      const f = levelFocus(e);
      return cand.body.slice(f.start, f.end);
    };
    // "Những đơn vị nào tham luận …": of the sentences that score, the one writing the act the bodies
    // are asked by (list-ask.ts `keepActWritten` drops an answer quoting none), not one sharing only
    // the meeting's words ("Ban Công tác Mặt trận … tham gia tích cực").
    const writesAct = q.list || listAsk(q) === 'items' ? bodyActWriter(q) : null;
    const actWritten = writesAct ? pool.find((e) => e.shaped && e.score > 0 && writesAct(e.text)) : undefined;
    const top = actWritten ?? saysEnough(pool, q, eq, cand);
    const naming = (e: Evidence, minShare: number): boolean =>
      level !== null &&
      top !== undefined &&
      e.shaped &&
      e.score >= top.score * minShare &&
      namesPlaceOfLevel(level, levelText(e));
    // "xã nào giải ngân dưới 25%": the one writing the question's numbers first.
    const placed =
      (numbered
        ? pool.find((e) => naming(e, ANSWER_OPTIONS.numberedItemShare) && numbered(e.text))
        : undefined) ?? pool.find((e) => naming(e, ANSWER_OPTIONS.placeItemShare));
    // A deadline the question names ("xong việc gì trước 30/4"): the sentence setting it answers.
    const due = q.time.deadlines;
    const dueSet = due ? ranked.find((e) => e.score > 0 && writesDates(e.text, due)) : undefined;
    // "Nguyên nhân chủ yếu … là gì?": among the sentences about as close, one stating a cause; or
    // one that opens right after such a sentence ("… giải ngân còn thấp. Nguyên nhân chủ yếu là …"):
    // it gives the cause of what that sentence reports.
    // Then both are quoted: the cause alone does not say what it explains.
    const cause = top && causeAsked ? causeEvidence(pool, ranked, cand.body, top) : undefined;
    const best = member ?? placed ?? dueSet ?? cause ?? top;
    if (!best) return null;
    // "… chậm cấp giấy chứng nhận là xã nào?": a sentence naming no commune ("ở một số địa phương
    // còn chậm") does not say which one.
    if (whichPlace && !itemsLevel && !placed) return null;
    // An English question whose content words the glossary cannot render, and nothing else asked
    // beyond the meeting's names: no sentence can be checked against it, so none is quoted.
    const headline = headlineOf(cand, LEAD_CHARS);
    if (uncheckable(q, eq, headline, best.text, ANSWER_OPTIONS.minContentCoverage)) return null;
    // "nhiệm vụ về an toàn giao thông là gì": a topic asked of the report must be written (English
    // words the glossary cannot render are `uncheckable`'s concern above).
    if (topicUnwritten(q, best.text, eq, 'passes')) return null;
    // A count no figure record answers ("bao nhiêu đại biểu vắng mặt" where only those present are
    // counted): the sentence must itself say what is asked beyond the meeting's names.
    if (
      asks('howmany') &&
      contentCoverage(best.text, eq, `${headline} ${figureWordsCredited(q, best.text)}`) <
        ANSWER_OPTIONS.minContentCoverage
    )
      return null;
    // A rate is answered by a percentage, never by a count that shares the subject's words.
    if (wantsRate(q) && !PERCENT.test(best.text)) return null;
    if (handled.size === 0) relevance = best.score;
    const focus = member
      ? memberClause(member, q, eq)
      : best === placed
        ? levelFocus(best)
        : best === cause
          ? { start: cause.start, end: cause.end }
          : focusQuote(best, eq);
    lines.push({ label: null, value: '', quote: withFollower(cand.body, ranked, focus) });
  }
  if (lines.length === 0) return null;
  // Between articles that both answer, the one naming more of the question's names comes first.
  return { cand, lines, relevance: relevance * (0.5 + 0.5 * cand.check.coverage) };
}

/**
 * A sentence of `pool` stating a cause that scores at least {@link ANSWER_OPTIONS.causeShare} of
 * `top`; or one right after a sentence that does ("… giải ngân còn thấp. Nguyên nhân chủ yếu là
 * …"), then joined to it as one passage. Undefined when none.
 */
function causeEvidence(
  pool: readonly Evidence[],
  ranked: readonly Evidence[],
  body: string,
  top: Evidence,
): Evidence | undefined {
  const min = top.score * ANSWER_OPTIONS.causeShare;
  for (const e of pool) {
    if (!statesCause(e.text)) continue;
    if (e.score >= min) return e;
    const before = ranked.find((x) => x.end <= e.start && body.slice(x.end, e.start).trim() === '');
    if (before && before.score >= min)
      return { ...e, start: before.start, text: body.slice(before.start, e.end), score: before.score };
  }
  return undefined;
}

/** English plural nouns of a disciplinary form ("what measures"): every form stated is asked. Closed. */
const FORMS_PLURAL_EN = /(?<![\p{L}])(?:measures|forms|penalties|sanctions)(?![\p{L}])/iu;
/** Several members disciplined, counted ("kỷ luật 2 đv", "3 đảng viên"), folded. */
const SEVERAL_DISCIPLINED = /(?<![\p{L}\p{N}])(?:[2-9]|\d{2,})\s+(?:dv|dang vien|to chuc dang)(?![\p{L}])/iu;
/** Vietnamese forms asked in the plural ("bằng những hình thức nào"). Closed. */
const FORMS_PLURAL_VI = /(?<![\p{L}])(?:những|các|nhung|cac)\s+(?:hình thức|hinh thuc)(?![\p{L}])/iu;

/**
 * The clause of a sentence of several forms ("… hình thức Khiển trách đối với Ban Thường vụ Đảng ủy
 * phường X; … hình thức Cảnh cáo đối với đồng chí Y, … phường X") that names a form and writes the
 * longest run of the question's words (the one it asks the form of, "Đảng ủy phường X"), then the
 * most of what is asked by idf share. The whole sentence when no clause names a form.
 */
function memberClause(ev: Evidence, q: ParsedQuestion, eq: EvidenceQuery): { start: number; end: number } {
  const asked = syllables(fold(q.text).toLowerCase());
  const named = clauseSpans(ev)
    .filter((c) => namesMember(c.text))
    .map((c) => ({
      start: c.start,
      end: c.end,
      run: longestSharedRun(asked, syllables(fold(c.text).toLowerCase())),
      cover: contentCoverage(c.text, eq),
    }));
  // Forms asked in the plural ("bằng những hình thức nào?", "what disciplinary measures", "kỷ luật 2
  // đảng viên hình thức gì"): every form, the clauses from first to last.
  if (FORMS_PLURAL_VI.test(q.text) || FORMS_PLURAL_EN.test(q.text) || SEVERAL_DISCIPLINED.test(fold(q.text)))
    if (named.length > 1) return { start: named[0]!.start, end: named[named.length - 1]!.end };
  let best: (typeof named)[number] | undefined;
  for (const c of named)
    if (!best || c.run > best.run || (c.run === best.run && c.cover > best.cover)) best = c;
  return best ? { start: best.start, end: best.end } : { start: ev.start, end: ev.end };
}

/** Length of the longest run of syllables `a` and `b` both write in the same order. */
function longestSharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) {
      if (x === b[j]) {
        row[j + 1] = (prev[j] ?? 0) + 1;
        best = Math.max(best, row[j + 1] ?? 0);
      }
    }
    prev = row;
  }
  return best;
}

/**
 * A short sentence often only announces what the next one says ("…thông qua nghị quyết chuyên
 * đề." then "Nghị quyết xác định…"): quote both.
 */
function withFollower(
  body: string,
  ranked: Evidence[],
  span: { start: number; end: number },
): { start: number; end: number } {
  const words = body.slice(span.start, span.end).split(/\s+/).length;
  if (words >= 12) return span;
  const next = ranked.filter((e) => e.start >= span.end).sort((a, b) => a.start - b.start)[0];
  if (!next || body.slice(span.end, next.start).includes('\n\n')) return span;
  return { start: span.start, end: next.end };
}

function chairLine(cand: Candidate, ranked: Evidence[], label: string): Line | null {
  const chairs = cand.doc.facts.chairs;
  if (chairs.length > 0) {
    const quote = sentenceWith(ranked, chairs) ?? ranked[0];
    if (!quote) return null;
    return {
      label,
      value: chairs.map(formatChair).join('; '),
      quote: { start: quote.start, end: quote.end },
      persons: chairs.map((c) => c.name),
    };
  }
  const s = ranked.find((e) => MEETING_WORDS.test(e.text));
  return s ? { label: null, value: '', quote: { start: s.start, end: s.end } } : null;
}

/** The sentence naming the chair(s), preferring one that says "chủ trì". */
function sentenceWith(ranked: Evidence[], chairs: Chair[]): Evidence | undefined {
  const names = chairs.map((c) => c.name);
  const naming = ranked.filter((e) => names.some((n) => e.text.includes(n)));
  const order = [...naming].sort((a, b) => a.start - b.start);
  return order.find((e) => MEETING_WORDS.test(e.text)) ?? order[0];
}

function fmtDate(iso: string, lang: Lang): string {
  return lang === 'en' ? enDate(iso) : viDate(iso);
}

/**
 * The date asked for: the meeting's own date, unless another dated sentence fits the question
 * clearly better (a deadline, a planned congress).
 */
function whenLine(
  cand: Candidate,
  ranked: Evidence[],
  label: string,
  q: ParsedQuestion,
  meetingOnly = false,
): Line | null {
  const meeting = cand.doc.facts.meetingDates[0];
  const ref = cand.doc.published ?? meeting ?? null;
  const dated = ranked.filter((e) => e.shaped);
  // "Đại hội Đảng bộ xã … diễn ra vào ngày nào?" asked of the commune's review: the congress's
  // sentence dates it, the review's date never does.
  const event = meetingOnly ? null : askedEvent(q);
  if (event !== null && !namedEvents(meetingNamed(cand)).includes(event)) {
    const said = dated.find((e) => e.score > 0 && namedEvents(e.text).includes(event));
    const value = said ? dateText(said.text, ref, q.lang) : null;
    return said && value ? { label, value, quote: { start: said.start, end: said.end } } : null;
  }
  const meetingSentence = meeting ? ranked.find((e) => datesIn(e.text, ref).includes(meeting)) : undefined;
  // "When was the meeting held?" asks the meeting's date, however well another date's sentence
  // (a deadline, a planned congress) matches; other questions may ask another dated event.
  // A planned date ("dự kiến tổ chức tháng mấy") is the one a sentence states as an event to be
  // held ("dự kiến tổ chức trong tháng 6/2020"), whatever the meeting's own sentence scores; a
  // deadline ("phấn đấu … trước ngày 31/12") plans no event.
  const planned = asksFutureDate(q)
    ? dated.find(
        (e) =>
          e !== meetingSentence &&
          writesAnyFolded(e.text, PLANNED_STATED) &&
          writesAnyFolded(e.text, HOLDING_VERBS),
      )
    : undefined;
  const other =
    planned ??
    // The latest meeting's date is its own ("hu ky anh hop gan day nhat la ngay nao"), never a
    // deadline it sets.
    (meetingOnly || q.latest || ASKS_MEETING.test(q.text)
      ? undefined
      : dated.find((e) => e !== meetingSentence));
  if (
    other &&
    (planned || !meetingSentence || other.score > meetingSentence.score * ANSWER_OPTIONS.otherDateRatio)
  ) {
    const value = dateText(other.text, ref, q.lang);
    if (value) return { label, value, quote: { start: other.start, end: other.end } };
  }
  if (meeting && meetingSentence) {
    return {
      label,
      value: fmtDate(meeting, q.lang),
      quote: { start: meetingSentence.start, end: meetingSentence.end },
    };
  }
  return null;
}

/** Where an article names its own meeting: the headline and the body's first sentence. */
function meetingNamed(cand: Candidate): string {
  const first = splitSentences(cand.body)[0];
  return `${cand.doc.title}\n${first ? cand.body.slice(first.start, first.end) : ''}`;
}

/**
 * The question names a meeting or a body (a meeting noun or kind, "họp", an organisation kind):
 * its date is the meeting's, however the question words it. "Diễn ra", "tổ chức" name no meeting
 * ("tổ chức Lễ hội Lồng tông", "trao quà … diễn ra vào ngày nào").
 */
function namesMeeting(q: ParsedQuestion): boolean {
  return NAMES_MEETING_EN.test(q.text) || writesAnyFolded(q.text, MEETING_NAMING);
}
const MEETING_NAMING = [...MEETING_NOUNS, ...MEETING_KINDS, ...ORG_KINDS, 'họp'];
/**
 * English names a meeting as Vietnamese does: by a meeting noun, the verb "meet" ("họp"), or the
 * body that meets (`ORG_KINDS`' English forms: "the city Party Standing Committee met …").
 */
const NAMES_MEETING_EN = new RegExp(
  `${NOT_WORD_BEFORE}(?:${MEETING_NOUN_EN_PATTERN}|meet|met|convene|convened|${alternation(
    MEETING_BODY_FAMILIES.flatMap((f) => f.forms).filter((form) => fold(form) === form),
  )}|standing (?:committee|board))${NOT_WORD_AFTER}`,
  'iu',
);

/**
 * A date asked of an event, not of a meeting (`namesMeeting` false): the article's headline, lead
 * or the sentence of `when` must cover what the question asks.
 */
function eventReported(cand: Candidate, when: Line, eq: EvidenceQuery): boolean {
  const quote = cand.body.slice(when.quote.start, when.quote.end);
  const said = `${headlineOf(cand, LEAD_CHARS)}\n${quote}`;
  return contentCoverage(said, eq) >= ANSWER_OPTIONS.minContentCoverage;
}

function datesIn(text: string, ref: string | null): string[] {
  const out = findFullDates(text).map((d) => d.iso);
  if (ref) for (const m of findCuedDates(text)) out.push(resolveYear(m, ref) ?? '');
  return out.filter(Boolean);
}

function dateText(text: string, ref: string | null, lang: Lang): string | null {
  const iso = datesIn(text, ref)[0];
  if (iso) return fmtDate(iso, lang);
  const month = /tháng\s+(\d{1,2})(?:\s*[/-]\s*(\d{4}))?/iu.exec(text);
  if (!month) return null;
  const vi = month[2] ? `tháng ${month[1]}/${month[2]}` : `tháng ${month[1]}`;
  const name = EN_MONTH_NAMES[Number(month[1]) - 1];
  // English states the month by name, the Vietnamese form after it as the quote writes it.
  if (lang === 'en' && name) return `${month[2] ? `${name} ${month[2]}` : name} (${vi})`;
  return vi;
}

function firstSentence(body: string): { start: number; end: number } | null {
  const m = /\S[^\n]*/u.exec(body);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * The best shaped sentence of `pool`; when it says too little of what is asked beyond the
 * meeting's names for the support check to let it stand ("Bế mạc kỳ họp, … giám sát … những cam
 * kết đã nêu tại phiên chất vấn" for what a named official promised), the best sentence about as
 * close ({@link ANSWER_OPTIONS.placeItemShare} of its score) that says enough, else it.
 */
function saysEnough(pool: readonly Evidence[], q: ParsedQuestion, eq: EvidenceQuery, cand: Candidate) {
  const top = pool.find((e) => e.shaped && e.score > 0);
  // A place asked is stated by the sentence naming it, not by the one saying most of the rest: the
  // swap answered a made venue near-miss (near-miss-made.test.ts).
  if (!top || q.asks.has('where')) return top;
  const skip = contentSkip(q, cand);
  const min = minQuoteSupport(q);
  const says = (e: Evidence) => contentCoverage(e.text, eq, skip) >= min;
  // An English question's content words are its glossary renderings (its own words name nothing
  // here), read only when it has no word the glossary cannot render: that word may be the very thing
  // asked ("staffing shortfall"), which a sentence saying the rest does not say.
  if (q.lang === 'en' && untranslatedWords(q).length > 0) return top;
  if (contentWords(q, eq, skip, questionWords(q).words).length < ANSWER_OPTIONS.minContentWords || says(top))
    return top;
  return pool.find((e) => e.shaped && e.score >= top.score * ANSWER_OPTIONS.placeItemShare && says(e)) ?? top;
}
