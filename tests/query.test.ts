/**
 * Question understanding, table-driven: questions in the style of the dev eval set, with other places
 * and people, so the rules are shown to generalise beyond the questions they were written against.
 */
import { describe, expect, it } from 'vitest';
import { type AskKind, type MonthRef, type ParsedQuestion, parseQuestion } from '../src/query/parse.ts';

interface Case {
  q: string;
  asks: AskKind[];
  lang?: 'vi' | 'en';
  folded?: boolean;
  list?: boolean;
  latest?: boolean;
  periods?: string[];
  years?: number[];
  months?: MonthRef[];
  dates?: string[];
  terms?: string[];
  ordinal?: number | null;
  entities?: string[];
  numbers?: string[];
  units?: string[];
}

function check(p: ParsedQuestion, c: Case): void {
  expect([...p.asks].sort(), 'asks').toEqual([...c.asks].sort());
  expect(p.lang, 'lang').toBe(c.lang ?? 'vi');
  expect(p.folded, 'folded').toBe(c.folded ?? false);
  expect(p.list, 'list').toBe(c.list ?? false);
  expect(p.latest, 'latest').toBe(c.latest ?? false);
  expect(p.time.recent, 'recent').toBe(c.latest ?? false);
  expect(p.time.periods, 'periods').toEqual(c.periods ?? []);
  expect(p.time.years, 'years').toEqual(c.years ?? []);
  expect(p.time.months, 'months').toEqual(c.months ?? []);
  expect(p.time.dates, 'dates').toEqual(c.dates ?? []);
  expect(p.time.terms, 'time terms').toEqual(c.terms ?? []);
  expect(p.ordinal, 'ordinal').toBe(c.ordinal ?? null);
  if (c.entities) expect(p.entities, 'entities').toEqual(c.entities);
  expect(p.numbers, 'numbers').toEqual(c.numbers ?? []);
  if (c.units) expect(p.unitPhrases, 'unitPhrases').toEqual(c.units);
}

const WHO: Case[] = [
  {
    q: 'Hội nghị giao ban công tác xây dựng Đảng 9 tháng năm 2021 của Huyện ủy Mộc Châu do ai chủ trì?',
    asks: ['who'],
    periods: ['2021-9M'],
    entities: ['Mộc Châu'],
  },
  {
    q: 'Cho hỏi giao ban quý IV/2022 của Ban Thường vụ Huyện ủy Lục Yên thì đồng chí nào chủ trì?',
    asks: ['who'],
    periods: ['2022-Q4'],
    entities: ['Lục Yên'],
  },
  {
    q: 'Thị ủy Nghĩa Lộ giao ban 6 tháng đầu năm 2022, những ai đồng chủ trì hội nghị?',
    asks: ['who'],
    list: true,
    periods: ['2022-H1'],
    entities: ['Nghĩa Lộ'],
  },
  {
    q: 'Hội nghị lần thứ tư Ban Chấp hành Đảng bộ huyện Đà Bắc (nhiệm kỳ 2020 - 2025) do ai chủ trì?',
    asks: ['who'],
    ordinal: 4,
    terms: ['2020-2025'],
    entities: ['Đà Bắc'],
  },
  {
    q: 'Ai chủ trì Hội nghị Ban Chấp hành Đảng bộ tỉnh Lạng Sơn lần thứ mười lăm?',
    asks: ['who'],
    ordinal: 15,
    entities: ['Lạng Sơn'],
  },
  {
    q: 'Hội nghị lần thứ 18 Ban Chấp hành Đảng bộ huyện Cao Lộc do ai chủ trì?',
    asks: ['who'],
    ordinal: 18,
    entities: ['Cao Lộc'],
  },
  {
    q: 'Bí thư nào chủ trì buổi giao ban quý II/2023 của Huyện ủy Văn Chấn?',
    asks: ['who'],
    periods: ['2023-Q2'],
    entities: ['Văn Chấn'],
  },
  {
    q: 'Đoàn công tác Thường trực Tỉnh ủy Yên Bái về làm việc với Trạm Tấu tháng 9/2021 do ai làm trưởng đoàn?',
    asks: ['who'],
    months: [{ year: 2021, month: 9 }],
    entities: ['Yên Bái', 'Trạm Tấu'],
  },
  {
    q: 'Buổi làm việc của Thường trực Tỉnh ủy Hòa Bình chiều 14/9/2022 có những ai dự và chủ trì?',
    asks: ['who'],
    list: true,
    dates: ['2022-09-14'],
    entities: ['Hòa Bình'],
  },
];

