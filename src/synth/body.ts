/**
 * Article bodies: the lead (date, organisation, period, chair), results with numbers, limitations,
 * the chair's conclusion with tasks, and an optional closing. Sections are filled with filler
 * sentences until the body reaches its target length.
 */
import type { Ctx } from './ctx.ts';
import {
  budgetSentence,
  ECONOMY,
  emitOnce,
  emitSome,
  inspectionSentence,
  newMembersSentence,
  PARTY_DEPARTMENTS,
  partyTotalSentence,
} from './facts.ts';
import { addDays, dmy, fmtInt, ordinal, pad2, wordCount, type Ymd } from './format.ts';
import { periodTexts } from './periods.ts';
import {
  ATTENDANCE,
  BCD_PRAISED,
  CLOSINGS,
  CONCLUSION_OPENERS,
  DEPT_TASKS,
  DISCUSSION,
  FILLER_ECON,
  FILLER_ERA,
  FILLER_PARTY,
  FILLER_SOCIAL,
  GENERIC_TASKS,
  LIMITATION_OPENERS,
  LIMITATIONS,
  PRAISED,
  RESULTS_INTRO,
  TASK_LEADS,
  TASKS,
} from './phrases.ts';
import type { Topic } from './topics.ts';

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
  periodText: string;
  chair: Official;
  coChair: Official | null;
  /** Other officials named among the attendees. */
  others: Official[];
  meeting: Ymd;
  topic: Topic | null;
  /** Target body length in words (before images). */
  target: number;
}

export interface RenderedBody {
  paragraphs: string[];
  /** Index of paragraphs after which an image may go. */
  imageSlots: number[];
}

interface Section {
  sentences: string[];
  /** Filler pools this section may draw from. */
  pools: string[][];
  /** How many filler sentences were added (they can be removed again). */
  added: number;
}

const TIMES = ['Sáng', 'Chiều', 'Sáng ngày', 'Chiều ngày', 'Ngày', 'Sáng ngày', 'Ngày'];

/** The meeting date as the lead writes it; the year is sometimes left out, as in real leads. */
function leadDate(ctx: Ctx, d: Ymd): string {
  const r = ctx.rng;
  const form = r.weighted([0, 1, 2, 3], [10, 5, 2, 2]);
  if (form === 0) return dmy(d);
  if (form === 1) return `${pad2(d.d)}/${pad2(d.m)}/${d.y}`;
  if (form === 2) return `${d.d}-${d.m}-${d.y}`;
  return `${d.d}/${d.m}`;
}

function chairSentence(m: Meeting, what: string): string {
  const r = m.ctx.rng;
  const a = `đồng chí ${m.chair.name}, ${m.chair.title}`;
  if (m.coChair) {
    const b = `đồng chí ${m.coChair.name}, ${m.coChair.title}`;
    return r.pick([
      `Đồng chủ trì ${what} có ${a} và ${b}.`,
      `Cùng chủ trì ${what} có ${a} và ${b}.`,
      `Dự và chủ trì ${what} có ${a}; ${b}.`,
      `${cap1(what)} do ${a} và ${b} đồng chủ trì.`,
    ]);
  }
  return r.weighted(
    [
      `Đồng chí ${m.chair.name}, ${m.chair.title} chủ trì ${what}.`,
      `Đồng chí ${m.chair.name} - ${m.chair.title} chủ trì ${what}.`,
      `${cap1(what)} do ${a} chủ trì.`,
      `Chủ trì ${what} là ${a}.`,
      `Dự và chủ trì ${what} có ${a}.`,
    ],
    [8, 2, 3, 1.5, 1.5],
  );
}

