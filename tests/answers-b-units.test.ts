/**
 * Units of the answer changes for sections, dates, figures and near-misses: question targets read
 * the same in the three phrasings, English words the glossary cannot render, branches of the body
 * a question pins down, and deadline records in their written forms.
 */
import { describe, expect, it } from 'vitest';
import { asksProvinceBody, branchesIn, heldBranchesIn, provinceAskUnmet } from '../src/answer/bodies.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { untranslatedWords } from '../src/query/untranslated.ts';
import { extractMeeting } from '../src/records/meeting.ts';
import type { MeetingRecord } from '../src/records/types.ts';
import { splitSentences } from '../src/text/sentences.ts';

const target = (q: string) => parseQuestion(q).target.target;

describe('targets agree across phrasings', () => {
  it.each([
    'Hội nghị Ban Chấp hành Đảng bộ huyện Tam Đường tháng 7/2023 đã biểu quyết thông qua nội dung gì?',
    'hn bch dang bo huyen tam duong thang 7/2023 thong qua cai gi',
    'What did the Tam Duong district Party Executive Committee adopt at its July 2023 meeting?',
  ])('%s → the decisions', (q) => {
    expect(target(q)).toEqual({ kind: 'section', section: 'decision' });
  });

  it.each([
    'Nhiệm vụ trọng tâm 6 tháng cuối năm 2023 của huyện Tam Đường là gì?',
    'nv trong tam 6 thang cuoi nam 2023 cua h tam duong la gi',
    'What are the key tasks of Tam Duong district for the last six months of 2023?',
  ])('%s → the tasks', (q) => {
    expect(target(q)).toEqual({ kind: 'section', section: 'task' });
  });

  it('qualifiers before the English noun are skipped, a list of meetings stays a list', () => {
    expect(target('What were the main achievements of Tam Duong district in 2023?')).toEqual({
      kind: 'section',
      section: 'result',
    });
    expect(target('Which meetings approved the plan in 2023?')).toEqual({ kind: 'open' });
  });

  it.each([
    'What is the deadline for Tam Duong district to issue land use certificates?',
    'By what date must the task set at the meeting be finished?',
    'Thời hạn hoàn thành việc cấp giấy chứng nhận là ngày nào?',
  ])('%s → a deadline', (q) => {
    expect(target(q)).toEqual({ kind: 'date', deadline: true });
  });

  it('an English "what is the total/rate" asks a figure', () => {
    expect(target('What is the total of Party members of the district?')).toEqual({
      kind: 'figure',
      figure: 'total',
    });
  });
});

describe('English words the glossary cannot render', () => {
  it('names, time words and function words are not content', () => {
    expect(
      untranslatedWords(parseQuestion('What is the total cinnamon area of Tam Duong district?')),
    ).toEqual(['cinnamon', 'area']);
    expect(
      untranslatedWords(parseQuestion('Which briefings did Luc Van Khoi chair, and on what dates?')),
    ).toEqual([]);
    expect(untranslatedWords(parseQuestion('Tổng diện tích chè là bao nhiêu?'))).toEqual([]);
  });
});