const WHEN_WHERE: Case[] = [
  {
    q: 'Ban Chỉ đạo 35 tỉnh Yên Bái tổng kết công tác năm 2021 vào hôm nào?',
    asks: ['when'],
    periods: ['2021'],
    entities: ['Ban Chỉ đạo 35', 'Yên Bái'],
  },
  {
    q: 'Thường trực Tỉnh ủy Hòa Bình làm việc với Ban Thường vụ Huyện ủy Tân Lạc vào ngày nào?',
    asks: ['when'],
    entities: ['Hòa Bình', 'Tân Lạc'],
  },
  {
    q: 'Ban Chỉ đạo 35 các huyện ở Lạng Sơn phải kiện toàn xong trước ngày nào?',
    asks: ['when'],
    entities: ['Ban Chỉ đạo 35', 'Lạng Sơn'],
  },
  {
    q: 'Huyện Cao Phong dự kiến tổ chức Đại hội Đảng bộ huyện nhiệm kỳ 2025-2030 vào thời gian nào?',
    asks: ['when'],
    terms: ['2025-2030'],
    entities: ['Cao Phong'],
  },
  { q: 'Hội nghị bắt đầu lúc mấy giờ?', asks: ['when'] },
  {
    q: 'Hội nghị giao ban của Huyện ủy Kỳ Sơn diễn ra vào ngày bao nhiêu?',
    asks: ['when'],
    entities: ['Kỳ Sơn'],
  },
  {
    q: 'Buổi làm việc của Thường trực Tỉnh ủy Lạng Sơn với Huyện ủy Bình Gia ngày 14/9/2022 diễn ra ở đâu?',
    asks: ['where'],
    dates: ['2022-09-14'],
    entities: ['Lạng Sơn', 'Bình Gia'],
  },
  {
    q: 'Năm 2020, Thường trực Tỉnh ủy Điện Biên làm việc với Thị ủy Mường Lay ở địa điểm nào?',
    asks: ['where'],
    years: [2020],
    entities: ['Điện Biên', 'Mường Lay'],
  },
  {
    q: 'Huyện nào có Đảng bộ 9.875 đảng viên, sinh hoạt tại 47 tổ chức cơ sở đảng?',
    asks: ['where'],
    numbers: ['9.875', '47'],
    entities: [],
  },
  { q: 'Mai Châu chọn đảng bộ xã nào làm điểm đại hội cấp cơ sở?', asks: ['where'], entities: ['Mai Châu'] },
  {
    q: 'Huyện Lạc Thủy chọn những đảng bộ nào làm điểm tổ chức đại hội?',
    asks: ['where'],
    list: true,
    entities: ['Lạc Thủy'],
  },
  {
    q: 'Huyện nào yêu cầu lo nước sinh hoạt cho các xã Chiềng Sơn, Lóng Sập, Tân Lập?',
    asks: ['where'],
    entities: ['Chiềng Sơn', 'Lóng Sập', 'Tân Lập'],
  },
  { q: 'Văn Chấn kiến nghị tỉnh đầu tư tuyến đường liên thôn nào?', asks: ['where'], entities: ['Văn Chấn'] },
  {
    q: 'Dự án kè chống sạt lở mà Thường trực Tỉnh ủy Yên Bái đồng ý bổ sung là đoạn qua xã nào?',
    asks: ['where'],
    entities: ['Yên Bái'],
  },
];

