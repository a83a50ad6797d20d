/**
 * The corpus generator: allocates (organisation, period) pairs without collisions, then renders
 * each article (truth, body, page chrome) from its own random stream, so article i does not
 * depend on how articles before it were rendered.
 */
import { type MeetingKind, type Official, renderBody } from './body.ts';
import {
  attachImage,
  authorBlock,
  commentBox,
  dateLine,
  headerDateLine,
  imageName,
  type SiteInfo,
  searchBox,
  sidebar,
  siteProfile,
} from './chrome.ts';
import { Ctx } from './ctx.ts';
import { orgEnglish, unaccent } from './english.ts';
import { addDays, dayNumber, fromDayNumber, iso, parseIso, weekday, wordCount, type Ymd } from './format.ts';
import { communeName, officeHolder } from './names.ts';
import {
  makePeriod,
  meetingWindow,
  nextPeriodText,
  type Period,
  type PeriodKind,
  periodShorts,
  periodsBetween,
  periodTexts,
} from './periods.ts';
import {
  communeTier,
  DISTRICTS,
  type District,
  PROVINCES,
  type Province,
  partyCommittee,
  placeName,
} from './places.ts';
import { hex16, Rng } from './rng.ts';
import { type Subject, subjectById, THEMATIC } from './subjects.ts';
import { cap } from './template.ts';
import type { CorpusOptions, GeneratedArticle, SynthArticle, SynthTruth } from './types.ts';

interface Spec {
  index: number;
  kind: MeetingKind;
  district: District | null;
  province: Province;
  /** The subject of a steering body's meeting (null for the other kinds). */
  topic: Subject | null;
  period: Period;
  meeting: Ymd;
}

const KINDS: MeetingKind[] = [
  'party-quarter',
  'party-9m',
  'party-half',
  'party-year',
  'working',
  'bcd',
  'ubnd',
];
const KIND_WEIGHTS = [26, 12, 12, 10, 8, 20, 12];

const DEFAULT_START = '2019-01-01';
const DEFAULT_END = '2024-12-31';

/** Picks a meeting day in the period's window and the range, preferring working days. */
function meetingDay(r: Rng, p: Period, start: number, end: number): Ymd | null {
  const [ws, we] = meetingWindow(p);
  const lo = Math.max(dayNumber(ws), start);
  const hi = Math.min(dayNumber(we), end);
  if (lo > hi) return null;
  for (let i = 0; i < 6; i++) {
    const d = fromDayNumber(r.int(lo, hi));
    const wd = weekday(d);
    if (wd !== 0 && (wd !== 6 || r.chance(0.15))) return d;
  }
  return fromDayNumber(r.int(lo, hi));
}

