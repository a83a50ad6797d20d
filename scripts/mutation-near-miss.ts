/**
 * Near-misses made from answerable questions (src/eval/mutations.ts) and from the articles' unstated
 * details (src/eval/details.ts), asked on a keyword-only index
 * of the seeds and the dev corpus: how many the bot answers (it should answer none), by kind and
 * language, and each one it answers. Source questions: the dev and seeds questions of ../shared/eval
 * and the frozen fixture sets over this corpus (tests/fixtures/*.jsonl); a fixture's held-out or
 * frozen half (src/eval/held-out.ts) is counted, never listed. The frozen robustness and dialogue questions are never used here.
 *
 * usage: npx tsx scripts/mutation-near-miss.ts [--index DIR] [--quiet] [--lower] [--variants K,…] [--fresh]
 *   --index DIR    index folder: reused when present, else built there (default /tmp/mutation-index)
 *   --lower        also ask every near-miss (not held out) typed all in lower case, as chat users type
 *   --variants K   also ask every near-miss (not held out) as each surface variant named
 *                  (src/eval/variants.ts: bare, partial, chat, folded, …), one line per kind
 *   --fresh        also index the fresh frozen sets' articles (tests/fixtures/fresh/) and make
 *                  near-misses from their dev halves (held halves counted only); the sets declared
 *                  untuned (UNTUNED_FRESH_SETS in src/eval/held-out.ts) are left out whole, articles and questions. Use another
 *                  --index than the default: the corpus differs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { createEngine } from '../src/engine/create.ts';
import { FRESH_DIR, freshQuestionsFile, tunedFreshSets } from '../src/eval/fresh-sets.ts';
import { isHeldOut } from '../src/eval/held-out.ts';
import { madeFromArticles } from '../src/eval/made-from-articles.ts';
import { loweredMutations, scoreMutations, variedMutations } from '../src/eval/mutation-score.ts';
import { foldCorpus } from '../src/eval/mutations.ts';
import { VARIANT_KINDS, type VariantKind } from '../src/eval/variants.ts';

const { values } = parseArgs({
  options: {
    index: { type: 'string' },
    quiet: { type: 'boolean' },
    lower: { type: 'boolean' },
    variants: { type: 'string' },
    fresh: { type: 'boolean' },
  },
});
const freshSets = values.fresh ? tunedFreshSets() : [];
const indexDir = resolve(values.index ?? '/tmp/mutation-index');
const shared = resolve('../shared/eval');
const sources = [
  resolve('seeds'),
  join(shared, 'corpus'),
  resolve('eval/robustness/corpus'),
  resolve('tests/fixtures/answers-b'),
  ...freshSets.map((set) => resolve(FRESH_DIR, set)),
];
/** Fixture sets over other corpora (synthetic articles): their questions name no article indexed here. */
const OTHER_CORPUS = /^(?:scale-kinds|bench-kinds)/u;

const load = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; q: string; type: string; half?: string; split?: string });
const fixtures = readdirSync('tests/fixtures')
  .filter((f) => f.endsWith('.jsonl') && !OTHER_CORPUS.test(f))
  .flatMap((f) =>
    load(join('tests/fixtures', f)).map((q) => ({
      ...q,
      id: `${f.replace('.jsonl', '')}:${q.id}`,
      held: isHeldOut(q, f),
    })),
  );
const fresh = freshSets.flatMap((set) =>
  load(freshQuestionsFile(set)).map((q) => ({ ...q, held: isHeldOut(q) })),
);
fixtures.push(...fresh);
const questions = [
  ...load(join(shared, 'questions.jsonl')),
  ...load(join(shared, 'seeds-questions.jsonl')),
  ...fixtures.filter((q) => !q.held),
];
const held = fixtures.filter((q) => q.held);
const files = sources.flatMap((d) =>
  readdirSync(d).map((f) => ({ f, text: readFileSync(join(d, f), 'utf8') })),
);
const texts = files.map((x) => x.text);
// Near-misses made from the articles themselves (src/eval/made-from-articles.ts).
const details = madeFromArticles(files.map(({ f, text }) => ({ id: f, text })));

const config = { ...loadConfig({}), INDEX_DIR: indexDir };
if (!existsSync(indexDir)) {
  const src = await mkdtemp(join(tmpdir(), 'mutation-src-'));
  for (const d of sources) await cp(d, src, { recursive: true });
  config.SEEDS_DIR = src;
}
const engine = await createEngine(config, { embedder: null, logger: { info() {}, warn() {} } });
try {
  const corpus = foldCorpus(texts);
  const score = await scoreMutations(engine, questions, corpus, details);
  console.log(`dev and seeds and fixtures (not held): ${score.summary}`);
  console.log(`held-out halves (counted only): ${(await scoreMutations(engine, held, corpus)).summary}`);
  const answered = [...score.answered];
  if (values.lower) {
    const lowered = loweredMutations(score.results.map((r) => r.mutation));
    const low = await scoreMutations(engine, [], corpus, lowered);
    console.log(`the same typed in lower case: ${low.summary}`);
    answered.push(...low.answered);
  }
  for (const kind of (values.variants ?? '').split(',').filter(Boolean)) {
    if (!(VARIANT_KINDS as readonly string[]).includes(kind))
      throw new Error(`--variants: unknown kind '${kind}', use ${VARIANT_KINDS.join(', ')}`);
    const varied = variedMutations(
      score.results.map((r) => r.mutation),
      kind as VariantKind,
    );
    const v = await scoreMutations(engine, [], corpus, varied);
    console.log(`the same as ${kind} variants: ${v.summary}`);
    answered.push(...v.answered);
  }
  if (!values.quiet)
    for (const r of answered)
      console.log(
        `  ${r.mutation.kind} ${r.mutation.sourceId} [${r.mutation.from} → ${r.mutation.to}] ${r.mutation.q}\n      ${r.answer.split('\n')[0]?.slice(0, 160)}`,
      );
} finally {
  await engine.close();
}