const HOWMANY_WHAT: Case[] = [
  {
    q: '9 tháng năm 2021, Đảng bộ huyện Lục Yên kết nạp bao nhiêu đảng viên mới và tổng số đảng viên là bao nhiêu?',
    asks: ['howmany'],
    periods: ['2021-9M'],
    entities: ['Lục Yên'],
    units: ['đảng viên mới'],
  },
  {
    q: 'Sản lượng lúa 6 tháng đầu năm 2023 của huyện Yên Bình là bao nhiêu tấn?',
    asks: ['howmany'],
    periods: ['2023-H1'],
    entities: ['Yên Bình'],
    units: ['tấn'],
  },
  {
    q: '6 tháng đầu năm 2022, Mộc Châu đón bao nhiêu lượt khách, tăng bao nhiêu phần trăm so với cùng kỳ?',
    asks: ['howmany'],
    periods: ['2022-H1'],
    entities: ['Mộc Châu'],
    units: ['lượt khách', 'phần trăm'],
  },
  {
    q: 'Tính đến tháng 6/2023, huyện Đà Bắc còn bao nhiêu hộ nghèo?',
    asks: ['howmany'],
    months: [{ year: 2023, month: 6 }],
    entities: ['Đà Bắc'],
    units: ['hộ nghèo'],
  },
  {
    q: 'Năm 2022, Lực lượng 47 ở Lạng Sơn có bao nhiêu thành viên?',
    asks: ['howmany'],
    years: [2022],
    entities: ['Lực lượng 47', 'Lạng Sơn'],
    units: ['thành viên'],
  },
  {
    q: 'Thu ngân sách 9 tháng năm 2022 của huyện Bắc Sơn đạt bao nhiêu, bằng bao nhiêu phần trăm dự toán?',
    asks: ['howmany'],
    periods: ['2022-9M'],
    entities: ['Bắc Sơn'],
    units: ['phần trăm'],
  },
  {
    q: '6 tháng đầu năm 2023, công an tỉnh Hòa Bình phát hiện bao nhiêu tin, bài có nội dung xấu, độc?',
    asks: ['howmany'],
    periods: ['2023-H1'],
    entities: ['Hòa Bình'],
    units: ['tin'],
  },
  {
    q: 'Đảng bộ Khối Các cơ quan và Doanh nghiệp tỉnh có bao nhiêu đảng viên và bao nhiêu tổ chức cơ sở đảng trực thuộc?',
    asks: ['howmany'],
    entities: [],
    units: ['đảng viên', 'tổ chức cơ sở đảng'],
  },
  {
    q: 'Năm 2021, huyện Bắc Sơn có mấy xã đạt chuẩn nông thôn mới?',
    asks: ['howmany'],
    years: [2021],
    entities: ['Bắc Sơn'],
    units: ['xã'],
  },
  {
    q: 'Hội nghị Ban Chấp hành Đảng bộ huyện Kỳ Sơn kéo dài mấy ngày?',
    asks: ['howmany'],
    entities: ['Kỳ Sơn'],
    units: ['ngày'],
  },
  {
    q: 'Tỷ lệ hộ nghèo của huyện Mường La cuối năm 2023?',
    asks: ['howmany'],
    years: [2023],
    entities: ['Mường La'],
  },
  {
    q: 'Hội nghị Ban Chấp hành Đảng bộ huyện Lương Sơn tháng 8/2022 thông qua nghị quyết chuyên đề về lĩnh vực gì?',
    asks: ['what'],
    months: [{ year: 2022, month: 8 }],
    entities: ['Lương Sơn'],
  },
  {
    q: 'Thường trực Tỉnh ủy Yên Bái đồng ý hỗ trợ huyện Mù Cang Chải bao nhiêu tiền, để làm gì?',
    asks: ['howmany', 'what'],
    entities: ['Yên Bái', 'Mù Cang Chải'],
    units: ['tiền'],
  },
  {
    q: 'Lễ hội truyền thống nào được Lục Yên tổ chức trong quý I năm 2023?',
    asks: ['what'],
    periods: ['2023-Q1'],
    entities: ['Lục Yên'],
  },
  {
    q: 'Các sở, ngành ở Hòa Bình được giao kết nối dữ liệu với nền tảng nào, hạn chót khi nào?',
    asks: ['what', 'when'],
    entities: ['Hòa Bình'],
  },
  {
    q: 'Tại giao ban quý III/2021, Bí thư Huyện ủy Yên Thủy yêu cầu xử lý nghiêm loại vi phạm nào?',
    asks: ['what'],
    periods: ['2021-Q3'],
    entities: ['Yên Thủy'],
  },
  {
    q: 'Ban Chỉ đạo 32 yêu cầu thực hiện nghị quyết số mấy của Ban Thường vụ Tỉnh ủy?',
    asks: ['what'],
    entities: ['Ban Chỉ đạo 32'],
  },
];

