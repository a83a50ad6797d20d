import type { DocRow } from '../index/db.ts';
import { findFullDates } from '../ingest/dates.ts';
import { VI_STOP_FOLDED } from '../query/lexicon.ts';
import { parseRoman } from '../query/numbers.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { reportedPeriods } from '../query/planned-periods.ts';
import { extractOrdinals, extractTime } from '../query/time.ts';
import type { TimeInfo } from '../query/types.ts';
import type { DocPlaces } from '../records/bundle.ts';
import { PERSON_UNITS, SCALES } from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';
import { escapeRegExp } from '../text/regex.ts';
import { periodLabel } from './format.ts';
import { Haystack } from './haystack.ts';
import { yearsOfMeetingAsked } from './meeting-year.ts';
import { entityIsPlace, type PlaceFit, placeFit, placeNamed, type QuestionPlace } from './places.ts';

/** How one document measures up against what the question pins down. */
export interface DocCheck {
  /** Share of the question's entities and numbers found in the document (1 when it names none). */
  coverage: number;
  /** The document's periods and dates agree with every time expression in the question (computed when first read). */
  readonly timeOk: boolean;
  /** The question's session number ("lần thứ ba") is this document's, or the question names none. */
  readonly ordinalOk: boolean;
  /** The question names something (entities, places, numbers) that coverage is measured on. */
  named: boolean;
  /** The document is not about another unit than a place the question names (another district). */
  placeOk: boolean;
  /**
   * Every number a question writes in describing the event it asks about ("Bàn giao 15 căn nhà
   * cho hộ nghèo: ai chủ trì?") is written in the document (see `describesEvent`). A number identifies the event however
   * common it is, so unlike coverage (weighted by how rare each name is) one missing number fails
   * the document. A figure question's numbers qualify what it asks ("bao nhiêu tấn 1 ha") and count
   * towards coverage only.
   */
  numbersOk: boolean;
}

/** The question's places and the document's, for {@link checkDoc}. */
export interface PlaceInput {
  places: readonly QuestionPlace[];
  /** The document's places; absent when unknown (then names are matched as text). */
  doc: DocPlaces | undefined;
  /** Place names of the question that are not among its entities (typed without capitals). */
  names: readonly string[];
}

/** True when the question pins something down that documents can be filtered on. */
export function hasConstraints(q: ParsedQuestion): boolean {
  const t = q.time;
  return (
    q.entities.length +
      q.numbers.length +
      t.periods.length +
      t.years.length +
      t.months.length +
      t.dates.length >
      0 || q.ordinal !== null
  );
}

/** Reporting periods of a document: the parser's facts plus those its headline reports on (not plans). */
export function docPeriods(doc: DocRow): Set<string> {
  let periods = periodCache.get(doc);
  if (!periods) {
    periods = new Set([...doc.facts.periods, ...(doc.titlePeriods ?? reportedPeriods(doc.title))]);
    periodCache.set(doc, periods);
  }
  return periods;
}

// Document rows live as long as their reader's generation, which never changes: compute once.
const periodCache = new WeakMap<DocRow, Set<string>>();
const bodyPeriodCache = new WeakMap<DocRow, Set<string>>();

/** Every period the article's text reports on (for figures, which may be stated for any of them). */
function bodyPeriods(doc: DocRow, hay: Haystack): Set<string> {
  let periods = bodyPeriodCache.get(doc);
  if (!periods) {
    periods = new Set(hay.periods ?? reportedPeriods(hay.text));
    bodyPeriodCache.set(doc, periods);
  }
  return periods;
}

/**
 * Whether the article writes `w` (a name, or a number the question quotes). A number the question
 * writes before a Vietnamese noun ("hội nghị tập huấn cho 126 cấp ủy viên") is written with that
 * noun: the same number counting something else ("126 căn nhà") is another fact.
 */
function isCounted(w: string, q: ParsedQuestion, hay: Haystack): boolean {
  const noun = q.lang === 'vi' ? nounAfterNumber(q.text, w) : null;
  if (noun !== null) return hay.hasCount(w, noun);
  // A proper name (each word capitalised: "Bản Ón", "Mường Ảng") is written as a name: "Bản Ổn" is
  // not in "tình hình cơ bản ổn định".
  if (PROPER_NAME.test(w)) return hay.hasName(q.folded ? fold(w) : w);
  return hay.hasAsTyped(w, q.folded);
}

