/**
 * Questions about a generated corpus, with the strings a correct answer must contain. Every
 * question names its meeting by organisation and period, which the generator keeps unique, so each
 * has one gold article (lists name every gold article). Each kind is asked in paraphrased templates
 * in three ways: formal Vietnamese, chat style without diacritics and with abbreviations, and
 * English with unaccented names.
 */
import { fold } from '../text/normalize.ts';
import { periodEnglish, unaccent } from './english.ts';
import { Rng } from './rng.ts';
import { cap, expand } from './template.ts';
import type { Fact, SynthArticle } from './types.ts';

/** What a question asks for. */
export type QuestionType =
  | 'who'
  | 'presenter'
  | 'concluder'
  | 'attendee'
  | 'when'
  | 'venue'
  | 'deadline'
  | 'total'
  | 'new'
  | 'rate'
  | 'target'
  | 'limitation'
  | 'task'
  | 'decision'
  | 'list'
  | 'latest'
  | 'yesno';

/** `vi`: formal Vietnamese; `vi-plain`: chat style without diacritics; `en`: English. */
export type QuestionLang = 'vi' | 'vi-plain' | 'en';

export interface SynthQuestion {
  /** `s0001`, in generation order. */
  id: string;
  q: string;
  type: QuestionType;
  lang: QuestionLang;
  /** File stem of the (first) gold article (`000042_1a2b…`). */
  docId: string;
  /** Every gold article (several for list questions). */
  docs: string[];
  /** Strings as the gold articles write them; a correct answer states each (in any written form). */
  expect: string[];
  /**
   * Groups of accepted alternatives, the format of `../shared/eval/questions.jsonl`: an answer is
   * correct when it contains one alternative of every group. Each `expect` string gives a group
   * (with its unaccented form); yes/no questions add the verdict group (`Đúng`/`Yes` or
   * `Không`/`No`). Dates and numbers in other written forms are accepted by the scorer.
   */
  must: string[][];
}

export interface QuestionOptions {
  /** How many questions (fewer when the corpus cannot support that many distinct ones). */
  count: number;
  seed: number | string;
}

function stem(a: SynthArticle): string {
  return a.fileName.replace(/\.txt$/, '');
}

/** The meeting date as the article body writes it (the lead may omit the year). */
function writtenDate(a: SynthArticle): string {
  return a.truth.meetingDateWritten;
}

// ---- how questions name a meeting ------------------------------------------------------------------

const NOUN_VI: Record<string, string> = {
  'party-quarter': 'giao ban',
  'party-9m': 'giao ban',
  'party-half': 'sơ kết',
  'party-year': 'tổng kết',
};
const NOUN_EN: Record<string, string> = {
  'party-quarter': 'briefing',
  'party-9m': 'briefing',
  'party-half': 'mid-year review',
  'party-year': 'year-end review',
};

/** What a steering body's meeting about a period is called: year-end review, mid-year review, review. */
const BCD_VERB: Record<string, string> = { Y: 'tổng kết', H1: 'sơ kết' };

/** The meeting in Vietnamese, naming organisation and period. */
function meetingVi(a: SynthArticle, r: Rng): string {
  const t = a.truth;
  const P = t.periodText;
  switch (t.kind) {
    case 'working':
      return `buổi làm việc của ${t.organisation} với ${t.place} về nhiệm vụ ${P}`;
    case 'bcd': {
      const verb = BCD_VERB[t.period.length === 4 ? 'Y' : (t.period.split('-')[1] as string)] ?? 'đánh giá';
      return r.pick([
        `hội nghị ${verb} ${P} của ${t.organisation}`,
        `cuộc họp ${verb} ${P} của ${t.organisation}`,
      ]);
    }
    case 'ubnd':
      return `phiên họp đánh giá kinh tế - xã hội ${P} của ${t.organisation}`;
    default:
      return r.pick([
        `hội nghị ${NOUN_VI[t.kind]} ${P} của ${t.organisation}`,
        `cuộc họp ${NOUN_VI[t.kind]} ${P} của ${t.organisation}`,
      ]);
  }
}

