/**
 * A place never matches inside a person's name: real-looking names built from the syllables of
 * place names, written with and without diacritics, after a title or a surname.
 */
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../src/place/data.ts';
import { findPlaces } from '../src/place/find.ts';
import { withoutKTone } from '../src/place/names.ts';
import { parseQuestion } from '../src/query/parse.ts';

const unaccent = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Lò',
  'Lường',
];
const UNACCENTED_SURNAMES = ['Nguyen', 'Tran', 'Pham', 'Hoang', 'Huynh', 'Bui'];
const GIVEN = ['Thanh', 'Hùng', 'Lan', 'Minh', 'Tuấn'];

/** Two-syllable district names (the ones most like given names), every fifth one for speed. */
function placeNames(): string[] {
  const g = gazetteer();
  return g.provinces
    .flatMap((p) => g.districts.get(p.id) ?? [])
    .map((d) => d.name)
    .filter((n) => n.split(' ').length === 2)
    .filter((_, k) => k % 5 === 0);
}

describe('person names', () => {
  it('finds no place in "Hoàng Thị Ngọc Diệp" (the reported bug) but finds "huyện Ngọc Hồi" next to it', () => {
    expect(findPlaces('Đồng chí Hoàng Thị Ngọc Diệp phát biểu.')).toEqual([]);
    const [m] = findPlaces('Đồng chí Hoàng Thị Ngọc Diệp phát biểu tại huyện Ngọc Hồi.');
    expect(m?.surface).toBe('Ngọc Hồi');
    expect(m?.candidates[0]?.provinceName).toBe('Kon Tum');
  });

  it('reads a place name after a surname, "Thị"/"Văn", or a title as part of a name', () => {
    const names = placeNames();
    expect(names.length).toBeGreaterThan(100);
    const found: string[] = [];
    names.forEach((name, k) => {
      const surname = SURNAMES[k % SURNAMES.length]!;
      const given = GIVEN[k % GIVEN.length]!;
      const people = [
        `${surname} ${name}`,
        `${surname} Thị ${name}`,
        `${surname} Văn ${name}`,
        `Ông ${name} ${given}`,
        `bà ${name}`,
        `đồng chí ${name}`,
        `đ/c ${name}`,
      ];
      for (const person of people) {
        for (const text of [
          `Dự hội nghị có ${person}, Phó Bí thư.`,
          `Du hoi nghi co ${unaccent(person)}, Pho Bi thu.`,
        ]) {
          // Only unambiguous surnames count without diacritics ("Le", "Do" are everyday words).
          if (
            text.startsWith('Du') &&
            person.startsWith(surname) &&
            !UNACCENTED_SURNAMES.includes(unaccent(surname))
          ) {
            continue;
          }
          const mentions = findPlaces(text);
          if (mentions.length > 0) found.push(`${text} → ${mentions.map((m) => m.surface).join(', ')}`);
        }
      }
    });
    expect(found).toEqual([]);
  });

  it('still finds the same names after a type word, even after a person', () => {
    const names = placeNames();
    const missed: string[] = [];
    for (const name of names) {
      const text = `Ông Nguyễn Văn Thanh làm việc tại huyện ${name}.`;
      const mentions = findPlaces(text);
      if (mentions.length !== 1 || mentions[0]!.surface !== name) missed.push(text);
    }
    expect(missed).toEqual([]);
  });

  it('reads a place followed by a given name after a middle name as a person ("Đồng Văn Thanh")', () => {
    expect(findPlaces('Đồng Văn Thanh, Chủ tịch UBND tỉnh, phát biểu.')).toEqual([]);
    // The place itself, followed by another place, is still a place.
    expect(findPlaces('Đồng Văn Hà Giang').map((m) => m.surface)).toEqual(['Đồng Văn', 'Hà Giang']);
  });

  it('reads a surname typed bare before "Thanh" and a place as a person ("Nong Thanh Binh"): Thanh is a middle name', () => {
    expect(
      findPlaces('What tasks did Nong Thanh Binh ask Ba Be to carry out?').map((m) => m.surface),
    ).toEqual(['Ba Be']);
    expect(findPlaces('Lo Thanh Son chaired the meeting.')).toEqual([]);
    // The places themselves still count, bare or marked, after a type word or alone.
    expect(findPlaces('How many members does Thanh Binh district have?').map((m) => m.surface)).toEqual([
      'Thanh Binh',
    ]);
    expect(findPlaces('tỉnh Thanh Hóa và huyện Thanh Sơn').map((m) => m.surface)).toEqual([
      'Thanh Hóa',
      'Thanh Sơn',
    ]);
  });

  it('reads a name after a credit and a colon as its author ("Ảnh: Anh Sơn")', () => {
    expect(findPlaces('Tin: Anh Thư - Ảnh: Anh Sơn')).toEqual([]);
    expect(findPlaces('Tin, ảnh: Kim Sơn')).toEqual([]);
    expect(findPlaces('Photo: Thanh Hà')).toEqual([]);
    // A heading "Place: news" is still a place.
    expect(findPlaces('Anh Sơn: Khai giảng lớp bồi dưỡng').map((m) => m.surface)).toEqual(['Anh Sơn']);
  });

  it('needs a type word for names that read as persons ("Hồ Chí Minh", "Trần Văn Thời")', () => {
    expect(findPlaces('Học tập và làm theo tư tưởng Hồ Chí Minh.')).toEqual([]);
    expect(findPlaces('Hội nghị tại TP Hồ Chí Minh.')[0]?.candidates[0]?.name).toBe('Hồ Chí Minh');
    expect(findPlaces('Trần Văn Thời phát biểu.')).toEqual([]);
    expect(findPlaces('huyện Trần Văn Thời, tỉnh Cà Mau')[0]?.candidates[0]?.type).toBe('Huyện');
  });
});

