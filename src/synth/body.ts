/**
 * Article bodies: a lead (date, maybe venue, organisation, period), the chair, attendees, the
 * presenter of the report, figures of the subjects reviewed, limitations, decisions, the concluding
 * speaker with tasks and a deadline. Each record comes in several wordings (phrases.ts) and is
 * returned beside the text, so questions can be asked about it. Filler sentences bring the body to
 * its target length.
 */
import type { Ctx } from './ctx.ts';
import { addDays, dmy, fmtDec, fmtInt, iso, ordinal, pad2, wordCount, type Ymd } from './format.ts';
import { periodEndMonth, periodMonths } from './periods.ts';
import {
  ATTENDANCE,
  ATTENDEES,
  CHAIR_ONE,
  CHAIR_TWO,
  CONCLUDER,
  DEADLINE,
  DEADLINE_TASKS,
  DECISIONS,
  FILLER,
  LIMITATION_OPENERS,
  LIMITATIONS,
  PRAISE,
  PRESENTER,
  TASK_LEADS,
  VENUE_SENTENCES,
  VENUES,
} from './phrases.ts';
import type { FigureSpec, Subject } from './subjects.ts';
import { cap } from './template.ts';

/** An official as one article names them. */
export interface Official {
  name: string;
  /** Full title as written after the name (`Tỉnh ủy viên, Bí thư Huyện ủy`). */
  title: string;
  /** Short form used in later references (`Bí thư Huyện ủy`). */
  short: string;
}

export type MeetingKind =
  | 'party-quarter'
  | 'party-9m'
  | 'party-half'
  | 'party-year'
  | 'working'
  | 'bcd'
  | 'ubnd';

export interface Meeting {
  kind: MeetingKind;
  ctx: Ctx;
  /** Organisation as named in the lead. */
  org: string;
  chair: Official;
  coChair: Official | null;
  /** Who presents the report. */
  presenter: Official;
  /** Who gives the concluding speech (often the chair). */
  concluder: Official;
  /** Officials named among the attendees. */
  attendees: Official[];
  meeting: Ymd;
  /** Subjects reviewed; the first is the main one. */
  subjects: Subject[];
  /** Target body length in words (before images). */
  target: number;
}

/** The records the body states, beside its text. */
export interface BodyRecords {
  /** The meeting date as the lead writes it (`27/12/2022`, `27-12-2022`, or `27/12` without the year). */
  dateWritten: string;
  /** Venue as written, or null when the article does not say. */
  venue: string | null;
  /** Limitation clauses as written. */
  limitations: string[];
  /** Task clauses as written. */
  tasks: string[];
  /** Decisions adopted, as written (noun phrases). */
  decisions: string[];
  /** A deadline set at the meeting (always after the meeting date). */
  deadline: { date: string; written: string; task: string };
  /** Named attendees actually stated. */
  attendees: Official[];
}

export interface RenderedBody {
  paragraphs: string[];
  /** Index of paragraphs after which an image may go. */
  imageSlots: number[];
  records: BodyRecords;
}

interface Section {
  sentences: string[];
  /** Filler pools this section may draw from. */
  pools: string[][];
}

const TIMES = ['Sáng', 'Chiều', 'Sáng ngày', 'Chiều ngày', 'Ngày', 'Sáng ngày', 'Ngày'];

/** The meeting date as the lead writes it; the year is sometimes left out, as in real leads. */
function leadDate(ctx: Ctx, d: Ymd): string {
  const form = ctx.rng.weighted([0, 1, 2, 3], [10, 5, 2, 2]);
  if (form === 0) return dmy(d);
  if (form === 1) return `${pad2(d.d)}/${pad2(d.m)}/${d.y}`;
  if (form === 2) return `${d.d}-${d.m}-${d.y}`;
  return `${d.d}/${d.m}`;
}

/** `đồng chí Name, Title` or `đồng chí Name - Title`. */
function named(ctx: Ctx, o: Official, short = false): string {
  const title = short ? o.short : o.title;
  return ctx.rng.chance(0.8) ? `đồng chí ${o.name}, ${title}` : `đồng chí ${o.name} - ${title}`;
}

/** Sets `$key` and `$Key` (capitalised) for a phrase that may open a sentence. */
function setBoth(ctx: Ctx, key: string, value: string): void {
  ctx.vars[key] = value;
  ctx.vars[cap(key)] = cap(value);
}

/** Multiplier of place size for stocks and flows: a province is about eight districts. */
function scaleOf(ctx: Ctx): number {
  return ctx.unit === 'tỉnh' ? 8 : ctx.unit === 'thành phố' ? 2 : 1;
}