/** The meeting in English with unaccented names. */
function meetingEn(a: SynthArticle): string {
  const t = a.truth;
  const P = periodEnglish(t.period);
  switch (t.kind) {
    case 'working':
      return `the working session of ${t.orgEn} with ${t.placeEn} on ${P}`;
    case 'bcd':
      return `the ${t.period.length === 4 ? 'year-end review' : 'review meeting'} of ${t.orgEn} for ${P}`;
    case 'ubnd':
      return `the socio-economic review meeting of ${t.orgEn} for ${P}`;
    default:
      return `the ${NOUN_EN[t.kind]} of ${t.orgEn} for ${P}`;
  }
}

// ---- chat style ------------------------------------------------------------------------------------

const ROMAN_Q: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };

/** Abbreviations chat users type, applied to folded text (whole words only). */
const CHAT: [RegExp, string][] = [
  [/\bbao nhieu\b/g, 'bn'],
  [/\bdong chi\b/g, 'dc'],
  [/\bduoc\b/g, 'dc'],
  [/\bkhong\b/g, 'ko'],
  [/\bthanh pho\b/g, 'tp'],
  [/\bthi xa\b/g, 'tx'],
];

/** Formal Vietnamese → chat style: no diacritics, lower case, `bn`, `dc`, `ko`, `q1`, `tp`, `tx`. */
export function chatStyle(q: string): string {
  let out = fold(q).replace(/\bquy (iv|iii|ii|i)\b/g, (_, n: string) => `q${ROMAN_Q[n]}`);
  for (const [re, abbr] of CHAT) out = out.replace(re, abbr);
  return out.replace(/\?$/, '');
}

// ---- templates -------------------------------------------------------------------------------------

interface Templates {
  vi: string[];
  en: string[];
}

/** `$M` is the meeting; `$X` a person; `$S` a figure's subject; `$T` a task. */
const TEMPLATES: Record<Exclude<QuestionType, 'list' | 'latest'>, Templates> = {
  who: {
    vi: [
      'Ai chủ trì $M?',
      '$M do ai chủ trì?',
      'Người chủ trì $M là ai?',
      'Cho hỏi $M thì đồng chí nào chủ trì?',
    ],
    en: ['Who chaired $M?', 'Who presided over $M?'],
  },
  presenter: {
    vi: [
      'Ai trình bày báo cáo tại $M?',
      'Tại $M, báo cáo do đồng chí nào trình bày?',
      'Người báo cáo kết quả ở $M là ai?',
    ],
    en: ['Who presented the report at $M?', 'At $M, who delivered the report?'],
  },
  concluder: {
    vi: ['Ai phát biểu kết luận $M?', 'Tại $M, đồng chí nào kết luận?', 'Ai là người kết luận $M?'],
    en: ['Who gave the concluding remarks at $M?', 'Who concluded $M?'],
  },
  attendee: {
    vi: ['Những ai dự $M?', 'Có những đồng chí nào tham dự $M?'],
    en: ['Who attended $M?', 'Which officials took part in $M?'],
  },
  when: {
    vi: ['$M diễn ra ngày nào?', '$M được tổ chức vào ngày nào?', 'Ngày nào diễn ra $M?'],
    en: ['When was $M held?', 'On what date did $M take place?'],
  },
  venue: {
    vi: ['$M được tổ chức ở đâu?', '$M diễn ra tại đâu?'],
    en: ['Where was $M held?', 'What was the venue of $M?'],
  },
  deadline: {
    vi: ['Tại $M, hạn chót để $T là ngày nào?', 'Theo $M, việc $T phải xong trước ngày nào?'],
    en: ['What deadline was set at $M?', 'By what date must the task set at $M be finished?'],
  },
  total: {
    vi: ['Theo báo cáo tại $M, tổng số $S là bao nhiêu?', 'Tổng $S nêu tại $M là bao nhiêu $U?'],
    en: ['According to $M, what is the total of $S?', 'What total of $S was reported at $M?'],
  },
  new: {
    vi: ['Theo $M, trong kỳ có bao nhiêu $S?', 'Số $S trong kỳ được nêu tại $M là bao nhiêu $U?'],
    en: [
      'According to $M, how much was $S during the period?',
      'What figure for $S in the period was given at $M?',
    ],
  },
  rate: {
    vi: ['Theo $M, $S đạt bao nhiêu phần trăm?', '$S nêu tại $M là bao nhiêu?'],
    en: ['What was the $S according to $M?', 'What percentage was reported for $S at $M?'],
  },
  target: {
    vi: ['Theo $M, $S là bao nhiêu?', '$M nêu mục tiêu nào về $S?'],
    en: ['What was the $S stated at $M?', 'According to $M, what is the $S?'],
  },
  limitation: {
    vi: ['$M chỉ ra những hạn chế nào?', 'Theo $M, còn những hạn chế, tồn tại gì?'],
    en: ['What shortcomings were identified at $M?', 'What limitations did $M point out?'],
  },
  task: {
    vi: ['$M đề ra những nhiệm vụ gì cho thời gian tới?', 'Nhiệm vụ thời gian tới theo $M là gì?'],
    en: ['What tasks were set at $M for the next period?'],
  },
  decision: {
    vi: ['$M đã thông qua nội dung gì?', 'Tại $M, các đại biểu biểu quyết thông qua văn bản nào?'],
    en: ['What did $M adopt?', 'What was approved at $M?'],
  },
  yesno: {
    vi: ['Có phải $X chủ trì $M không?', '$X có phải là người chủ trì $M không?'],
    en: ['Did $X chair $M?', 'Was $M chaired by $X?'],
  },
};