describe('bodies a question pins down', () => {
  it('an article names its branch anywhere in its body name or headline', () => {
    expect([...branchesIn('Kỳ họp HĐND huyện Tam Đường')]).toEqual(['council']);
    expect([...branchesIn("People's Committee of Ninh Hoa town")]).toEqual(['government']);
  });

  it('a branch pins the meeting unless the meeting addressed it, it attended, or it is in a title', () => {
    const held = (s: string) => [...heldBranchesIn(s)];
    expect(held('Kỳ họp HĐND huyện Tam Đường thông qua gì?')).toEqual(['council']);
    expect(held("the 9th session of the Ninh Hoa town People's Council")).toEqual(['council']);
    expect(held('Phiên họp thường kỳ tháng 3 của UBND tỉnh do ai chủ trì?')).toEqual(['government']);
    expect(held('UBND huyện Bảo Yên họp phiên thường kỳ tháng 9 khi nào?')).toEqual(['government']);
    expect(held('Ủy ban MTTQ huyện giao ban quý I ngày nào?')).toEqual(['front']);
    expect(held("When did the district People's Committee meet in March?")).toEqual(['government']);
    // A post asked about is a title, answered by its holder (titles.ts), not a pinned meeting.
    expect(held("Who is the chairman of the Quynh Phu district People's Council?")).toEqual([]);
    expect(held('ubnd thi xa an khe hop quy 1 2024 ai chu tri')).toEqual(['government']);
    // Named as someone the meeting addressed, or who attended it: not the holder.
    expect(held('Bí thư Huyện ủy đề nghị MTTQ và các đoàn thể làm gì?')).toEqual([]);
    expect(held('Chiêm Hóa giao ban 9 tháng 2022, Bí thư đề nghị MTTQ và các đoàn thể làm gì?')).toEqual([]);
    expect(held('ai dai dien mttq du hop giao ban cho don quy 2 2022')).toEqual([]);
    expect(held('What did the secretary ask the Fatherland Front to do?')).toEqual([]);
    expect(held('Chủ tịch UBND huyện chủ trì hội nghị nào?')).toEqual([]);
  });

  it('a province-level body', () => {
    expect(asksProvinceBody('Tỉnh ủy Hà Giang giao ban quý III, ai chủ trì?')).toBe('body');
    expect(asksProvinceBody('tinh uy ha giang giao ban q3 ai chu tri')).toBe('body');
    expect(asksProvinceBody('Huyện ủy Yên Minh, tỉnh Hà Giang giao ban quý III')).toBe(null);
    expect(asksProvinceBody('Bí thư Tỉnh ủy chủ trì hội nghị nào?')).toBe('body');
  });

  it('a province named with its type word is asked as a whole, not as the container of a district', () => {
    const typed = (text: string) => asksProvinceBody(text, parseQuestion(text).places);
    expect(typed('Năm 2019, Đảng bộ tỉnh Bình Thuận kết nạp bao nhiêu đảng viên mới?')).toBe('typed');
    expect(typed('nam 2023 thu ngan sach tinh khanh hoa dat bn')).toBe('typed');
    expect(typed('How many tonnes of seafood did Binh Thuan province catch in 2022?')).toBe('typed');
    expect(typed('Who chaired the H1 2023 review of the Kien Giang provincial Steering Committee 35?')).toBe(
      'typed',
    );
    // Its own board ("Ban Chỉ đạo … tỉnh X") is the province's too.
    expect(typed('Ban Chỉ đạo 35 tỉnh Gia Lai sơ kết 6 tháng đầu năm 2023 vào ngày nào?')).toBe('typed');
    // A district of it named beside, or the province only inside a post: not the province as a whole.
    expect(typed('Huyện Tuy Phong, tỉnh Bình Thuận kết nạp bao nhiêu đảng viên?')).toBe(null);
    expect(typed('Which districts and towns of Binh Thuan province held a Q2 2022 Party briefing?')).toBe(
      null,
    );
    expect(typed('Phó Chủ tịch UBND tỉnh Kon Tum nào dự hội nghị?')).toBe(null);
    // Without the type word a bare province name may be answered from one of its districts.
    expect(typed('binh thuan 6t 2022 khai thac hai san dc bn tan')).toBe(null);
  });

  it("a district's meeting fails the province asked as a whole; a board named without a unit does not", () => {
    const meeting = (orgName: string | null, counterpart: string | null = null) =>
      ({ orgName, counterpart }) as MeetingRecord;
    const district = meeting('Huyện ủy Tuy Phong');
    const title = 'Huyện ủy Tuy Phong giao ban quý II năm 2022';
    expect(provinceAskUnmet('typed', district, title)).toBe(true);
    expect(provinceAskUnmet('body', district, title)).toBe(true);
    expect(provinceAskUnmet(null, district, title)).toBe(false);
    const cityBoard = meeting('Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở thành phố');
    expect(provinceAskUnmet('typed', cityBoard, 'Tổng kết năm 2023')).toBe(true);
    // Sơn La's Ban Chỉ đạo 32, its headline naming no unit: the province's own board.
    const board = meeting('Ban Chỉ đạo xây dựng và thực hiện Đề án (Ban Chỉ đạo 32)');
    expect(provinceAskUnmet('typed', board, 'Tiếp tục nâng cao năng lực lãnh đạo')).toBe(false);
    // A district's meeting with the province's standing committee is the province's too.
    const withProvince = meeting('Thường trực Tỉnh ủy', 'Ban Thường vụ Thị ủy Vĩnh Châu');
    expect(provinceAskUnmet('typed', withProvince, 'Thường trực Tỉnh ủy làm việc với thị xã Vĩnh Châu')).toBe(
      false,
    );
  });
});

describe('deadline records', () => {
  const deadlines = (body: string) =>
    extractMeeting(
      {
        title: 'Hội nghị',
        body,
        published: null,
        facts: { meetingDates: ['2023-07-12'], periods: [], chairs: [] } as never,
      },
      splitSentences(body),
    ).deadlines.map((d) => d.date);

  it.each([
    ['Thời hạn hoàn thành việc gửi báo cáo sơ kết về cơ quan thường trực là ngày 24/8/2023.', '2023-08-24'],
    ['Người chủ trì giao hạn chót đến ngày 26/9/2023 để nộp kế hoạch chi tiết.', '2023-09-26'],
    ['Các đơn vị phải hoàn thành trước ngày 30/9/2023.', '2023-09-30'],
  ])('%s → %s', (body, date) => {
    expect(deadlines(body)).toEqual([date]);
  });
});
