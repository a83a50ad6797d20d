/**
 * Yes/no questions as claims: an ordinary question frame plus the value the question asserts.
 * The frame is answered with the usual machinery; the stated value is then compared with the
 * claimed one. "Đúng/Yes" when the article states the claimed value, "Không/No — <what it says>"
 * when it states another value of the same slot, and no verdict when it does not state the slot:
 * silence is never a "no".
 *
 * This file holds the kinds of claim `verify.ts` did not: numbers with a comparator and a unit
 * ("hơn 1.900 đảng viên", "at least 2,500", "38.4%", "200 billion dong"), what a meeting raised or
 * decided (a claim whose words a sentence of the article bears out), the venue, people present
 * (quoted where the article names them), and the check that a "no" is said about the asked meeting.
 */

import type { IndexReader } from '../index/open.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { extractTime } from '../query/time.ts';
import {
  CLAIM_FRAME_SYLLABLES,
  type Comparator,
  claimedVenue,
  comparatorBefore,
  PERCENT_AFTER,
  satisfies,
  scaleOf,
  YES_NO_TAIL_VI,
} from '../query/yesno-cues.ts';
import { parseVietNumber } from '../records/numbers.ts';
import type { Retrieval } from '../retrieve/hybrid.ts';
import { fold, syllables } from '../text/normalize.ts';
import { splitSentences } from '../text/sentences.ts';
import { type AnswerOptions, selectAnswers } from './answer.ts';
import { contentCoverage, type EvidenceQuery, prepareEvidenceQuery } from './evidence.ts';
import { lineFigure } from './figure-time.ts';
import { LABELS, periodLabel } from './format.ts';
import { stripNumber } from './haystack.ts';
import type { MeetingMatch } from './meetings.ts';
import { namesPersons, personNamesAsked } from './places.ts';
import type { DocAnswer, Line } from './render.ts';
import { unitsOf } from './units.ts';
import { type Verdict, withoutClaim } from './verify.ts';

/** A claimed number: its value in base units, how it binds the stated one, and whether it is a rate. */
export interface NumberClaim {
  /** The number as the question writes it. */
  raw: string;
  /** Value in base units (scale words applied: "5.000 triệu" → 5e9). */
  value: number;
  op: Comparator;
  percent: boolean;
}

/** Least share (idf) of a claim's own words one sentence must hold to bear the claim out. */
export const CLAIM_COVERAGE = 0.8;

/**
 * A number as the question's language writes it: English "1,236" is a thousand and more, "38.4" a
 * decimal; Vietnamese "1.236" a thousand and more, "38,4" a decimal.
 */
export function claimNumber(raw: string, lang: 'vi' | 'en'): number | null {
  if (lang === 'en' && /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.\d+$/u.test(raw)) {
    const v = Number(raw.replace(/,/g, ''));
    return Number.isFinite(v) ? v : null;
  }
  return parseVietNumber(raw);
}

/** The number claim of a question for its first quoted number, or null when it has none. */
export function numberClaimOf(q: ParsedQuestion): NumberClaim | null {
  return numberClaimAt(q, q.numbers[0]);
}

/**
 * Every number a claim quotes ("14 trường hợp … tổng 3,25 ha đúng không?"): each is checked, and
 * one the article states otherwise refutes the claim.
 */
export function numberClaimsOf(q: ParsedQuestion): NumberClaim[] {
  return q.numbers.flatMap((raw) => numberClaimAt(q, raw) ?? []);
}

function numberClaimAt(q: ParsedQuestion, raw: string | undefined): NumberClaim | null {
  if (!raw) return null;
  const at = q.text.indexOf(raw);
  const base = claimNumber(raw, q.lang);
  if (at < 0 || base === null) return null;
  const after = q.text.slice(at + raw.length);
  const percent = PERCENT_AFTER.test(after);
  const word = /^\s+([\p{L}]+)/u.exec(after)?.[1];
  const scale = !percent && word ? (scaleOf(word) ?? 1) : 1;
  return { raw, value: base * scale, op: comparatorBefore(q.text, at), percent };
}

