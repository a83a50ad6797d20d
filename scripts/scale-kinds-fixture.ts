/**
 * Writes the frozen scale-kinds set (tests/fixtures/scale-kinds.jsonl and its articles in
 * tests/fixtures/scale-kinds/): synthetic articles of another seed than the benchmark's, generated
 * at the 100k benchmark's density (30,349 articles), where one place and period often has meetings
 * of several bodies (the Party committee, the People's Committee, steering boards, councils, task
 * forces, a working session of the province). Each question names one body's meeting; its
 * distractors are every other meeting of the same place in the same or adjacent year. Each fact is
 * asked formally, in chat style and in English; near-misses name a body of the place that held no
 * meeting in that period. Run once; the output is committed and never regenerated to gain points.
 *
 *   npx tsx scripts/scale-kinds-fixture.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { periodEnglish, unaccent } from '../src/synth/english.ts';
import { generateArticles, type SynthArticle } from '../src/synth/index.ts';
import { chatStyle } from '../src/synth/questions.ts';

const SEED = 'scale-kinds-s5';
const ARTICLES = 30_349;
const FACTS = 14;
const NEAR_MISSES = 15;
const OUT_DIR = 'tests/fixtures/scale-kinds';
const OUT_FILE = 'tests/fixtures/scale-kinds.jsonl';

const articles = generateArticles({ articles: ARTICLES, seed: SEED });
const stem = (a: SynthArticle) => a.fileName.replace(/\.txt$/, '');
const placeKey = (a: SynthArticle) => `${a.truth.province}|${a.truth.place}`;
const year = (a: SynthArticle) => Number(a.truth.period.slice(0, 4));

// Meetings of one place and period held by bodies of different kinds.
const groups = new Map<string, SynthArticle[]>();
for (const a of articles) {
  if (a.truth.place.startsWith('tỉnh ')) continue;
  const k = `${placeKey(a)}|${a.truth.period}`;
  groups.set(k, [...(groups.get(k) ?? []), a]);
}
const family = (a: SynthArticle) => (a.truth.kind.startsWith('party') ? 'party' : a.truth.kind);
const mixed = [...groups.values()].filter((g) => new Set(g.map(family)).size >= 3);

interface Q {
  id: string;
  q: string;
  lang: 'vi' | 'en';
  type: string;
  docs: string[];
  must: string[][];
  style: 'formal' | 'chat' | 'en';
  group: string;
  nearMiss?: string;
}
const out: Q[] = [];
const files = new Set<SynthArticle>();
const alt = (s: string) => (unaccent(s) === s ? [s] : [s, unaccent(s)]);
const kinds = ['bcd', 'ubnd', 'party', 'working'];
let n = 0;
for (const g of mixed) {
  if (n >= FACTS) break;
  // Rotate the asked body's kind so that each kind is the target, in turn.
  const want = kinds[n % kinds.length];
  const a = g.find((x) => family(x) === want && (x.truth.venue || want !== 'bcd'));
  if (!a) continue;
  n++;
  const t = a.truth;
  const group = `sk${String(n).padStart(2, '0')}`;
  const orgVi =
    t.kind === 'working' ? `Thường trực Tỉnh ủy ${t.province} làm việc với ${t.place}` : t.organisation;
  const P = t.periodText;
  const Pen = periodEnglish(t.period);
  // Which fact: the presenter for a Party or UBND meeting, the venue (else the chair) for the others.
  const asks =
    n % 3 === 0 && t.venue
      ? { type: 'where', must: [alt(t.venue)], vi: `diễn ra ở đâu`, en: 'Where was' }
      : n % 3 === 1
        ? {
            type: 'who',
            must: [alt(t.presenter.name)],
            vi: 'do ai trình bày báo cáo',
            en: 'Who presented the report at',
          }
        : { type: 'who', must: [alt(t.chair.name)], vi: 'do ai chủ trì', en: 'Who chaired' };
  const meetingVi =
    t.kind === 'working'
      ? `buổi làm việc của ${orgVi} về kết quả ${P}`
      : `cuộc họp của ${orgVi} đánh giá kết quả ${P}`;
  const formal = `Xin hỏi ${meetingVi} ${asks.vi}?`;
  const chat = chatStyle(`${meetingVi} ${asks.vi}`);
  const meetingEn =
    t.kind === 'working'
      ? `${t.orgEn}'s working session with ${t.placeEn} on ${Pen}`
      : `the meeting of ${t.orgEn} reviewing ${Pen}`;
  const en = asks.type === 'where' ? `Where was ${meetingEn} held?` : `${asks.en} ${meetingEn}?`;
  const base = { type: asks.type, docs: [stem(a)], must: asks.must, group };
  out.push({ id: `${group}f`, q: formal, lang: 'vi', style: 'formal', ...base });
  out.push({ id: `${group}c`, q: chat, lang: 'vi', style: 'chat', ...base });
  out.push({ id: `${group}e`, q: en, lang: 'en', style: 'en', ...base });
  // Distractors: every meeting of the place in the same or adjacent year.
  const hood = articles.filter((x) => placeKey(x) === placeKey(a) && Math.abs(year(x) - year(a)) <= 1);
  for (const x of hood) files.add(x);
  // Near-miss: a body of the same place that met in another period of these years, not in this one.
  const met = new Set(g.map((x) => x.truth.organisation));
  const other = hood.find(
    (x) =>
      x.truth.kind !== 'working' &&
      !met.has(x.truth.organisation) &&
      family(x) !== 'party' &&
      family(x) !== want &&
      !hood.some((y) => y.truth.organisation === x.truth.organisation && year(y) === year(a)),
  );
  if (other && out.filter((q) => q.type === 'none').length < NEAR_MISSES) {
    const o = other.truth;
    const nm = {
      type: 'none',
      docs: [],
      must: [],
      group: `${group}n`,
      nearMiss: `${o.organisation} met in ${o.period}, not in ${t.period}`,
    };
    out.push({
      id: `${group}nf`,
      q: `Xin hỏi cuộc họp của ${o.organisation} đánh giá kết quả ${P} do ai chủ trì?`,
      lang: 'vi',
      style: 'formal',
      ...nm,
    });
    out.push({
      id: `${group}nc`,
      q: chatStyle(`${o.organisation} hop danh gia ${P} ai chu tri`),
      lang: 'vi',
      style: 'chat',
      ...nm,
    });
    out.push({
      id: `${group}ne`,
      q: `Who chaired the meeting of ${o.orgEn} reviewing ${Pen}?`,
      lang: 'en',
      style: 'en',
      ...nm,
    });
  }
}
mkdirSync(OUT_DIR, { recursive: true });
for (const a of files) writeFileSync(`${OUT_DIR}/${a.fileName}`, a.text);
writeFileSync(OUT_FILE, `${out.map((q) => JSON.stringify(q)).join('\n')}\n`);
console.log(`${out.length} questions over ${files.size} articles (${mixed.length} mixed place-periods)`);
