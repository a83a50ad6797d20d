/**
 * Writes the frozen scale-kinds-2 set (tests/fixtures/scale-kinds-2.jsonl and its articles in
 * tests/fixtures/scale-kinds-2/): the generated-question kinds that missed at 100k (session 6),
 * asked with the benchmark's own templates over a corpus of ANOTHER seed at the 100k density
 * (30,349 articles), each fact rendered formally (vi), in chat style (vi-plain) and in English:
 *   dense    — a meeting of a district whose name many other articles also carry (the place's own
 *              meetings of other periods, namesake places of other provinces): every article naming
 *              it is copied, so the name's phrase search returns as many chunks as at 100k;
 *   body     — a steering board's or task force's meeting where the same place and period has a
 *              Party committee's or People's Committee's meeting (English names the board in words
 *              the glossary may not render);
 *   deadline — a deadline asked where the place and period have several meetings;
 *   list     — which district committees of a province held a briefing in a period;
 *   none     — a dense or body question with the period moved to one that body never met in.
 * Distractors: every meeting of the place in the same or adjacent year (and, for dense, every
 * article naming the place). Run once; the output is committed and never regenerated to gain points.
 *
 *   npx tsx scripts/scale-kinds-2-fixture.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateArticles, type SynthArticle } from '../src/synth/index.ts';
import { type QuestionDraft, questionDrafts } from '../src/synth/questions.ts';
import { Rng } from '../src/synth/rng.ts';
import { fold } from '../src/text/normalize.ts';

const SEED = 'scale-kinds-2-s6';
const ARTICLES = 30_349;
const OUT_DIR = 'tests/fixtures/scale-kinds-2';
const OUT_FILE = 'tests/fixtures/scale-kinds-2.jsonl';
/** Facts per kind, and near-misses. */
const PER_KIND = { dense: 5, body: 5, deadline: 3, list: 2 } as const;
const NEAR_MISSES = 5;
/** A dense place is named by at least this many articles (≈ 3 chunks each: past the 200-chunk cap). */
const DENSE_MIN = 70;
const DENSE_MAX = 110;
const ONE_MEETING = new Set([
  'who',
  'presenter',
  'concluder',
  'venue',
  'when',
  'total',
  'rate',
  'target',
  'new',
]);

const articles = generateArticles({ articles: ARTICLES, seed: SEED });
const drafts = questionDrafts(articles, SEED);
const stem = (a: SynthArticle) => a.fileName.replace(/\.txt$/, '');
const year = (a: SynthArticle) => Number(a.truth.period.slice(0, 4));
const placeKey = (a: SynthArticle) => `${a.truth.province}|${a.truth.place}`;
const bareName = (a: SynthArticle) => a.truth.place.replace(/^(huyện|thị xã|thành phố|tỉnh) /, '');
const foldedText = new Map(articles.map((a) => [a, ` ${fold(a.text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `]));
const naming = (name: string) => {
  const needle = ` ${fold(name)} `;
  return articles.filter((a) => foldedText.get(a)?.includes(needle));
};
const hood = (a: SynthArticle) =>
  articles.filter((x) => placeKey(x) === placeKey(a) && Math.abs(year(x) - year(a)) <= 1);
const samePeriod = (a: SynthArticle) =>
  articles.filter((x) => x !== a && placeKey(x) === placeKey(a) && x.truth.period === a.truth.period);

interface Q {
  id: string;
  q: string;
  lang: 'vi' | 'en';
  type: string;
  docs: string[];
  must: string[][];
  style: 'formal' | 'chat' | 'en';
  group: string;
  kind: string;
  nearMiss?: string;
}
const out: Q[] = [];
const files = new Set<SynthArticle>();
const usedArticles = new Set<SynthArticle>();
const r = Rng.of(SEED, 'fixture');
let n = 0;

function emit(kind: string, d: QuestionDraft, docs: SynthArticle[], nearMiss?: string): void {
  n++;
  const group = `sq${String(n).padStart(2, '0')}`;
  const base = {
    type: nearMiss ? 'none' : d.type,
    docs: nearMiss ? [] : docs.map(stem),
    must: nearMiss ? [] : d.must,
    group,
    kind,
    ...(nearMiss ? { nearMiss } : {}),
  };
  out.push({ id: `${group}f`, q: d.render('vi', r), lang: 'vi', style: 'formal', ...base });
  out.push({ id: `${group}c`, q: d.render('vi-plain', r), lang: 'vi', style: 'chat', ...base });
  out.push({ id: `${group}e`, q: d.render('en', r), lang: 'en', style: 'en', ...base });
}

const shuffled = r.shuffle([...drafts]);
const count = (kind: string) => new Set(out.filter((q) => q.kind === kind).map((q) => q.group)).size;

// dense: a district named by many articles.
const namedBy = new Map<string, SynthArticle[]>();
for (const d of shuffled) {
  if (count('dense') >= PER_KIND.dense) break;
  const a = d.articles[0] as SynthArticle;
  if (d.articles.length !== 1 || !ONE_MEETING.has(d.type) || usedArticles.has(a)) continue;
  if (a.truth.place.startsWith('tỉnh ') || a.truth.kind === 'working') continue;
  const name = bareName(a);
  if (!namedBy.has(name)) namedBy.set(name, naming(name));
  const all = namedBy.get(name) ?? [];
  if (all.length < DENSE_MIN || all.length > DENSE_MAX) continue;
  if ([...usedArticles].some((u) => bareName(u) === name)) continue;
  usedArticles.add(a);
  for (const x of [...all, ...hood(a)]) files.add(x);
  emit('dense', d, [a]);
}