/**
 * The value of a figure for this place and period, the same in every article that states it.
 * Totals are stocks of the place that grow slowly over the years; other kinds belong to the period.
 */
function figureValue(ctx: Ctx, subject: Subject, f: FigureSpec): string {
  const key = `${subject.id}/${f.subject}`;
  const months = periodMonths(ctx.period);
  let x: number;
  if (f.kind === 'total' && f.unit !== '%') {
    const base = ctx.placeConst(key, (r) => f.draw(r, scaleOf(ctx), 12));
    x = base * (1 + 0.015 * ((periodEndMonth(ctx.period) - 60) / 12));
  } else {
    x = ctx.stat(key, (r) => f.draw(r, scaleOf(ctx), months));
  }
  return f.decimals === 0 ? fmtInt(Math.max(1, Math.round(x))) : fmtDec(x, f.decimals);
}

/** Sentences stating up to `n` figures of a subject; each figure is recorded as a fact. */
function figureSentences(ctx: Ctx, subject: Subject, n: number): string[] {
  const out: string[] = [];
  for (const f of ctx.rng.sample(subject.figures, n)) {
    const value = figureValue(ctx, subject, f);
    if (ctx.has(f.subject)) continue;
    ctx.fact({
      label: f.subject,
      value,
      subjectEn: f.subjectEn,
      kind: f.kind,
      unit: f.unit,
      field: subject.field,
    });
    ctx.vars.v = value;
    out.push(ctx.t(ctx.rng.pick(f.say)));
  }
  return out;
}

/** Adds filler sentences until the target is reached, never past {@link MAX_FILLED} words. */
const MAX_FILLED = 770;

function fill(sections: Section[], m: Meeting): void {
  const ctx = m.ctx;
  const r = ctx.rng;
  let total = sections.reduce((n, s) => n + s.sentences.reduce((k, x) => k + wordCount(x), 0), 0);
  if (total >= m.target) return;
  const queues = sections.map((s) => r.shuffle(s.pools.flat()));
  const used = new Set<string>();
  const open = sections.map((_, i) => i).filter((i) => (queues[i] as string[]).length > 0);
  while (total < m.target && open.length > 0) {
    const k = r.int(0, open.length - 1);
    const i = open[k] as number;
    const queue = queues[i] as string[];
    const tpl = queue.pop();
    if (queue.length === 0) open.splice(k, 1);
    if (tpl === undefined || used.has(tpl)) continue;
    used.add(tpl);
    const sentence = ctx.t(tpl);
    const n = wordCount(sentence);
    if (total + n > MAX_FILLED) continue;
    const s = sections[i] as Section;
    const at = s.sentences.length <= 1 ? s.sentences.length : r.int(1, s.sentences.length);
    s.sentences.splice(at, 0, sentence);
    total += n;
  }
}

function leadSentence(m: Meeting, venueInLead: boolean): string {
  const ctx = m.ctx;
  const r = ctx.rng;
  ctx.vars.time = r.pick(TIMES);
  ctx.vars.date = leadDate(ctx, m.meeting);
  ctx.vars.at = venueInLead ? ctx.x(', tại $venue') : '';
  switch (m.kind) {
    case 'party-quarter':
    case 'party-9m':
      return ctx.t(
        '$time $date$at, $org {họp giao ban|tổ chức giao ban} {đánh giá|kiểm điểm} kết quả {lãnh đạo, chỉ đạo|thực hiện nhiệm vụ} $P{ và bàn nhiệm vụ $Pn|}.',
      );
    case 'party-half':
    case 'party-year':
      ctx.vars.nth = r.chance(0.5) ? ` lần ${ordinal(r.int(2, 24), r.chance(0.5))}` : '';
      ctx.vars.verb = m.kind === 'party-half' ? 'sơ kết' : 'tổng kết';
      return ctx.t(
        '$time $date$at, $org {họp|tiến hành} hội nghị$nth $verb {kết quả|việc thực hiện nghị quyết} $P{, bàn phương hướng $Pn|}.',
      );
    case 'working':
      return ctx.t(
        '$time $date$at, $org {về làm việc|có buổi làm việc} với {Ban Thường vụ |}$C $name {về|để nghe báo cáo} kết quả thực hiện nhiệm vụ $P.',
      );
    case 'bcd':
      return ctx.t('$time $date$at, $org {họp|tổ chức hội nghị} {sơ kết|đánh giá} công tác $field $P.');
    default:
      return ctx.t(
        '$time $date$at, $org họp {phiên thường kỳ|phiên chuyên đề} đánh giá tình hình kinh tế - xã hội $P{, bàn giải pháp cho $Pn|}.',
      );
  }
}