/** The question without its number, asking for the figure in the claimed unit. */
function figureQuestion(q: ParsedQuestion, claim: NumberClaim): ParsedQuestion {
  const asked = withoutClaim(q, { kind: 'number', number: claim.raw });
  if (claim.percent) return { ...asked, unitPhrases: ['phần trăm'] };
  // "hơn 1.900 đảng viên": the words after the number are read as a how-many question reads the
  // words after "bao nhiêu" (a scale word, then the longest known unit or counted noun).
  const at = q.text.indexOf(claim.raw);
  // The yes/no tail ("… phải không", "… đúng không") is no part of the unit ("400 tỷ phải không").
  const rest = q.text.slice(at + claim.raw.length);
  const after = (q.lang === 'vi' ? rest.replace(YES_NO_TAIL_VI, '') : rest).trim();
  const units = /^\p{L}/u.test(after) ? unitsOf(after, q.lang, q.text) : [];
  return units.length > 0 ? { ...asked, unitPhrases: units } : asked;
}

/** The figures an answer states: the line's amount, with the unit of the figure record at its quote. */
function statedFigures(a: DocAnswer): { line: Line; amount: number; unit: string | null }[] {
  return a.lines.flatMap((line) => {
    if (line.amount === undefined) return [];
    return [{ line, amount: line.amount, unit: lineFigure(a.cand.records, line)?.unit ?? null }];
  });
}

/** The quote of a line writes the claimed percentage ("giảm 38,4%"). */
function quotesPercent(a: DocAnswer, line: Line, claim: NumberClaim): boolean {
  const said = a.cand.body.slice(line.quote.start, line.quote.end);
  for (const m of said.matchAll(/(\d+(?:[.,]\d+)?)\s*(?:%|phần trăm)/gu)) {
    const v = parseVietNumber(m[1] ?? '');
    if (v !== null && satisfies(v, claim.op, claim.value)) return true;
  }
  return false;
}

/** The word a claimed number counts in the question ("6 xã" → "xa"), folded; null when none follows. */
function countedAfter(text: string, raw: string): string | null {
  const at = text.indexOf(raw);
  const word = at < 0 ? undefined : /^\s+(\p{L}+)/u.exec(text.slice(at + raw.length))?.[1];
  return word ? fold(word).toLowerCase() : null;
}

/** `quote` writes `raw` followed by the counted word (folded), as a whole number and word. */
function writesCount(quote: string, raw: string, counted: string): boolean {
  const folded = fold(quote).toLowerCase();
  const number = stripNumber(raw);
  for (const m of folded.matchAll(/(?<![\d.,])(\d+(?:[.,]\d+)*)\s+(\p{L}+)/gu))
    if (stripNumber(m[1] ?? '') === number && m[2] === counted) return true;
  return false;
}

/** The verdict of one answer on a number claim, or null when it states no figure of the claim's kind. */
function numberVerdict(a: DocAnswer, claim: NumberClaim, counted: string | null): Verdict | null {
  const stated = statedFigures(a).filter((s) => (claim.percent ? s.unit === '%' : s.unit !== '%'));
  if (claim.percent && a.lines.some((l) => quotesPercent(a, l, claim))) return 'yes';
  if (claim.op === 'eq') {
    const digits = stripNumber(claim.raw);
    const quoted = a.lines.some(
      (l) =>
        l.amount === undefined &&
        (a.cand.body.slice(l.quote.start, l.quote.end).match(/\d+(?:[.,]\d+)*/g) ?? [])
          .map(stripNumber)
          .includes(digits),
    );
    // The quote writes the claimed count of the claimed noun itself ("… nâng tổng số xã đạt chuẩn
    // lên 6 xã" for "có 6 xã đạt chuẩn"), whichever figure of it the line states.
    const counts =
      counted !== null &&
      a.lines.some((l) => writesCount(a.cand.body.slice(l.quote.start, l.quote.end), claim.raw, counted));
    if (quoted || counts || stated.some((s) => satisfies(s.amount, 'eq', claim.value))) return 'yes';
    return stated.length > 0 || a.lines.length > 0 ? 'no' : null;
  }
  const first = stated[0];
  if (!first) return null;
  return satisfies(first.amount, claim.op, claim.value) ? 'yes' : 'no';
}

/**
 * Verify a number claim: the figure is looked up without the claimed number; the answers that bear
 * it out first. Returns the answers to state and the verdict ("unknown" with none when no article
 * states the figure).
 */
