/**
 * Facts about the meeting an article reports: when it was held, which reporting period it
 * covered, who chaired it and which body held it. Read from the article body (never sidebars)
 * with general rules about how Vietnamese meeting reports are worded.
 */
import { splitSentences } from '../text/sentences.ts';
import { daysBetween, findCuedDates, isoDate, resolveYear } from './dates.ts';
import { readPeopleAt, readPersonAt } from './names.ts';
import type { Chair, MeetingFacts } from './types.ts';

const W = '(?![\\p{L}\\p{N}])';
const B = '(?<![\\p{L}\\p{N}])';

/** What the extractor reads. */
export interface FactsInput {
  title: string;
  body: string;
  published: string | null;
}

/** Extract {@link MeetingFacts} from a parsed article. */
export function extractFacts(input: FactsInput): MeetingFacts {
  const meetingDates = findMeetingDates(input.body, input.published);
  const reference = meetingDates[0] ?? input.published;
  return {
    meetingDates,
    periods: reference ? findPeriods(`${input.title}\n${input.body}`, reference) : [],
    chairs: findChairs(input.body),
    organisation: findOrganisation(input.title, input.body),
  };
}

// ---------------------------------------------------------------- meeting dates

/** Reports appear on the day of the meeting or within a few days of it. */
const MAX_REPORT_DELAY_DAYS = 21;

/**
 * Dates introduced by "sáng/chiều/ngày…" that fall within a few weeks before publication, in order
 * of appearance (deadlines and anniversaries fall outside). Without a publication date only
 * dates that carry their year are kept.
 */
export function findMeetingDates(body: string, published: string | null): string[] {
  const out: string[] = [];
  for (const m of findCuedDates(body)) {
    let iso: string | null;
    if (published) {
      iso = resolveYear(m, published);
      if (!iso) continue;
      const lag = daysBetween(iso, published);
      if (lag < 0 || lag > MAX_REPORT_DELAY_DAYS) continue;
    } else {
      iso = m.year === null ? null : isoDate(m.year, m.month, m.day);
      if (!iso) continue;
    }
    if (!out.includes(iso)) out.push(iso);
  }
  return published ? out : out.slice(0, 1);
}

// ---------------------------------------------------------------- reporting periods

interface Period {
  id: string;
  start: string;
  end: string;
  kind: 'part' | 'year' | 'term';
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const lastDay = (y: number, m: number) => isoDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate())!;
const iso = (y: number, m: number, d: number) => isoDate(y, m, d)!;

const QUARTER = new RegExp(
  `${B}quý\\s+(IV|III|II|I|[1-4])${W}(?:\\s*(?:năm\\s+|/\\s*|-\\s*)(\\d{4})${W})?`,
  'giu',
);
const MONTHS = new RegExp(
  `${B}(\\d{1,2})\\s+tháng(?:\\s+(đầu|cuối))?(?:\\s+năm)?(?:\\s+(\\d{4})${W}|(?=\\s*[,.;:)]|\\s+(?:qua|vừa qua|và|triển khai|của)${W}))`,
  'giu',
);
// A year looked back on: "tổng kết … năm 2020", and "đánh giá kinh tế - xã hội năm 2022" / "họp về
// công tác thu, chi ngân sách năm 2021" (a review held in the next January is still the year's), never
// across a quarter or month ("đánh giá kết quả quý IV năm 2021" is the quarter's).
const YEAR_REVIEW = new RegExp(
  `${B}(?:(?:tổng kết|đánh giá|họp về)(?:\\s+công tác)?(?:(?:\\s*[,-]\\s*|\\s+)(?!quý${W}|tháng${W})\\p{L}+){0,8}?\\s+năm\\s+(\\d{4})|(?:^|\\n)\\s*năm\\s+(\\d{4})\\s*,)`,
  'giu',
);
const TERM = new RegExp(`${B}nhiệm kỳ\\s+(\\d{4})\\s*[-–—]\\s*(\\d{4})${W}`, 'giu');

function quarter(y: number, q: number): Period {
  return { id: `${y}-Q${q}`, start: iso(y, q * 3 - 2, 1), end: lastDay(y, q * 3), kind: 'part' };
}

function months(y: number, n: number, part: string | undefined): Period | null {
  if (part?.toLowerCase() === 'cuối') {
    if (n === 6) return { id: `${y}-H2`, start: iso(y, 7, 1), end: lastDay(y, 12), kind: 'part' };
    if (n === 3) return quarter(y, 4);
    return null;
  }
  if (n < 1 || n > 11) return null;
  if (n === 6) return { id: `${y}-H1`, start: iso(y, 1, 1), end: lastDay(y, 6), kind: 'part' };
  if (n === 3) return quarter(y, 1);
  return { id: `${y}-${n}M`, start: iso(y, 1, 1), end: lastDay(y, n), kind: 'part' };
}

