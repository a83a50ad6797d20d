import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from './helpers/eval-engine.ts';

/**
 * An amount per item asked ("mỗi nhà", "each household", "per house") is answered only by a
 * figure stated per item (answer/targets.ts PER_ITEM_ASKED, perItem): "hỗ trợ xóa 96 nhà tạm, mỗi
 * nhà 60 triệu đồng" answers 60 triệu đồng, not 96, and an article stating no amount per item does
 * not say. A place or a period after "mỗi"/"each" ("mỗi huyện", "each quarter") and "per the
 * briefing" ask no such amount. Questions written for this test over eval/robustness/corpus.
 */
describe('amounts per item (keyword-only, robustness articles)', () => {
  const engine = useCorpusEngine('per-item', ['eval/robustness/corpus']);
  const ask = (text: string) => engine().ask(text);

  it.each([
    'Mỗi nhà tạm ở Ngọc Hồi được hỗ trợ bao nhiêu?',
    'How much money did Ngoc Hoi give each temporary house?',
    'How much support did each household get for removing a temporary house in Ngoc Hoi?',
    'How much did Ngoc Hoi support per temporary house in the first nine months of 2024?',
  ])('%s → the amount per house', async (q) => {
    const a = await ask(q);
    expect(a.answer).toMatch(/^60 triệu đồng — /mu);
  });

  it('the count beside it still answers how many houses', async () => {
    expect((await ask('Ngọc Hồi hỗ trợ xóa bao nhiêu nhà tạm?')).answer).toMatch(/^96 — /mu);
  });

  it('an article with no amount per item does not say', async () => {
    expect((await ask('Mỗi chi bộ ở Đồng Văn có bao nhiêu đảng viên?')).answered).toBe(false);
    expect((await ask('How much was each new party member in Dong Van given?')).answered).toBe(false);
  });
});