const LIST_LATEST: Case[] = [
  {
    q: 'Những địa phương nào đã tổ chức hội nghị giao ban 6 tháng đầu năm 2022?',
    asks: ['where'],
    list: true,
    periods: ['2022-H1'],
    entities: [],
  },
  {
    q: 'Liệt kê các hội nghị sơ kết 9 tháng năm 2023 và người chủ trì từng hội nghị.',
    asks: ['who'],
    list: true,
    periods: ['2023-9M'],
    entities: [],
  },
  {
    q: 'Đồng chí Hoàng Văn Thắng đã chủ trì những hội nghị giao ban nào? Nêu ngày của từng cuộc.',
    asks: ['what', 'when'],
    list: true,
    entities: ['Hoàng Văn Thắng'],
  },
  {
    q: 'Quý III/2022 có những huyện ủy nào tổ chức giao ban, ai chủ trì ở từng nơi?',
    asks: ['who', 'where'],
    list: true,
    periods: ['2022-Q3'],
    entities: [],
  },
  {
    q: 'Theo thông tin mới nhất, Đảng bộ huyện Văn Yên có bao nhiêu đảng viên?',
    asks: ['howmany'],
    latest: true,
    entities: ['Văn Yên'],
    units: ['đảng viên'],
  },
  {
    q: 'Lần gần nhất Ban Chỉ đạo 32 tỉnh Điện Biên họp là khi nào, ai chủ trì?',
    asks: ['who', 'when'],
    latest: true,
    entities: ['Ban Chỉ đạo 32', 'Điện Biên'],
  },
  {
    q: 'Cuộc giao ban gần đây nhất của Huyện ủy Trạm Tấu do ai chủ trì?',
    asks: ['who'],
    latest: true,
    entities: ['Trạm Tấu'],
  },
  {
    q: 'Bài viết về hội nghị giao ban của Huyện ủy Yên Thủy được đăng ngày nào?',
    asks: ['published', 'when'],
    entities: ['Yên Thủy'],
  },
];

const FOLDED: Case[] = [
  {
    q: 'ai chu tri hoi nghi giao ban quy II nam 2023 cua huyen uy Muong Te?',
    asks: ['who'],
    folded: true,
    periods: ['2023-Q2'],
    entities: ['Muong Te'],
  },
  {
    q: 'thi uy Nghia Lo giao ban 9 thang nam 2022 vao ngay nao',
    asks: ['when'],
    folded: true,
    periods: ['2022-9M'],
    entities: ['Nghia Lo'],
  },
  {
    q: 'quy IV nam 2022 dang bo huyen Van Chan ket nap bao nhieu dang vien moi',
    asks: ['howmany'],
    folded: true,
    periods: ['2022-Q4'],
    entities: ['Van Chan'],
    units: ['dang vien moi'],
  },
  {
    q: 'lan gan nhat thuong truc tinh uy Lang Son lam viec voi huyen Loc Binh la ngay nao',
    asks: ['when'],
    folded: true,
    latest: true,
    entities: ['Lang Son', 'Loc Binh'],
  },
  {
    q: 'ban chi dao 35 tinh Yen Bai hop ngay nao, danh gia nhiem vu ky nao?',
    asks: ['when'],
    folded: true,
    entities: ['Ban Chỉ đạo 35', 'Yen Bai'],
  },
  {
    q: 'hoi nghi lan thu hai muoi mot ban chap hanh dang bo tinh Hoa Binh do ai chu tri',
    asks: ['who'],
    folded: true,
    ordinal: 21,
    entities: ['Hoa Binh'],
  },
  {
    q: 'xa nao o huyen Tan Lac duoc chon lam diem dai hoi?',
    asks: ['where'],
    folded: true,
    entities: ['Tan Lac'],
  },
  {
    q: 'nghi quyet chuyen de thi uy Nghia Lo thong qua thang 8/2021 ve linh vuc gi',
    asks: ['what'],
    folded: true,
    months: [{ year: 2021, month: 8 }],
    entities: ['Nghia Lo'],
  },
  {
    q: 'huyen uy Yen Binh giao ban 6 thang dau nam 2021 o dau',
    asks: ['where'],
    folded: true,
    periods: ['2021-H1'],
    entities: ['Yen Binh'],
  },
  {
    q: 'thi uy La Gi giao ban quy I nam 2021 do ai chu tri',
    asks: ['who'],
    folded: true,
    periods: ['2021-Q1'],
    entities: ['La Gi'],
  },
];