function cap1(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function attendeesSentence(m: Meeting): string {
  const ctx = m.ctx;
  if (m.others.length > 0 && ctx.rng.chance(0.6)) {
    ctx.vars.names = m.others.map((o) => `${o.name}, ${o.title}`).join('; ');
    return ctx.t(
      '{Cùng dự có các đồng chí|Dự hội nghị có các đồng chí|Tham dự có các đồng chí}: $names; {các đồng chí Ủy viên Ban Thường vụ $C, lãnh đạo các ban, ngành, đoàn thể của $u|các đồng chí Ủy viên Ban Thường vụ $C}.',
    );
  }
  return ctx.tp(ATTENDANCE);
}

function chairRef(m: Meeting, named: boolean): string {
  const r = m.ctx.rng;
  const c = m.chair;
  if (!named) return `đồng chí ${c.name}, ${c.title}`;
  return r.weighted(
    [
      `đồng chí ${c.name}, ${c.short}`,
      `đồng chí ${c.name} - ${c.short}`,
      `đồng chí ${c.name}`,
      `đồng chí ${c.short}`,
    ],
    [6, 1, 3, 1],
  );
}

/** A dated anniversary fitting the meeting's month: realistic distractor dates in the tasks. */
function anniversaryTask(m: Meeting): string {
  const d = m.meeting;
  const mo = d.m;
  const y = mo === 12 ? d.y + 1 : d.y;
  let text: string;
  if (mo >= 3 && mo <= 5) {
    text = m.ctx.rng.chance(0.5)
      ? `${y - 1890} năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/${y})`
      : `${y - 1975} năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/${y})`;
  } else if (mo >= 6 && mo <= 8) {
    text = m.ctx.rng.chance(0.5)
      ? `${y - 1947} năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/${y})`
      : `${y - 1945} năm Cách mạng Tháng Tám và Quốc khánh 2/9`;
  } else if (mo >= 9 && mo <= 11) {
    text = m.ctx.rng.chance(0.5)
      ? `${y - 1930} năm Ngày truyền thống công tác Dân vận của Đảng (15/10/1930 - 15/10/${y})`
      : `${y - 1930} năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam (18/11/1930 - 18/11/${y})`;
  } else {
    text = `${y - 1930} năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/${y})`;
  }
  m.ctx.vars.anniv = text;
  return m.ctx.t(
    'Ban Tuyên giáo $C tham mưu tổ chức các hoạt động kỷ niệm $anniv {thiết thực, ý nghĩa|thiết thực, tiết kiệm|trang trọng}',
  );
}

const STEMS = ['Canh', 'Tân', 'Nhâm', 'Quý', 'Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ'];
const BRANCHES = ['Thân', 'Dậu', 'Tuất', 'Hợi', 'Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi'];

/** Lunar year name, e.g. 2024 → `Giáp Thìn`. */
export function canChi(year: number): string {
  return `${STEMS[year % 10]} ${BRANCHES[year % 12]}`;
}

function limitationsParagraph(m: Meeting, extra: string[] = []): string {
  const ctx = m.ctx;
  const r = ctx.rng;
  const n = m.target < 470 ? 1 : r.int(2, 3);
  const picks = [...r.sample(extra, r.int(1, 2)), ...r.sample(LIMITATIONS, extra.length > 0 ? n - 1 : n + 1)];
  const items = r.shuffle(picks).map((p) => ctx.x(p));
  return `${ctx.tp(LIMITATION_OPENERS)} ${items.join('; ')}.`;
}

function conclusion(m: Meeting, named: boolean, extraTasks: string[] = []): string[] {
  const ctx = m.ctx;
  const r = ctx.rng;
  ctx.vars.chairRef = chairRef(m, named);
  const bcd = m.kind === 'bcd';
  ctx.vars.praised = ctx.x(r.pick(bcd ? BCD_PRAISED : PRAISED));
  const out = [ctx.tp(CONCLUSION_OPENERS)];
  const small = m.target < 470;
  const general = bcd
    ? r.sample(GENERIC_TASKS, r.int(1, small ? 2 : 3))
    : r.sample(TASKS, small ? 2 : r.int(2, 4));
  const tasks = [...r.sample(extraTasks, Math.min(extraTasks.length, r.int(1, 2))), ...general].map((t) =>
    ctx.x(t),
  );
  out.push(`${ctx.tp(TASK_LEADS)} ${r.shuffle(tasks).join('; ')}.`);
  const dept = bcd ? [] : r.sample(DEPT_TASKS, small ? 1 : r.int(1, 3)).map((t) => ctx.t(t));
  if (r.chance(bcd || small ? 0.25 : 0.5)) dept.push(anniversaryTask(m));
  if (m.ctx.period.kind === 'Y' || m.meeting.m === 12 || m.meeting.m === 1) {
    const y = m.meeting.m === 12 ? m.meeting.y + 1 : m.meeting.y;
    ctx.vars.tet = `${canChi(y)} ${y}`;
    dept.push(
      ctx.t(
        'các cấp ủy, chính quyền chăm lo cho nhân dân đón Tết Nguyên đán $tet vui tươi, an toàn, tiết kiệm',
      ),
    );
  }
  if (dept.length > 0) out.push(`${r.shuffle(dept).join('. ')}.`);
  return out;
}

/** Most body words the filler may reach, leaving room for an image caption under the 800 cap. */
const MAX_FILLED = 770;

/** Adds filler sentences until the target is reached, never past {@link MAX_FILLED} words. */
function fill(sections: Section[], m: Meeting): void {
  const ctx = m.ctx;
  const r = ctx.rng;
  let total = sections.reduce((n, s) => n + s.sentences.reduce((k, x) => k + wordCount(x), 0), 0);
  if (total >= m.target) return;
  // Each section gets its own shuffled queue of candidates; a template used anywhere is not used again.
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
    s.added++;
    total += n;
  }
}