/** Chooses what each article is about, keeping every (organisation, period) pair unique. */
function allocate(seed: string, n: number, start: Ymd, end: Ymd): Spec[] {
  const r = Rng.of(seed, 'allocate');
  const s = dayNumber(start);
  const e = dayNumber(end);
  const lists: Record<string, Period[]> = {};
  const periods = (kinds: PeriodKind[]) => {
    const key = kinds.join(',');
    lists[key] ??= periodsBetween(start, end, kinds);
    return lists[key];
  };
  const taken = new Set<string>();
  const specs: Spec[] = [];
  for (let index = 0; index < n; index++) {
    let spec: Spec | null = null;
    for (let attempt = 0; attempt < 400 && !spec; attempt++) {
      const kind = r.weighted(KINDS, KIND_WEIGHTS);
      const pk: PeriodKind[] =
        kind === 'party-quarter'
          ? ['Q']
          : kind === 'party-9m'
            ? ['9M']
            : kind === 'party-half'
              ? ['H1']
              : kind === 'party-year'
                ? ['Y']
                : kind === 'working'
                  ? ['Q', 'H1', '9M']
                  : ['Q', 'H1', '9M', 'Y', 'H1', '9M', 'Y'];
      let list = periods([...new Set(pk)]);
      if (kind === 'working') list = list.filter((p) => !(p.kind === 'Q' && p.q === 4));
      if (kind === 'party-quarter' && r.chance(0.8)) list = list.filter((p) => p.q !== 4);
      if (list.length === 0) continue;
      const period = kind === 'bcd' || kind === 'ubnd' ? pickBiased(r, list) : r.pick(list);
      const provinceLevel = kind === 'bcd' && r.chance(0.35);
      const district = provinceLevel ? null : r.pick(DISTRICTS);
      const province = district ? district.province : r.pick(PROVINCES);
      const topic: Subject | null = kind === 'bcd' ? r.pick(THEMATIC) : null;
      const placeId = district ? district.id : `province:${province.name}`;
      const keys =
        kind === 'working'
          ? [`party|${placeId}|${period.code}`, `tttu|${province.name}|${period.code}`]
          : kind === 'bcd'
            ? [`bcd|${topic?.id}|${placeId}|${period.code}`]
            : kind === 'ubnd'
              ? [`ubnd|${placeId}|${period.code}`]
              : [`party|${placeId}|${period.code}`];
      if (keys.some((k) => taken.has(k))) continue;
      const meeting = meetingDay(r, period, s, e);
      if (!meeting) continue;
      for (const k of keys) taken.add(k);
      spec = { index, kind, district, province, topic, period, meeting };
    }
    if (!spec) {
      throw new Error(
        `synth: could not place article ${index}: the (organisation, period) pairs in ${iso(start)}…${iso(end)} are nearly all taken; widen startDate/endDate or ask for fewer articles`,
      );
    }
    specs.push(spec);
  }
  return specs;
}

/** Steering committees and UBND meet mostly about halves, nine months and years. */
function pickBiased(r: Rng, list: Period[]): Period {
  const preferred = list.filter((p) => p.kind !== 'Q');
  return preferred.length > 0 && r.chance(0.8) ? r.pick(preferred) : r.pick(list);
}

// ---- officials -------------------------------------------------------------------------------------------

type Role = 'bt' | 'pbt' | 'ct' | 'pct' | 'phdnd' | 'tbdv' | 'tbtg' | 'mttq';

interface Level {
  id: string;
  region: Province['region'];
  district: District | null;
}

function titles(level: Level, role: Role): { full: string[]; short: string } {
  const d = level.district;
  if (!d) {
    switch (role) {
      case 'bt':
        return {
          full: ['Bí thư Tỉnh ủy', 'Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy'],
          short: 'Bí thư Tỉnh ủy',
        };
      case 'pbt':
        return { full: ['Phó Bí thư Thường trực Tỉnh ủy'], short: 'Phó Bí thư Thường trực Tỉnh ủy' };
      case 'ct':
        return {
          full: ['Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh'],
          short: 'Chủ tịch UBND tỉnh',
        };
      case 'pct':
        return { full: ['Phó Chủ tịch UBND tỉnh'], short: 'Phó Chủ tịch UBND tỉnh' };
      case 'phdnd':
        return { full: ['Phó Chủ tịch HĐND tỉnh'], short: 'Phó Chủ tịch HĐND tỉnh' };
      case 'tbdv':
        return { full: ['Trưởng Ban Dân vận Tỉnh ủy'], short: 'Trưởng Ban Dân vận Tỉnh ủy' };
      case 'tbtg':
        return {
          full: ['Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy', 'Trưởng Ban Tuyên giáo Tỉnh ủy'],
          short: 'Trưởng Ban Tuyên giáo Tỉnh ủy',
        };
      default:
        return { full: ['Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'], short: 'Chủ tịch Ủy ban MTTQ tỉnh' };
    }
  }
  const C = partyCommittee(d);
  const u = d.kind;
  switch (role) {
    case 'bt':
      return {
        full:
          d.kind === 'thành phố'
            ? [`Bí thư ${C}`, `Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư ${C}`, `Tỉnh ủy viên, Bí thư ${C}`]
            : [`Bí thư ${C}`, `Tỉnh ủy viên, Bí thư ${C}`, `Bí thư ${C}`],
        short: `Bí thư ${C}`,
      };
    case 'pbt':
      return { full: [`Phó Bí thư Thường trực ${C}`], short: `Phó Bí thư Thường trực ${C}` };
    case 'ct':
      return {
        full: [`Phó Bí thư ${C}, Chủ tịch UBND ${u}`, `Chủ tịch UBND ${u}`],
        short: `Chủ tịch UBND ${u}`,
      };
    case 'pct':
      return { full: [`Phó Chủ tịch UBND ${u}`], short: `Phó Chủ tịch UBND ${u}` };
    case 'phdnd':
      return { full: [`Phó Chủ tịch HĐND ${u}`], short: `Phó Chủ tịch HĐND ${u}` };
    case 'tbdv':
      return { full: [`Trưởng Ban Dân vận ${C}`], short: `Trưởng Ban Dân vận ${C}` };
    case 'tbtg':
      return { full: [`Trưởng Ban Tuyên giáo ${C}`], short: `Trưởng Ban Tuyên giáo ${C}` };
    default:
      return { full: [`Chủ tịch Ủy ban MTTQ ${u}`], short: `Chủ tịch Ủy ban MTTQ ${u}` };
  }
}

