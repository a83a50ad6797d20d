import { describe, expect, it } from 'vitest';
import { type EvalQuestion, type EvalResult, scoreAnswer } from '../src/eval/score.ts';
import { devCorpusPresent, readJsonLines, useEvalEngine } from './helpers/eval-engine.ts';

const present = devCorpusPresent('figures-3way.test', 'the frozen figures set asked three ways');

/**
 * The frozen figures set (tests/fixtures/figures-3way.jsonl): 69 figures of 15 articles (8 of
 * eval/robustness/corpus) asked formal / chat / English — which figure (total, admitted, target,
 * rate), units and scales ("mấy tỷ", "in trillion dong", "triệu USD"), a named period among
 * several ("quý II" vs "6 tháng") — and 14 near-misses (a figure the article does not give, another
 * period or year). Groups are split dev (tuned on) / frozen (reported only).
 */
const QUESTIONS = 207;
const NEAR_MISSES = 14;
const GROUPS = 69;
/**
 * Measured keyword-only: 178 correct, 45 groups agreeing, 2 near-misses answered on s5-figures (main
 * 0643eed); 198, 62, 0 at the seventeenth session's start; 200 (frozen 93 → 95), 63, 0 after it. The two
 * frozen ones gained (fx070, fx071: a plan "điều chỉnh" taken for a target) were found through a
 * near-miss made of fx070, so that gain is not an unseen measurement.
 */
const CORRECT = 200;
const GROUPS_AGREEING = 63;
const NEAR_MISSES_ANSWERED = 0;

interface FigureQuestion extends EvalQuestion {
  group?: string;
  split: 'dev' | 'frozen';
}

describe.skipIf(!present)('frozen figures set asked three ways (keyword-only)', () => {
  const engine = useEvalEngine({ prefix: 'figures-3way', extra: ['eval/robustness/corpus'] });

  it(`at least ${CORRECT}/${QUESTIONS} correct, ${GROUPS_AGREEING}/${GROUPS} groups right in all three phrasings, at most ${NEAR_MISSES_ANSWERED} near-miss answered`, async () => {
    const questions = readJsonLines<FigureQuestion>('tests/fixtures/figures-3way.jsonl');
    const results: { q: FigureQuestion; r: EvalResult }[] = [];
    for (const q of questions) results.push({ q, r: scoreAnswer(q, await engine().ask(q.q)) });
    const asked = results.filter((x) => x.q.type !== 'none');
    const misses = results.filter((x) => x.q.type === 'none');
    const correct = asked.filter((x) => x.r.correct);
    const groups = new Map<string, boolean>();
    for (const x of asked) groups.set(x.q.group!, (groups.get(x.q.group!) ?? true) && x.r.correct);
    const agreeing = [...groups.values()].filter(Boolean).length;
    const answered = misses.filter((x) => x.r.answered);
    const wrong = asked.filter((x) => x.r.answered && !x.r.correct);
    console.info(
      `figures-3way.test: ${correct.length}/${asked.length} correct (dev ${correct.filter((x) => x.q.split === 'dev').length}, frozen ${correct.filter((x) => x.q.split === 'frozen').length}); groups agreeing ${agreeing}/${groups.size}; answered wrongly: ${wrong.map((x) => x.q.id).join(' ')}; near-misses answered ${answered.length}/${misses.length}: ${answered.map((x) => x.q.id).join(' ')}`,
    );
    expect(asked).toHaveLength(QUESTIONS);
    expect(misses).toHaveLength(NEAR_MISSES);
    expect(groups.size).toBe(GROUPS);
    expect(correct.length).toBeGreaterThanOrEqual(CORRECT);
    expect(agreeing).toBeGreaterThanOrEqual(GROUPS_AGREEING);
    expect(answered.length).toBeLessThanOrEqual(NEAR_MISSES_ANSWERED);
  }, 300_000);

  it('the asked period picks the figure: the half-year total beside the quarter count, and no other year', async () => {
    const half = await engine().ask(
      '6 tháng đầu năm 2022, Đảng bộ huyện Chợ Đồn kết nạp tổng cộng bao nhiêu đảng viên?',
    );
    expect(half.answer).toMatch(/^Huyện ủy Chợ Đồn[^\n]*\n71 đồng chí —/u);
    const quarter = await engine().ask('cho don rieng q2 2022 ket nap may dv');
    expect(quarter.answer).toMatch(/\n43 đảng viên —/u);
    const otherYear = await engine().ask('ngoc hoi nam 2022 ket nap dc may dv moi');
    expect(otherYear.answered).toBe(false);
  }, 120_000);

  it('an amount asked in a unit is restated in it', async () => {
    const trillion = await engine().ask(
      "What was Hai Lang district's total production value in the first half of 2023, in trillion dong?",
    );
    expect(trillion.answer).toContain('2.815 tỷ đồng (= 2,815 nghìn tỷ đồng)');
    const usd = await engine().ask(
      'Kim ngạch xuất nhập khẩu qua huyện Ngọc Hồi năm 2023 đạt bao nhiêu triệu USD?',
    );
    expect(usd.answer).toContain('96 triệu USD —');
  }, 120_000);

  it('"bao nhiêu người" takes another people unit only when its sentence says what is counted', async () => {
    // Widened to "đảng viên", the unit named nothing: 23 members inspected answered attendance.
    const attended = await engine().ask('Hội nghị giao ban của Bảo Yên năm 2022 có bao nhiêu người tham dự?');
    expect(attended.answered).toBe(false);
    const admitted = await engine().ask('Bảo Yên 9 tháng 2022 kết nạp mấy người?');
    expect(admitted.answer).toContain('96 đảng viên —');
  }, 120_000);
});
