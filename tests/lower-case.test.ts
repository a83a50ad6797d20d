/**
 * Questions typed all in lower case, as chat users type them: what capitals told the parser (a
 * name, a place after its type word, an English post's place) must come from elsewhere. Each case
 * below was read wrongly before (answered for another person or place, or read as Vietnamese).
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../src/place/find.ts';
import { englishPostsNamed } from '../src/query/english-titles.ts';
import { extractEntities } from '../src/query/entities.ts';
import { detectLang } from '../src/query/lang.ts';
import { tokenize } from '../src/query/match.ts';
import { parseQuestion } from '../src/query/parse.ts';

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
