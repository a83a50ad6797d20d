/**
 * Questions typed all in lower case, as chat users type them, or with the marks of some words only:
 * what capitals and marks told the parser (a name, a place after its type word, an English post's
 * place, a title) must come from elsewhere. Each case below was read wrongly before (answered for
 * another person or place, read as Vietnamese, or not found).
 */
import { describe, expect, it } from 'vitest';
import { Haystack } from '../src/answer/haystack.ts';
import type { SurfaceLookup } from '../src/index/surface-forms.ts';
import { findPlaces } from '../src/place/find.ts';
import { englishPostsNamed } from '../src/query/english-titles.ts';
import { extractEntities } from '../src/query/entities.ts';
import { detectLang } from '../src/query/lang.ts';
import { tokenize } from '../src/query/match.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { mendSlips } from '../src/query/slips.ts';

const names = (text: string) =>
  findPlaces(text, { include2025: true, chat: true }).map((m) => m.candidates[0]?.name);

describe('a lone syllable no Vietnamese word spells, after its type word, in lower case', () => {
  it('is the place ("huyện ủy kbang"), with or without diacritics around it', () => {
    expect(names('làm việc với huyện ủy kbang năm 2019')).toEqual(['KBang']);
    expect(names('lam viec voi huyen uy kbang nam 2019')).toEqual(['KBang']);
    expect(names('huyen pleiku')).toEqual(['Pleiku']);
  });

  it('while a lone Vietnamese word after a type word stays a word', () => {
    expect(names('huyện ủy họp')).toEqual([]);
    expect(names('xa hoi hoa')).toEqual([]);
  });
});

describe('"la gi" in a question typed with diacritics', () => {
  it('is the town La Gi: that writer would have typed "là gì"', () => {
    const q = parseQuestion('ai chủ trì hội nghị giao ban 9 tháng năm 2022 của thị ủy la gi?');
    expect(q.places.map((p) => p.candidates[0]?.name)).toEqual(['La Gi']);
  });

  it('is "là gì" in a question typed without diacritics, where it closes the question', () => {
    expect(
      parseQuestion('nv trong tam 6 thang cuoi nam 2023 cua h tam duong la gi').places.map((p) => p.surface),
    ).toEqual(['tam duong']);
    expect(parseQuestion('nhiệm vụ của thị xã là gì?').places).toEqual([]);
  });
});

describe('an English question word opening the question', () => {
  it('makes it English, however many Vietnamese headline words it copies in lower case', () => {
    const text = 'who took the minutes at the muong lay: giao ban khoi dang quy i nam 2021 meeting?';
    expect(detectLang(tokenize(text))).toBe('en');
    expect(detectLang(tokenize('ai chu tri giao ban quy 1 huyen uy bao yen'))).toBe('vi');
  });
});

describe('a type word typed bare inside a capitalised name', () => {
  it('is a syllable of the name ("Ho Dang Khoa", Hồ Đăng Khoa), not "Đảng"', () => {
    const text = 'Did Ho Dang Khoa attend the meeting?';
    expect(extractEntities(text, 'en', [], [])).toEqual(['Ho Dang Khoa']);
    // Two-word type words still split runs ("Dang uy" is Đảng ủy).
    expect(extractEntities('Ai chu tri hoi nghi Bac Kan Dang uy khoi', 'vi', [], [])).toEqual(['Bac Kan']);
  });
});

describe("an English post's place typed in lower case", () => {
  it('is read as the capitalised one is', () => {
    expect(englishPostsNamed("what did the chairman of the nga nam town people's council ask?")).toEqual([
      { folded: 'chu tich hdnd thi xa', written: "chairman of the nga nam town people's council" },
    ]);
  });
});

describe('a name after "dong chi" inside an English question\'s quote, in lower case', () => {
  it('is a person to look for, ended by the quote', () => {
    const q = parseQuestion(
      'when did "thanh uy kon tum giao ban quy iii/2024, dong chi le minh quan chu tri" take place?',
    );
    expect(q.entities).toContain('le minh quan');
    expect(parseQuestion('when did "dong chi le minh quan" speak?').entities).toContain('le minh quan');
  });
});

describe('a place name typed with the marks of some syllables only', () => {
  it('is the place whose marked syllables it writes ("Bắc Kan", "Chu Sê")', () => {
    expect(names('Thành ủy Bắc Kan giao ban')).toEqual(['Bắc Kạn']);
    expect(names('Huyện ủy Chu Sê')).toEqual(['Chư Sê']);
  });

  it('while a name spelt exactly is that name, not another a mark away', () => {
    // Quang Bình is a district of Hà Giang; Quảng Bình the province.
    expect(names('huyện Quang Bình')).toEqual(['Quang Bình']);
    expect(names('tỉnh Quảng Binh')).toEqual(['Quảng Bình']);
  });

  it('is written by an article that writes its marked syllables as marked', () => {
    const hay = new Haystack('Thành ủy Bắc Kạn giao ban công tác 9 tháng năm 2023');
    expect(hay.has('Bắc Kan')).toBe(true);
    expect(hay.hasName('Bắc Kan')).toBe(true);
    expect(hay.has('Bắc Kản')).toBe(false);
  });
});

describe('a capitalised word typed bare in a half-marked question', () => {
  /** Pairs as an index writes them (titles and bodies capitalised), every syllable written. */
  const pairs: Record<string, string> = {
    'pho bi': 'Phó Bí',
    'bi thu': 'Bí thư',
    'huyen uy': 'Huyện ủy',
    'dang vien': 'đảng viên',
  };
  const forms: SurfaceLookup = {
    get: (key) => (pairs[key] === undefined ? undefined : { form: pairs[key], n: 9 }),
    written: () => 1,
  };

  it('takes the capitalised spelling of the title the index writes ("Bi thư" → "Bí thư")', () => {
    expect(mendSlips('Phó Bi thư Huyen ủy Chợ Đồn là ai?', forms)).toBe('Phó Bí thư Huyện ủy Chợ Đồn là ai?');
  });

  it('never an everyday word\'s lower-case one ("Dang Vien" stays)', () => {
    expect(mendSlips('Ông Dang Vien là ai ở Chợ Đồn?', forms)).toBe('Ông Dang Vien là ai ở Chợ Đồn?');
  });
});

describe('a place linked in lower case, and a name after "đồng chí" in a question capitalised elsewhere', () => {
  it('are names to look for, as if capitalised', () => {
    const q = parseQuestion(
      'có phải đồng chí Bùi Ngọc Thạch chủ trì giao ban 9 tháng năm 2023 của thị ủy la gi không?',
    );
    expect(q.entities).toEqual(['Bùi Ngọc Thạch', 'La Gi']);
    const mixed = parseQuestion(
      'có phải đồng chí bùi ngọc thạch chủ trì giao ban 9 tháng năm 2023 của Thị ủy La Gi không?',
    );
    expect(mixed.entities).toContain('Bùi Ngọc Thạch');
  });
});