const UNIT_EN: Record<string, string> = {
  huyện: 'district',
  'thị xã': 'town',
  'thành phố': 'city',
  tỉnh: 'province',
};

class Officials {
  private readonly names = new Set<string>();
  constructor(
    private readonly seed: string,
    private readonly month: number,
    private readonly r: Rng,
  ) {}

  /** The holder of a post at the meeting month, with a title variant; names are distinct per article. */
  get(level: Level, role: Role, suffix = ''): Official {
    let name = officeHolder(this.seed, `${level.id}/${role}`, level.region, this.month);
    for (let k = 2; this.names.has(name); k++) {
      name = officeHolder(this.seed, `${level.id}/${role}#${k}`, level.region, this.month);
    }
    this.names.add(name);
    const t = titles(level, role);
    return { name, title: this.r.pick(t.full) + suffix, short: t.short };
  }

  /** A holder of a post outside the fixed roles (a head of office), with the title given. */
  named(level: Level, post: string, title: string): Official {
    let name = officeHolder(this.seed, `${level.id}/${post}`, level.region, this.month);
    for (let k = 2; this.names.has(name); k++) {
      name = officeHolder(this.seed, `${level.id}/${post}#${k}`, level.region, this.month);
    }
    this.names.add(name);
    return { name, title, short: title };
  }
}

// ---- titles ------------------------------------------------------------------------------------------------

function articleTitle(r: Rng, spec: Spec, org: string, P: string, C: string, place: string): string {
  const name = spec.district?.name ?? spec.province.name;
  const u = spec.district?.kind ?? 'tỉnh';
  switch (spec.kind) {
    case 'party-quarter':
    case 'party-9m':
      return r.pick([
        `${C} ${name} giao ban ${P}`,
        `${name}: Kiểm điểm kết quả công tác ${P}`,
        `${org} đánh giá kết quả lãnh đạo ${P}`,
        `Giao ban ${P} của ${org}`,
        `${org} họp giao ban, bàn nhiệm vụ sau ${P}`,
      ]);
    case 'party-half':
      return r.pick([
        `${name}: Ban Chấp hành Đảng bộ ${u} sơ kết ${P}`,
        `${org} sơ kết ${P}`,
        `Đảng bộ ${place} sơ kết nhiệm vụ ${P}`,
      ]);
    case 'party-year':
      return r.pick([
        `${name}: Ban Chấp hành Đảng bộ ${u} tổng kết ${P}`,
        `${org} tổng kết ${P}`,
        `Đảng bộ ${place} tổng kết nhiệm vụ ${P}`,
      ]);
    case 'working':
      return r.pick([
        `Thường trực Tỉnh ủy làm việc với ${C} ${name}`,
        `Lãnh đạo tỉnh ${spec.province.name} làm việc tại ${place}`,
        `Đoàn công tác Thường trực Tỉnh ủy về ${place}`,
      ]);
    case 'bcd': {
      const field = spec.topic?.field ?? '';
      return r.pick([
        `${org} đánh giá kết quả ${P}`,
        `${cap(field)}: ${place} rà soát kết quả ${P}`,
        `${org} họp về công tác ${field} ${P}`,
      ]);
    }
    default:
      return r.pick([
        `${org} họp đánh giá kinh tế - xã hội ${P}`,
        `${name}: Phiên họp UBND ${u} ${P}`,
        `UBND ${u} ${name} kiểm điểm tình hình ${P}`,
      ]);
  }
}