/** Renders the body of a meeting report of any kind, with the records it states. */
export function renderBody(m: Meeting): RenderedBody {
  const ctx = m.ctx;
  const r = ctx.rng;
  const v = ctx.vars;
  const main = m.subjects[0] as Subject;
  v.org = m.org;
  v.field = main.field;
  v.venue = ctx.x(r.pick(VENUES));
  const venueMode = r.weighted(['lead', 'sentence', 'none'], [40, 25, 35]);

  // Lead: date, organisation, chair, attendees, presenter.
  const lead: string[] = [leadSentence(m, venueMode === 'lead')];
  setBoth(ctx, 'ch', named(ctx, m.chair));
  if (m.coChair) {
    setBoth(ctx, 'co', named(ctx, m.coChair));
    lead.push(ctx.tp(CHAIR_TWO));
  } else lead.push(ctx.tp(CHAIR_ONE));
  const attendees = r.chance(0.75) ? m.attendees : [];
  if (attendees.length > 0) {
    v.att = attendees.map((o) => named(ctx, o)).join('; ');
    lead.push(ctx.tp(ATTENDEES));
  }
  if (r.chance(0.6)) lead.push(ctx.tp(ATTENDANCE));
  if (venueMode === 'sentence') lead.push(ctx.tp(VENUE_SENTENCES));

  setBoth(ctx, 'pr', named(ctx, m.presenter));
  const results: string[] = [ctx.tp(PRESENTER)];
  const sections: Section[] = [{ sentences: lead, pools: [] }];
  const small = m.target < 470;
  for (const [i, s] of m.subjects.entries()) {
    const n = i === 0 ? r.int(2, 3) : r.int(1, small ? 1 : 2);
    const figs = figureSentences(ctx, s, n);
    if (i === 0) results.push(...figs);
    else if (figs.length > 0) sections.push({ sentences: figs, pools: [s.notes, FILLER] });
  }
  sections.splice(1, 0, { sentences: results, pools: [main.notes, FILLER] });

  // Limitations.
  const limPool = [...m.subjects.flatMap((s) => s.limitations)];
  const limitations = [
    ...r.sample(limPool, small ? 1 : r.int(2, 3)),
    ...r.sample(LIMITATIONS, r.int(0, 1)),
  ].map((x) => ctx.x(x));
  sections.push({ sentences: [`${ctx.tp(LIMITATION_OPENERS)} ${limitations.join('; ')}.`], pools: [] });

  // Decisions.
  const decisions: string[] = [];
  if (m.kind === 'party-half' || m.kind === 'party-year' || m.kind === 'bcd' || r.chance(0.45)) {
    v.y5 = String(ctx.period.year + 5);
    v.n = String(r.int(2, 9));
    const dec = ctx.x(r.pick(m.subjects.flatMap((s) => s.decisions)));
    setBoth(ctx, 'dec', dec);
    const sentence = ctx.tp(DECISIONS);
    // Recorded as written: a sentence that opens with the decision capitalises it.
    decisions.push(sentence.includes(dec) ? dec : cap(dec));
    sections.push({ sentences: [sentence], pools: [] });
  }

  // Conclusion, tasks and a deadline.
  setBoth(ctx, 'cc', named(ctx, m.concluder, m.concluder === m.chair && r.chance(0.5)));
  const conc: string[] = [ctx.tp(CONCLUDER)];
  if (r.chance(0.5)) conc.push(ctx.tp(PRAISE));
  const tasks = r
    .sample(
      m.subjects.flatMap((s) => s.tasks),
      small ? 2 : r.int(2, 4),
    )
    .map((x) => ctx.x(x));
  conc.push(`${ctx.tp(TASK_LEADS)} ${tasks.join('; ')}.`);
  const due = addDays(m.meeting, r.int(15, 60));
  v.dl = dmy(due);
  v.dtask = ctx.x(r.pick(DEADLINE_TASKS));
  const deadline = { date: iso(due), written: v.dl, task: v.dtask };
  conc.push(ctx.tp(DEADLINE));
  sections.push({ sentences: conc, pools: [] });

  fill(sections, m);
  return {
    paragraphs: sections.filter((s) => s.sentences.length > 0).map((s) => s.sentences.join(' ')),
    imageSlots: [0, 1, 2],
    records: {
      dateWritten: v.date as string,
      venue: venueMode === 'none' ? null : v.venue,
      limitations,
      tasks,
      decisions,
      deadline,
      attendees,
    },
  };
}
