import { describe, expect, it } from 'vitest';
import { figureParts } from '../src/answer/figure-pair.ts';
import { statedPart } from '../src/eval/score.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { useCorpusEngine } from './helpers/eval-engine.ts';

const parts = (q: string) => figureParts(parseQuestion(q))?.map((p) => p.text);

describe('figureParts', () => {
  it('splits two "bao nhiêu" at the clause break, the second led by the first up to its place', () => {
    expect(
      parts(
        'Thu ngân sách 9 tháng năm 2022 của huyện Chiêm Hóa đạt bao nhiêu, bằng bao nhiêu phần trăm dự toán?',
      ),
    ).toEqual([
      'Thu ngân sách 9 tháng năm 2022 của huyện Chiêm Hóa đạt bao nhiêu?',
      'Thu ngân sách 9 tháng năm 2022 của huyện Chiêm Hóa bằng bao nhiêu phần trăm dự toán?',
    ]);
    expect(parts('9t 2022 bao yen ket nap bn dv moi, tong so dv la bn')).toEqual([
      '9 thang 2022 bao yen ket nap bao nhieu dang vien moi?',
      '9 thang 2022 bao yen tong so dang vien la bao nhieu?',
    ]);
  });

  it('leaves one ask, three asks and a comparison alone', () => {
    expect(parts('Huyện Bảo Yên kết nạp bao nhiêu đảng viên?')).toBeUndefined();
    expect(parts('bao nhiêu xã, bao nhiêu thôn, bao nhiêu hộ?')).toBeUndefined();
    expect(parts('Huyện nào kết nạp nhiều đảng viên hơn, Bảo Yên hay Chiêm Hóa?')).toBeUndefined();
  });
});

/**
 * Over the measured-noun article (revenue with its share of the estimate, admissions and the total)
 * among the robustness articles: a one-article index weighs every term alike.
 */
describe('two figures asked in one question (keyword-only)', () => {
  const engine = useCorpusEngine('figure-pair', ['tests/fixtures/measured-noun', 'eval/robustness/corpus']);

  it.each([
    [
      'Thu ngân sách 5 tháng đầu năm 2021 của huyện Ia H’Drai đạt bao nhiêu, bằng bao nhiêu phần trăm dự toán?',
      ['41,2 tỷ đồng', '63,5%'],
    ],
    ['ia hdrai ket nap bn dv moi, hien co bn dv', ['24 đảng viên', '1.318 đảng viên']],
  ])('%s → both stated', async (q, values) => {
    const stated = statedPart((await engine().ask(q)).answer);
    for (const v of values) expect(stated).toContain(v);
  });
});
