/**
 * The meeting record: which kind of body met (from `ORG_KINDS`), its name and place as written,
 * the body it met with, what kind of meeting it was, its session number, venue, dates and
 * periods (from the parser's facts), and the deadlines it set, which are never meeting dates.
 */
import { daysBetween, isoDate } from '../ingest/dates.ts';
import type { MeetingFacts } from '../ingest/types.ts';
import type { Span } from '../text/sentences.ts';
import { ORDINAL_SOURCE, parseOrdinal } from './numbers.ts';
import type { DeadlineRecord, MeetingRecord } from './types.ts';
import {
  alternation,
  MEETING_KINDS,
  NOT_WORD_AFTER,
  NOT_WORD_BEFORE,
  ORG_KINDS,
  ORG_TRAILING_VERBS,
  PLACE_LEVELS,
  PURPOSE_ORG_KINDS,
  PURPOSE_STOP_WORDS,
  VENUE_HEADS,
} from './vocab.ts';

/** What the meeting extractor reads. */
export interface MeetingInput {
  title: string;
  body: string;
  published: string | null;
  facts: MeetingFacts;
}

const ORG_KIND = new RegExp(`${NOT_WORD_BEFORE}(${alternation(ORG_KINDS)})${NOT_WORD_AFTER}`, 'u');
const NAME_SYLLABLE = "\\p{Lu}[\\p{Ll}\\p{M}']*";
// A place: an optional level word, then capitalised syllables ("huyện Sơn Dương", "Gia Lai").
const PLACE_AT_END = new RegExp(
  `(?:(?:${alternation(PLACE_LEVELS)})\\s+)?(${NAME_SYLLABLE}(?:\\s+${NAME_SYLLABLE}){0,3})$`,
  'u',
);
// A title that opens with its place: "Mường Lay: Giao ban …".
const TITLE_PLACE = /^([^:]{2,40}):\s/u;
// A body as written: a kind, then kinds, "Đảng bộ", level words and capitalised syllables
// ("Ban Chấp hành Đảng bộ thành phố Thái Nguyên", "Thường trực Huyện ủy Mường Khương").
// A body named by its purpose, tried first: the kind, lower-case words (commas and "và" between
// them), then the place ("Hội đồng bồi thường, hỗ trợ và tái định cư huyện Kế Sách").
const PURPOSE_ORG = `(?:${alternation(PURPOSE_ORG_KINDS)})(?:,?\\s+(?!(?:${alternation(PURPOSE_STOP_WORDS)})${NOT_WORD_AFTER})[\\p{Ll}\\p{M}]+){1,16}?\\s+(?:${alternation(PLACE_LEVELS)})\\s+${NAME_SYLLABLE}(?:\\s+${NAME_SYLLABLE}){0,3}`;
const ORG_PHRASE = `(?:${PURPOSE_ORG}|(?:${alternation(ORG_KINDS)})(?:\\s+(?:${alternation(ORG_KINDS)}|Đảng bộ|${alternation(PLACE_LEVELS)}|${NAME_SYLLABLE}))*)`;
// The parser's organisation may keep the verb of coming that follows it ("… Lào Cai về").
const TRAILING_VERB = new RegExp(`\\s+(?:${alternation(ORG_TRAILING_VERBS)})$`, 'u');
const COUNTERPART = new RegExp(`làm việc\\s+với\\s+(${ORG_PHRASE})`, 'u');
// "… tại hội nghị giao ban … của Huyện ủy Mường Tè được tổ chức …": the holder named after the event.
const HOLDER_AFTER_EVENT = new RegExp(
  `(?:hội nghị|cuộc họp|phiên họp|buổi làm việc)[^.;]{0,160}?\\scủa\\s+(${ORG_PHRASE})(?=\\s+(?:được|đã|tổ chức|diễn ra)${NOT_WORD_AFTER}|\\s*[,.;]|$)`,
  'u',
);
// "Ban Chấp hành Đảng bộ huyện X khóa XXVII, nhiệm kỳ 2020 - 2025 tổ chức …": the body's term between it and its verb.
const BODY_TERM = '(?:\\s+khóa\\s+[IVXLC\\d]+)?(?:,?\\s+nhiệm kỳ\\s+\\d{4}\\s*[-–]\\s*\\d{4})?,?';
// "… , Thường trực Tỉnh ủy Gia Lai đã có buổi làm việc với …": the holder as the subject of the lead.
const HOLDER_SUBJECT = new RegExp(
  `(${ORG_PHRASE})${BODY_TERM}\\s+(?:(?:đã|vừa)\\s+)?(?:(?:${alternation(ORG_TRAILING_VERBS)})\\s+)?(?:tổ chức|có buổi làm việc|làm việc với|họp)${NOT_WORD_AFTER}`,
  'u',
);
// A headline that opens with the holder: "Ban Chấp hành Đảng bộ thành phố Thái Nguyên sơ kết …".
const HOLDER_IN_TITLE = new RegExp(`^(${ORG_PHRASE})\\s+(?=\\p{Ll})`, 'u');
const KIND_HEADS = MEETING_KINDS.map(
  (k) => new RegExp(`${NOT_WORD_BEFORE}(${alternation([k])})${NOT_WORD_AFTER}`, 'iu'),
);
// The period word a meeting kind is followed by ("giao ban … quý", "sơ kết … 6 tháng").
const KIND_PERIOD = /^[^.;,]{0,60}?(?<![\p{L}\p{N}])(quý|\d{1,2}\s+tháng|năm|lần thứ\s+\S+)(?![\p{L}])/iu;
const SESSION = new RegExp(
  `(?:hội nghị|phiên họp|kỳ họp)\\s+(?:[^.;,]{0,40}?\\s)?lần\\s+thứ\\s+(${ORDINAL_SOURCE})`,
  'iu',
);
// A venue's aside in brackets names the place further ("hội trường cơ sở 2 của UBND xã (trụ sở xã
// Hòa Ân cũ)"): part of the venue.
const VENUE_ASIDE = '(?:\\s*\\([^()]{1,60}\\))?';
const VENUE = new RegExp(
  `${NOT_WORD_BEFORE}tại\\s+((?:${alternation(VENUE_HEADS)})${NOT_WORD_AFTER}[^,.;:()]{0,80}${VENUE_ASIDE})`,
  'iu',
);
// "Địa điểm tổ chức hội nghị là Hội trường …": the venue named by the venue noun, not by "tại".
const VENUE_IS = new RegExp(
  `${NOT_WORD_BEFORE}địa điểm(?:\\s+(?:tổ chức|diễn ra))?(?:\\s+(?:hội nghị|cuộc họp|phiên họp|buổi làm việc))?\\s+là\\s+((?:${alternation(VENUE_HEADS)})${NOT_WORD_AFTER}[^,.;:()]{0,80}${VENUE_ASIDE})`,
  'iu',
);
// The event words a venue sentence must contain.
const EVENT = /hội nghị|cuộc họp|phiên họp|buổi làm việc|làm việc với|tổ chức|giao ban/iu;
// Deadlines: "trước (ngày) d/m(/y)", "chậm nhất (là) ngày …", "trong tháng m/y", "trong quý I/2024", "trước năm 2025".
const DEADLINE = new RegExp(
  [
    `${NOT_WORD_BEFORE}(?:trước|chậm nhất(?:\\s+là)?|hạn chót(?:\\s+là)?)\\s+(?:ngày\\s+)?(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?:\\s*[/-]\\s*(\\d{4}))?(?![\\d/])`,
    `${NOT_WORD_BEFORE}(?:trong|trước|hết)\\s+tháng\\s+(\\d{1,2})\\s*[/-]\\s*(\\d{4})(?![\\d/])`,
    `${NOT_WORD_BEFORE}(?:trong|trước|hết)\\s+quý\\s+(IV|III|II|I|[1-4])\\s*[/-]\\s*(\\d{4})(?![\\d/])`,
    `${NOT_WORD_BEFORE}(?:trước|chậm nhất(?:\\s+là)?)\\s+năm\\s+(\\d{4})(?!\\d)`,
    // A deadline noun and its date later in the clause: "thời hạn hoàn thành việc … là ngày d/m/y",
    // "giao hạn chót đến ngày d/m/y".
    `${NOT_WORD_BEFORE}(?:thời hạn|hạn chót|hạn cuối)${NOT_WORD_AFTER}[^.;:]{0,120}?${NOT_WORD_BEFORE}(?:là|đến|trước)\\s+(?:ngày\\s+)?(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?:\\s*[/-]\\s*(\\d{4}))?(?![\\d/])`,
  ].join('|'),
  'giu',
);
const QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
/** Sentences at the start of the body that may state the venue and the meeting kind. */
const LEAD_SENTENCES = 3;
/**
 * Most sentences of the opening paragraph read for the venue: "Hội nghị được tổ chức tại …" often
 * closes it, after the chair and the attendees.
 */