function pushSome(list: string[], sentence: string | null): void {
  if (sentence) list.push(sentence);
}

function paragraphs(sections: Section[]): string[] {
  return sections.filter((s) => s.sentences.length > 0).map((s) => s.sentences.join(' '));
}

function econPools(ctx: Ctx): string[][] {
  const era = FILLER_ERA[ctx.period.year] ?? [];
  return [FILLER_ECON[ctx.region] ?? [], FILLER_SOCIAL, era];
}

// ---- kinds -----------------------------------------------------------------------------------------------

const DESC_GIAO_BAN = [
  'giao ban công tác xây dựng Đảng, đoàn thể',
  'giao ban Khối Đảng',
  'giao ban đánh giá kết quả thực hiện nhiệm vụ',
  'giao ban công tác Đảng, đoàn thể',
  'giao ban đánh giá tình hình thực hiện nhiệm vụ chính trị',
  'giao ban đánh giá kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ',
];

const QUOTE_LEADS = [
  'Tiếp tục đổi mới phương thức lãnh đạo, nâng cao chất lượng tham mưu, phấn đấu hoàn thành thắng lợi các chỉ tiêu nghị quyết đề ra',
  'Bám sát chương trình công tác, chủ động tham mưu giải quyết kịp thời những vấn đề phát sinh từ cơ sở',
  'Tập trung khắc phục hạn chế, tạo chuyển biến rõ nét trong công tác xây dựng Đảng và hệ thống chính trị',
  'Nêu cao tinh thần trách nhiệm, phát huy sức mạnh đoàn kết, hoàn thành tốt nhiệm vụ chính trị của địa phương',
];