/** Two words or more, each capitalised (a place's or a person's name, not "Ban Chỉ đạo 35"). */
const PROPER_NAME = /^\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*)+$/u;

/**
 * The question describes an event to ask something of it (who, when, where, which place, what was
 * said), rather than asking a figure or claiming one: its numbers are then part of the event's
 * description.
 */
function describesEvent(q: ParsedQuestion): boolean {
  const t = q.target.target;
  // "Có đúng là … tuyển dụng 530 giáo viên không?": a claim's number is what is checked, and an
  // article stating 350 answers "Không".
  if (q.target.yesNo) return false;
  return t.kind !== 'figure' && !(t.kind === 'date' && t.deadline) && !q.asks.has('howmany');
}

/** A count as the question writes it: the number and up to two words after it ("15 căn nhà"). */
function countLabel(text: string, num: string): string {
  const m = new RegExp(`(?<![\\p{L}\\p{N}.,])${escapeRegExp(num)}(?:\\s+\\p{L}+){0,2}`, 'u').exec(text);
  return m?.[0] ?? num;
}

/**
 * Words after a number that name no counted thing of its own: scale words (the article may write
 * "486 tỉ" for "486 tỷ", or "1,25 nghìn tỷ" as "1.250 tỷ" — then the number differs anyway),
 * "phần trăm", and the units counting people, which an article writes one for another ("11.264
 * đảng viên" as "lên 11.264 đồng chí"). Folded first syllables; closed class.
 */
const NOT_COUNTED_NOUNS: ReadonlySet<string> = new Set(
  [...Object.keys(SCALES), 'phần trăm', ...PERSON_UNITS].map((s) => fold(s).split(' ')[0] as string),
);

/** A number as a whole token of the question, the word before it (if any) and the word right after it. */
const numberAndWord = (num: string): RegExp =>
  new RegExp(
    `(?:(\\p{L}+)\\s+)?(?<![\\p{L}\\p{N}.,])${escapeRegExp(num)}(?![\\p{N}]|[.,]\\d)\\s+(\\p{L}+)`,
    'u',
  );

/**
 * Nouns a number labels rather than counts when they stand before it ("giai đoạn 2", "lần 3",
 * "đợt 1", "khóa XII" aside): the number names which one. Folded last syllables; closed class.
 */
const LABEL_BEFORE: ReadonlySet<string> = new Set([
  'doan',
  'dot',
  'lan',
  'ky',
  'khoa',
  'so',
  'thu',
  'phan',
  'muc',
  'dieu',
  'khoan',
  'to',
  'thon',
  'xom',
  'khu',
  'tap',
]);
/** Words after a number that count nothing: modals and verbs ("giai đoạn 2 phải xong"). Folded; closed class. */
const NOT_NOUNS: ReadonlySet<string> = new Set(['phai', 'can', 'co', 'tai', 'dat', 'xong', 'hoan']);

/**
 * The folded word the question writes right after the number `num`, when it is a noun it counts:
 * null after a scale or unit word the article may write otherwise ("1,25 nghìn tỷ", "97,5 phần
 * trăm"), a function word or modal ("2 phải xong"), after a label noun ("giai đoạn 2"), or when
 * nothing follows.
 */
export function nounAfterNumber(text: string, num: string): string | null {
  if (!/^[\d.,/]+$/u.test(num)) return null;
  const m = numberAndWord(num).exec(text);
  const word = m?.[2];
  if (word === undefined || LABEL_BEFORE.has(fold(m?.[1] ?? ''))) return null;
  const w = fold(word);
  return NOT_COUNTED_NOUNS.has(w) || NOT_NOUNS.has(w) || VI_STOP_FOLDED.has(w) ? null : w;
}

/**
 * Check one document (title + body) against the question's entities, numbers, times and session
 * number. Entities count by weight: a rare name (a district) says more than a common one (the
 * province, often only implied by the portal the article comes from).
 */
