/**
 * Questions about a generated corpus, with the strings a correct answer must contain. Every
 * question names its organisation (or place) and period, which the generator keeps unique, so
 * each has exactly one gold article.
 */
import { fold } from '../text/normalize.ts';
import { FACT_QUESTIONS } from './facts.ts';
import { ddmmyyyy, dmy, parseIso, type Ymd } from './format.ts';
import { Rng } from './rng.ts';
import { expand } from './template.ts';
import type { SynthArticle } from './types.ts';

export type QuestionType = 'who' | 'when' | 'howmany' | 'latest';

export interface SynthQuestion {
  q: string;
  type: QuestionType;
  /** File stem of the gold article (`000042_1a2b…`). */
  docId: string;
  /** Strings an answer must all contain (as written in the article). */
  expect: string[];
}

export interface QuestionOptions {
  /** How many questions (fewer when the corpus cannot support that many distinct ones). */
  count: number;
  seed: number | string;
}

type Family = 'party' | 'working' | 'bcd' | 'ubnd';

function family(a: SynthArticle): Family {
  const o = a.truth.organisation;
  if (o.startsWith('Thường trực Tỉnh ủy')) return 'working';
  if (o.startsWith('Ban Chỉ đạo')) return 'bcd';
  if (o.startsWith('UBND')) return 'ubnd';
  return 'party';
}

function stem(a: SynthArticle): string {
  return a.fileName.replace(/\.txt$/, '');
}

/** The Party committee of a place: `huyện Bảo Yên` → `Huyện ủy Bảo Yên`. */
function committeeOf(place: string): string {
  const m = /^(huyện|thị xã|thành phố) (.+)$/.exec(place);
  if (!m) return `Tỉnh ủy ${place.replace(/^tỉnh /, '')}`;
  const c = m[1] === 'huyện' ? 'Huyện ủy' : m[1] === 'thị xã' ? 'Thị ủy' : 'Thành ủy';
  return `${c} ${m[2]}`;
}

function meetingNoun(period: string): { verb: string; noun: string } {
  if (/-H1$/.test(period)) return { verb: 'sơ kết', noun: 'sơ kết' };
  if (/^\d{4}$/.test(period)) return { verb: 'tổng kết', noun: 'tổng kết' };
  return { verb: 'giao ban', noun: 'giao ban' };
}

/** True when `needle` occurs in `text` with no digit on either side. */
function occursAlone(text: string, needle: string): boolean {
  let from = 0;
  for (;;) {
    const i = text.indexOf(needle, from);
    if (i < 0) return false;
    const before = text[i - 1] ?? '';
    const after = text[i + needle.length] ?? '';
    if (!/\d/.test(before) && !/\d/.test(after)) return true;
    from = i + 1;
  }
}

/** The meeting date as the article writes it (the lead may omit the year). */
function writtenDate(a: SynthArticle): string | null {
  const d: Ymd = parseIso(a.truth.meetingDate);
  const forms = [dmy(d), ddmmyyyy(d), `${d.d}-${d.m}-${d.y}`, `${d.d}/${d.m}`];
  for (const f of forms) if (occursAlone(a.text, f)) return f;
  return null;
}

function whoQuestion(a: SynthArticle, r: Rng): string {
  const t = a.truth;
  const f = family(a);
  const { noun, verb } = meetingNoun(t.period);
  const P = t.periodText;
  const org = t.organisation;
  if (f === 'working') {
    return r.pick([
      `Buổi làm việc của ${org} với ${committeeOf(t.place)} về tình hình ${P} do ai chủ trì?`,
      `Ai chủ trì buổi làm việc giữa ${org} và ${t.place} về nhiệm vụ ${P}?`,
    ]);
  }
  if (f === 'ubnd') {
    return r.pick([
      `Ai chủ trì hội nghị đánh giá tình hình kinh tế - xã hội ${P} của ${org}?`,
      `Hội nghị đánh giá kinh tế - xã hội ${P} của ${org} do ai chủ trì?`,
    ]);
  }
  return r.pick([
    `Ai chủ trì hội nghị ${noun} ${P} của ${org}?`,
    `${org} ${verb} ${P} do ai chủ trì?`,
    `Hội nghị ${noun} ${P} của ${org} do đồng chí nào chủ trì?`,
    `Cho hỏi cuộc họp ${noun} ${P} của ${org} thì ai chủ trì?`,
  ]);
}

