import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../src/query/parse.ts';
import { devCorpusPresent, useEvalEngine } from './helpers/eval-engine.ts';
import { scoreNearMissSet } from './helpers/near-miss-score.ts';

const present = devCorpusPresent('near-miss-5.test', 'the fifth near-miss set');

/**
 * Frozen set of issue 10 (tests/fixtures/near-miss-5.jsonl), keyword-only over the seeds, the dev
 * corpus and the robustness articles: 20 unanswerable kinds the first four sets lack (a ministry,
 * department or mass organisation as the holder, a 2025 province asked before the mergers, a
 * cumulative figure where only the quarter's is stated and the converse, a target asked as a
 * result, disciplined vs inspected, a Party department as the holder, a person only in a sidebar,
 * another term of office, another year's resolution, the date of an event only planned, an amount
 * where only a share is given, a commune asked for its district's figure, "latest" about a body
 * with no report, a sum of another purpose), each formal, in chat and in English, beside 17
 * answerable controls of the same facts.
 */
const CONTROLS = 51;
const NEAR_MISSES = 60;
/**
 * Measured (2026-12-02, branch s7-abstain 9503b2d): controls 48/51 (dev 25/27, held 23/24),
 * near-misses answered 14/60 (dev 2/30, held 12/30). On main 08f3140: controls 48/51 (dev 25/27,
 * held 23/24), near-misses answered 36/60 (dev 16/30, held 20/30). Floor lowered to main's
 * measurement of 2026-12-03 (tenth session, budget lines in the glossary): near-misses answered
 * 11/60 (dev 0/30, held 11/30), controls 48/51. Twelfth session (a planned date, "dự kiến tổ chức
 * tháng mấy", is the one a sentence states as an event to be held, not the meeting's own): controls
 * 50/51 (dev 27/27, held 23/24).
 */
const CONTROLS_CORRECT = 50;
const NEAR_MISSES_ANSWERED = 11;

describe('places and terms in time', () => {
  it('reads a 2025 province asked before the mergers as the province of that year', () => {
    const before = parseQuestion(
      'Ban Chỉ đạo Chuyển đổi số tỉnh Hưng Yên sơ kết 6 tháng đầu năm 2023 do ai chủ trì?',
    );
    expect(before.places[0]?.candidates.map((c) => c.id)).toEqual(['p:33']);
    const after = parseQuestion('thu ngan sach can tho nam 2025');
    expect(after.places[0]?.candidates.some((c) => c.id.startsWith('p2025'))).toBe(true);
  });
});

describe.skipIf(!present)('frozen near-miss set 5 (keyword-only)', () => {
  const engine = useEvalEngine({ prefix: 'near-miss-5', extra: ['eval/robustness/corpus'] });

  it(`controls ≥ ${CONTROLS_CORRECT}, at most ${NEAR_MISSES_ANSWERED} near-misses answered`, async () => {
    const { controls, misses, correct, answered, summary } = await scoreNearMissSet(
      engine(),
      'tests/fixtures/near-miss-5.jsonl',
      ['dev', 'held'],
      // Per-half figures only: the held-out half's individual results are not printed.
      false,
    );
    console.info(`near-miss-5.test: ${summary}`);
    expect(controls).toHaveLength(CONTROLS);
    expect(misses).toHaveLength(NEAR_MISSES);
    expect(correct.length).toBeGreaterThanOrEqual(CONTROLS_CORRECT);
    expect(answered.length).toBeLessThanOrEqual(NEAR_MISSES_ANSWERED);
  }, 300_000);

  it('a ministry, a mass organisation, another term and a quarter-only figure are not answered', async () => {
    for (const q of [
      'Bộ Y tế tổ chức hội nghị sơ kết công tác chuyển đổi số 6 tháng đầu năm 2023 do ai chủ trì?',
      'hoi nong dan huyen tuy phong giao ban q2 2022 ai chu tri',
      'Hội nghị lần thứ ba Ban Chấp hành Đảng bộ huyện Tiền Hải nhiệm kỳ 2015 - 2020 do ai chủ trì?',
      'Trong 9 tháng năm 2020, Đảng bộ thị xã Ba Đồn kết nạp bao nhiêu đảng viên?',
    ])
      expect((await engine().ask(q)).answered, q).toBe(false);
    const chair = await engine().ask(
      'Hội nghị lần thứ ba Ban Chấp hành Đảng bộ huyện Tiền Hải nhiệm kỳ 2020 - 2025 do ai chủ trì?',
    );
    expect(chair.answer).toContain('Bùi Thị Mến');
    const quarter = await engine().ask(
      'Trong quý III năm 2020, các tổ chức cơ sở đảng thị xã Ba Đồn kết nạp bao nhiêu đảng viên?',
    );
    expect(quarter.answer).toMatch(/(?<![\d.,])32 đảng viên/u);
  }, 120_000);
});