export function checkDoc(
  q: ParsedQuestion,
  doc: DocRow,
  hay: Haystack,
  weights: Map<string, number>,
  place: PlaceInput = { places: [], doc: undefined, names: [] },
): DocCheck {
  const wanted = [...q.entities, ...place.names, ...q.numbers];
  let total = 0;
  let found = 0;
  let placeOk = true;
  let numbersOk = true;
  const describes = describesEvent(q);
  const docPlaces = place.doc;
  const fits = new Map<string, PlaceFit>();
  for (const w of wanted) {
    const qp = docPlaces ? entityIsPlace(w, place.places) : undefined;
    if (qp && docPlaces) fits.set(w, placeFit(qp, docPlaces));
  }
  // A place the article makes its own holds the meeting; another the question names that the
  // article names too is what the meeting dealt with ("BTV Huyện ủy Mỏ Cày Nam kỷ luật BTV Đảng
  // ủy xã Cẩm Sơn"), not a second place of the meeting.
  // A name the gazetteer does not link ("xã Tiền Hải", a commune formed in 2025) that the headline
  // writes is the article's own place as well.
  const ownPlaceAsked =
    [...fits.values()].includes('own') ||
    q.entities.some((e) => !fits.has(e) && fold(doc.title).includes(fold(e)));
  for (const w of wanted) {
    const weight = weights.get(w) ?? 1;
    total += weight;
    const fit = fits.get(w);
    if (fit !== undefined && docPlaces) {
      // A place is a unit: satisfied by the unit or any unit within it, never by a look-alike string.
      // Beside a place the article makes its own, another the article names is what its meeting
      // dealt with ("Đảng ủy xã Tiền Hải … trụ sở cũ của xã Vũ Lăng"), though a unit of its level.
      const dealtWith =
        fit === 'conflict' && ownPlaceAsked && placeNamed(entityIsPlace(w, place.places)!, docPlaces);
      if (fit === 'conflict' && !dealtWith) placeOk = false;
      // The meeting of a place the article names only in passing (its own being another) is not in it;
      // an article whose own place is unknown ("Ban Chỉ đạo 32" with no place in its lead) may be the place's.
      if (fit === 'named' && !ownPlaceAsked && asksOfPlaceMeeting(q) && docPlaces.own.length > 0)
        placeOk = false;
      if (fit === 'own' || fit === 'named' || dealtWith) found += weight;
    } else if (isCounted(w, q, hay)) found += weight;
    else if (describes && q.numbers.includes(w) && !hay.hasNumber(w)) numbersOk = false;
  }
  // The time and session checks scan the whole body (the answer step's largest cost, profiled at
  // 10k chunks), so they run only when read: a candidate that fails on place or names never needs them.
  let time: boolean | undefined;
  let ordinal: boolean | undefined;
  return {
    named: wanted.length > 0,
    placeOk,
    numbersOk,
    coverage: total === 0 ? 1 : found / total,
    get timeOk() {
      time ??= timeMatches(q, doc, hay);
      return time;
    },
    get ordinalOk() {
      ordinal ??= q.ordinal === null || extractOrdinals(hay.text).includes(q.ordinal);
      return ordinal;
    },
  };
}

/** Sections that set what the next period does. */
const PLAN_SECTIONS: ReadonlySet<string> = new Set(['task', 'directive', 'decision', 'proposal']);

/**
 * The question asks of what a meeting set for the period after the one it reviewed (tasks,
 * directives, decisions, targets: "nhiệm vụ 3 tháng cuối năm" at a 9-month review), so that later
 * period is the meeting's to answer. Who sat, when and where, and what was achieved belong to the
 * period reviewed only.
 */
function asksOfPlan(q: ParsedQuestion): boolean {
  const t = q.target.target;
  if (t.kind === 'section') return PLAN_SECTIONS.has(t.section);
  return t.kind === 'figure' && t.figure === 'target';
}

/**
 * Periods a headline names only as plans ("…, triển khai nhiệm vụ quý IV năm 2025"): an open
 * question or claim naming one ("Nghị quyết … nhiệm vụ quý IV năm 2025 có được … tán thành không?")
 * may be about what the meeting set for it.
 */
function headlinePlans(doc: DocRow): string[] {
  const reported = new Set(doc.titlePeriods ?? reportedPeriods(doc.title));
  return extractTime(doc.title).periods.filter((p) => !reported.has(p));
}