// ---- rendering ---------------------------------------------------------------------------------------------

function render(seed: string, spec: Spec): GeneratedArticle {
  const r = Rng.of(seed, 'article', spec.index);
  const d = spec.district;
  const prov = spec.province;
  const month = (spec.meeting.y - 2015) * 12 + spec.meeting.m - 1;
  const people = new Officials(seed, month, r);
  const provLevel: Level = { id: `province:${prov.name}`, region: prov.region, district: null };
  const local: Level = d ? { id: d.id, region: prov.region, district: d } : provLevel;
  const place = d ? placeName(d) : `tỉnh ${prov.name}`;
  const C = d ? partyCommittee(d) : 'Tỉnh ủy';
  const u = d ? d.kind : 'tỉnh';
  const period = spec.period;
  const P = r.weighted(periodTexts(period), [3, 2]);
  const vars: Record<string, string> = {
    C,
    u,
    name: d?.name ?? prov.name,
    place,
    prov: prov.name,
    xa: d ? communeTier(d) : 'huyện, thị xã, thành phố',
    db: `Đảng bộ ${u}`,
    cm1: communeName(r),
    cm2: communeName(r),
    cm3: communeName(r),
    y: String(period.year),
    y1: String(period.year + 1),
    yTask: String(
      spec.meeting.m === 12 || (period.kind === 'Y' && spec.meeting.m === 1)
        ? period.year + 1
        : spec.meeting.y,
    ),
    P,
    Pcap: P,
    Pn: nextPeriodText(period),
    Ps: r.pick(periodShorts(period)),
    org: '',
    standing: '',
  };
  const ctx = new Ctx(r, seed, vars, local.id, prov.region, prov.name, period, d ? d.kind : 'tỉnh');

  let org: string;
  let chair: Official;
  let coChair: Official | null = null;
  const others: Official[] = [];
  let subjects: Subject[];
  const themes = (n: number) => r.sample(THEMATIC, n);
  switch (spec.kind) {
    case 'working': {
      org = `Thường trực Tỉnh ủy ${prov.name}`;
      chair = people.get(provLevel, r.chance(0.55) ? 'pbt' : 'bt');
      if (r.chance(0.12)) coChair = people.get(provLevel, chair.short.startsWith('Bí thư') ? 'pbt' : 'bt');
      others.push(people.get(local, 'bt'), people.get(local, 'ct'));
      subjects = [subjectById('xay-dung-dang'), ...themes(2)];
      break;
    }
    case 'bcd': {
      const topic = spec.topic as Subject;
      org = `${topic.committee} ${place}`;
      chair = people.get(local, topic.chairRole, r.pick([', Trưởng ban', ', Chủ tịch Hội đồng', '']));
      others.push(people.get(local, topic.chairRole === 'pct' ? 'ct' : 'pct'));
      if (r.chance(0.5)) others.push(people.get(local, 'mttq'));
      subjects = [topic];
      break;
    }
    case 'ubnd': {
      org = `UBND ${place}`;
      chair = people.get(local, r.chance(0.85) ? 'ct' : 'pct');
      others.push(people.get(local, 'phdnd'));
      if (r.chance(0.5)) others.push(people.get(local, 'mttq'));
      subjects = themes(3);
      break;
    }
    default: {
      const dd = d as District;
      const bodyName = dd.name;
      org =
        spec.kind === 'party-half' || spec.kind === 'party-year'
          ? r.chance(0.7)
            ? `Ban Chấp hành Đảng bộ ${place}`
            : `${C} ${bodyName}`
          : r.weighted(
              [`${C} ${bodyName}`, `Ban Thường vụ ${C} ${bodyName}`, `Thường trực ${C} ${bodyName}`],
              [55, 35, 10],
            );
      const big = spec.kind === 'party-half' || spec.kind === 'party-year';
      chair = people.get(local, r.chance(big ? 0.88 : 0.6) ? 'bt' : 'pbt');
      if (r.chance(big ? 0.08 : 0.15)) {
        coChair = people.get(
          local,
          chair.short.startsWith('Bí thư') ? r.pick(['pbt', 'ct'] as Role[]) : 'ct',
        );
      }
      for (const role of r.sample(['pbt', 'ct', 'pct', 'tbdv'] as Role[], r.int(1, 2))) {
        if (chair.short.includes(titles(local, role).short) || coChair?.short === titles(local, role).short)
          continue;
        others.push(people.get(local, role));
      }
      subjects = [
        subjectById('xay-dung-dang'),
        ...(r.chance(0.5) ? [subjectById('kiem-tra')] : []),
        ...themes(r.int(1, 2)),
      ];
    }
  }
  vars.org = org;
  // The presenter belongs to the main subject's office; provinces have departments (Sở), not offices.
  const main = subjects[0] as Subject;
  let presenterTitle = ctx.x(r.pick(main.presenters));
  if (!d) presenterTitle = presenterTitle.replace(/^Trưởng phòng (.+) tỉnh$/, 'Giám đốc Sở $1');
  const presenter = people.named(local, `presenter/${main.id}`, presenterTitle);
  // The concluding speech: usually the chair, sometimes the co-chair or a visiting provincial leader.
  const concluder: Official =
    coChair && r.chance(0.5)
      ? coChair
      : r.chance(0.7) || !d
        ? chair
        : people.get(provLevel, r.pick(['pbt', 'pct'] as Role[]));
  const attendees = others.filter((o) => o !== concluder).slice(0, 2);

  const body = renderBody({
    kind: spec.kind,
    ctx,
    org,
    chair,
    coChair,
    presenter,
    concluder,
    attendees,
    meeting: spec.meeting,
    subjects,
    target: r.int(352, 760),
  });
  const records = body.records;

  // ---- site and chrome ----
  const districtLevel = d !== null && spec.kind !== 'working';
  const siteKind: SiteInfo['kind'] = districtLevel
    ? r.weighted(['portal', 'newspaper', 'party'], [80, 12, 8])
    : d && r.chance(0.15)
      ? 'portal'
      : r.weighted(['party', 'newspaper'], [55, 45]);
  const site: SiteInfo =
    siteKind === 'portal' && d
      ? { id: d.id, place, province: prov.name, district: true, kind: 'portal' }
      : siteKind === 'portal'
        ? {
            id: provLevel.id,
            place: `tỉnh ${prov.name}`,
            province: prov.name,
            district: false,
            kind: 'portal',
          }
        : {
            id: provLevel.id,
            place: `tỉnh ${prov.name}`,
            province: prov.name,
            district: false,
            kind: siteKind,
          };
  const profile = siteProfile(seed, site, site.district ? u : 'tỉnh', site.district ? C : 'Tỉnh ủy');
  const published = addDays(spec.meeting, r.weighted([0, 1, 2, 3], [20, 60, 15, 5]));
  const author = r.pick(profile.reporters);
  const title = articleTitle(r, spec, org, r.pick(periodTexts(period)), C, place);

  // Images glued to paragraphs.
  const paragraphs = body.paragraphs.slice();
  const imageCount = r.weighted([0, 1, 2], [3, 6, 1]);
  const slots = r
    .sample(
      body.imageSlots.filter((i) => i < paragraphs.length - 1),
      imageCount,
    )
    .sort((a, b) => b - a);
  const bodyLines: string[][] = paragraphs.map((p) => [p]);
  let bodyWords = paragraphs.reduce((n, p) => n + wordCount(p), 0);
  for (const slot of slots) {
    const file = imageName(r, spec.meeting, [
      spec.kind === 'working' ? 'lam viec' : 'hoi nghi',
      vars.name as string,
      P,
    ]);
    const what = spec.kind === 'working' ? 'buổi làm việc' : 'hội nghị';
    const caption = r.pick([
      `Quang cảnh ${what}.`,
      `Quang cảnh ${what}`,
      `Toàn cảnh ${what}`,
      `Đồng chí ${concluder.name} phát biểu kết luận ${what}`,
      `${cap(what)} nhìn từ cuối hội trường.`,
      'Đại biểu giơ tay biểu quyết.',
      `Quang cảnh ${what}.(Ảnh: ${author})`,
      `Các đại biểu dự ${what}.`,
    ]);
    // The body stays within 800 words, captions included.
    if (bodyWords + wordCount(`${file} ${caption}`) > 800) continue;
    bodyLines[slot] = attachImage(bodyLines[slot]?.[0] as string, file, caption, r);
    bodyWords = bodyLines.reduce((n, lines) => n + lines.reduce((k, l) => k + wordCount(l), 0), 0);
  }
  const flatParagraphs = bodyLines.flat();

  // Header, with a page-header (crawl) date in some pages.
  const header = profile.headerLines.slice();
  let headerDate: string | null = null;
  if (r.chance(0.25)) {
    headerDate = headerDateLine(profile.headerDateStyle, addDays(published, r.int(3, 520)), r);
    header.splice(site.kind === 'newspaper' ? 0 : Math.min(1, header.length), 0, headerDate);
  }
  const date = dateLine(profile.dateStyle, published, r);

  const ab = authorBlock(
    profile.authorStyle,
    author,
    r,
    site.district ? u : 'tỉnh',
    site.district ? C : 'Tỉnh ủy',
  );
  const box = commentBox(profile.commentStyle, ab.gluedComment);
  const footer: string[] = [];
  if (ab.gluedComment) {
    footer.push(`${ab.line}${box[0]}`, ...box.slice(1));
  } else {
    footer.push(ab.line);
    if (profile.tools) footer.push(profile.tools);
    footer.push(...box);
  }
  footer.push(...searchBox(profile.search));

  const factValues = ctx.facts.map((f) => f.value).filter((v) => /^\d{1,3}(\.\d{3})+$/.test(v));
  const sidebarPeople = {
    officials: [
      people.get(local, 'pct'),
      ...r.sample(['phdnd', 'tbdv', 'mttq'] as Role[], 2).map((role) => people.get(local, role)),
    ].map((o) => ({ name: o.name, title: o.short })),
    provincial: (() => {
      const o = people.get(provLevel, 'pbt');
      return { name: o.name, title: o.short };
    })(),
  };
  const side = sidebar(profile, r, {
    name: vars.name as string,
    unit: u,
    around: headerDate && r.chance(0.5) ? addDays(published, r.int(30, 300)) : published,
    people: sidebarPeople,
    reuse: factValues,
  });

  // Assemble the page.
  const b = profile.bullets;
  const bullet = (s: string) => (b ? `  • ${s}` : s);
  const blocks: string[] = [];
  blocks.push(header.map((h, i) => (b && i > 0 ? bullet(h) : h)).join('\n'));
  blocks.push(bullet(title));
  blocks.push(bullet(date));
  const bodyText = bodyLines
    .map((lines, i) => {
      if (!b) return lines.join('\n');
      const [first, ...rest] = lines;
      const lead = i < 2 ? `  • ${first}` : `    ${first}`;
      return [lead, ...rest].join('\n');
    })
    .join(profile.sep);
  blocks.push(bodyText);
  blocks.push([b ? bullet(footer[0] as string) : footer[0], ...footer.slice(1)].join('\n'));
  blocks.push(side.join('\n'));
  const text = `${blocks.join(profile.sep === '\n' ? '\n' : '\n\n')}\n`;

  const truth: SynthTruth = {
    title,
    published: iso(published),
    meetingDate: iso(spec.meeting),
    meetingDateWritten: records.dateWritten,
    period: period.code,
    periodText: P,
    place,
    province: prov.name,
    organisation: org,
    chair: { name: chair.name, title: chair.title },
    author,
    facts: ctx.facts.slice(),
    kind: spec.kind,
    orgEn: orgEnglish(spec.kind, org, {
      name: d?.name ?? prov.name,
      unit: u,
      province: prov.name,
      committeeEn: spec.topic?.committeeEn,
    }),
    placeEn: `${unaccent(d?.name ?? prov.name)} ${UNIT_EN[u]}`,
    field: main.field,
    fieldEn: main.fieldEn,
    coChair: coChair ? { name: coChair.name, title: coChair.title } : null,
    presenter: { name: presenter.name, title: presenter.title },
    concluder: { name: concluder.name, title: concluder.title },
    attendees: records.attendees.map((o) => ({ name: o.name, title: o.title })),
    venue: records.venue,
    limitations: records.limitations,
    tasks: records.tasks,
    decisions: records.decisions,
    deadline: records.deadline,
  };
  const fileName = `${String(spec.index).padStart(6, '0')}_${hex16(seed, 'file', spec.index)}.txt`;
  return {
    fileName,
    text,
    truth,
    parts: {
      header,
      headerDate,
      title,
      dateLine: date,
      paragraphs: flatParagraphs,
      bodyWords,
      footer,
      sidebar: side,
    },
  };
}