/** The first few words of a clause: enough to identify it, short enough to survive a summary. */
function head(clause: string, words = 6): string {
  return clause.split(' ').slice(0, words).join(' ');
}

// ---- building questions ----------------------------------------------------------------------------

interface Draft {
  type: QuestionType;
  articles: SynthArticle[];
  expect: string[];
  /** Renders the question in a language. */
  render: (lang: QuestionLang, r: Rng) => string;
  verdict?: 'yes' | 'no';
}

/** A question about one meeting from the templates of `type`. */
function about(
  type: Exclude<QuestionType, 'list' | 'latest'>,
  a: SynthArticle,
  expect: string[],
  vars: { vi?: Record<string, string>; en?: Record<string, string> } = {},
): Draft {
  return {
    type,
    articles: [a],
    expect,
    render: (lang, r) => {
      const en = lang === 'en';
      const tpl = r.pick(en ? TEMPLATES[type].en : TEMPLATES[type].vi);
      const M = en ? meetingEn(a) : meetingVi(a, r);
      const q = cap(expand(tpl, { M, ...(en ? vars.en : vars.vi) }, r));
      return lang === 'vi-plain' ? chatStyle(q) : q;
    },
  };
}

function unitWord(f: Fact): string {
  return f.unit === '%' ? 'phần trăm' : f.unit;
}