const VENUE_SENTENCES = 6;

function orgKindOf(name: string | null): string | null {
  return name ? (ORG_KIND.exec(name)?.[1] ?? null) : null;
}

/** The place at the end of a body's name ("Huyện ủy Bảo Yên" → "Bảo Yên"), never its kind word. */
function placeOf(name: string | null): string | null {
  if (!name) return null;
  const kind = ORG_KIND.exec(name);
  const tail = kind ? name.slice(kind.index + kind[0].length) : name;
  const m = PLACE_AT_END.exec(tail.trim());
  if (!m) return null;
  const place = m[1]!;
  return ORG_KINDS.some((k) => k === place || k.endsWith(` ${place}`)) ? null : place;
}

/** The last day a deadline allows: the day itself, the month's, the quarter's or the year's last day. */
function lastDayOf(date: string): string {
  const y = Number(date.slice(0, 4));
  const monthEnd = (m: number) => isoDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate())!;
  if (date.length === 10) return date;
  const q = /^\d{4}-Q([1-4])$/u.exec(date);
  if (q) return monthEnd(Number(q[1]) * 3);
  if (date.length === 7) return monthEnd(Number(date.slice(5, 7)));
  return `${y}-12-31`;
}

function deadlinesOf(body: string, sentences: readonly Span[], after: string | null): DeadlineRecord[] {
  const out: DeadlineRecord[] = [];
  const year = after ? Number(after.slice(0, 4)) : null;
  for (const span of sentences) {
    const s = body.slice(span.start, span.end);
    for (const m of s.matchAll(DEADLINE)) {
      let date: string | null = null;
      // A day: "trước ngày d/m/y" (groups 1–3) or after a deadline noun (groups 9–11).
      const day = m[1] !== undefined ? 1 : m[9] !== undefined ? 9 : 0;
      if (day > 0) {
        const [d, mo, yr] = [m[day], m[day + 1], m[day + 2]];
        const y = yr !== undefined ? Number(yr) : year;
        if (y === null) continue;
        date = isoDate(y, Number(mo), Number(d));
        // A year-less day before the meeting falls in the next year.
        if (date && yr === undefined && after && daysBetween(after, date) < 0)
          date = isoDate(y + 1, Number(mo), Number(d));
      } else if (m[4] !== undefined) {
        const month = Number(m[4]);
        if (month >= 1 && month <= 12) date = `${m[5]}-${String(month).padStart(2, '0')}`;
      } else if (m[6] !== undefined) {
        date = `${m[7]}-Q${QUARTER[m[6].toLowerCase()]}`;
      } else if (m[8] !== undefined) {
        date = m[8];
      }
      if (!date) continue;
      // Never a meeting date: a deadline ends after the meeting ("trong quý I/2021" at a meeting
      // on 31/3/2021 is the period reported, not a deadline).
      if (after && daysBetween(after, lastDayOf(date)) <= 0) continue;
      const start = span.start + m.index;
      out.push({ date, text: m[0], at: { start, end: start + m[0].length }, span });
    }
  }
  return out;
}

