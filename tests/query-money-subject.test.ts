/** A money noun heading a "… là bao nhiêu?" question is its unit, as the question spells it (query/units.ts). */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../src/query/parse.ts';

describe('money subject as the unit asked', () => {
  it('keeps the question spelling, with or without diacritics', () => {
    expect(
      parseQuestion('Kinh phí thực hiện các chương trình ở huyện X năm 2024 là bao nhiêu?').unitPhrases,
    ).toEqual(['kinh phí']);
    expect(
      parseQuestion('Thu ngân sách trên địa bàn thị xã Y 10 tháng năm 2022 là bao nhiêu?').unitPhrases,
    ).toEqual(['ngân sách']);
    expect(
      parseQuestion('kinh phi thuc hien chuong trinh o huyen X nam 2024 la bao nhieu').unitPhrases,
    ).toEqual(['kinh phi']);
  });
});
