import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from './helpers/eval-engine.ts';

/**
 * Budget lines asked in English: land-use fees, domestic revenue, recurrent spending. An article
 * stating only the total budget revenue does not state a budget line, and one stating the line
 * answers it. Questions written and frozen before the glossary learned these lines (baseline in the
 * commit message), over two articles written for this test (tests/fixtures/budget-lines) among the
 * robustness articles.
 */
describe('budget lines asked in English (keyword-only)', () => {
  const engine = useCorpusEngine('budget-lines', ['tests/fixtures/budget-lines', 'eval/robustness/corpus']);
  const ask = (text: string) => engine().ask(text);

  it.each([
    'How many billion dong in land-use fees did Krong Buk collect in the first nine months of 2024?',
    'How much domestic revenue did Krong Buk district collect in the first 9 months of 2024?',
    "What was Krong Buk's recurrent spending in the first nine months of 2024?",
    'Krông Búk thu tiền sử dụng đất 9 tháng năm 2024 được bao nhiêu?',
    'krong buk 9 thang 2024 thu noi dia dat bn',
  ])('%s → not stated', async (q) => {
    expect((await ask(q)).answered).toBe(false);
  });

  it.each([
    [
      'How many billion dong in land-use fees did Buon Ho collect in the first nine months of 2024?',
      '45 tỷ đồng',
    ],
    ['How much domestic revenue did Buon Ho town collect in the first 9 months of 2024?', '180 tỷ đồng'],
    ["What was Buon Ho's recurrent spending in the first nine months of 2024?", '150 tỷ đồng'],
    ['How much budget revenue did Buon Ho collect in the first nine months of 2024?', '212 tỷ đồng'],
    ['How much budget revenue did Krong Buk collect in the first nine months of 2024?', '98 tỷ đồng'],
    ['Buôn Hồ thu tiền sử dụng đất 9 tháng năm 2024 được bao nhiêu?', '45 tỷ đồng'],
    ['buon ho 9 thang 2024 thu noi dia dat bn', '180 tỷ đồng'],
  ])('%s → %s', async (q, value) => {
    // The answer's first line is the meeting's headline; the figure's line starts with the value.
    expect((await ask(q)).answer).toMatch(new RegExp(`^${value}(?: |$)`, 'mu'));
  });
});