function resolve(opts: CorpusOptions): { seed: string; n: number; start: Ymd; end: Ymd } {
  const n = opts.articles;
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`synth: articles must be a whole number ≥ 0, got ${String(n)}`);
  }
  if (opts.seed === undefined || opts.seed === null || String(opts.seed) === '') {
    throw new Error('synth: seed is required; pass a number or a string');
  }
  const start = parseIso(opts.startDate ?? DEFAULT_START);
  const end = parseIso(opts.endDate ?? DEFAULT_END);
  if (dayNumber(start) > dayNumber(end)) {
    throw new Error(`synth: startDate ${iso(start)} is after endDate ${iso(end)}; swap them`);
  }
  return { seed: String(opts.seed), n, start, end };
}

/** Like {@link generateCorpus}, but each article also carries the parts its text was built from. */
export function generateArticles(opts: CorpusOptions): GeneratedArticle[] {
  const { seed, n, start, end } = resolve(opts);
  return allocate(seed, n, start, end).map((spec) => render(seed, spec));
}

/**
 * Generates `articles` synthetic meeting reports in raw scraped style, with their truth.
 * Same options ⇒ byte-identical output. Dates default to 2019-01-01 … 2024-12-31 (meeting dates;
 * posting dates may fall up to 3 days after endDate). Every (organisation, period) pair, and every
 * Party committee's period, occurs at most once.
 */
export function generateCorpus(opts: CorpusOptions): SynthArticle[] {
  return generateArticles(opts).map(({ fileName, text, truth }) => ({ fileName, text, truth }));
}

/** Internal helper re-exported for tests: the canonical period for a code like `2021-Q1`. */
export function periodFromCode(code: string): Period {
  const m = /^(\d{4})(?:-(Q[1-4]|H1|9M))?$/.exec(code);
  if (!m) throw new Error(`synth: bad period code '${code}'; use 2021-Q1, 2022-H1, 2023-9M or 2020`);
  const y = Number(m[1]);
  const tail = m[2];
  if (!tail) return makePeriod('Y', y);
  if (tail === 'H1') return makePeriod('H1', y);
  if (tail === '9M') return makePeriod('9M', y);
  return makePeriod('Q', y, Number(tail.slice(1)));
}