const ENGLISH: Case[] = [
  {
    q: 'Who chaired the Q3 2021 briefing of the Lục Yên district Party Committee in Yên Bái?',
    asks: ['who'],
    lang: 'en',
    periods: ['2021-Q3'],
    entities: ['Lục Yên', 'Yên Bái'],
  },
  {
    q: 'When did the Đà Bắc district Party Executive Committee hold its 2021 year-end review conference?',
    asks: ['when'],
    lang: 'en',
    periods: ['2021'],
    entities: ['Đà Bắc'],
  },
  {
    q: 'On what date did the Lạng Sơn provincial Party standing committee hold its 2020 working session with Cao Lộc district?',
    asks: ['when'],
    lang: 'en',
    years: [2020],
    entities: ['Lạng Sơn', 'Cao Lộc'],
  },
  {
    q: 'How many party members did the Mộc Châu district Party organization have at the October 2022 working session?',
    asks: ['howmany'],
    lang: 'en',
    months: [{ year: 2022, month: 10 }],
    entities: ['Mộc Châu'],
    units: ['đảng viên'],
  },
  {
    q: "What did the chair of Yên Bái's Steering Committee 35 ask the provincial Propaganda Department to complete, and by what date?",
    asks: ['what', 'when'],
    lang: 'en',
    entities: ['Yên Bái', 'Ban Chỉ đạo 35'],
  },
  {
    q: 'List all working sessions between the Hòa Bình provincial Party standing committee and Mai Châu district, with their dates.',
    asks: ['when'],
    lang: 'en',
    list: true,
    entities: ['Hòa Bình', 'Mai Châu'],
  },
  {
    q: 'When was the most recent quarterly briefing of the Văn Chấn district Party Committee?',
    asks: ['when'],
    lang: 'en',
    latest: true,
    entities: ['Văn Chấn'],
  },
  {
    q: 'How many new party members did the provincial Agencies and Enterprises Party Bloc admit during the 2020-2025 term?',
    asks: ['howmany'],
    lang: 'en',
    terms: ['2020-2025'],
    entities: [],
    units: ['đảng viên mới'],
  },
  {
    q: 'Who chaired the 21st plenum of the Hòa Bình provincial Party Executive Committee?',
    asks: ['who'],
    lang: 'en',
    ordinal: 21,
    entities: ['Hòa Bình'],
  },
  {
    q: 'Who chaired the third plenum of the Mường Lát district Party Committee?',
    asks: ['who'],
    lang: 'en',
    ordinal: 3,
    entities: ['Mường Lát'],
  },
  {
    q: 'Where was the Mường Lát working session held on 5 August 2022?',
    asks: ['where'],
    lang: 'en',
    dates: ['2022-08-05'],
    entities: ['Mường Lát'],
  },
  {
    q: 'Which district admitted the most new party members in the first half of 2021?',
    asks: ['where'],
    lang: 'en',
    periods: ['2021-H1'],
  },
  {
    q: 'What percentage of the budget estimate did Bắc Sơn district collect in the nine months of 2022?',
    asks: ['howmany'],
    lang: 'en',
    periods: ['2022-9M'],
    entities: ['Bắc Sơn'],
    units: ['phần trăm'],
  },
  {
    q: 'How many tons of seafood did Vân Đồn district catch in H1 2023?',
    asks: ['howmany'],
    lang: 'en',
    periods: ['2023-H1'],
    entities: ['Vân Đồn'],
    units: ['tấn'],
  },
  {
    q: 'When was the article about the Lục Yên briefing published?',
    asks: ['published', 'when'],
    lang: 'en',
    entities: ['Lục Yên'],
  },
  { q: 'Who chaired the Q2 2020 meeting?', asks: ['who'], lang: 'en', periods: ['2020-Q2'], entities: [] },
];

describe.each([
  ['who', WHO],
  ['when / where', WHEN_WHERE],
  ['how many / what', HOWMANY_WHAT],
  ['list / latest / published', LIST_LATEST],
  ['typed without diacritics', FOLDED],
  ['English', ENGLISH],
])('parseQuestion: %s', (_name, cases) => {
  it.each(cases.map((c) => [c.q, c] as const))('%s', (_q, c) => {
    check(parseQuestion(c.q), c);
  });
});

