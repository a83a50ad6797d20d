import { describe, expect, it } from 'vitest';
import { type EvalQuestion, type EvalResult, scoreAnswer } from '../src/eval/score.ts';
import { devCorpusPresent, readJsonLines, useEvalEngine } from './helpers/eval-engine.ts';

const present = devCorpusPresent('near-miss-2.test', 'the second near-miss set');

/**
 * The second frozen near-miss set (tests/fixtures/near-miss-2.jsonl): kinds the first lacks — a
 * period or year not covered, another organisation kind, a commune sharing a district's name, a
 * figure of another kind, a next meeting, a person's other role, a comparison with one side
 * missing, a latest on an uncovered topic, questions outside the corpus.
 */
const CONTROLS = 38;
const NEAR_MISSES = 38;
/** Measured (see the README's figures): controls correct at least, near-misses answered at most. */
const CONTROLS_CORRECT = 36;
const NEAR_MISSES_ANSWERED = 0;

describe.skipIf(!present)('frozen near-miss set 2 (keyword-only)', () => {
  const engine = useEvalEngine({ prefix: 'near-miss-2' });

  it(`controls: at least ${CONTROLS_CORRECT} correct; near-misses: at most ${NEAR_MISSES_ANSWERED} answered`, async () => {
    const questions = readJsonLines<EvalQuestion>('tests/fixtures/near-miss-2.jsonl');
    const results: EvalResult[] = [];
    for (const q of questions) results.push(scoreAnswer(q, await engine().ask(q.q)));
    const controls = results.filter((r) => r.type !== 'none');
    const misses = results.filter((r) => r.type === 'none');
    const correct = controls.filter((r) => r.correct);
    const wrong = controls.filter((r) => r.answered && !r.correct);
    const answered = misses.filter((r) => r.answered);
    const failed = controls.filter((r) => !r.correct);
    console.info(
      `near-miss-2.test: controls ${correct.length}/${controls.length} (failed: ${failed.map((r) => r.id).join(' ')}; answered wrongly: ${wrong.map((r) => r.id).join(' ')}), near-misses answered ${answered.length}/${misses.length}: ${answered.map((r) => r.id).join(' ')}`,
    );
    expect(controls).toHaveLength(CONTROLS);
    expect(misses).toHaveLength(NEAR_MISSES);
    expect(correct.length).toBeGreaterThanOrEqual(CONTROLS_CORRECT);
    expect(answered.length).toBeLessThanOrEqual(NEAR_MISSES_ANSWERED);
  }, 300_000);

  it('a mismatch names what is not met and shows the closest meeting as such, never its figure', async () => {
    const year = await engine().ask('phu quy nam 2020 khai thac hai san dat bao nhieu tan');
    expect(year.answered).toBe(false);
    expect(year.answer).toMatch(/^Các bài không nói về năm 2020; gần nhất là:/u);
    expect(year.answer).not.toContain('31.260 tấn —');
    const commune = await engine().ask('Thị trấn Bát Xát quý III/2020 kết nạp bao nhiêu đảng viên?');
    expect(commune.answered).toBe(false);
    expect(commune.answer).toMatch(/^Các bài không nói về thị trấn Bát Xát; gần nhất là:/u);
    const quarter = await engine().ask('How many new party members did Quynh Phu district admit in Q4 2021?');
    expect(quarter.answer).toMatch(/^The articles do not say anything about Q4 2021/u);
  }, 120_000);
});
