import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../src/query/chat.ts';
import { parseQuestion } from '../src/query/parse.ts';

describe('chat shorthand', () => {
  it.each([
    ['bn dv moi dc ket nap?', 'bao nhieu dang vien moi duoc ket nap?'],
    ['đc nào chủ trì hnay v', 'đồng chí nào chủ trì hôm nay vậy'],
    ['co phai dc Hung chu tri ko', 'co phai dong chi Hung chu tri khong'],
    // A clause opens with its subject: a lower-case name after "dc" is a comrade's.
    ['dc dinh cong luan co chu tri ko', 'dong chi dinh cong luan co chu tri khong'],
    ['tong ket 2021, dc nong thanh binh de nghi j', 'tong ket 2021, dong chi nong thanh binh de nghi gi'],
    ['dc bn dv moi', 'duoc bao nhieu dang vien moi'],
    ['nha dc ho tro bn tien', 'nha duoc ho tro bao nhieu tien'],
    ['han che j', 'han che gi'],
    ['ket qua ra s', 'ket qua ra sao'],
    ['giao ban q3 2022 cua tx Muong Lay', 'giao ban quy 3 2022 cua thi xa Muong Lay'],
    ['6t dau nam 2023 thu ngan sach', '6 thang dau nam 2023 thu ngan sach'],
    ['TP Kon Tum có bn đảng viên?', 'Thành phố Kon Tum có bao nhiêu đảng viên?'],
  ])('%s → %s', (q, want) => {
    expect(expandShorthand(q, 'vi')).toBe(want);
  });

  it('keeps words that only look like shorthand: "cùng chủ trì" typed bare, numbers with k', () => {
    expect(expandShorthand('ai cung chu tri', 'vi')).toBe('ai cung chu tri');
    expect(expandShorthand('ho tro 5k ho', 'vi')).toBe('ho tro 5k ho');
  });

  it('never expands a word with tone marks or inside a place name ("Hồng Ngự" is no "không Ngự")', () => {
    expect(expandShorthand('Tổng đảng viên của Thành ủy Hồng Ngự là bao nhiêu?', 'vi')).toBe(
      'Tổng đảng viên của Thành ủy Hồng Ngự là bao nhiêu?',
    );
    expect(expandShorthand('thanh uy hong ngu q2 2022 tong dang vien bn', 'vi')).toBe(
      'thanh uy hong ngu quy 2 2022 tong dang vien bao nhieu',
    );
    expect(expandShorthand('bao yen co giao ban hong', 'vi')).toBe('bao yen co giao ban khong');
  });

  it('leaves English alone apart from invisible characters', () => {
    expect(expandShorthand('Bao Yen vs\u200B Chiem Hoa k', 'en')).toBe('Bao Yen vs Chiem Hoa k');
  });

  it('removes invisible characters that split words (bidi marks, word joiners)', () => {
    expect(expandShorthand('Ai chủ\u2060 trì\u200E hội nghị?', 'vi')).toBe('Ai chủ trì hội nghị?');
  });

  it('a chat question parses like its formal twin', () => {
    const chat = parseQuestion('bn dv moi dc ket nap q1/2021 o tp Kon Tum z?');
    const formal = parseQuestion('Bao nhieu dang vien moi duoc ket nap quy 1/2021 o thanh pho Kon Tum?');
    expect([...chat.asks]).toEqual([...formal.asks]);
    expect(chat.time.periods).toEqual(['2021-Q1']);
    expect(chat.unitPhrases).toEqual(formal.unitPhrases);
    expect(chat.entities).toEqual(['Kon Tum']);
  });
});