function timeMatches(q: ParsedQuestion, doc: DocRow, hay: Haystack): boolean {
  const t = q.time;
  const periods = docPeriods(doc);
  const dates = [...doc.facts.meetingDates, ...(doc.published ? [doc.published] : [])];
  const years = new Set<number>([
    ...dates.map((d) => Number(d.slice(0, 4))),
    ...[...periods].map((p) => Number(p.slice(0, 4))),
  ]);
  const plans = asksOfPlan(q);
  // Read once, and only when a period is not held otherwise.
  let planned: string[] | undefined;
  // A figure may be stated for another period than the meeting's ("9 tháng" figures at a Q3 briefing).
  const figures = q.target.target.kind === 'figure';
  for (const p of t.periods) {
    if (periodHeld(p, t.periods, periods)) continue;
    if (!/^\d{4}/.test(p)) return false;
    if (plans && [...periods].some((d) => followsPeriod(d, p))) continue;
    // A question restating the headline ("đánh giá kết quả quý III, triển khai nhiệm vụ quý IV năm
    // 2025 vào ngày nào?") names the period planned beside the one reviewed: the meeting's name.
    const restatesHeadline = () => t.periods.some((o) => o !== p && periodHeld(o, t.periods, periods));
    if (q.target.target.kind === 'open' || restatesHeadline()) {
      planned ??= headlinePlans(doc);
      if (planned.includes(p)) continue;
    }
    if (figures && bodyPeriods(doc, hay).has(p)) continue;
    // A year review ("tổng kết năm 2020") is the year's meeting even when the parser saw no period.
    if (/^\d{4}$/.test(p) && years.has(Number(p)) && periods.size === 0) continue;
    return false;
  }
  // A plain year may be the meeting's or one the meeting plans for ("nhiệm vụ năm 2021" decided in
  // December 2020), so a year named in the text also counts: for a question about the meeting itself,
  // only where the article says what its meeting is (a year compared with further on, "tăng so với
  // năm 2021", is no meeting of that year).
  const ofMeeting = asksOfMeeting(q);
  const meetingYears = ofMeeting ? null : yearsOfMeetingAsked(q.text);
  for (const y of t.years) {
    if (years.has(y)) continue;
    // The headline and lead are cut out only when a year needs them (a body is long).
    const own = ofMeeting || meetingYears?.has(y) ? ownWords(hay) : null;
    if (own ? !own.has(`năm ${y}`) && !own.has(String(y)) : !hay.has(`năm ${y}`)) return false;
  }
  if (!termsMet(q, hay)) return false;
  // A deadline the question names ("gửi về tỉnh trước ngày 30/9/2024") is written by the article
  // that set it: any date of its text, not the meeting's.
  if (t.deadlines && !writesDates(hay.text, t.deadlines)) return false;
  return monthsAndDatesMet(t, dates, doc.title);
}

/**
 * Whether the text writes every one of `isoDates` (any written form of a full date); a date without
 * its year (`--MM-DD`) is written as its day and month ("30/4", "30/04/2024").
 */
export function writesDates(text: string, isoDates: readonly string[]): boolean {
  const written = new Set(findFullDates(text).map((d) => d.iso));
  return isoDates.every((d) => {
    const bare = /^--(\d{2})-(\d{2})$/.exec(d);
    if (!bare) return written.has(d);
    const [month, day] = [Number(bare[1]), Number(bare[2])];
    return new RegExp(`(?<![\\d/.])0?${day}\\s*[/-]\\s*0?${month}(?!\\d)`, 'u').test(text);
  });
}

/** Targets about the meeting itself, its people and its posts, rather than a figure or a section it reports. */
const MEETING_TARGETS: ReadonlySet<string> = new Set([
  'role',
  'date',
  'venue',
  'holder',
  'position',
  'published',
]);

/** The question asks about the meeting itself (not a deadline it set). */
function asksOfMeeting(q: ParsedQuestion): boolean {
  const target = q.target.target;
  return MEETING_TARGETS.has(target.kind) && !(target.kind === 'date' && target.deadline);
}

/**
 * The question asks about a place's meeting itself (its chair, date, venue), which an article
 * naming the place only in passing does not report; a post's holder ("Bí thư Huyện ủy X") may well
 * be named in passing.
 */
