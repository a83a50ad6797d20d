import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import type { Embedder } from '../src/embed/types.ts';
import { createEngine } from '../src/engine/create.ts';
import { type EvalQuestion, type EvalSummary, scoreAnswer, summarize } from '../src/eval/score.ts';
import { renameEvalSet } from './helpers/rename.ts';
import { testEmbedder } from './helpers/test-embedder.ts';

// The development evaluation set lives beside the project; without it these checks cannot run.
const EVAL = resolve('../shared/eval');
const present = existsSync(join(EVAL, 'questions.jsonl'));
if (!present) console.warn(`eval.test: ${EVAL} is absent, skipping the evaluation targets`);

const read = (file: string): EvalQuestion[] =>
  readFileSync(join(EVAL, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalQuestion);

let tmp: string;
let embedder: Embedder;

async function run(
  sourceDirs: string[],
  file: string | EvalQuestion[],
  vectors: boolean,
  files?: Map<string, string>,
): Promise<EvalSummary> {
  const dir = await mkdtemp(join(tmp, 'run-'));
  const seeds = join(dir, 'seeds');
  for (const d of sourceDirs) await cp(d, seeds, { recursive: true });
  await mkdir(seeds, { recursive: true });
  for (const [name, text] of files ?? []) await writeFile(join(seeds, name), text);
  const config = { ...loadConfig({}), SEEDS_DIR: seeds, INDEX_DIR: join(dir, 'index') };
  const engine = await createEngine(config, {
    embedder: vectors ? embedder : null,
    logger: { info() {}, warn() {} },
  });
  try {
    const results = [];
    for (const q of typeof file === 'string' ? read(file) : file)
      results.push(scoreAnswer(q, await engine.ask(q.q)));
    return summarize(results);
  } finally {
    await engine.close();
  }
}

describe.skipIf(!present)('evaluation targets (npm run eval)', () => {
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'eval-test-'));
    embedder = await testEmbedder(tmp, [resolve('seeds'), join(EVAL, 'corpus')]);
  });
  afterAll(async () => {
    await embedder?.close?.();
    await rm(tmp, { recursive: true, force: true });
  });

  it.each([
    ['keyword-only', false],
    ['hybrid', true],
  ])('seeds questions, %s: at least 14 of 15', async (_n, vectors) => {
    const s = await run([resolve('seeds')], 'seeds-questions.jsonl', vectors);
    expect(s.correct).toBeGreaterThanOrEqual(14);
    expect(s.noneAnswered).toBe(0);
  });

  it.each([
    ['keyword-only', false],
    ['hybrid', true],
  ])(
    'corpus questions, %s: at least 85 percent correct, no none answered, p95 ≤ 150 ms',
    async (_n, vectors) => {
      const s = await run([join(EVAL, 'corpus')], 'questions.jsonl', vectors);
      expect(s.accuracy).toBeGreaterThanOrEqual(0.85);
      expect(s.noneAnswered).toBe(0);
      expect(s.p95Ms).toBeLessThanOrEqual(150);
    },
  );

  it('scores the same when the articles move to other names (within one question)', async () => {
    const original = await run([join(EVAL, 'corpus')], 'questions.jsonl', false);
    const moved = renameEvalSet(join(EVAL, 'corpus'), read('questions.jsonl'));
    expect(moved.renamed.size).toBeGreaterThan(30);
    const renamed = await run([], moved.questions, false, moved.files);
    console.info(
      `eval.test: renamed ${moved.renamed.size} names: ${renamed.correct}/${renamed.total} vs ${original.correct}/${original.total}`,
    );
    // One question more may differ than before place linking: made-up names are not in the gazetteer,
    // so a district article asked about with its province (d035: the article never names the
    // province) is answered only under real names. A real move to another province keeps the link.
    // Measured 78 vs 79 (the eighth session, once made-up syllables no longer fold to words the
    // articles write): d035 is that one question.
    expect(Math.abs(renamed.correct - original.correct)).toBeLessThanOrEqual(1);
    expect(renamed.noneAnswered).toBe(0);
  });
});
