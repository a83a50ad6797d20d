/**
 * A frame syllable inside a two-syllable word of the question is the word's (answer/evidence.ts
 * `keepCompounds`, `contentCoverage`): "tăng" is a change cue, "tăng trưởng" is growth, so a
 * sentence saying only "tăng 12%" does not carry "tăng trưởng"; a longer phrase joins words, each
 * read on its own.
 */
import { describe, expect, it } from 'vitest';
import { contentCoverage, type EvidenceQuery, keepCompounds } from '../src/answer/evidence.ts';

const eq = (phrases: string[][], terms: string[]): EvidenceQuery => ({
  idf: new Map(terms.map((t) => [t, 1])),
  folded: false,
  ignore: new Set(),
  phrases,
  units: [],
  shape: null,
});

describe('compounds in the content check', () => {
  const growth = eq([['tăng', 'trưởng']], ['tăng', 'trưởng', 'kinh', 'tế']);

  it('keeps a frame syllable joined to a content syllable in a two-syllable phrase', () => {
    expect([...keepCompounds(new Set(['tăng', 'giảm']), growth)]).toEqual(['giảm']);
    // Both syllables frame: nothing to keep.
    expect([...keepCompounds(new Set(['tăng', 'trưởng']), growth)].sort()).toEqual(['trưởng', 'tăng']);
  });

  it('counts the compound only when the sentence writes all of it', () => {
    const asked = 'tăng'; // the change cue, as a figure question's frame sets it aside
    // "tăng" is asked (kept) but not carried without "trưởng": 2 of the 4 words' weight.
    expect(contentCoverage('Kinh tế tăng 12% so với cùng kỳ.', growth, asked)).toBe(0.5);
    expect(contentCoverage('Kinh tế của huyện tăng trưởng 9,2%.', growth, asked)).toBe(1);
    // Its syllables may stand apart.
    const poverty = eq([['giảm', 'nghèo']], ['giảm', 'nghèo']);
    expect(contentCoverage('Số hộ nghèo giảm còn 412 hộ.', poverty, 'giảm')).toBe(1);
    expect(contentCoverage('Diện tích rừng giảm 2%.', poverty, 'giảm')).toBe(0);
    // A syllable set aside for another reason (the headline writes "thành" of "thành công") is not
    // a cue: "hoàn thành" is not asked whole.
    const done = eq([['hoàn', 'thành']], ['hoàn', 'thành']);
    expect(contentCoverage('Kết nạp 54 đảng viên, đạt 108% kế hoạch.', done, 'thành công')).toBe(0);
    expect([...keepCompounds(new Set(['thành']), done)]).toEqual(['thành']);
  });

  it('reads each word of a longer phrase on its own', () => {
    const festival = eq([['lễ', 'hội', 'truyền', 'thống']], ['lễ', 'hội', 'truyền', 'thống']);
    // "hội" frames (hội nghị) and stays set aside; "lễ" is found, "truyền thống" is not.
    expect(contentCoverage('Lễ hội Lồng tông được tổ chức trang trọng.', festival, 'hội')).toBeCloseTo(1 / 3);
  });
});