function asksOfPlaceMeeting(q: ParsedQuestion): boolean {
  return asksOfMeeting(q) && PLACE_MEETING_TARGETS.has(q.target.target.kind);
}
const PLACE_MEETING_TARGETS: ReadonlySet<string> = new Set(['role', 'date', 'venue']);

/** A paragraph of prose: what ends an article's headlines and short header lines. */
const PROSE_WORDS = 25;
const ownCache = new WeakMap<Haystack, Haystack>();

/**
 * What an article says of its own meeting: its headline(s) and every line up to and including its
 * first paragraph of prose (the lead, which names the meeting, its date and its period).
 */
function ownWords(hay: Haystack): Haystack {
  let own = ownCache.get(hay);
  if (!own) {
    const lines = hay.text.split('\n');
    const lead = lines.findIndex((l) => l.split(/\s+/u).length >= PROSE_WORDS);
    own = new Haystack(lines.slice(0, lead < 0 ? lines.length : lead + 1).join('\n'));
    ownCache.set(hay, own);
  }
  return own;
}

// "khóa XII" (a council's or committee's term by number), "12th-term", "the 12th term".
// "khóa XII", and as chat types it "khoa 12".
const TERM_NUMERAL = /(?<![\p{L}])(?:khóa|khoá)\s+([IVXLC]+|\d{1,2})(?![\p{L}\d])/gu;
const TERM_NUMERAL_FOLDED = /(?<![\p{L}])khoa\s+([IVXLC]+|\d{1,2})(?![\p{L}\d])/gu;
const TERM_ORDINAL_EN = /(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th)[\s-]+term(?![\p{L}])/giu;

/** The terms of office a text names: year ranges ("nhiệm kỳ 2020 - 2025") and term numbers ("khóa XII"). */
function termsIn(text: string, years: readonly string[], folded: boolean): Set<string> {
  const out = new Set(years);
  for (const re of folded ? [TERM_NUMERAL, TERM_NUMERAL_FOLDED] : [TERM_NUMERAL])
    for (const m of text.matchAll(re)) {
      const n = /^\d+$/.test(m[1] as string) ? Number(m[1]) : parseRoman(m[1] as string);
      if (n !== null) out.add(`#${n}`);
    }
  for (const m of text.matchAll(TERM_ORDINAL_EN)) out.add(`#${Number(m[1])}`);
  return out;
}

/**
 * A term of office the question names ("nhiệm kỳ 2015 - 2020", "khóa XI", "11th-term") is one the
 * article names, when the article names any of that kind: the third plenum of the 2020-2025 term
 * is not the 2015-2020 term's, the 14th session of khóa XII not khóa XI's. An article naming no
 * term of that kind contradicts nothing.
 */
function termsMet(q: ParsedQuestion, hay: Haystack): boolean {
  const asked = termsIn(q.text, q.time.terms, q.folded);
  if (asked.size === 0) return true;
  const stated = termsIn(hay.text, extractTime(hay.text).terms, false);
  const kind = (t: string) => t.startsWith('#');
  return [...asked].every((t) => stated.has(t) || ![...stated].some((s) => kind(s) === kind(t)));
}

/**
 * The asked period `p` is one of the meeting's `periods`. A period without its year ("9 tháng",
 * "mid-year" → `9M`, `H1`) is any year's, and redundant beside a dated one the question also names.
 */
export function periodHeld(p: string, asked: readonly string[], periods: ReadonlySet<string>): boolean {
  if (periods.has(p)) return true;
  if (/^\d{4}/.test(p)) return false;
  const same = (d: string) => d.endsWith(`-${p}`);
  return asked.some(same) || [...periods].some(same);
}

/**
 * Every month ("tháng 3/2021") and full date the question names is one of the meeting's dates
 * (ISO `YYYY-MM-DD`): a month without its year matches that month of any year.
 */
