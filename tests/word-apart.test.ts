import { describe, expect, it } from 'vitest';
import type { EvidenceQuery } from '../src/answer/evidence.ts';
import { wordWrittenApart } from '../src/answer/word-apart.ts';
import { isDictionaryWord } from '../src/text/dictionary.ts';

/** An evidence query over `phrases` (in the question's form), nothing ignored. */
function query(phrases: string[][], folded = false): EvidenceQuery {
  return { idf: new Map(), folded, ignore: new Set(), phrases, units: [], shape: 'quantity' };
}

describe('isDictionaryWord', () => {
  it('knows two-syllable words with and without diacritics', () => {
    expect(isDictionaryWord('xuất', 'khẩu', false)).toBe(true);
    expect(isDictionaryWord('xuat', 'khau', true)).toBe(true);
    expect(isDictionaryWord('khẩu', 'xuất', false)).toBe(false);
    // Folded syllables are no entry of the list as written.
    expect(isDictionaryWord('xuat', 'khau', false)).toBe(false);
  });

  it('leaves proper names out', () => {
    // "A Bung" is listed with capitals (a place); names are the gazetteer's.
    expect(isDictionaryWord('a', 'bung', false)).toBe(false);
  });
});

describe('wordWrittenApart', () => {
  it('finds a question phrase written with a content syllable inside', () => {
    const eq = query([['hộ', 'nghèo']]);
    expect(wordWrittenApart(eq, 'bao nhiêu hộ nghèo', true, 'Toàn huyện có 420 hộ thoát nghèo.')).toBe(
      'hộ nghèo',
    );
    expect(wordWrittenApart(eq, 'bao nhiêu hộ nghèo', true, 'số hộ cận nghèo còn 1.126 hộ')).toBe('hộ nghèo');
  });

  it('lets the word written whole anywhere in the quote stand', () => {
    const eq = query([['hộ', 'nghèo']]);
    expect(wordWrittenApart(eq, 'hộ nghèo', true, 'còn 300 hộ nghèo và 200 hộ cận nghèo')).toBeNull();
  });

  it('splits no word by a number, a function word, a clause break or after a measure word', () => {
    expect(wordWrittenApart(query([['nạp', 'đảng']]), '', true, 'kết nạp 64 đảng viên')).toBeNull();
    expect(wordWrittenApart(query([['khai', 'nhiệm']]), '', true, 'triển khai các nhiệm vụ')).toBeNull();
    expect(wordWrittenApart(query([['xuất', 'cảnh']]), '', true, 'lượt người xuất, nhập cảnh')).toBeNull();
    expect(wordWrittenApart(query([['tổng', 'vốn']]), '', true, 'tổng nguồn vốn là 48,6 tỷ đồng')).toBeNull();
  });

  it("reads a Vietnamese question's dictionary words, not an English one's", () => {
    const quote = 'kim ngạch xuất nhập khẩu đạt 215 triệu USD';
    expect(wordWrittenApart(query([]), 'kim ngạch xuất khẩu bao nhiêu', true, quote)).toBe('xuất khẩu');
    expect(wordWrittenApart(query([], true), 'kim ngach xuat khau bn', true, quote)).toBe('xuat khau');
    expect(wordWrittenApart(query([]), 'xuất khẩu', false, quote)).toBeNull();
  });

  it('takes no pair that ends one dictionary word and starts the next', () => {
    const quote = 'hỗ trợ người lao động gặp khó khăn do đại dịch';
    // Folded "dong kho" is a listed word, but here it is "lao động" + "khó khăn".
    expect(wordWrittenApart(query([], true), 'ho tro lao dong kho khan do dich', true, quote)).toBeNull();
  });
});