function partyBody(m: Meeting): RenderedBody {
  const ctx = m.ctx;
  const r = ctx.rng;
  const date = leadDate(ctx, m.meeting);
  const time = r.pick(TIMES);
  ctx.vars.nth = '';
  let tail: string;
  if (m.kind === 'party-half' || m.kind === 'party-year') {
    if (r.chance(0.5)) ctx.vars.nth = ` lần ${ordinal(r.int(2, 24), r.chance(0.5))}`;
    ctx.vars.desc = ctx.x(
      m.kind === 'party-half'
        ? 'sơ kết {công tác lãnh đạo, chỉ đạo|tình hình thực hiện nhiệm vụ chính trị|công tác lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị}'
        : 'tổng kết {công tác xây dựng Đảng, hệ thống chính trị và thực hiện nhiệm vụ phát triển kinh tế - xã hội|công tác lãnh đạo, chỉ đạo|công tác}',
    );
    tail =
      m.kind === 'party-half'
        ? ', triển khai nhiệm vụ $Pn'
        : ', {triển khai|quyết định phương hướng,} nhiệm vụ $Pn';
  } else {
    ctx.vars.desc = r.pick(DESC_GIAO_BAN);
    tail = '{, triển khai nhiệm vụ {trọng tâm |}$Pn| và triển khai nhiệm vụ $Pn|}';
  }
  const leadCore = ctx.x(`tổ chức hội nghị$nth $desc $P${tail}`);
  const mode = r.weighted(['plain', 'quote', 'implicit'], [90, 5, 5]);
  const lead: string[] = [];
  if (mode === 'quote') {
    const desc = `${ctx.vars.desc} ${m.periodText}`;
    const when = r.pick(['sáng ngày', 'chiều ngày', 'ngày']);
    lead.push(
      `${r.pick(QUOTE_LEADS)}. Đó là ${r.pick(['yêu cầu', 'chỉ đạo'])} của đồng chí ${m.chair.name}, ${m.chair.title} tại hội nghị ${desc} của ${m.org} được tổ chức ${when} ${date}.`,
    );
    if (r.chance(0.5)) lead.push(chairSentence(m, 'hội nghị'));
  } else {
    lead.push(`${time} ${date}, ${m.org} ${leadCore}.`);
    if (mode === 'plain') lead.push(chairSentence(m, 'hội nghị'));
  }
  lead.push(attendeesSentence(m));
  const sections: Section[] = [{ sentences: lead, pools: [], added: 0 }];

  const small = m.target < 470;
  const khoiDang = (m.kind === 'party-quarter' || m.kind === 'party-9m') && r.chance(0.5);
  if (khoiDang) {
    const res: string[] = [ctx.t(r.pick(RESULTS_INTRO.slice(2)))];
    const depts = emitSome(ctx, PARTY_DEPARTMENTS, small ? r.int(2, 3) : r.int(3, 5));
    const nm = r.chance(0.85) ? emitOnce(ctx, newMembersSentence) : null;
    if (nm) depts.splice(r.int(0, depts.length), 0, nm);
    res.push(...depts);
    sections.push({
      sentences: res.slice(0, 1 + Math.ceil(depts.length / 2)),
      pools: [FILLER_PARTY],
      added: 0,
    });
    sections.push({ sentences: res.slice(1 + Math.ceil(depts.length / 2)), pools: [FILLER_PARTY], added: 0 });
    const econ = r.chance(0.5) ? emitSome(ctx, ECONOMY, r.int(1, 2)) : [];
    if (econ.length > 0) {
      econ.unshift(
        ctx.t(
          '{Về phát triển kinh tế - xã hội|Trên lĩnh vực kinh tế - xã hội}, {tình hình của $u tiếp tục ổn định|các chỉ tiêu chủ yếu cơ bản đạt tiến độ đề ra|$u tiếp tục có bước phát triển}.',
        ),
      );
      sections.push({ sentences: econ, pools: econPools(ctx), added: 0 });
    }
  } else {
    const econ = [ctx.t(r.pick(RESULTS_INTRO.slice(0, 2)))];
    const b = r.chance(0.8) ? emitOnce(ctx, budgetSentence) : null;
    if (b) econ.push(b);
    econ.push(...emitSome(ctx, ECONOMY, small ? r.int(1, 2) : r.int(2, 4)));
    sections.push({ sentences: econ, pools: econPools(ctx), added: 0 });
    const party: string[] = [];
    if (r.chance(0.5))
      party.push(
        ctx.t('{Công tác xây dựng Đảng tiếp tục được quan tâm|Công tác xây dựng Đảng đạt kết quả tích cực}.'),
      );
    pushSome(party, emitOnce(ctx, newMembersSentence));
    if (r.chance(small ? 0.3 : 0.6)) pushSome(party, emitOnce(ctx, inspectionSentence));
    party.push(...emitSome(ctx, PARTY_DEPARTMENTS, small ? 0 : r.int(0, 2)));
    const t = r.chance(0.4) ? emitOnce(ctx, partyTotalSentence) : null;
    if (t) party.push(t);
    sections.push({ sentences: party, pools: [FILLER_PARTY], added: 0 });
  }
  if (m.kind === 'party-half' || m.kind === 'party-year') {
    sections.push({
      sentences: [
        ctx.t(
          m.kind === 'party-year'
            ? 'Hội nghị đã thảo luận, biểu quyết thông qua Nghị quyết về nhiệm vụ năm $y1{ với chủ đề "Đoàn kết, kỷ cương, đổi mới, phát triển"|}; {thông qua Chương trình làm việc năm $y1 của Ban Chấp hành Đảng bộ $u|thông qua Kế hoạch kiểm tra, giám sát năm $y1}.'
            : 'Hội nghị đã dành thời gian thảo luận {và cho ý kiến vào dự thảo các đề án quan trọng của $u|và biểu quyết thông qua Nghị quyết chuyên đề về xây dựng nông thôn mới giai đoạn $y - 2025}.',
        ),
      ],
      pools: [],
      added: 0,
    });
  }
  sections.push({ sentences: [limitationsParagraph(m)], pools: [], added: 0 });
  if (!small && r.chance(0.35)) sections.push({ sentences: [ctx.tp(DISCUSSION)], pools: [], added: 0 });
  const conc = conclusion(m, mode === 'plain' || mode === 'quote');
  sections.push({ sentences: conc, pools: [], added: 0 });
  if (!small && r.chance(0.2)) sections.push({ sentences: [ctx.tp(CLOSINGS)], pools: [], added: 0 });
  fill(sections, m);
  return { paragraphs: paragraphs(sections), imageSlots: [0, 1, 2] };
}