export function monthsAndDatesMet(
  t: Pick<TimeInfo, 'months' | 'dates' | 'monthSpan'>,
  dates: readonly string[],
  title?: string,
): boolean {
  if (t.monthSpan) return inSpan(t.monthSpan, dates, title) && t.dates.every((d) => dates.includes(d));
  // A headline naming a month names the meeting by it ("giao ban công tác tháng 4/2024", held on
  // 6 May): the month asked is that one, whatever day the meeting sat.
  const named = title === undefined ? [] : extractTime(title).months;
  for (const m of t.months) {
    const same = (n: TimeInfo['months'][number]) =>
      n.month === m.month && (m.year === null || n.year === m.year);
    const ok =
      named.length > 0
        ? named.some(same)
        : dates.some((d) => same({ month: Number(d.slice(5, 7)), year: Number(d.slice(0, 4)) }));
    if (!ok) return false;
    // A day named with its month ("họp 8/5", "on May 8") is the meeting's, or its posting's: a
    // meeting of another day that month is another meeting (one a teaser names, say).
    if (m.day !== undefined && !dates.some((d) => sameDay(d, m.month, m.day!))) return false;
  }
  return t.dates.every((d) => dates.includes(d));
}

/** The ISO date falls on that month and day (any year). */
function sameDay(iso: string, month: number, day: number): boolean {
  return Number(iso.slice(5, 7)) === month && Number(iso.slice(8, 10)) === day;
}

/** A meeting dated (or, by its headline, of a month) within the span's first and last month. */
function inSpan(span: NonNullable<TimeInfo['monthSpan']>, dates: readonly string[], title?: string): boolean {
  const index = (year: number, month: number) => year * 12 + month;
  const from = index(span.from.year ?? 0, span.from.month);
  const to = index(span.to.year ?? 0, span.to.month);
  const within = (year: number, month: number) => index(year, month) >= from && index(year, month) <= to;
  if (dates.some((d) => within(Number(d.slice(0, 4)), Number(d.slice(5, 7))))) return true;
  return (
    title !== undefined && extractTime(title).months.some((m) => m.year !== null && within(m.year, m.month))
  );
}

/** First and last month of a normalised period (`2022-9M` → 1–9 of 2022), or null. */
function monthsOf(period: string): { year: number; from: number; to: number } | null {
  const m = /^(\d{4})(?:-(?:Q([1-4])|H([12])|(\d{1,2})M))?$/.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { year, from: 3 * Number(m[2]) - 2, to: 3 * Number(m[2]) };
  if (m[3]) return m[3] === '1' ? { year, from: 1, to: 6 } : { year, from: 7, to: 12 };
  if (m[4]) return { year, from: 1, to: Number(m[4]) };
  return { year, from: 1, to: 12 };
}

/** `next` starts the month after `period` ends (9 months → Q4, H1 → H2, 2021 → 2022). */
export function followsPeriod(period: string, next: string): boolean {
  const a = monthsOf(period);
  const b = monthsOf(next);
  if (!a || !b) return false;
  const endIndex = a.year * 12 + a.to;
  const startIndex = b.year * 12 + b.from - 1;
  return startIndex === endIndex;
}

/**
 * One thing the question pins down that an article does not satisfy, named for the reader
 * (`content`: what the question asks that the article's cited text does not say; support.ts).
 */
export interface UnmetConstraint {
  kind: 'time' | 'session' | 'place' | 'body' | 'name' | 'content';
  /** As the question states it ("6 tháng đầu năm 2022", "lần thứ 8", "HĐND", "Phong Thổ"). */
  label: string;
}

/** Labels of the time expressions of a question ("quý III năm 2023", "năm 2022", "tháng 7/2023", "12/7/2023"). */
export function timeLabels(q: ParsedQuestion): string[] {
  const t = q.time;
  const en = q.lang === 'en';
  const fmtDay = (d: string) => `${Number(d.slice(8, 10))}/${Number(d.slice(5, 7))}/${d.slice(0, 4)}`;
  return [
    ...t.periods.map((p) => periodLabel(p, q.lang)),
    ...t.years.map((y) => (en ? `${y}` : `năm ${y}`)),
    ...t.months.map((m) => `${en ? 'month' : 'tháng'} ${m.month}${m.year === null ? '' : `/${m.year}`}`),
    ...t.dates.map(fmtDay),
  ];
}

/**
 * A question place as the reader should see it: a commune with its type word ("thị trấn Bát Xát"),
 * since a commune often shares its district's name; any other place as written.
 */
function placeLabel(p: QuestionPlace): string {
  const unit = p.candidates[0];
  const commune = unit !== undefined && p.candidates.every((c) => c.level === 'commune');
  return commune ? `${unit.type.toLowerCase()} ${unit.name}` : p.surface;
}