/** The lead sentences, and the rest of the opening paragraph up to {@link VENUE_SENTENCES}. */
function openingSentences(body: string, sentences: readonly Span[]): { sp: Span; s: string }[] {
  const firstBreak = body.indexOf('\n');
  return sentences
    .filter(
      (sp, i) => i < LEAD_SENTENCES || (i < VENUE_SENTENCES && (firstBreak < 0 || sp.start < firstBreak)),
    )
    .map((sp) => ({ sp, s: body.slice(sp.start, sp.end) }));
}

/** The meeting record of an article. */
export function extractMeeting(input: MeetingInput, sentences: readonly Span[]): MeetingRecord {
  const { title, body, facts } = input;
  const lead = sentences.slice(0, LEAD_SENTENCES).map((sp) => ({ sp, s: body.slice(sp.start, sp.end) }));
  const leadText = lead.map((l) => l.s).join(' ');
  // The parser's organisation when it names a body, else the lead's subject, else the holder named
  // after the event, else the headline's.
  const orgName =
    (orgKindOf(facts.organisation) ? facts.organisation!.replace(TRAILING_VERB, '') : null) ??
    HOLDER_SUBJECT.exec(leadText)?.[1]?.trim() ??
    HOLDER_AFTER_EVENT.exec(leadText)?.[1]?.trim() ??
    HOLDER_IN_TITLE.exec(title)?.[1]?.trim() ??
    null;
  const orgKind = orgKindOf(orgName) ?? orgKindOf(title);
  const counterpart = COUNTERPART.exec(leadText)?.[1]?.trim() ?? COUNTERPART.exec(title)?.[1]?.trim() ?? null;
  const titlePlace = TITLE_PLACE.exec(title)?.[1]?.trim() ?? null;
  const placeText =
    placeOf(orgName) ??
    placeOf(counterpart) ??
    (titlePlace && titlePlace.split(/\s+/u).length <= 4 ? titlePlace : null) ??
    (facts.organisation && !orgName ? facts.organisation : null);
  // The first meeting kind of the table found in the title or the lead, with its period word.
  let kindWords: string | null = null;
  for (const re of KIND_HEADS) {
    for (const text of [title, leadText]) {
      const head = re.exec(text);
      if (!head || kindWords) continue;
      const period = KIND_PERIOD.exec(text.slice(head.index + head[0].length));
      const word = period?.[1]?.replace(/\s+/gu, ' ').toLowerCase();
      const base = head[1]!.charAt(0).toLowerCase() + head[1]!.slice(1);
      kindWords = word && !/^lần/u.test(word) ? `${base} ${word}` : base;
    }
  }
  const sessionMatch = SESSION.exec(`${title}\n${leadText}`);
  const session = sessionMatch ? parseOrdinal(sessionMatch[1]!) : null;
  let venue: MeetingRecord['venue'] = null;
  for (const { sp, s } of openingSentences(body, sentences)) {
    const m = VENUE.exec(s) ?? VENUE_IS.exec(s);
    if (m && EVENT.test(s)) {
      venue = { text: `tại ${m[1]!.trim()}`, span: sp };
      break;
    }
  }
  const meetingDay = facts.meetingDates[facts.meetingDates.length - 1] ?? input.published;
  return {
    orgKind,
    orgName,
    counterpart,
    placeText,
    kindWords,
    session,
    venue,
    dates: [...facts.meetingDates],
    periods: [...facts.periods],
    deadlines: deadlinesOf(body, sentences, meetingDay),
  };
}
