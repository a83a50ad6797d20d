/**
 * The frozen near-miss set (tests/fixtures/near-miss.jsonl, written before the support check):
 * answerable controls and unanswerable near-misses over the seeds and the dev corpus — a role the
 * article does not name, a period or year it does not cover, a figure or unit it does not give, a
 * person not present, a district that did not meet, a topic never raised — in formal Vietnamese,
 * unaccented chat and English. The floors are the figures measured when the support check landed
 * (before it: 36/36 controls, 7 of 32 near-misses answered); a change that answers a near-miss
 * again, or loses a control, fails here. Without the dev corpus beside the project it is skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedTitle, unseenTerms } from '../src/answer/support.ts';
import { loadConfig } from '../src/config.ts';
import { createEngine } from '../src/engine/create.ts';
import type { Engine } from '../src/engine/types.ts';
import { type EvalQuestion, type EvalResult, scoreAnswer } from '../src/eval/score.ts';

const CORPUS = resolve('../shared/eval/corpus');
const present = existsSync(CORPUS);
if (!present) console.warn(`near-miss.test: ${CORPUS} is absent, skipping the near-miss set`);

/** Measured with the support check (support.ts): every control, all near-misses but one. */
const CONTROLS_CORRECT = 36;
const NEAR_MISSES_ANSWERED = 1;

describe('the title a who-question names', () => {
  it('reads head, body and level, and not a role verb', () => {
    expect(askedTitle('Ai là Phó Chủ tịch UBND tỉnh dự hội nghị tổng kết?')).toBe('pho chu tich ubnd tinh');
    expect(askedTitle('ai la bi thu huyen uy chu tri hoi nghi')).toBe('bi thu huyen uy');
    expect(askedTitle('Ai làm trưởng đoàn công tác của Thường trực Tỉnh ủy?')).toBeNull();
    expect(askedTitle('Ai chủ trì hội nghị?')).toBeNull();
  });
});

describe('question terms no passage contains', () => {
  it('are those with the largest idf an index of that size gives', () => {
    const n = 107;
    const idf = (df: number) => Math.max(0.05, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    const terms = new Map([
      ['ti', idf(0)],
      ['tram', idf(1)],
      ['ban', idf(80)],
    ]);
    expect([...unseenTerms(terms, n)]).toEqual(['ti']);
  });
});

describe.skipIf(!present)('frozen near-miss set (keyword-only)', () => {
  let tmp: string;
  let engine: Engine;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'near-miss-'));
    const seeds = join(tmp, 'seeds');
    for (const d of [resolve('seeds'), CORPUS]) await cp(d, seeds, { recursive: true });
    const config = { ...loadConfig({}), SEEDS_DIR: seeds, INDEX_DIR: join(tmp, 'index') };
    engine = await createEngine(config, { embedder: null, logger: { info() {}, warn() {} } });
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
    await rm(tmp, { recursive: true, force: true });
  });

  it(`controls: at least ${CONTROLS_CORRECT} correct; near-misses: at most ${NEAR_MISSES_ANSWERED} answered`, async () => {
    const questions = readFileSync('tests/fixtures/near-miss.jsonl', 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as EvalQuestion);
    const results: EvalResult[] = [];
    for (const q of questions) results.push(scoreAnswer(q, await engine.ask(q.q)));
    const controls = results.filter((r) => r.type !== 'none');
    const misses = results.filter((r) => r.type === 'none');
    const correct = controls.filter((r) => r.correct).length;
    const answered = misses.filter((r) => r.answered);
    const wrong = controls.filter((r) => r.answered && !r.correct).length;
    console.info(
      `near-miss.test: controls ${correct}/${controls.length} (${wrong} answered wrongly), near-misses answered ${answered.length}/${misses.length}: ${answered.map((r) => r.id).join(' ')}`,
    );
    expect(controls).toHaveLength(36);
    expect(misses).toHaveLength(32);
    expect(correct).toBeGreaterThanOrEqual(CONTROLS_CORRECT);
    expect(wrong).toBe(0);
    expect(answered.length).toBeLessThanOrEqual(NEAR_MISSES_ANSWERED);
  }, 300_000);
});