const PROPOSALS = [
  'hỗ trợ kinh phí sửa chữa các trường học, công trình thủy lợi bị hư hỏng do mưa lũ',
  'sớm đầu tư tuyến đường liên xã $cm1 - $cm2 phục vụ dân sinh',
  'đầu tư kè chống sạt lở {bờ sông|bờ biển} đoạn qua xã $cm1',
  'hỗ trợ xây dựng hệ thống thủy lợi phục vụ sản xuất tại xã $cm2',
  'quan tâm bố trí vốn đầu tư trụ sở làm việc cho một số xã',
  'hỗ trợ nguồn lực xây dựng nông thôn mới cho các xã đặc biệt khó khăn',
  'bổ sung biên chế giáo viên cho các trường học trên địa bàn',
];

function workingBody(m: Meeting, ledByChair: boolean): RenderedBody {
  const ctx = m.ctx;
  const r = ctx.rng;
  const date = leadDate(ctx, m.meeting);
  const lead: string[] = [];
  ctx.vars.time = r.pick(TIMES);
  ctx.vars.date = date;
  ctx.vars.where = r.chance(0.4) ? ctx.x(', tại hội trường $C $name') : '';
  if (ledByChair) {
    lead.push(
      ctx.t(
        '$time $date$where, đoàn công tác của $org do đồng chí $chairName, $chairTitle làm trưởng đoàn đã có buổi làm việc với Ban Thường vụ $C $name về tình hình thực hiện nhiệm vụ $P{ và công tác chuẩn bị đại hội đảng bộ các cấp| và việc triển khai Nghị quyết Đại hội Đảng bộ $u|}.',
      ),
    );
  } else {
    lead.push(
      ctx.t(
        '$time $date$where, $org {đã |}có buổi làm việc với Ban Thường vụ $C $name về tình hình thực hiện nhiệm vụ $P{ và một số đề xuất, kiến nghị của $u| và công tác xây dựng Đảng|}.',
      ),
    );
    lead.push(chairSentence(m, 'buổi làm việc'));
  }
  lead.push(
    ctx.t(
      '{Cùng đi có|Tham dự có} lãnh đạo {Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy|các ban Đảng Tỉnh ủy, Văn phòng Tỉnh ủy} và một số sở, ngành của tỉnh.',
    ),
  );
  const host = m.others[0];
  if (host)
    lead.push(
      `Tiếp và làm việc với đoàn có đồng chí ${host.name}, ${host.title} cùng các đồng chí trong Ban Thường vụ ${ctx.vars.C}.`,
    );
  const res = [
    ctx.t(
      '{Báo cáo tại buổi làm việc cho thấy|Theo báo cáo}, $P, {tình hình kinh tế - xã hội của $u tiếp tục phát triển|$place đã đạt được nhiều kết quả quan trọng}.',
    ),
  ];
  res.push(...emitSome(ctx, ECONOMY, r.int(2, 4)));
  const party: string[] = [];
  pushSome(party, emitOnce(ctx, newMembersSentence));
  const t = r.chance(0.5) ? emitOnce(ctx, partyTotalSentence) : null;
  if (t) party.push(t);
  const props = r.sample(PROPOSALS, r.int(2, 3)).map((p) => ctx.x(p));
  ctx.vars.props = props.join('; ');
  const proposal = ctx.t(
    '{Tại buổi làm việc, lãnh đạo $place kiến nghị tỉnh|$place đề xuất tỉnh quan tâm} $props.',
  );
  const conc: string[] = [
    ctx.t(
      'Phát biểu kết luận buổi làm việc, đồng chí $chairName, $chairShort ghi nhận, biểu dương những kết quả mà Đảng bộ, chính quyền và nhân dân $place đạt được {trong điều kiện còn nhiều khó khăn|thời gian qua}.',
    ),
  ];
  const tasks = r.sample(TASKS, r.int(3, 5)).map((x) => ctx.x(x));
  conc.push(`Đồng chí đề nghị ${ctx.vars.u} ${tasks.join('; ')}.`);
  ctx.vars.v0 = ctx.fact('hỗ trợ từ ngân sách tỉnh (tỷ đồng)', fmtInt(r.int(2, 30)));
  conc.push(
    ctx.t(
      'Về các kiến nghị của $u, Thường trực Tỉnh ủy thống nhất chủ trương hỗ trợ $v0 tỷ đồng từ nguồn ngân sách tỉnh{ để sửa chữa các công trình bị hư hỏng|}; giao UBND tỉnh chỉ đạo các sở, ngành nghiên cứu, đề xuất phương án {đầu tư|giải quyết} các kiến nghị còn lại.',
    ),
  );
  const sections: Section[] = [
    { sentences: lead, pools: [], added: 0 },
    { sentences: res, pools: econPools(ctx), added: 0 },
    { sentences: party, pools: [FILLER_PARTY], added: 0 },
    { sentences: [proposal], pools: [], added: 0 },
    { sentences: conc, pools: [], added: 0 },
  ];
  fill(sections, m);
  return { paragraphs: paragraphs(sections), imageSlots: [0, 1] };
}

