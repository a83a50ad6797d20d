import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from './helpers/eval-engine.ts';

/**
 * A figure the question writes ("tổng kế hoạch vốn 3 chương trình … là bao nhiêu") is part of
 * what is asked about, not its answer (answer/targets.ts `restatedByQuestion`); a yes/no claim's
 * figure is still verified. Over one article written for this test among the robustness articles.
 */
describe('a figure the question writes is not its answer (keyword-only)', () => {
  const engine = useCorpusEngine('restated-figure', [
    'tests/fixtures/restated-figure',
    'eval/robustness/corpus',
  ]);
  const ask = (text: string) => engine().ask(text);

  it.each([
    'cu jut tong ke hoach von 3 chuong trinh muc tieu quoc gia nam 2024 la bn',
    'Tổng kế hoạch vốn năm 2024 thực hiện 3 chương trình mục tiêu quốc gia ở Cư Jút là bao nhiêu?',
  ])('%s → the amount, not the 3 programmes', async (q) => {
    expect((await ask(q)).answer).toMatch(/^62,4 tỷ đồng — /mu);
  });

  it('a yes/no claim of that figure is verified', async () => {
    const a = await ask('Cư Jút có 6 xã đạt chuẩn nông thôn mới phải không?');
    expect(a.answer).toMatch(/^Đúng\. /u);
  });
});
