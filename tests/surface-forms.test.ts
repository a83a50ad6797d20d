/**
 * Diacritics and capitals learned from the indexed text (src/index/surface-forms.ts) and restored in
 * questions typed without them (src/query/restore.ts).
 */
import { describe, expect, it } from 'vitest';
import { learnSurfaceForms, type SurfaceLookup } from '../src/index/surface-forms.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { capitalisePlaces, iyVariant, restoreSurface, wantsRestoring } from '../src/query/restore.ts';
import { fold } from '../src/text/normalize.ts';

// Article-like text written for this test: a district of no evaluation set, made-up people.
const TEXTS = [
  'Đảng bộ huyện Lạc Thủy kết nạp 45 đảng viên mới trong năm 2021. Ông Phan Văn Tấn chủ trì hội nghị.',
  'Năm 2022, Huyện ủy Lạc Thủy kết nạp thêm đảng viên. Hội nghị do đồng chí Phan Văn Tấn chủ trì.',
  'Trong năm 2023 Lạc Thủy tiếp tục kết nạp đảng viên; hội nghị sơ kết được tổ chức tại hội trường.',
  'KẾT NẠP ĐẢNG VIÊN Ở LẠC THỦY. Bàn bạc về bản kế hoạch, ban hành văn bản, bán hàng.',
];

function lookup(texts: readonly string[]): SurfaceLookup {
  const forms = learnSurfaceForms(texts);
  return { get: (key) => forms.get(key) };
}

describe('learning surface forms', () => {
  const forms = learnSurfaceForms(TEXTS);

  it('keeps the dominant spelling of a bigram, with the capitals of names', () => {
    expect(forms.get('ket nap')?.form).toBe('kết nạp');
    expect(forms.get('lac thuy')?.form).toBe('Lạc Thủy');
    expect(forms.get('nam #')?.form).toBe('năm #');
  });

  it('stores nothing for an ambiguous syllable, a rare one, or one already bare', () => {
    expect(forms.get('ban')).toBeUndefined(); // single syllables are not learned
    expect(forms.get('ban bac')).toBeUndefined(); // seen once
    expect(forms.get('phan van')?.form).toBeUndefined(); // seen twice (below MIN_FORM_COUNT)
  });

  it('does not learn case from a sentence start or a headline in capitals', () => {
    // "Đảng bộ" opens a sentence, "ĐẢNG VIÊN" is a headline: the learned forms are lower case.
    expect(forms.get('dang vien')?.form).toBe('đảng viên');
  });
});

describe('restoring a bare question', () => {
  const forms = lookup(TEXTS);

  it('restores learned words and gazetteer place names, keeping the length', () => {
    const q = 'nam 2022 huyen lac thuy ket nap bao nhieu dang vien?';
    const r = restoreSurface(q, forms);
    expect(r).toBe('năm 2022 huyen Lạc Thủy kết nạp bao nhieu đảng viên?');
    expect(r.length).toBe(q.length);
  });

  it('a place the gazetteer spells with the other final i/y is still the place', () => {
    // The gazetteer writes "Vũ Quí"; typed "vu quy", it was read as "vụ quý" (a season, a quarter)
    // when learned words said so, and no place was linked.
    const season = lookup(['Vụ quý này thu hoạch sớm.', 'vụ quý một tốt', 'vụ quý hai tốt', 'vụ quý ba tốt']);
    const r = restoreSurface('xa vu quy don bang cong nhan', season);
    expect(r).toBe('xa Vũ Quí don bang cong nhan');
    expect(
      parseQuestion('xa vu quy don bang cong nhan ai chu tri', { surfaceForms: season }).places[0]?.surface,
    ).toBe('Vũ Quí');
  });

  it('leaves question words and typed capitals as typed', () => {
    // "La Gi" is a town of the gazetteer: "la gi" in a question is "là gì".
    expect(restoreSurface('ket nap la gi', forms)).toBe('kết nạp la gi');
    expect(restoreSurface('Ket nap o Lac Thuy', forms)).toBe('Kết nạp o Lạc Thủy');
  });

  it('applies only to Vietnamese typed bare or all in lower case', () => {
    expect(wantsRestoring('ket nap bao nhieu', 'vi')).toBe(true);
    expect(wantsRestoring('kết nạp ở lạc thủy', 'vi')).toBe(true);
    expect(wantsRestoring('Kết nạp ở Lạc Thủy', 'vi')).toBe(false);
    expect(wantsRestoring('lạc thủy kết nạp bao nhiêu trong quý I', 'vi')).toBe(true);
    expect(wantsRestoring('how many members in lac thuy', 'en')).toBe(true);
    expect(wantsRestoring('How many members in Lac Thuy', 'en')).toBe(false);
  });

  it('an English question in lower case gets its place names capitalised, nothing else', () => {
    expect(capitalisePlaces('who chaired the lac thuy district meeting?')).toBe(
      'who chaired the Lac Thuy district meeting?',
    );
    expect(parseQuestion('who chaired the lac thuy district meeting in q1 2021?').entities).toEqual([
      'Lac Thuy',
    ]);
  });

  it('a lower-case question finds the name a formal one finds; the search stays folded', () => {
    const formal = parseQuestion('Huyện Lạc Thủy kết nạp bao nhiêu đảng viên năm 2022?');
    const lower = parseQuestion('huyen lac thuy ket nap bao nhieu dang vien nam 2022', {
      surfaceForms: forms,
    });
    const without = parseQuestion('huyen lac thuy ket nap bao nhieu dang vien nam 2022');
    expect(lower.entities).toEqual(formal.entities);
    // Without the index's forms the gazetteer still links the place typed after its type word: a
    // name as typed, not restored (restore.ts capitaliseLinkedPlaces).
    expect(without.entities).toEqual(['Lac Thuy']);
    expect(lower.folded).toBe(true);
    // The folded column is searched with the folded terms: the same search as typed.
    expect(lower.terms.map(fold)).toEqual(without.terms);
  });
});

describe('restoring the other i/y spelling the index writes', () => {
  // Article-like text: the index writes "tỷ lệ" only; a chat question types "ti le" (as "tỉ lệ" is also spelt).
  const forms = lookup([
    'Tỷ lệ hộ nghèo của huyện còn 12,5%.',
    'Tỷ lệ tiêm vắc xin đạt 91%.',
    'Tỷ lệ đảng viên trẻ tăng.',
    'Lý do chậm tiến độ là thiếu vốn; lý do khác là mặt bằng; lý do chính được nêu rõ.',
  ]);

  it('reads a bigram the index never writes in the spelling it does write, same length', () => {
    const q = 'ti le ho ngheo con bn';
    const r = restoreSurface(q, forms);
    expect(r.startsWith('tỷ lệ')).toBe(true);
    expect(r.length).toBe(q.length);
    expect(restoreSurface('li do cham', forms).startsWith('lý do')).toBe(true);
  });

  it('swaps only a final i/y after a consonant, and never a spelling the index itself writes', () => {
    expect(iyVariant('ti')).toBe('ty');
    expect(iyVariant('ly')).toBe('li');
    expect(iyVariant('tai')).toBeNull();
    expect(iyVariant('nghi')).toBeNull();
    // "ty le" is learned as written: nothing is swapped.
    expect(restoreSurface('ty le', forms)).toBe('tỷ lệ');
  });
});