/**
 * A reporting period is one the meeting looks back on: it has begun by the meeting and ends at
 * most a month after it (a quarter's review is held in its last weeks or just after). Periods the
 * meeting plans for ("nhiệm vụ quý II") and old comparisons fall outside.
 */
function isReported(p: Period, ref: string): boolean {
  if (p.kind === 'term') {
    const endYear = Number(p.end.slice(0, 4));
    const refYear = Number(ref.slice(0, 4));
    return refYear === endYear || refYear === endYear + 1;
  }
  const sinceStart = daysBetween(p.start, ref);
  const toEnd = daysBetween(ref, p.end);
  const after = -toEnd;
  if (sinceStart < 0) return false;
  if (p.kind === 'year') return toEnd <= 45 && after <= 100;
  return toEnd <= 31 && after <= 60;
}

/**
 * Reporting periods, normalised (`2021-Q1`, `2022-H1`, `2023-9M`, `2020`, `2015-2020`), in order
 * of appearance with the title first. Years missing in the text come from `reference` (the
 * meeting or publication date). A term is reported only when nothing more specific is.
 */
export function findPeriods(text: string, reference: string): string[] {
  const refYear = Number(reference.slice(0, 4));
  const found: { at: number; p: Period }[] = [];
  for (const m of text.matchAll(QUARTER)) {
    const q = ROMAN[m[1]!.toLowerCase()];
    if (q) found.push({ at: m.index, p: quarter(m[2] ? Number(m[2]) : refYear, q) });
  }
  for (const m of text.matchAll(MONTHS)) {
    const p = months(m[3] ? Number(m[3]) : refYear, Number(m[1]), m[2]);
    if (p) found.push({ at: m.index, p });
  }
  for (const m of text.matchAll(YEAR_REVIEW)) {
    const y = Number(m[1] ?? m[2]);
    found.push({ at: m.index, p: { id: String(y), start: iso(y, 1, 1), end: lastDay(y, 12), kind: 'year' } });
  }
  for (const m of text.matchAll(TERM)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b > a && b - a <= 10) {
      found.push({
        at: m.index,
        p: { id: `${a}-${b}`, start: iso(a, 1, 1), end: lastDay(b, 12), kind: 'term' },
      });
    }
  }
  const reported = found.filter((f) => isReported(f.p, reference)).sort((x, y) => x.at - y.at);
  const specific = reported.filter((f) => f.p.kind !== 'term');
  const chosen = specific.length > 0 ? specific : reported;
  return [...new Set(chosen.map((f) => f.p.id))];
}

// ---------------------------------------------------------------- chairs

const HONORIFIC_AT = /(?<![\p{L}\p{N}])(?:các\s+)?(?:đồng chí|đ\/c|ông|bà)\s/giu;
// "X, <title> chủ trì" / "do X chủ trì" / "X … làm trưởng đoàn" / "X, <title> đã chủ trì".
const CHAIR_VERB_AFTER =
  /^[ \t,]*(?:(?:đã|cùng|đồng|sẽ|trực tiếp)[ \t]+)*(?:chủ trì|chủ tọa|làm trưởng đoàn)(?![\p{L}])/u;
// "Dự và chủ trì … có đồng chí X", "Đồng chủ trì hội nghị có", "Chủ trì hội nghị là đồng chí X".
const CHAIR_VERB_BEFORE =
  /(?:dự và |đồng |cùng )?chủ (?:trì|tọa)(?:\s+[^\s.;:,]+){0,4}?\s+(?:có|là|gồm)(?:\s+sự\s+tham\s+gia\s+của)?\s*:?\s*(?=(?:các\s+)?(?:đồng chí|đ\/c|ông|bà)\s)/giu;
// When nobody is said to chair: the person whose demands or closing words the report gives.
const CONCLUDER = new RegExp(
  [
    `(?:yêu cầu|ý kiến chỉ đạo|chỉ đạo|kết luận) của\\s+(?=(?:đồng chí|ông|bà)\\s)`,
    `(?:phát biểu\\s+)?(?:kết luận|bế mạc)(?:\\s+[^\\s,.;]+){0,3}\\s*,\\s*(?=(?:đồng chí|ông|bà)\\s)`,
    `sau khi nghe[^.;]{0,120}?,\\s*(?=(?:đồng chí|ông|bà)\\s)`,
  ].join('|'),
  'giu',
);