/** Drafts about one article: roles, dates, venue, figures, sections, yes/no. */
function draftsOf(a: SynthArticle, others: readonly SynthArticle[], r: Rng): Draft[] {
  const t = a.truth;
  const out: Draft[] = [about('who', a, [t.chair.name, ...(t.coChair ? [t.coChair.name] : [])])];
  out.push(about('presenter', a, [t.presenter.name]));
  out.push(about('concluder', a, [t.concluder.name]));
  if (t.attendees.length > 0)
    out.push(
      about(
        'attendee',
        a,
        t.attendees.map((p) => p.name),
      ),
    );
  out.push(about('when', a, [writtenDate(a)]));
  if (t.venue) out.push(about('venue', a, [t.venue]));
  out.push(
    about('deadline', a, [t.deadline.written], {
      vi: { T: t.deadline.task },
      en: { T: unaccent(t.deadline.task) },
    }),
  );
  for (const f of t.facts) {
    // Single digits are too easy to match by accident; only figures of two or more digits are asked.
    if (!/\d\D*\d/.test(f.value)) continue;
    out.push(about(f.kind, a, [f.value], { vi: { S: f.label, U: unitWord(f) }, en: { S: f.subjectEn } }));
  }
  if (t.limitations[0]) out.push(about('limitation', a, [head(t.limitations[0])]));
  if (t.tasks[0]) out.push(about('task', a, [head(t.tasks[0])]));
  if (t.decisions[0]) out.push(about('decision', a, [t.decisions[0]]));
  // Yes/no: the true chair, or someone else named in the same article or in another one.
  const wrong = r.chance(0.5) ? t.presenter.name : r.pick(others).truth.chair.name;
  const claimed = r.chance(0.5) && wrong !== t.chair.name && wrong !== t.coChair?.name ? wrong : t.chair.name;
  const yes = claimed === t.chair.name;
  const draft = about('yesno', a, [t.chair.name], {
    vi: { X: `đồng chí ${claimed}` },
    en: { X: unaccent(claimed) },
  });
  draft.verdict = yes ? 'yes' : 'no';
  out.push(draft);
  return out;
}