/**
 * Every constraint of the question the article fails, each named: its time (period, year, month,
 * date), session number, places, the branch of the body that met, and the names it must contain.
 * Empty when the article satisfies all of them. The check is the same one that filters candidates,
 * listed instead of summed, so an answer can say what the closest article does not match.
 */
export function unmetConstraints(
  q: ParsedQuestion,
  check: DocCheck,
  hay: Haystack,
  extra: {
    /** How the article fits each question place (null when its places are unknown). */
    placeFit?: (p: QuestionPlace) => PlaceFit | null;
    /** Branches of the body the question names that the article's meeting is not of, as labels. */
    branches?: readonly string[];
  } = {},
): UnmetConstraint[] {
  const out: UnmetConstraint[] = [];
  if (!check.timeOk) for (const label of timeLabels(q)) out.push({ kind: 'time', label });
  if (!check.ordinalOk && q.ordinal !== null)
    out.push({ kind: 'session', label: q.lang === 'en' ? `session ${q.ordinal}` : `lần thứ ${q.ordinal}` });
  for (const p of q.places) {
    const fit = extra.placeFit?.(p) ?? (hay.has(p.surface) ? 'named' : 'absent');
    // 'named' fails only a meeting asked of a place the article names in passing (checkDoc).
    if (fit === 'conflict' || fit === 'absent' || (fit === 'named' && !check.placeOk))
      out.push({ kind: 'place', label: placeLabel(p) });
  }
  for (const label of extra.branches ?? []) out.push({ kind: 'body', label });
  // A name typed bare where a place stands ("xa hieu giang"), which the article must write.
  for (const n of q.looseNames ?? []) if (!hay.hasName(n)) out.push({ kind: 'name', label: n });
  for (const e of q.entities) {
    if (entityIsPlace(e, q.places) || out.some((u) => u.label === e)) continue;
    if (!hay.has(e)) out.push({ kind: 'name', label: e });
  }
  if (!check.numbersOk)
    for (const n of q.numbers)
      if (!hay.hasNumber(n)) out.push({ kind: 'name', label: countLabel(q.text, n) });
  return out;
}

/** A run of months, as month indices (year × 12 + month − 1), both ends included. */
interface MonthSpan {
  from: number;
  to: number;
}

/**
 * A comparison base ("so với cùng kỳ năm 2022", "so với năm 2018"): the period a change is measured
 * against, not the period the figure is for. It runs to the end of its clause.
 */
const COMPARISON_BASE = /so với[^,;.]*/giu;

/** The month spans of periods (a period without its year takes `year`; none when unknown) and years. */
function spansOf(periods: readonly string[], years: readonly number[], year: number | null): MonthSpan[] {
  const out: MonthSpan[] = [];
  for (const p of periods) {
    const dated = /^\d{4}/.test(p) ? p : year === null ? null : `${year}-${p}`;
    const m = dated ? monthsOf(dated) : null;
    if (m) out.push({ from: m.year * 12 + m.from - 1, to: m.year * 12 + m.to - 1 });
  }
  for (const y of years) out.push({ from: y * 12, to: y * 12 + 11 });
  return out;
}

/**
 * A period named without its number ("Trong quý, …", "trong tháng") is the meeting's own quarter
 * or month: a figure so stated is of that span only. Closed: the grain nouns of the reports.
 */
const BARE_GRAINS: readonly { re: RegExp; months: number }[] = [
  { re: /(?<![\p{L}])trong quý(?!\s*(?:[IVX]+|\d|đầu|cuối|tới))(?![\p{L}])/iu, months: 3 },
  { re: /(?<![\p{L}])trong tháng(?!\s*(?:\d|đầu|cuối|tới))(?![\p{L}])/iu, months: 1 },
];

/** The quote names its period only as the meeting's own quarter or month ("Trong quý, …"). */
export const namesBareGrain = (quote: string): boolean => BARE_GRAINS.some((g) => g.re.test(quote));

/**
 * The period a cited figure is for, when its sentence names one, lies wholly outside every period
 * and year the question asks ("năm 2019" stated for "năm 2020", "9 tháng" for "quý IV"): the
 * figure is another period's, though the article may name the asked one (a plan for next year, the
 * tasks of the next quarter). A sentence naming no period is the meeting's own, which the candidate
 * filter has checked. Comparison bases are not the figure's period. A period written without its
 * year ("6 tháng đầu năm") takes the meeting's year. Returns the asked time as the question writes
 * it, or null when the sentence agrees or names no period.
 */
