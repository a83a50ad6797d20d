import { describe, expect, it } from 'vitest';
import { quoteOutOfTime } from '../src/answer/constraints.ts';
import type { DocRow } from '../src/index/db.ts';
import { parseQuestion } from '../src/query/parse.ts';

/** A document row with only what the time check reads: its periods, dates and title. */
function doc(periods: string[], meetingDates: string[], title = ''): DocRow {
  return {
    docId: 'x',
    source: 'x.txt',
    title,
    published: null,
    author: null,
    bodyHash: 'x',
    facts: { meetingDates, periods, chairs: [], organisation: null },
    origin: null,
  };
}

describe('a cited figure of another period than the one asked', () => {
  const review2019 = doc(['2019'], ['2019-12-18']);
  const q3 = doc(['2021-Q3'], ['2021-10-05']);
  it('is refused when its sentence names only other periods', () => {
    const q = parseQuestion('phu quy nam 2020 khai thac hai san dat bao nhieu tan');
    expect(
      quoteOutOfTime(q, 'Năm 2019, khai thác hải sản đạt 31.260 tấn, tăng 6,2% so với năm 2018.', review2019),
    ).toBe('năm 2020');
    // "9 tháng" takes the meeting's year: January to September is not the fourth quarter.
    const q4 = parseQuestion('How many new party members did Quynh Phu district admit in Q4 2021?');
    expect(
      quoteOutOfTime(q4, 'Trong 9 tháng, các tổ chức cơ sở đảng kết nạp 176 đảng viên.', q3),
    ).not.toBeNull();
  });
  it('is kept when a stated period overlaps the asked one, or the sentence names none', () => {
    const q = parseQuestion('Quỳnh Phụ quý III năm 2021 kết nạp bao nhiêu đảng viên?');
    expect(quoteOutOfTime(q, 'Trong 9 tháng, các tổ chức cơ sở đảng kết nạp 176 đảng viên.', q3)).toBeNull();
    expect(quoteOutOfTime(q, 'Các tổ chức cơ sở đảng kết nạp 176 đảng viên.', q3)).toBeNull();
    // The comparison base is not the figure's period.
    const y = parseQuestion('Năm 2019 huyện Phú Quý khai thác bao nhiêu tấn hải sản?');
    expect(quoteOutOfTime(y, 'Sản lượng đạt 31.260 tấn, tăng 6,2% so với năm 2018.', review2019)).toBeNull();
  });
});

describe('a question phrase where a place name stands', () => {
  it('is the place after a type word of its unit, with more of the question after it', () => {
    expect(
      parseQuestion('thi uy la gi giao ban 9 thang nam 2022 ai chu tri').places.map((p) => p.surface),
    ).toEqual(['la gi']);
    expect(parseQuestion('thi xa la gi co bao nhieu tau ca').places.map((p) => p.surface)).toEqual(['la gi']);
  });
  it('asks at the end of the question, or after a type word of another kind of unit', () => {
    expect(parseQuestion('muc tieu cua thi xa la gi?').places).toEqual([]);
    // La Gi is a town (thị xã), not a district (huyện).
    expect(parseQuestion('nhiem vu cua huyen la gi trong nam 2023').places).toEqual([]);
  });
});