/** Which districts of a province held a briefing in a period (two to five of them). */
function listDrafts(articles: readonly SynthArticle[]): Draft[] {
  const groups = new Map<string, SynthArticle[]>();
  for (const a of articles) {
    if (a.truth.kind !== 'party-quarter' && a.truth.kind !== 'party-9m') continue;
    const key = `${a.truth.province}|${a.truth.period}`;
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  const out: Draft[] = [];
  for (const group of groups.values()) {
    if (group.length < 2 || group.length > 5) continue;
    const first = group[0] as SynthArticle;
    const prov = first.truth.province;
    const P = first.truth.periodText;
    const Pen = periodEnglish(first.truth.period);
    out.push({
      type: 'list',
      articles: group,
      expect: group.map((a) => a.truth.place.replace(/^(huyện|thị xã|thành phố) /, '')),
      render: (lang, r) => {
        if (lang === 'en')
          return r.pick([
            `Which districts and towns of ${unaccent(prov)} province held a ${Pen} Party briefing?`,
            `List the local Party committees in ${unaccent(prov)} that reviewed ${Pen} at a briefing.`,
          ]);
        const q = r.pick([
          `Những địa phương nào của tỉnh ${prov} tổ chức giao ban ${P}?`,
          `Ở tỉnh ${prov}, huyện ủy, thị ủy, thành ủy nào giao ban ${P}?`,
        ]);
        return lang === 'vi-plain' ? chatStyle(q) : q;
      },
    });
  }
  return out;
}

function isParty(a: SynthArticle): boolean {
  return a.truth.kind.startsWith('party');
}

/** The Party committee of a district: `huyện Bảo Yên` → `Huyện ủy Bảo Yên`. */
function committeeOf(a: SynthArticle): string {
  const m = /^(huyện|thị xã|thành phố) (.+)$/.exec(a.truth.place);
  if (!m) return `Tỉnh ủy ${a.truth.province}`;
  const c = m[1] === 'huyện' ? 'Huyện ủy' : m[1] === 'thị xã' ? 'Thị ủy' : 'Thành ủy';
  return `${c} ${m[2]}`;
}

/** The latest report per organisation: its chair, its date, and a Party organisation's membership. */
function latestDrafts(articles: readonly SynthArticle[]): Draft[] {
  const out: Draft[] = [];
  const latestOf = (group: SynthArticle[]): SynthArticle | null => {
    if (group.length < 2) return null;
    const sorted = group.slice().sort((x, y) => x.truth.meetingDate.localeCompare(y.truth.meetingDate));
    const last = sorted[sorted.length - 1] as SynthArticle;
    const prev = sorted[sorted.length - 2] as SynthArticle;
    return last.truth.meetingDate === prev.truth.meetingDate ? null : last;
  };
  const byKey = (key: (a: SynthArticle) => string | null) => {
    const m = new Map<string, SynthArticle[]>();
    for (const a of articles) {
      const k = key(a);
      if (k === null) continue;
      const list = m.get(k);
      if (list) list.push(a);
      else m.set(k, [a]);
    }
    return m;
  };
  const pick = (lang: QuestionLang, r: Rng, vi: string[], en: string[]) =>
    lang === 'en' ? r.pick(en) : lang === 'vi-plain' ? chatStyle(r.pick(vi)) : r.pick(vi);

  // Membership of a district's Party organisation: the latest report that states it.
  for (const [place, group] of byKey((a) =>
    !a.truth.place.startsWith('tỉnh ') && a.truth.facts.some((f) => f.label === 'đảng viên')
      ? `${a.truth.province}|${a.truth.place}`
      : null,
  )) {
    const last = latestOf(group);
    if (!last) continue;
    const value = last.truth.facts.find((f) => f.label === 'đảng viên')?.value as string;
    const name = place.split('|')[1] as string;
    const en = last.truth.placeEn;
    out.push({
      type: 'latest',
      articles: [last],
      expect: [value],
      render: (lang, r) =>
        pick(
          lang,
          r,
          [
            `Theo thông tin mới nhất, Đảng bộ ${name} có bao nhiêu đảng viên?`,
            `Đảng bộ ${name} hiện có bao nhiêu đảng viên?`,
          ],
          [`According to the latest report, how many Party members does the ${en} Party organisation have?`],
        ),
    });
  }
  // The latest meeting of an organisation, any period. A Party committee's meetings include those of
  // its Standing Committee and Executive Committee; a later working session with the provincial
  // Standing Board would blur "its latest meeting", so such committees are not asked about.
  const sessions = byKey((a) => (a.truth.kind === 'working' ? `${a.truth.province}|${a.truth.place}` : null));
  for (const [org, group] of byKey((a) =>
    a.truth.kind === 'working' ? null : isParty(a) ? committeeOf(a) : a.truth.organisation,
  )) {
    const last = latestOf(group);
    if (!last) continue;
    const held = sessions.get(`${last.truth.province}|${last.truth.place}`) ?? [];
    if (isParty(last) && held.some((x) => x.truth.meetingDate >= last.truth.meetingDate)) continue;
    const en = isParty(last) ? `the ${last.truth.placeEn} Party Committee` : last.truth.orgEn;
    out.push({
      type: 'latest',
      articles: [last],
      expect: [last.truth.chair.name],
      render: (lang, r) =>
        pick(
          lang,
          r,
          [
            `Cuộc họp gần đây nhất của ${org} do ai chủ trì?`,
            `Lần gần nhất ${org} họp, ai là người chủ trì?`,
          ],
          [`Who chaired the most recent meeting of ${en}?`],
        ),
    });
    out.push({
      type: 'latest',
      articles: [last],
      expect: [writtenDate(last)],
      render: (lang, r) =>
        pick(
          lang,
          r,
          [`${org} họp gần đây nhất vào ngày nào?`, `Hội nghị mới nhất của ${org} diễn ra ngày nào?`],
          [`When did ${en} last meet?`],
        ),
    });
  }
  return out;
}

const QUOTA: [QuestionType, number][] = [
  ['who', 12],
  ['presenter', 9],
  ['concluder', 8],
  ['attendee', 4],
  ['when', 9],
  ['venue', 4],
  ['deadline', 5],
  ['total', 8],
  ['new', 8],
  ['rate', 4],
  ['target', 3],
  ['limitation', 5],
  ['task', 4],
  ['decision', 4],
  ['list', 3],
  ['latest', 6],
  ['yesno', 7],
];

const LANGS: QuestionLang[] = ['vi', 'vi-plain', 'en'];
const LANG_WEIGHTS = [60, 20, 20];

/** Accepted alternatives of an expected string: as written, and without diacritics. */
function alternatives(e: string): string[] {
  const plain = unaccent(e);
  return plain === e ? [e] : [e, plain];
}

/**
 * Questions about the corpus in every kind (roles, dates, venue, deadline, figures by kind, sections,
 * lists, latest, yes/no) and three languages. Deterministic for a seed; returns fewer than `count`
 * when the articles cannot support that many distinct questions.
 */
/** Every question draft of the corpus by type (the draws from `r` are those generateQuestions makes). */
function draftPools(articles: readonly SynthArticle[], r: Rng): Map<QuestionType, Draft[]> {
  const pools = new Map<QuestionType, Draft[]>();
  const add = (d: Draft) => {
    const list = pools.get(d.type);
    if (list) list.push(d);
    else pools.set(d.type, [d]);
  };
  if (articles.length > 0) {
    for (const a of articles) for (const d of draftsOf(a, articles, r)) add(d);
  }
  for (const d of listDrafts(articles)) add(d);
  for (const d of latestDrafts(articles)) add(d);
  return pools;
}

/** A drafted question before its language is drawn: what fixture writers render in every language. */
export interface QuestionDraft {
  type: QuestionType;
  articles: readonly SynthArticle[];
  /** Accepted alternatives, as {@link SynthQuestion.must}. */
  must: string[][];
  render: (lang: QuestionLang, r: Rng) => string;
}

/**
 * Every draft of the corpus, in generation order, for fixtures that ask one fact in each language
 * (the benchmark draws one language per question through {@link generateQuestions}).
 */
export function questionDrafts(articles: readonly SynthArticle[], seed: string): QuestionDraft[] {
  const pools = draftPools(articles, Rng.of(seed, 'questions'));
  return [...pools.values()].flat().map((d) => {
    const must = d.expect.map(alternatives);
    if (d.verdict === 'yes') must.push(['Đúng', 'Yes']);
    if (d.verdict === 'no') must.push(['Không', 'No']);
    return { type: d.type, articles: d.articles, must, render: d.render };
  });
}

export function generateQuestions(articles: readonly SynthArticle[], opts: QuestionOptions): SynthQuestion[] {
  if (!Number.isInteger(opts.count) || opts.count < 0) {
    throw new Error(`questions: count must be a whole number ≥ 0, got ${String(opts.count)}`);
  }
  const r = Rng.of(String(opts.seed), 'questions');
  const pools = draftPools(articles, r);
  const queues = new Map<QuestionType, Draft[]>();
  for (const [type] of QUOTA) queues.set(type, r.shuffle(pools.get(type) ?? []));

  const out: SynthQuestion[] = [];
  const seen = new Set<string>();
  const live = new Set<QuestionType>(QUOTA.map(([t]) => t).filter((t) => (queues.get(t) ?? []).length > 0));
  while (out.length < opts.count && live.size > 0) {
    const type = r.weighted(
      QUOTA.map(([t]) => t),
      QUOTA.map(([t, w]) => (live.has(t) ? w : 0)),
    );
    const draft = queues.get(type)?.pop();
    if (!draft) {
      live.delete(type);
      continue;
    }
    const lang = r.weighted(LANGS, LANG_WEIGHTS);
    const q = draft.render(lang, r);
    const docs = draft.articles.map(stem);
    const key = `${q}|${docs.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const must = draft.expect.map(alternatives);
    if (draft.verdict === 'yes') must.push(['Đúng', 'Yes']);
    if (draft.verdict === 'no') must.push(['Không', 'No']);
    out.push({
      id: `s${String(out.length + 1).padStart(4, '0')}`,
      q,
      type,
      lang,
      docId: docs[0] as string,
      docs,
      expect: draft.expect,
      must,
    });
  }
  return out;
}
