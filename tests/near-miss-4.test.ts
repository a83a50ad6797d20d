import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../src/query/parse.ts';
import { devCorpusPresent, useEvalEngine } from './helpers/eval-engine.ts';
import { scoreNearMissSet } from './helpers/near-miss-score.ts';

const present = devCorpusPresent('near-miss-4.test', 'the fourth near-miss set');

/**
 * Frozen set of issue 10 (tests/fixtures/near-miss-4.jsonl), keyword-only over the seeds, the dev
 * corpus and the robustness articles: 19 unanswerable kinds the first three sets lack (a delegate
 * count, a venue hall, a deadline never set or set for another task, a count where only a rate is
 * given, a neighbouring subject — tonnes for hectares, organisations for members disciplined,
 * exports alone for import-export —, a province-wide figure from district reports, the presenter
 * of another document, a person named in another role, a comparison with a side absent), each
 * formal, in chat and in English, beside 16 answerable controls of the same facts.
 */
const CONTROLS = 48;
const NEAR_MISSES = 57;
/**
 * Measured (2026-12-02, this branch, load ~3): controls 41/48 (dev 19/24, frozen 22/24),
 * near-misses answered 18/57 (dev 10/30, frozen 8/27). On main 80a61eb: controls 41/48,
 * near-misses answered 34/57 (dev 17/30, frozen 17/27). Floors raised to main's measurement of
 * 2026-12-03 (tenth session): controls 43/48, near-misses answered 9/57 (dev 2/30, frozen 7/27) with
 * words written apart, 8/57 (frozen 6/27) with English counted nouns; 6/57 (dev 0/30, frozen 6/27)
 * in the eleventh session, a project's amount stated only by a sentence naming that project.
 */
const CONTROLS_CORRECT = 43;
const NEAR_MISSES_ANSWERED = 6;

describe('venue asked by its kind of place', () => {
  it('reads "tại hội trường nào" and "in which hall" as the venue', () => {
    expect(parseQuestion('Hội nghị lần thứ 17 được tổ chức tại hội trường nào?').target.target).toEqual({
      kind: 'venue',
    });
    expect(parseQuestion('hoi nghi lan thu 17 to chuc o hoi truong nao').target.target).toEqual({
      kind: 'venue',
    });
    expect(parseQuestion('In which hall was the 17th plenum held?').target.target).toEqual({ kind: 'venue' });
  });
});

describe.skipIf(!present)('frozen near-miss set 4 (keyword-only)', () => {
  const engine = useEvalEngine({ prefix: 'near-miss-4', extra: ['eval/robustness/corpus'] });

  it(`controls ≥ ${CONTROLS_CORRECT}, at most ${NEAR_MISSES_ANSWERED} near-misses answered`, async () => {
    const { controls, misses, correct, answered, summary } = await scoreNearMissSet(
      engine(),
      'tests/fixtures/near-miss-4.jsonl',
      ['dev', 'frozen'],
    );
    console.info(`near-miss-4.test: ${summary}`);
    expect(controls).toHaveLength(CONTROLS);
    expect(misses).toHaveLength(NEAR_MISSES);
    expect(correct.length).toBeGreaterThanOrEqual(CONTROLS_CORRECT);
    expect(answered.length).toBeLessThanOrEqual(NEAR_MISSES_ANSWERED);
  }, 300_000);

  it('a deadline is the asked task’s, a stated venue is still given', async () => {
    const stated = await engine().ask(
      'Tại hội nghị giao ban quý III năm 2024, Huyện ủy Ngọc Hồi yêu cầu hoàn thành xóa nhà tạm trước ngày nào?',
    );
    expect(stated.answer).toContain('15/11/2024');
    // The 2023 plenum set 31/1/2024 for disbursement, no date for houses.
    const other = await engine().ask(
      'Hội nghị lần thứ 17 Ban Chấp hành Đảng bộ huyện Ngọc Hồi tổng kết năm 2023 yêu cầu hoàn thành xóa nhà tạm trước ngày nào?',
    );
    expect(other.answered).toBe(false);
    const hall = await engine().ask(
      'Buổi làm việc của đoàn công tác Thường trực Tỉnh ủy Quảng Bình với Huyện ủy Minh Hóa ngày 26/8/2021 diễn ra tại hội trường nào?',
    );
    expect(hall.answer).toContain('hội trường Huyện ủy Minh Hóa');
  }, 120_000);

  it('a person asked in a role the article gives another, and a figure of the neighbouring clause, are not answered', async () => {
    for (const q of [
      'Đồng chí Thào A Sình trình bày báo cáo gì tại hội nghị giao ban 6 tháng đầu năm 2022 của Ban Thường vụ Huyện ủy Tủa Chùa?',
      'dc ho dang khoa chu tri ky hop nao cua hdnd hai lang 2023',
      'Sáu tháng đầu năm 2022, thành phố Cao Bằng thi hành kỷ luật bao nhiêu tổ chức đảng?',
      'Ai trình bày tờ trình dự toán ngân sách huyện năm 2024 tại hội nghị lần thứ 17 Ban Chấp hành Đảng bộ huyện Ngọc Hồi?',
    ])
      expect((await engine().ask(q)).answered, q).toBe(false);
    const members = await engine().ask(
      'Sáu tháng đầu năm 2022, cấp ủy các cấp thành phố Cao Bằng thi hành kỷ luật bao nhiêu đảng viên?',
    );
    expect(members.answer).toMatch(/(?<![\d.,])3 đảng viên/u);
  }, 120_000);
});