// body: a steering board or task force where the same place and period has a Party or UBND meeting.
for (const d of shuffled) {
  if (count('body') >= PER_KIND.body) break;
  const a = d.articles[0] as SynthArticle;
  if (d.articles.length !== 1 || !ONE_MEETING.has(d.type) || usedArticles.has(a)) continue;
  if (a.truth.kind !== 'bcd') continue;
  const others = samePeriod(a);
  if (!others.some((x) => x.truth.kind !== 'bcd')) continue;
  if (
    out.some((q) => q.kind === 'body' && q.q.includes(a.truth.organisation.split(' ').slice(0, 4).join(' ')))
  )
    continue;
  usedArticles.add(a);
  for (const x of hood(a)) files.add(x);
  emit('body', d, [a]);
}

// deadline: the place and period hold several meetings.
for (const d of shuffled) {
  if (count('deadline') >= PER_KIND.deadline) break;
  const a = d.articles[0] as SynthArticle;
  if (d.type !== 'deadline' || usedArticles.has(a) || samePeriod(a).length < 1) continue;
  usedArticles.add(a);
  for (const x of hood(a)) files.add(x);
  emit('deadline', d, [a]);
}

// list: which district committees of a province held a briefing in a period.
for (const d of shuffled) {
  if (count('list') >= PER_KIND.list) break;
  if (d.type !== 'list') continue;
  const first = d.articles[0] as SynthArticle;
  const prov = first.truth.province;
  // Distractors: the province's Party briefings of that year (other quarters) and every meeting of the period.
  for (const x of articles)
    if (
      x.truth.province === prov &&
      year(x) === year(first) &&
      (x.truth.kind.startsWith('party') || x.truth.period === first.truth.period)
    )
      files.add(x);
  emit('list', d, [...d.articles]);
}

// none: a dense or body meeting asked for a period its body never met in (same place, same year or the next).
const CODES = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M'];
const PERIOD_TEXT: Record<string, (y: number) => string> = {
  Q1: (y) => `quý I năm ${y}`,
  Q2: (y) => `quý II năm ${y}`,
  Q3: (y) => `quý III năm ${y}`,
  Q4: (y) => `quý IV năm ${y}`,
  H1: (y) => `6 tháng đầu năm ${y}`,
  '9M': (y) => `9 tháng năm ${y}`,
};
let misses = 0;
for (const d of shuffled) {
  if (misses >= NEAR_MISSES) break;
  const a = d.articles[0] as SynthArticle;
  if (d.articles.length !== 1 || !ONE_MEETING.has(d.type) || usedArticles.has(a)) continue;
  if (!(a.truth.kind === 'bcd' || a.truth.kind.startsWith('party-quarter'))) continue;
  const code = a.truth.period.split('-')[1];
  if (!code || !CODES.includes(code) || (code !== 'Q1' && code !== 'Q2' && code !== 'Q3' && code !== 'Q4'))
    continue;
  const y = year(a);
  // The body's family: any Party committee meeting of the place counts ("Huyện ủy X" and "Ban Thường
  // vụ Huyện ủy X" are one committee); a board or council only by its own name.
  const sameBody = (x: SynthArticle) =>
    placeKey(x) === placeKey(a) &&
    (a.truth.kind === 'bcd'
      ? x.truth.organisation === a.truth.organisation
      : x.truth.kind.startsWith('party'));
  const met = new Set(articles.filter(sameBody).map((x) => x.truth.period));
  const free = ['Q1', 'Q2', 'Q3', 'Q4'].find(
    (c) => c !== code && !met.has(`${y}-${c}`) && !met.has(`${y}-H1`) && !met.has(`${y}-9M`),
  );
  if (!free) continue;
  const moved: SynthArticle = {
    ...a,
    truth: {
      ...a.truth,
      period: `${y}-${free}`,
      periodText: (PERIOD_TEXT[free] as (y: number) => string)(y),
    },
  };
  const md = questionDrafts([moved], SEED).find((x) => x.type === d.type);
  if (!md) continue;
  usedArticles.add(a);
  misses++;
  for (const x of hood(a)) files.add(x);
  emit(
    a.truth.kind === 'bcd' ? 'body' : 'dense',
    md,
    [],
    `${a.truth.organisation} met in ${a.truth.period}, not in ${y}-${free}`,
  );
}

mkdirSync(OUT_DIR, { recursive: true });
for (const a of files) writeFileSync(`${OUT_DIR}/${a.fileName}`, a.text);
writeFileSync(OUT_FILE, `${out.map((q) => JSON.stringify(q)).join('\n')}\n`);
const kinds = new Map<string, number>();
for (const q of out)
  kinds.set(
    `${q.kind}${q.nearMiss ? '-none' : ''}`,
    (kinds.get(`${q.kind}${q.nearMiss ? '-none' : ''}`) ?? 0) + 1,
  );
console.log(`${out.length} questions over ${files.size} articles`, Object.fromEntries(kinds));