function whenQuestion(a: SynthArticle, r: Rng): string {
  const t = a.truth;
  const f = family(a);
  const { noun, verb } = meetingNoun(t.period);
  const P = t.periodText;
  const org = t.organisation;
  if (f === 'working') return `${org} làm việc với ${committeeOf(t.place)} về tình hình ${P} vào ngày nào?`;
  if (f === 'ubnd') return `${org} họp đánh giá tình hình kinh tế - xã hội ${P} vào ngày nào?`;
  return r.pick([
    `${org} ${verb} ${P} vào ngày nào?`,
    `Hội nghị ${noun} ${P} của ${org} diễn ra ngày nào?`,
    `${org} tổ chức hội nghị ${noun} ${P} hôm nào?`,
  ]);
}

interface FactCandidate {
  article: SynthArticle;
  label: string;
  value: string;
  subject: string;
}

function factCandidates(articles: readonly SynthArticle[]): FactCandidate[] {
  const counts = new Map<string, number>();
  const all: (FactCandidate & { key: string })[] = [];
  for (const a of articles) {
    const t = a.truth;
    for (const f of t.facts) {
      const spec = FACT_QUESTIONS[f.label];
      if (!spec) continue;
      if (spec.scope === 'party' && t.place.startsWith('tỉnh ')) continue;
      const subject =
        spec.scope === 'party' ? `Đảng bộ ${t.place}` : spec.scope === 'place' ? t.place : t.organisation;
      const key = `${subject}|${t.period}|${f.label}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      all.push({ article: a, label: f.label, value: f.value, subject, key });
    }
  }
  // A figure stated by two articles has two gold documents; such pairs are not asked about.
  // Single digits are too easy to match by accident, so only figures of two or more digits are asked.
  return all.filter(
    (c) => counts.get(c.key) === 1 && /\d\D*\d/.test(c.value) && c.article.text.includes(c.value),
  );
}

interface LatestCandidate {
  q: string[];
  article: SynthArticle;
  expect: string;
}

function latestCandidates(articles: readonly SynthArticle[]): LatestCandidate[] {
  const out: LatestCandidate[] = [];
  const byDate = (x: SynthArticle, y: SynthArticle) => x.truth.meetingDate.localeCompare(y.truth.meetingDate);
  const latestOf = (group: SynthArticle[]): SynthArticle | null => {
    if (group.length < 2) return null;
    const sorted = group.slice().sort(byDate);
    const last = sorted[sorted.length - 1] as SynthArticle;
    const prev = sorted[sorted.length - 2] as SynthArticle;
    return last.truth.meetingDate === prev.truth.meetingDate ? null : last;
  };

  // Membership of a Party organisation: the latest report that states it.
  const members = new Map<string, SynthArticle[]>();
  for (const a of articles) {
    if (a.truth.place.startsWith('tỉnh ')) continue;
    if (!a.truth.facts.some((f) => f.label === 'tổng số đảng viên')) continue;
    const list = members.get(a.truth.place) ?? [];
    list.push(a);
    members.set(a.truth.place, list);
  }
  for (const [place, group] of members) {
    const last = latestOf(group);
    if (!last) continue;
    const value = last.truth.facts.find((f) => f.label === 'tổng số đảng viên')?.value as string;
    out.push({
      q: [
        `Theo thông tin mới nhất, Đảng bộ ${place} có bao nhiêu đảng viên?`,
        `Đảng bộ ${place} hiện có bao nhiêu đảng viên?`,
        `Số đảng viên mới nhất được báo cáo của Đảng bộ ${place} là bao nhiêu?`,
      ],
      article: last,
      expect: value,
    });
  }

  // The latest meeting of a steering committee or a UBND, and of a Party committee.
  const byOrg = new Map<string, SynthArticle[]>();
  for (const a of articles) {
    const f = family(a);
    const key =
      f === 'party'
        ? committeeOf(a.truth.place)
        : f === 'working'
          ? `~${a.truth.place}`
          : a.truth.organisation;
    const list = byOrg.get(key) ?? [];
    list.push(a);
    byOrg.set(key, list);
  }
  for (const [org, group] of byOrg) {
    if (org.startsWith('~')) continue;
    const last = latestOf(group);
    if (!last) continue;
    // A later working session with the Standing Committee would blur "the latest meeting" of a Party committee.
    const sessions = byOrg.get(`~${last.truth.place}`) ?? [];
    if (family(last) === 'party' && sessions.some((s) => s.truth.meetingDate >= last.truth.meetingDate))
      continue;
    out.push({
      q: [
        `Cuộc họp gần đây nhất của ${org} do ai chủ trì?`,
        `Lần gần nhất ${org} tổ chức hội nghị, ai là người chủ trì?`,
      ],
      article: last,
      expect: last.truth.chair.name,
    });
    const date = writtenDate(last);
    if (date) {
      out.push({
        q: [`${org} họp gần đây nhất vào ngày nào?`, `Hội nghị mới nhất của ${org} diễn ra ngày nào?`],
        article: last,
        expect: date,
      });
    }
  }
  return out;
}

/**
 * Vietnamese questions about the corpus: who chaired, when, how many (a number stated in the body)
 * and latest-of-series. About one in seven is written without diacritics. Deterministic for a
 * seed; returns fewer than `count` when the articles cannot support that many distinct questions.
 */
export function generateQuestions(articles: readonly SynthArticle[], opts: QuestionOptions): SynthQuestion[] {
  if (!Number.isInteger(opts.count) || opts.count < 0) {
    throw new Error(`questions: count must be a whole number ≥ 0, got ${String(opts.count)}`);
  }
  const r = Rng.of(String(opts.seed), 'questions');
  const who = r.shuffle(articles);
  const when = r.shuffle(articles.filter((a) => writtenDate(a) !== null));
  const facts = r.shuffle(factCandidates(articles));
  const latest = r.shuffle(latestCandidates(articles));
  const quota: [QuestionType, number][] = [
    ['who', 0.34],
    ['when', 0.24],
    ['howmany', 0.3],
    ['latest', 0.12],
  ];
  const out: SynthQuestion[] = [];
  const seen = new Set<string>();
  const next = (type: QuestionType): SynthQuestion | null => {
    switch (type) {
      case 'who': {
        const a = who.pop();
        return a ? { q: whoQuestion(a, r), type, docId: stem(a), expect: [a.truth.chair.name] } : null;
      }
      case 'when': {
        const a = when.pop();
        return a ? { q: whenQuestion(a, r), type, docId: stem(a), expect: [writtenDate(a) as string] } : null;
      }
      case 'howmany': {
        const c = facts.pop();
        if (!c) return null;
        const spec = FACT_QUESTIONS[c.label];
        const q = expand(r.pick(spec?.templates ?? []), { S: c.subject, P: c.article.truth.periodText }, r);
        return { q: q.charAt(0).toUpperCase() + q.slice(1), type, docId: stem(c.article), expect: [c.value] };
      }
      default: {
        const c = latest.pop();
        return c ? { q: r.pick(c.q), type, docId: stem(c.article), expect: [c.expect] } : null;
      }
    }
  };
  // Round-robin by quota; a type that runs dry hands its share to the others.
  const live = new Set<QuestionType>(quota.map(([t]) => t));
  while (out.length < opts.count && live.size > 0) {
    const type = r.weighted(
      quota.map(([t]) => t),
      quota.map(([t, w]) => (live.has(t) ? w : 0)),
    );
    const item = next(type);
    if (!item) {
      live.delete(type);
      continue;
    }
    const key = `${item.q}|${item.docId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (r.chance(0.14)) item.q = fold(item.q);
    out.push(item);
  }
  return out;
}
