/**
 * `npx tsx scripts/keyword-variants.ts DIR '[{"maxDocShare":0.01}, …]' [--rounds N]`: keyword search
 * on a kept benchmark folder (`npm run bench -- --keep`) with each set of query options
 * (KeywordQueryOptions), rounds interleaved so that the machine's load falls on every variant alike.
 * Prints per variant: wall and CPU p50/p95, posting rows per query, right article in the top 50.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { keywordBench } from '../src/bench/keyword.ts';
import { loadAverage } from '../src/bench/machine.ts';
import { IndexReader } from '../src/index/open.ts';
import type { KeywordQueryOptions } from '../src/retrieve/keyword-query.ts';
import { generateArticles, generateQuestions } from '../src/synth/index.ts';

const [dir, json = '[{}]'] = process.argv.slice(2);
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 2;
if (!dir) {
  console.error("usage: npx tsx scripts/keyword-variants.ts DIR '[{...KeywordQueryOptions}]' [--rounds N]");
  process.exit(2);
}
const variants = JSON.parse(json) as KeywordQueryOptions[];
const files = readdirSync(join(dir, 'corpus')).filter((f) => f.endsWith('.txt'));
const articles = generateArticles({ articles: files.length, seed: '1' });
const questions = generateQuestions(articles, { count: 240, seed: '1' });
const asked = questions.slice(0, 200);
const reader = await IndexReader.open(join(dir, 'index'), { verify: 'sizes' });
console.log(`${reader.manifest.counts.chunks} chunks; load average ${loadAverage()}`);
const best = new Map<number, ReturnType<typeof keywordBench>>();
for (let r = 0; r < rounds; r++) {
  variants.forEach((v, i) => {
    const f = keywordBench(
      reader,
      asked.map((q) => q.q),
      { warmup: questions.slice(200, 240).map((q) => q.q), docIds: asked.map((q) => q.docId), query: v },
    );
    // The lower of the rounds: load only ever adds time.
    const prev = best.get(i);
    if (!prev || f.p95Ms < prev.p95Ms) best.set(i, f);
  });
}
variants.forEach((v, i) => {
  const f = best.get(i)!;
  const r = (x: number | undefined) => (x ?? 0).toFixed(2);
  console.log(
    `${JSON.stringify(v).padEnd(44)} wall ${r(f.p50Ms)} / ${r(f.p95Ms)}  CPU ${r(f.cpuP50Ms)} / ${r(f.cpuP95Ms)}  ` +
      `match ${r(f.matchP50Ms)} / ${r(f.matchP95Ms)}  terms ${f.meanTerms.toFixed(1)}  rows ${Math.round(f.meanPostings ?? 0)}  ` +
      `top50 ${f.articleInTopK}/${f.queries}  empty ${(f.emptyShare * f.queries).toFixed(0)}`,
  );
});
console.log(`load average ${loadAverage()}`);
reader.close();
