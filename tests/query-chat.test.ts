import { describe, expect, it } from 'vitest';
import { askedBody, asksProvinceBody, otherBody } from '../src/answer/bodies.ts';
import { expandShorthand } from '../src/query/chat.ts';
import { englishTitle } from '../src/query/english-titles.ts';
import { parseQuestion } from '../src/query/parse.ts';
import type { MeetingRecord } from '../src/records/types.ts';

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
    // Meeting words written short, and the district committee opening the question.
    ['hu dong van gb xd dang 9t 2023', 'huyen uy dong van giao ban xay dung dang 9 thang 2023'],
    ['kq thuc hien nq dai hoi ve ktxh', 'ket qua thuc hien nghi quyet dai hoi ve kinh te - xa hoi'],
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

describe('English posts of Party departments', () => {
  it.each([
    [
      'Who headed the Gia Lai provincial Party Propaganda Commission in 2023?',
      'truong ban tuyen giao tinh uy',
    ],
    [
      'Who is the deputy head of the district Mass Mobilisation Commission?',
      'pho truong ban dan van huyen uy',
    ],
    [
      'Who is the head of the Inspection Commission of Bao Yen district?',
      'chu nhiem uy ban kiem tra huyen uy',
    ],
  ])('%s → %s', (q, title) => {
    expect(englishTitle(q)).toBe(title);
    expect(parseQuestion(q).target.target.kind).toBe('holder');
  });

  it('"head" alone or of a delegation is no post', () => {
    expect(englishTitle('Who headed the delegation?')).toBeNull();
    expect(parseQuestion('Who headed the delegation?').target.role).toBe('leader');
  });
});

describe('a person named by a Party department', () => {
  it.each([
    'Lãnh đạo Ban Tổ chức Tỉnh ủy nào dự hội nghị giao ban 9 tháng năm 2023 của Huyện ủy Đồng Văn?',
    'Which provincial Party Organisation Commission official attended the Dong Van district briefing?',
  ])('%s asks who attended', (q) => {
    const p = parseQuestion(q);
    expect(p.asks.has('who')).toBe(true);
    expect(p.target.target).toEqual({ kind: 'role', role: 'attendee' });
  });

  it('the department is no provincial body that met', () => {
    expect(asksProvinceBody('ai o ban dan van tinh uy du hoi nghi so ket 6t 2022 tp cao bang')).toBe(null);
    expect(asksProvinceBody('Who from the provincial Party Mass Mobilisation Commission attended?')).toBe(
      null,
    );
    expect(asksProvinceBody('Ban Thường vụ Tỉnh ủy Gia Lai họp ngày nào?')).toBe('body');
  });
});

describe('a steering board asked by a short purpose', () => {
  const meeting = {
    orgName: 'Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở thành phố',
    counterpart: null,
  } as MeetingRecord;
  it('is the board whose name carries its words in order, and no other', () => {
    const short = askedBody('tong ket nam 2023 ban chi dao dan chu co so dong hoi do ai chu tri');
    expect(short && otherBody(short, meeting)).toBe(false);
    const other = askedBody('Ai chủ trì hội nghị của Ban Chỉ đạo phát triển du lịch thành phố Đồng Hới?');
    expect(other && otherBody(other, meeting)).toBe(true);
  });
});