export function verifyNumberClaim(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  claim: NumberClaim,
  opts: AnswerOptions,
): { answers: DocAnswer[]; verdict: Verdict } {
  // The claimed number is what is checked, not a word the article must hold: a false number would
  // otherwise weigh against the very article that states the true one.
  const groups = new Set([...claim.raw.split(/[.,]/), claim.raw.replace(/[.,]/g, '')]);
  const idf = new Map([...retrieval.keyword.idf].filter(([t]) => !groups.has(t)));
  const own = { ...retrieval, keyword: { ...retrieval.keyword, idf } };
  const found = selectAnswers(reader, own, figureQuestion(q, claim), opts);
  const counted = countedAfter(q.text, claim.raw);
  const judged = found.map((a) => ({ a, v: numberVerdict(a, claim, counted) })).filter((x) => x.v !== null);
  const yes = judged.filter((x) => x.v === 'yes').map((x) => x.a);
  if (yes.length > 0) return { answers: yes, verdict: 'yes' };
  // A year the claim's own sentence names ("tuyển dụng 350 giáo viên trong năm 2025", said at a
  // session of December 2024) is the figure's, not another meeting's.
  const no = judged.map((x) => x.a).filter((a) => !outOfTime(a, q) || quotesAskedYear(a, q));
  return no.length > 0 ? { answers: no, verdict: 'no' } : { answers: [], verdict: 'unknown' };
}

/**
 * The article's meeting is of another year than every year the question names (its dates and
 * periods, as the records give them): a "no" said about it would be about another meeting.
 */
export function outOfTime(a: DocAnswer, q: ParsedQuestion): boolean {
  if (q.time.years.length === 0) return false;
  const m = a.cand.records?.meeting;
  const years = new Set(
    [...(m?.dates ?? []), ...(m?.periods ?? []), ...a.cand.doc.facts.meetingDates].map((d) =>
      Number(d.slice(0, 4)),
    ),
  );
  if (years.size === 0) return false;
  // "6 tháng đầu năm 2024 … so với cùng kỳ năm 2023": the asked period's year counts as asked too.
  const asked = [...q.time.years, ...q.time.periods.map((p) => Number(p.slice(0, 4)))];
  return !asked.some((y) => years.has(y));
}

/** A sentence the answer quotes names a year the question asks. */
function quotesAskedYear(a: DocAnswer, q: ParsedQuestion): boolean {
  const quoted = a.lines.flatMap((l) => (l.quote ? [a.cand.body.slice(l.quote.start, l.quote.end)] : []));
  return q.time.years.some((y) => quoted.some((text) => new RegExp(`(?<!\\d)${y}(?!\\d)`, 'u').test(text)));
}

/**
 * A claim about what the meeting raised, decided or reported ("có thông qua nghị quyết về du lịch
 * cộng đồng không?"): "yes" with the sentence of the best article that holds the claim's own words
 * (by idf, {@link CLAIM_COVERAGE}); null when no sentence does, since an article that does not say
 * so does not say the opposite.
 */
export function verifyStatement(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  opts: AnswerOptions,
): DocAnswer | null {
  const plain: ParsedQuestion = { ...q, target: { ...q.target, yesNo: false } };
  const a = selectAnswers(reader, retrieval, plain, opts)[0];
  if (!a) return null;
  const own = claimEvidenceQuery(q, retrieval.keyword.idf);
  // Nothing of the claim is left beyond its frame, names and time: the meeting itself is claimed.
  if (contentCoverage('', own) === 1) return null;
  // "Có phải Chủ tịch UBND huyện X trả lời chất vấn về …?": the sentence bearing out the act must
  // name the person claimed; another person doing it ("Ông Y … trả lời chất vấn về …") is no "yes".
  const persons = personNamesAsked(q);
  let best: { start: number; end: number; cover: number } | null = null;
  for (const s of splitSentences(a.cand.body)) {
    const text = a.cand.body.slice(s.start, s.end);
    if (!namesPersons(text, persons)) continue;
    const cover = contentCoverage(text, own, a.cand.doc.title);
    if (!best || cover > best.cover) best = { start: s.start, end: s.end, cover };
  }
  if (!best || best.cover < CLAIM_COVERAGE) return null;
  return { ...a, lines: [{ label: null, value: '', quote: { start: best.start, end: best.end } }] };
}

/**
 * The evidence query of a claim's own words: its yes/no frame and its places, in either spelling,
 * are no words a sentence must bear out.
 */
export function claimEvidenceQuery(q: ParsedQuestion, idf: Map<string, number>): EvidenceQuery {
  const eq = prepareEvidenceQuery(q, idf, null);
  const ignore = new Set([...eq.ignore, ...CLAIM_FRAME_SYLLABLES]);
  for (const p of q.places) for (const w of syllables(fold(p.surface))) ignore.add(w);
  for (const p of q.places) for (const w of syllables(p.surface.toLowerCase())) ignore.add(w);
  return { ...eq, ignore };
}

