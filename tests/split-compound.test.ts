import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from './helpers/eval-engine.ts';

/**
 * A word asked and a longer word that contains its syllables apart: "xuất khẩu" asked, "xuất nhập
 * khẩu" written; "hộ nghèo" asked, "hộ thoát nghèo" or "hộ cận nghèo" written. The syllables are
 * all in the quote, but the word is not: the figure is of something else, and the article does
 * not say. An inserted number ("kết nạp 64 đảng viên") or function word splits no word.
 *
 * Questions written and frozen before the rule was built (baseline in the commit message), over
 * one article written for this test (tests/fixtures/split-compound) among the robustness articles.
 */
describe('a word asked, a longer word written (keyword-only)', () => {
  const engine = useCorpusEngine('split-compound', [
    'tests/fixtures/split-compound',
    'eval/robustness/corpus',
  ]);
  const ask = (text: string) => engine().ask(text);

  // Before the rule 1 of the 6 was refused; with learned words only 4 ("xuất khẩu" is written whole
  // in no article here, so only the dictionary knows it as a word).
  const NEAR_MISSES = [
    'Kim ngạch xuất khẩu của huyện Hướng Hóa 6 tháng đầu năm 2024 đạt bao nhiêu?',
    'kim ngach xuat khau huong hoa 6 thang dau nam 2024 bn',
    "What was Huong Hoa district's export value in the first half of 2024?",
    'Huyện Hướng Hóa có bao nhiêu hộ nghèo?',
    'huong hoa co bn ho ngheo',
    'How many poor households does Huong Hoa district have?',
  ];

  it.each(NEAR_MISSES)('%s → not stated', async (q) => {
    expect((await ask(q)).answered).toBe(false);
  });

  it.each([
    ['Kim ngạch xuất nhập khẩu qua Cửa khẩu Lao Bảo 6 tháng đầu năm 2024 đạt bao nhiêu?', '215 triệu USD'],
    ['kim ngach xuat nhap khau huong hoa 6 thang dau 2024 dc bn', '215 triệu USD'],
    ["What was Huong Hoa's import-export turnover in the first half of 2024?", '215 triệu USD'],
    ['Hướng Hóa có bao nhiêu hộ thoát nghèo trong 6 tháng đầu năm 2024?', '420'],
    ['huong hoa 6 thang dau nam 2024 co bn ho thoat ngheo', '420'],
    ['Số hộ cận nghèo của huyện Hướng Hóa còn bao nhiêu?', '1.126'],
    ['huong hoa con bn ho can ngheo', '1.126'],
    ['How many near-poor households does Huong Hoa have?', '1.126'],
    ['Hướng Hóa chuyển đổi bao nhiêu ha đất lúa?', '85'],
    ['huong hoa chuyen doi bn ha dat lua', '85'],
    ['Huyện Hướng Hóa kết nạp bao nhiêu đảng viên mới trong 6 tháng đầu năm 2024?', '64'],
    ['huong hoa ket nap dc bn dang vien moi', '64'],
    ['How many new party members did Huong Hoa admit in the first half of 2024?', '64'],
  ])('%s → %s', async (q, value) => {
    // The answer's first line is the meeting's headline; the figure's line starts with the value.
    const escaped = value.replace(/[.]/gu, '\\.');
    expect((await ask(q)).answer).toMatch(new RegExp(`^${escaped}(?: |$)`, 'mu'));
  });
});
