/**
 * Measures the index-time record extractors (src/records): CPU time per article on the seeds and
 * the dev corpus (`../shared/eval/corpus` when present), and agreement with the synthetic
 * generator's truth (chair, holding body, every stated number) on generated articles.
 *
 *   npx tsx scripts/records-measure.ts [--synthetic N] [--seed S]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '../src/ingest/parse.ts';
import type { Article } from '../src/ingest/types.ts';
import { extractRecords } from '../src/records/extract.ts';
import { parseVietNumber } from '../src/records/numbers.ts';
import { generateCorpus } from '../src/synth/article.ts';

/** Repetitions per article when timing: enough to average out timer granularity. */
const REPS = 20;
const root = resolve(import.meta.dirname, '..');

function load(dir: string): Article[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) =>
      parseArticle(readFileSync(join(dir, f), 'utf8'), { docId: f.replace(/\.txt$/u, ''), source: f }),
    );
}

function timeArticles(articles: readonly Article[]): void {
  for (const a of articles) extractRecords(a); // warm-up
  const ms: number[] = [];
  for (const a of articles) {
    const before = process.cpuUsage();
    for (let i = 0; i < REPS; i++) extractRecords(a);
    const used = process.cpuUsage(before);
    ms.push((used.user + used.system) / 1000 / REPS);
  }
  ms.sort((x, y) => x - y);
  const mean = ms.reduce((s, x) => s + x, 0) / ms.length;
  const counts = articles.map(extractRecords);
  const sum = (f: (r: (typeof counts)[number]) => number) => counts.reduce((s, r) => s + f(r), 0);
  console.log(
    `CPU per article (${articles.length} articles, ${REPS} runs each): mean ${mean.toFixed(2)} ms, ` +
      `median ${ms[Math.floor(ms.length / 2)]!.toFixed(2)} ms, max ${ms[ms.length - 1]!.toFixed(2)} ms; ` +
      `records: ${sum((r) => r.roles.length)} roles, ${sum((r) => r.figures.length)} figures, ` +
      `${sum((r) => r.sections.length)} sections`,
  );
}

function oracle(n: number, seed: string): void {
  let chairs = 0;
  let bodies = 0;
  let stated = 0;
  let found = 0;
  for (const s of generateCorpus({ articles: n, seed })) {
    const r = extractRecords(parseArticle(s.text, { docId: s.fileName, source: s.fileName }));
    const leads = r.roles.filter((x) => x.role === 'chair' || x.role === 'cochair' || x.role === 'leader');
    if (leads.some((x) => x.person === s.truth.chair.name)) chairs++;
    if (r.meeting.orgName === s.truth.organisation) bodies++;
    for (const fact of s.truth.facts) {
      stated++;
      const [part, whole] = fact.value.replace(/%$/u, '').split('/');
      const value = parseVietNumber(part!);
      const outOf = whole === undefined ? null : parseVietNumber(whole);
      const hit = r.figures.some(
        (f) =>
          value !== null &&
          Math.abs(f.value / f.scale - value) < 1e-9 &&
          (outOf === null || f.outOf === outOf),
      );
      if (hit) found++;
    }
  }
  console.log(
    `generated articles (${n}, seed ${seed}): chair ${chairs}/${n}, holding body ${bodies}/${n}, ` +
      `stated numbers found ${found}/${stated}`,
  );
}

const { values } = parseArgs({ options: { synthetic: { type: 'string' }, seed: { type: 'string' } } });
const synthetic = Number(values.synthetic ?? 1000);
if (!Number.isInteger(synthetic) || synthetic < 0) {
  throw new Error(
    `--synthetic ${values.synthetic} is not a non-negative integer; pass e.g. --synthetic 1000`,
  );
}
timeArticles([...load(join(root, 'seeds')), ...load(resolve(root, '../shared/eval/corpus'))]);
if (synthetic > 0) oracle(synthetic, values.seed ?? 'oracle2');