/** The lines naming a person present at each matched meeting, each quoting where the article names them. */
export function presenceAnswers(matches: readonly MeetingMatch[], lang: 'vi' | 'en'): DocAnswer[] {
  return matches.flatMap((m) => {
    const r = m.roles[0];
    if (!r) return [];
    const person = r.title ? `${r.person} (${r.title})` : r.person;
    const line: Line = {
      label: LABELS[lang].roles.attendee,
      value: person,
      quote: r.span,
      persons: [r.person],
    };
    return [{ cand: m.cand, lines: [line], relevance: 1 }];
  });
}

/**
 * A venue claim ("diễn ra tại hội trường Huyện ủy phải không?") against the meeting's recorded
 * venue: "yes" when one holds the other's words, "no" when the article gives another venue, null
 * when the question claims no venue or the article states none.
 */
export function verifyVenue(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  opts: AnswerOptions,
): { answer: DocAnswer; verdict: Verdict } | null {
  const claimed = claimedVenue(q.text);
  if (!claimed) return null;
  // The venue's words ("UBND" of "Hội trường UBND tỉnh") are claimed, not names or bodies the
  // article must hold.
  const asked: ParsedQuestion = {
    ...q,
    text: q.text.replace(claimed, ' '),
    entities: q.entities.filter((e) => !fold(claimed).includes(fold(e))),
    asks: new Set(['where']),
    target: { ...q.target, yesNo: false, target: { kind: 'venue' } },
  };
  const a = selectAnswers(reader, retrieval, asked, opts)[0];
  const venue = a?.cand.records?.meeting.venue;
  if (!a || !venue) return null;
  const want = syllables(fold(claimed));
  const have = syllables(fold(venue.text));
  const within = (x: string[], y: string[]) => x.every((w) => y.includes(w));
  const verdict: Verdict = within(want, have) || within(have, want) ? 'yes' : 'no';
  const line: Line = { label: LABELS[q.lang].venue, value: venue.text, quote: venue.span };
  return { answer: { ...a, lines: [line] }, verdict };
}

// A written date ("20/6/2022", "3-10", "31.3.2021"): where a period claim starts to be read.
const WRITTEN_DATE = /(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?(?!\d)/u;

/** A stated period bears out a claimed one: the same, or the claim names no year ("H1" of "2022-H1"). */
function samePeriod(stated: string, claimed: string): boolean {
  return stated === claimed || stated.endsWith(`-${claimed}`);
}

/**
 * A period claim ("họp ngày 20/6/2022 để đánh giá nhiệm vụ 6 tháng đầu năm phải không?"): the
 * date names the meeting and the period after it is claimed. The meeting's recorded periods
 * decide, quoted from the sentence that states one; null when the question claims no period after
 * a date or the article records none.
 */
export function verifyPeriod(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  opts: AnswerOptions,
): { answer: DocAnswer; verdict: Verdict } | null {
  const claimed = q.time.periods[0];
  const date = WRITTEN_DATE.exec(q.text);
  if (!claimed || q.time.dates.length === 0 || !date) return null;
  const before = extractTime(q.text.slice(0, date.index), q.lang).periods;
  const after = extractTime(q.text.slice(date.index + date[0].length), q.lang).periods;
  if (before.length > 0 || after.length === 0) return null;
  const asked: ParsedQuestion = {
    ...q,
    asks: new Set(['when']),
    time: { ...q.time, periods: [] },
    target: { ...q.target, yesNo: false, target: { kind: 'date', deadline: false } },
  };
  const a = selectAnswers(reader, retrieval, asked, opts)[0];
  const periods = a?.cand.records?.meeting.periods ?? [];
  const stated = periods.find((p) => samePeriod(p, claimed)) ?? periods[0];
  if (!a || !stated) return null;
  const sentence = splitSentences(a.cand.body).find((s) =>
    extractTime(a.cand.body.slice(s.start, s.end)).periods.some((p) => p === stated),
  );
  const quote = sentence ?? a.lines[0]?.quote;
  if (!quote) return null;
  const line: Line = { label: LABELS[q.lang].period, value: periodLabel(stated, q.lang), quote };
  return { answer: { ...a, lines: [line] }, verdict: samePeriod(stated, claimed) ? 'yes' : 'no' };
}
