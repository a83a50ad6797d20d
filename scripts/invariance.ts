/**
 * The invariance property test over the project's question sets: dev and seeds questions
 * (../shared/eval), the frozen fixtures (tests/fixtures/*.jsonl), each asked as written and in its
 * surface variants, on a keyword-only index of the seeds, the dev corpus and the fixture articles.
 * Prints agreement per variant kind and every disagreement (these sets may be read; the frozen
 * robustness and dialogue sets are not used here).
 *
 * usage: npx tsx scripts/invariance.ts [--index DIR] [--quiet] [--fresh]
 *   --index DIR  index folder: reused when present, else built there (default /tmp/invariance-index)
 *   --fresh      also index the tuned fresh sets' articles (src/eval/fresh-sets.ts) and ask their
 *                dev halves' questions, formal phrasing first; use another --index than the default
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { createEngine } from '../src/engine/create.ts';
import { FRESH_DIR, freshQuestionsFile, tunedFreshSets } from '../src/eval/fresh-sets.ts';
import { type HalfMarked, isHeldOut } from '../src/eval/held-out.ts';
import { type InvarianceQuestion, runInvariance } from '../src/eval/invariance.ts';

const { values } = parseArgs({
  options: { index: { type: 'string' }, quiet: { type: 'boolean' }, fresh: { type: 'boolean' } },
});
const freshSets = values.fresh ? tunedFreshSets() : [];
const indexDir = resolve(values.index ?? '/tmp/invariance-index');
const shared = resolve('../shared/eval');

function load(file: string): InvarianceQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as InvarianceQuestion);
}

// Dev questions are the formal phrasing of the groups that tests/fixtures/en-variants.jsonl adds to.
const dev = load(join(shared, 'questions.jsonl')).map((q) => ({ ...q, group: q.id }));
const fixtures = readdirSync('tests/fixtures')
  .filter((f) => f.endsWith('.jsonl'))
  .sort((a, b) => (a === 'en-variants.jsonl' ? 1 : b === 'en-variants.jsonl' ? -1 : a.localeCompare(b)))
  // A frozen set's held-out half is scored only by its test: never listed question by question here.
  .flatMap((f) => load(join('tests/fixtures', f)).filter((q) => !isHeldOut(q as HalfMarked, f)));
// A fresh set's groups (g01…) are named per set, so two sets' groups are never compared.
const fresh = freshSets.flatMap((set) =>
  load(freshQuestionsFile(set))
    .filter((q) => !isHeldOut(q as HalfMarked))
    .map((q) => ({ ...q, group: `${set}:${q.group}` })),
);
const questions = [...dev, ...load(join(shared, 'seeds-questions.jsonl')), ...fixtures, ...fresh];

const config = { ...loadConfig({}), INDEX_DIR: indexDir };
if (!existsSync(indexDir)) {
  const src = await mkdtemp(join(tmpdir(), 'invariance-src-'));
  await mkdir(src, { recursive: true });
  for (const d of [
    resolve('seeds'),
    join(shared, 'corpus'),
    resolve('tests/fixtures/answers-b'),
    ...freshSets.map((set) => resolve(FRESH_DIR, set)),
  ])
    await cp(d, src, { recursive: true });
  config.SEEDS_DIR = src;
}
const engine = await createEngine(config, { embedder: null, logger: { info() {}, warn() {} } });
try {
  const r = await runInvariance(engine, questions);
  if (!values.quiet) for (const d of r.disagreements) console.log(`${d.id} ${d.kind}: ${d.why} | ${d.q}`);
  for (const [k, t] of Object.entries(r.tally)) console.log(`${k.padEnd(16)} ${t.agree}/${t.total}`);
  console.log(
    `variants agree ${r.agree}/${r.total} (${((100 * r.agree) / r.total).toFixed(1)}%) over ${questions.length} questions`,
  );
} finally {
  await engine.close();
}