function addChair(out: Chair[], name: string, title: string | null): void {
  const same = out.find((c) => c.name === name);
  if (!same) out.push({ name, title });
  else if (!same.title && title) same.title = title;
}

/**
 * Chair(s) of the meeting, in order of appearance: people said to chair ("chủ trì", "đồng chủ
 * trì", "làm trưởng đoàn"), else the person whose conclusions the report gives. Titles missing at
 * that mention are filled from another mention of the same name.
 */
export function findChairs(body: string): Chair[] {
  const chairs: Chair[] = [];
  for (const span of splitSentences(body)) {
    const s = body.slice(span.start, span.end);
    // Subject form: a chain of people whose list is followed by the verb.
    const consumed = new Set<number>();
    for (const h of s.matchAll(HONORIFIC_AT)) {
      if (consumed.has(h.index)) continue;
      const people = readPeopleAt(s, h.index);
      for (const p of people) consumed.add(p.start);
      const last = people[people.length - 1];
      if (last && CHAIR_VERB_AFTER.test(s.slice(last.end)))
        for (const p of people) addChair(chairs, p.name, p.title);
    }
    // Inverted form: the verb first, then the people.
    for (const m of s.matchAll(CHAIR_VERB_BEFORE)) {
      for (const p of readPeopleAt(s, m.index + m[0].length)) addChair(chairs, p.name, p.title);
    }
  }
  if (chairs.length === 0) {
    for (const m of body.matchAll(CONCLUDER)) {
      const p = readPersonAt(body, m.index + m[0].length);
      if (p) {
        addChair(chairs, p.name, p.title);
        break;
      }
    }
  }
  for (const c of chairs) if (!c.title) c.title = titleOf(body, c.name);
  return chairs;
}

/** The first title the body gives a person ("đồng chí X, <title>"). */
function titleOf(body: string, name: string): string | null {
  for (const h of body.matchAll(HONORIFIC_AT)) {
    const p = readPersonAt(body, h.index);
    if (p?.name === name && p.title) return p.title;
  }
  return null;
}

// ---------------------------------------------------------------- organisation

const ORG_WORD =
  /(?:ủy|Ban|Đảng|Thường trực|UBND|HĐND|Hội đồng|Sở|Chi bộ|Đoàn|Mặt trận|Khối|Hội(?= \p{Lu})|Bộ|Cục|Tổng cục|Ủy ban)(?![\p{L}])/u;
// The event itself ("Hội nghị được tổ chức…") is no organisation.
const EVENT_SUBJECT =
  /^(?:hội nghị|cuộc họp|phiên họp|buổi|hội thảo|lễ|chương trình)(?![\p{L}])|\s(?:được|bị)$/iu;
const HOLD_VERB =
  /\s+(?:đã\s+|vừa\s+)?(?:tổ chức|có buổi làm việc|làm việc với|họp|tiến hành|triển khai|đã)(?![\p{L}])/u;
const DELEGATION = /đoàn công tác (?:của\s+)?(\p{Lu}[^,.;]*?)\s+do\s/u;

/**
 * The body that held the meeting: the subject of "… tổ chức / có buổi làm việc / họp" in the
 * first sentence, the sender of a working delegation, or the place a title starts with
 * ("Mường Lay: …"). Null when unclear.
 */
export function findOrganisation(title: string, body: string): string | null {
  const firstSpan = splitSentences(body)[0];
  const first = firstSpan ? body.slice(firstSpan.start, firstSpan.end) : '';
  const delegation = DELEGATION.exec(first);
  if (delegation) return delegation[1]!.trim();
  const segments = first.split(/\s*,\s*/);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const prev = segments[i - 1] ?? '';
    // A title after a person's name ("đồng chí X, Phó Bí thư … đã chủ trì") is no organisation.
    if (/(?:đồng chí|ông|bà)\s+\p{Lu}/iu.test(prev)) continue;
    const verb = HOLD_VERB.exec(seg);
    if (!verb) continue;
    const subject = seg.slice(0, verb.index).trim();
    if (
      /^\p{Lu}/u.test(subject) &&
      ORG_WORD.test(subject) &&
      !EVENT_SUBJECT.test(subject) &&
      subject.split(/\s+/).length <= 20
    )
      return subject;
  }
  const short = /\((Ban [^()]{2,40})\)/u.exec(first);
  if (short) return short[1]!;
  const place = /^([^:]{2,40}):\s/u.exec(title);
  if (place && place[1]!.split(/\s+/).length <= 4) return place[1]!.trim();
  return null;
}
