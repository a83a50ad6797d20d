import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../src/query/chat.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { undoTelexSlip } from '../src/query/telex.ts';

describe('Telex slips', () => {
  it.each([
    ['quys', 'quý'],
    ['chur', 'chủ'],
    ['hopj', 'họp'],
    ['ngayf', 'ngày'],
    ['tieeps', 'tiếp'],
    ['tinhr', 'tỉnh'],
    ['huyeenj', 'huyện'],
    ['Hoaf', 'Hòa'],
    ['gif', 'gì'],
  ])('%s → %s', (typed, want) => {
    expect(undoTelexSlip(typed)).toBe(want);
  });

  it('in a bare question only drops the key, so the question stays bare', () => {
    expect(undoTelexSlip('quys', true)).toBe('quy');
    expect(undoTelexSlip('ngayf', true)).toBe('ngay');
  });

  it('reads no slip in shorthand, acronyms or words that are no syllable', () => {
    expect(undoTelexSlip('vs')).toBeNull();
    expect(undoTelexSlip('UBKT')).toBeNull();
    expect(undoTelexSlip('news')).toBeNull();
    expect(undoTelexSlip('ban')).toBeNull();
  });
});

describe('Party abbreviations and chat phrasing', () => {
  it.each([
    [
      'TT TU quang binh lam viec voi BTV HU minh hoa',
      'thuong truc tinh uy quang binh lam viec voi ban thuong vu huyen uy minh hoa',
    ],
    ['BCĐ 35 gia lai so ket ai chu tri', 'ban chi dao 35 gia lai so ket ai chu tri'],
    ['cho don q2 2022 ket nap dc may ĐV', 'cho don quy 2 2022 ket nap duoc may dang vien'],
    ['UBKT HU kiem tra bn dv', 'uy ban kiem tra huyen uy kiem tra bao nhieu dang vien'],
    ['HĐND tinh hop ngay nao', 'HDND tinh hop ngay nao'],
    ['giao ban quys 3 ở Bát Xát ai chur trì', 'giao ban quý 3 ở Bát Xát ai chủ trì'],
    ['BTV HU giao ban quys 3 hopj ngayf nao', 'ban thuong vu huyen uy giao ban quy 3 hop ngay nao'],
  ])('%s → %s', (q, want) => {
    expect(expandShorthand(q, 'vi')).toBe(want);
  });

  it.each([
    // Report and review words (sixteenth session): "sk"/"tk" only before a period, "nk" before a number.
    ['ai trinh bay bc tai gb q3 2023', 'ai trinh bay bao cao tai giao ban quy 3 2023'],
    ['sk 6t 2023 bcd thai binh kl gi', 'so ket 6 thang 2023 ban chi dao thai binh ket luan gi'],
    ['tk nam 2022 ba be kq ra sao', 'tong ket nam 2022 ba be ket qua ra sao'],
    ['nk 2020-2025 phu quy dai hoi khi nao', 'nhiem ky 2020-2025 phu quy dai hoi khi nao'],
    ['bn tk mang xa hoi bi xu ly', 'bao nhieu tk mang xa hoi bi xu ly'],
    // "ct" before a programme's name is chương trình, before a body or a name chủ tịch.
    [
      'bcd ct mtqg ke sach so ket 6t 2024 ngay nao',
      'ban chi dao chuong trinh muc tieu quoc gia ke sach so ket 6 thang 2024 ngay nao',
    ],
    ['ct ubnd huyen tua chua la ai', 'chu tich ubnd huyen tua chua la ai'],
  ])('%s → %s', (q, want) => {
    expect(expandShorthand(q, 'vi')).toBe(want);
  });

  it('leaves "tu" and "hu" as words unless typed in capitals or after a body', () => {
    expect(expandShorthand('tu 2020 den nay', 'vi')).toBe('tu 2020 den nay');
    expect(expandShorthand('Ủy ban Kiểm tra TU', 'vi')).toBe('Ủy ban Kiểm tra Tỉnh ủy');
  });

  it('keeps a question in capitals with diacritics as it is, and place names ending like a slip', () => {
    expect(expandShorthand('AI CHỦ TRÌ HỘI NGHỊ', 'vi')).toBe('AI CHỦ TRÌ HỘI NGHỊ');
    expect(expandShorthand('ea kar hopj ngayf nao', 'vi')).toBe('ea kar hop ngay nao');
  });
});

describe('who-questions by name', () => {
  it('"tên gì", "tên là gì" ask who, typed with or without diacritics; "tên hội nghị … là gì" does not', () => {
    expect([...parseQuestion('PBT TT HU cho don chu tri giao ban q2 2022 ten gi').asks]).toContain('who');
    expect([...parseQuestion('Đồng chí chủ trì hội nghị tên là gì?').asks]).toContain('who');
    expect([...parseQuestion('Tên hội nghị do đồng chí Hùng chủ trì là gì?').asks]).not.toContain('who');
  });
});

describe('English as officials write it', () => {
  it('a how-many unit is the head noun that ends the phrase; a past form after it is the verb', () => {
    const unit = (q: string) => parseQuestion(q).unitPhrases;
    expect(unit('How many community digital technology teams were set up?')).toEqual(['tổ']);
    expect(unit('How many infringing posts did the province remove?')).toEqual(['tin bài']);
    expect(unit('How many party members attended the meeting?')).toEqual(['đảng viên']);
    expect(unit('How many new party members did the district admit in H1 2023?')).toEqual(['đảng viên mới']);
  });

  it('a lone capitalised word that is no English word is a name; a sentence-initial word is not', () => {
    expect(parseQuestion('What happened on the Gianh river in Q3 2020?').entities).toContain('Gianh');
    expect(parseQuestion('Which commune did the Standing Board pick?').entities).toEqual([]);
  });

  it('a word inside a Title Case organisation name is no lone name', () => {
    const e = parseQuestion('What did the Rural Roads Steering Board of Muong Te district adopt?').entities;
    expect(e).not.toContain('Rural');
    expect(parseQuestion('Who attended the Education Council meeting in Q3 2022?').entities).not.toContain(
      'Education',
    );
  });

  it('periods as reports abbreviate them: Q.3 2020, 1H 2023, 6M 2023', () => {
    expect(parseQuestion('Who chaired the briefing for Q.3 2020?').time.periods).toEqual(['2020-Q3']);
    expect(parseQuestion('giao ban Q.3/2020 ai chu tri').time.periods).toEqual(['2020-Q3']);
    expect(parseQuestion('When was the 1H 2023 review held?').time.periods).toEqual(['2023-H1']);
    expect(parseQuestion('When was the 2H 2022 review held?').time.periods).toEqual(['2022-H2']);
    expect(parseQuestion('When was the 6M 2023 review held?').time.periods).toEqual(['2023-H1']);
  });

  it('a span of months written in words searches the figures the articles write', () => {
    const q = parseQuestion('How many members did the town admit in the first seven months of 2019?');
    expect(q.phrases).toContainEqual(['7', 'tháng']);
  });
});