describe('a surname folding to a word, then a name opening with a middle name', () => {
  it('is a person even without diacritics: "Luc Van Quan" is Lục Văn Quân, not the district Văn Quan', () => {
    expect(findPlaces('When did Luc Van Quan inspect flood prevention?')).toEqual([]);
    expect(findPlaces('Le Van Lam chu tri hoi nghi nao')).toEqual([]);
    // The district itself, bare or after its type word, is still found.
    expect(findPlaces('Huyen Van Quan giao ban quy 3').map((m) => m.surface)).toEqual(['Van Quan']);
    expect(findPlaces('Van Quan giao ban quy 3 2022 ngay nao').map((m) => m.surface)).toEqual(['Van Quan']);
  });

  it('keeps the last syllable that folds to a type word in the name ("Quan" is no "quận" after a name)', () => {
    expect(parseQuestion('What did Dong chi Luc Van Quan say?').entities).toEqual(['Luc Van Quan']);
    expect(parseQuestion('Dong chi Dinh Van Huyen chu tri hoi nghi nao?').entities).toEqual([
      'Dinh Van Huyen',
    ]);
    // Before a name, or in English, the type word stays one.
    expect(parseQuestion('When was the Dak Ha District briefing?').entities).toEqual([]);
  });
});

describe('names ending in k written without their tone', () => {
  it('"Đăk Hà", "Đăk Lăk", "Krông Buk" are the gazetteer\'s Đắk Hà, Đắk Lắk, Krông Búk', () => {
    const first = (text: string) => findPlaces(text)[0]?.candidates[0]?.name;
    expect(first('Ban Thường vụ Huyện ủy Đăk Hà')).toBe('Đắk Hà');
    expect(first('tỉnh Đăk Lăk')).toBe('Đắk Lắk');
    expect(first('huyện Krông Buk')).toBe('Krông Búk');
    expect(withoutKTone('Đắk Glei')).toBe('Đăk Glei');
    expect(withoutKTone('Kon Tum')).toBe('Kon Tum');
  });
});