describe('parseQuestion: result shape', () => {
  it('keeps the raw text and gives a normalised, whitespace-collapsed text', () => {
    const raw = '  Ai  chủ trì\n\nhội nghị   huyện Mai Sơn?\u00a0';
    const p = parseQuestion(raw);
    expect(p.raw).toBe(raw);
    expect(p.text).toBe('Ai chủ trì hội nghị huyện Mai Sơn?');
    expect(p.truncated).toBe(false);
  });

  it('normalises old-style tone marks (uỷ → ủy) before parsing', () => {
    const p = parseQuestion('Huyện uỷ Mộc Châu giao ban quý I năm 2022, ai chủ trì?');
    expect(p.text).toContain('Huyện ủy');
    expect(p.entities).toEqual(['Mộc Châu']);
    expect(p.terms).toContain('ủy');
  });

  it('gives content syllables as terms, without question or function words', () => {
    const p = parseQuestion('Hội nghị giao ban quý III/2022 của Huyện ủy Cao Phong do ai chủ trì?');
    expect(p.terms).toEqual(
      expect.arrayContaining(['giao', 'ban', 'chủ', 'trì', 'cao', 'phong', 'quý', 'iii', '2022']),
    );
    for (const stop of ['ai', 'do', 'của']) expect(p.terms).not.toContain(stop);
    expect(p.phrases).toEqual(
      expect.arrayContaining([
        ['giao', 'ban'],
        ['chủ', 'trì'],
        ['cao', 'phong'],
        ['quý', 'iii'],
      ]),
    );
  });

  it('renders a period the way articles spell it (quý 3/2022 → phrase quý iii)', () => {
    const p = parseQuestion('Ai chủ trì giao ban quý 3/2022 ở Kỳ Sơn?');
    expect(p.time.periods).toEqual(['2022-Q3']);
    expect(p.phrases).toContainEqual(['quý', 'iii']);
  });

  it('folded questions keep folded terms', () => {
    const p = parseQuestion('huyen uy Cao Phong giao ban quy III nam 2022 do ai chu tri');
    expect(p.terms).toEqual(
      expect.arrayContaining(['huyen', 'uy', 'giao', 'ban', 'chu', 'tri', 'cao', 'phong']),
    );
    for (const stop of ['ai', 'do', 'nam']) expect(p.terms).not.toContain(stop);
  });

  it('English questions search on Vietnamese glossary terms and the names', () => {
    const p = parseQuestion('Who chaired the Q1 2023 briefing of the Mai Sơn district Party Committee?');
    expect(p.terms).toEqual(
      expect.arrayContaining(['chủ', 'trì', 'giao', 'ban', 'huyện', 'ủy', 'mai', 'sơn', '2023']),
    );
    expect(p.terms).not.toContain('who');
    expect(p.phrases).toEqual(
      expect.arrayContaining([
        ['chủ', 'trì'],
        ['giao', 'ban'],
        ['mai', 'sơn'],
        ['quý', 'i'],
      ]),
    );
  });

  it('the ordinal is searched as a number, not as its words', () => {
    const p = parseQuestion('Ai chủ trì Hội nghị Ban Chấp hành Đảng bộ tỉnh Yên Bái lần thứ hai mươi tư?');
    expect(p.ordinal).toBe(24);
    expect(p.terms).toContain('24');
    expect(p.terms).not.toContain('mươi');
  });

  it('splits a capitalised function word off a name ("Tại Lạng Sơn")', () => {
    expect(parseQuestion('Cho em hỏi Tại Lạng Sơn, ai chủ trì giao ban 6 tháng 2023?').entities).toEqual([
      'Lạng Sơn',
    ]);
  });

  it('takes a lone capitalised syllable after a place noun as a place ("thành phố Vinh")', () => {
    expect(parseQuestion('Thành ủy thành phố Vinh giao ban quý I/2022 vào ngày nào?').entities).toEqual([
      'Vinh',
    ]);
    expect(parseQuestion('Giao ban quý I/2022 ở Vinh vào ngày nào?').entities).toEqual([]);
  });

  it('canonicalises numbered bodies typed in lower case or in English', () => {
    expect(parseQuestion('ban chỉ đạo 32 họp ngày nào?').entities).toEqual(['Ban Chỉ đạo 32']);
    expect(parseQuestion('Who chaired the Steering Committee 127 meeting in Yên Bái?').entities).toEqual([
      'Ban Chỉ đạo 127',
      'Yên Bái',
    ]);
  });

  it('does not read "bộ máy" or a weekday as question words', () => {
    const p = parseQuestion('Thứ hai tuần trước huyện Mai Sơn sắp xếp bo may the nao?');
    expect(p.ordinal).toBeNull();
    expect(p.asks.has('howmany')).toBe(false);
  });
});