export function quoteOutOfTime(q: ParsedQuestion, quote: string, doc: DocRow): string | null {
  const t = q.time;
  if (t.periods.length + t.years.length === 0) return null;
  // "kỳ họp cuối năm 2024 thông qua bao nhiêu nghị quyết": a year naming the meeting was checked on
  // the meeting; the figure's sentence may speak of the plans it made for 2025.
  const meetingYears = yearsOfMeetingAsked(q.text);
  if (t.periods.length === 0 && t.years.every((y) => meetingYears.has(y))) return null;
  // The meeting's year: of the period it reviews (a term "2015-2020" is none), else of its date.
  const reviewed = [...docPeriods(doc)].find((p) => monthsOf(p) !== null);
  const dated = doc.facts.meetingDates[0] ?? doc.published;
  const meetingYear = reviewed ? Number(reviewed.slice(0, 4)) : dated ? Number(dated.slice(0, 4)) : null;
  const asked = spansOf(t.periods, t.years, t.years[0] ?? meetingYear);
  const said = extractTime(quote.replace(COMPARISON_BASE, ' '));
  const stated = spansOf(said.periods, said.years, meetingYear);
  const overlaps = stated.some((s) => asked.some((a) => s.from <= a.to && a.from <= s.to));
  // "Trong quý, … kết nạp 32 đảng viên": the meeting's own quarter, not the nine months asked —
  // unless the sentence also names the asked span ("Trong quý, kết nạp 43, nâng tổng số … 6 tháng
  // đầu năm lên 71"): a period written out beats the bare grain.
  const bare = BARE_GRAINS.find((g) => g.re.test(quote));
  if (bare && !overlaps && asked.length > 0 && asked.every((a) => a.to - a.from + 1 > bare.months))
    return timeLabels(q)[0] ?? null;
  // "Trong quý, … 47 đảng viên" at the third quarter's briefing is no figure of the fourth quarter
  // its tasks name: the bare grain is the meeting's own span of that length.
  const own = bare
    ? spansOf([...docPeriods(doc)], [], meetingYear).filter((o) => o.to - o.from + 1 === bare.months)
    : [];
  if (!overlaps && own.length > 0 && asked.every((a) => !own.some((o) => o.from <= a.to && a.from <= o.to)))
    return timeLabels(q)[0] ?? null;
  if (asked.length === 0 || stated.length === 0) return null;
  if (!overlaps) return timeLabels(q)[0] ?? null;
  // A part of the asked span is no figure of the whole: the first quarter's revenue does not answer
  // "6 tháng đầu năm", nor the third quarter's "cả năm 2025" (the report could not know it yet). A
  // plain year is often the meeting's or the season's ("doanh thu vải thiều năm 2024" in a 9-month
  // report), so only a period, or a year the question says is whole, is held to this.
  // A headline's quarter dates the meeting, and its figures run from the year's start: the second
  // quarter's briefing reports the half year's revenue, the first quarter's only the quarter's.
  const whole = spansOf(t.periods, WHOLE_YEAR.test(q.text) ? t.years : [], t.years[0] ?? meetingYear);
  const figures = quote === doc.title ? stated.map(fromYearStart) : stated;
  return figures.every((s) => whole.some((a) => within(s, a))) ? (timeLabels(q)[0] ?? null) : null;
}

/** The span from the start of its year: what a report dated by its last months sums. */
const fromYearStart = (s: MonthSpan): MonthSpan => ({ from: s.from - (s.from % 12), to: s.to });

/** The question asks a year as a whole ("cả năm 2025", "full-year"). Closed: the phrasings of "whole year". */
const WHOLE_YEAR =
  /(?<![\p{L}])(?:c[aả] n[aă]m|to[aà]n n[aă]m|full[- ]year|whole year|entire year)(?![\p{L}])/iu;

/** `part` lies inside `whole` and is shorter. */
const within = (part: MonthSpan, whole: MonthSpan): boolean =>
  whole.from <= part.from && part.to <= whole.to && part.to - part.from < whole.to - whole.from;