function bcdBody(m: Meeting, topic: Topic): RenderedBody {
  const ctx = m.ctx;
  const r = ctx.rng;
  const date = leadDate(ctx, m.meeting);
  ctx.vars.verb =
    ctx.period.kind === 'Y'
      ? 'tổng kết'
      : ctx.period.kind === 'H1'
        ? 'sơ kết'
        : r.pick(['sơ kết', 'đánh giá']);
  ctx.vars.time = r.pick(TIMES);
  ctx.vars.date = date;
  ctx.vars.subject = topic.subject;
  const lead = [
    ctx.t(
      '$time $date, $org tổ chức hội nghị $verb $subject $P, triển khai {nhiệm vụ|phương hướng, nhiệm vụ} $Pn.',
    ),
    chairSentence(m, 'hội nghị'),
  ];
  const dep = m.others[0];
  if (dep)
    lead.push(
      `Cùng dự có đồng chí ${dep.name}, ${dep.title}, Phó Trưởng ban Thường trực Ban Chỉ đạo và các đồng chí thành viên Ban Chỉ đạo.`,
    );
  else {
    const units = ctx.unit === 'tỉnh' ? 'sở, ban, ngành' : 'phòng, ban chuyên môn';
    ctx.vars.units = units;
    lead.push(
      ctx.t('Tham dự có các thành viên Ban Chỉ đạo $u, lãnh đạo các $units và chủ tịch UBND các $xa.'),
    );
  }
  if (ctx.unit === 'tỉnh' && r.chance(0.4)) {
    ctx.vars.v0 = ctx.fact('điểm cầu trực tuyến', fmtInt(r.int(8, 18)));
    lead.push(ctx.t('Hội nghị được kết nối trực tuyến đến $v0 điểm cầu các huyện, thị xã, thành phố.'));
  }
  const res = [
    ctx.t(
      '{Theo báo cáo|Báo cáo tại hội nghị cho thấy}, $P, {$subject trên địa bàn $u đạt nhiều kết quả tích cực|các thành viên Ban Chỉ đạo đã bám sát chương trình, kế hoạch đề ra}.',
    ),
  ];
  res.push(...emitSome(ctx, topic.results, r.int(2, 4)));
  const sections: Section[] = [
    { sentences: lead, pools: [], added: 0 },
    { sentences: res, pools: [topic.fillers, FILLER_SOCIAL], added: 0 },
    { sentences: [limitationsParagraph(m, topic.limitations)], pools: [], added: 0 },
  ];
  if (r.chance(0.3)) sections.push({ sentences: [ctx.tp(DISCUSSION)], pools: [], added: 0 });
  ctx.vars.standing = ctx.t(topic.standing);
  sections.push({ sentences: conclusion(m, true, topic.tasks), pools: [], added: 0 });
  if (r.chance(0.45)) {
    const closing = r.chance(0.5)
      ? ctx.t('Dịp này, hội nghị đã thống nhất thông qua Kế hoạch hoạt động $Pn của $org.')
      : (() => {
          ctx.vars.v0 = ctx.fact('tập thể được khen thưởng', fmtInt(r.int(3, 24)));
          ctx.vars.v1 = ctx.fact('cá nhân được khen thưởng', fmtInt(r.int(5, 40)));
          return ctx.t('Dịp này, $org đã khen thưởng $v0 tập thể và $v1 cá nhân có thành tích xuất sắc.');
        })();
    sections.push({ sentences: [closing], pools: [], added: 0 });
  }
  fill(sections, m);
  return { paragraphs: paragraphs(sections), imageSlots: [0, 1] };
}

function ubndBody(m: Meeting): RenderedBody {
  const ctx = m.ctx;
  const r = ctx.rng;
  ctx.vars.time = r.pick(TIMES);
  ctx.vars.date = leadDate(ctx, m.meeting);
  const lead = [
    ctx.t(
      '$time $date, $org tổ chức hội nghị đánh giá tình hình {thực hiện nhiệm vụ |}phát triển kinh tế - xã hội $P, triển khai {nhiệm vụ|kế hoạch} $Pn.',
    ),
    chairSentence(m, 'hội nghị'),
    ctx.t(
      '{Dự hội nghị|Tham dự} có các đồng chí Phó Chủ tịch UBND $u; lãnh đạo các phòng, ban chuyên môn{, đơn vị sự nghiệp|}; chủ tịch UBND các $xa.',
    ),
  ];
  const econ = [ctx.t(r.pick(RESULTS_INTRO.slice(0, 2)))];
  const b = emitOnce(ctx, budgetSentence);
  if (b) econ.push(b);
  econ.push(...emitSome(ctx, ECONOMY, r.int(3, 5)));
  const soc = r.sample(FILLER_SOCIAL, 2).map((x) => ctx.t(x));
  const sections: Section[] = [
    { sentences: lead, pools: [], added: 0 },
    { sentences: econ, pools: econPools(ctx), added: 0 },
    { sentences: soc, pools: [FILLER_SOCIAL], added: 0 },
    { sentences: [limitationsParagraph(m)], pools: [], added: 0 },
  ];
  const conc = [
    ctx.t(
      '{Kết luận hội nghị|Phát biểu chỉ đạo}, đồng chí $chairName, $chairShort {đề nghị các phòng, ban chuyên môn và UBND các $xa|yêu cầu các cơ quan, đơn vị} tập trung khắc phục những tồn tại, hạn chế.',
    ),
  ];
  const tasks = r.sample(TASKS, r.int(3, 5)).map((x) => ctx.x(x));
  conc.push(`${ctx.t('{Trong đó|Cụ thể}')}, ${tasks.join('; ')}.`);
  if (r.chance(0.5)) conc.push(`${anniversaryTask(m)}.`);
  sections.push({ sentences: conc, pools: [], added: 0 });
  fill(sections, m);
  return { paragraphs: paragraphs(sections), imageSlots: [0, 1, 2] };
}

/** Renders the body of a meeting report of any kind. */
export function renderBody(m: Meeting, ledByChair: boolean): RenderedBody {
  const ctx = m.ctx;
  const v = ctx.vars;
  v.dl1 = dmy(addDays(m.meeting, ctx.rng.int(20, 55)));
  v.dl2 = dmy(addDays(m.meeting, ctx.rng.int(56, 95)));
  v.org = m.org;
  v.chairName = m.chair.name;
  v.chairTitle = m.chair.title;
  v.chairShort = m.chair.short;
  // Other ways of writing the same period, used inside the body only.
  v.Palt = ctx.rng.pick(periodTexts(ctx.period));
  switch (m.kind) {
    case 'working':
      return workingBody(m, ledByChair);
    case 'bcd':
      return bcdBody(m, m.topic as Topic);
    case 'ubnd':
      return ubndBody(m);
    default:
      return partyBody(m);
  }
}
