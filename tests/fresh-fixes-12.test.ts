/**
 * The mechanisms the dev halves of the fresh sets (tests/fixtures/fresh; thirty-first session)
 * showed missing, each on text written for this test (made-up people and figures, places of no
 * evaluation question).
 */
import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../src/query/chat.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { tableFigures } from '../src/records/tables.ts';
import { seedTexts } from './helpers/articles.ts';
import { useWrittenEngine } from './helpers/written-engine.ts';

/** A results table a scraper glued onto one line: cells joined by pipes, rows by nothing. */
const GLUED_ROWS =
  'Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ (%) Thu ngân sách trên địa bàn (tỷ đồng) | 204,6 | 151,3 | 73,9 Trồng rừng mới (ha) | 850 | 612 | 72,0 Làm mới đường giao thông nông thôn (km) | 36 | 21,5 | 59,7';
/** The same kind of table with pipes between rows too, under a caption cell. */
const PIPED_ROWS =
  'Vốn các chương trình đến 30/9/2024 | Chương trình | Kế hoạch vốn (triệu đồng) | Đã giải ngân (triệu đồng) | Xây dựng nông thôn mới | 12.480 | 6.115 | Giảm nghèo bền vững | 9.360 | 5.430';
/** A two-column plan with units in the cells and a range the table cannot read as one figure. */
const UNIT_CELLS =
  'Chỉ tiêu | Kế hoạch 2025 Tốc độ tăng trưởng | 7,5 - 8% Thu nhập bình quân đầu người | 61 triệu đồng Xã đạt chuẩn nông thôn mới kiểu mẫu | thêm 1 xã';

describe('tables glued onto one line', () => {
  const figures = (line: string) =>
    tableFigures(`Tiêu đề\n\n${line}\n\nĐoạn sau.`, { year: 2024, ownPeriod: '2024-9M' });

  it('reads each row of a header glued to its first label, quoting the row', () => {
    const got = figures(GLUED_ROWS);
    const road = got.find((f) => f.subject === 'Làm mới đường giao thông nông thôn Thực hiện 9 tháng');
    expect(road).toMatchObject({ value: 21.5, unit: 'km', kind: 'result' });
    const revenue = got.filter((f) => f.subject.startsWith('Thu ngân sách trên địa bàn'));
    expect(revenue.map((f) => [f.text, f.kind])).toEqual([
      ['204,6 tỷ đồng', 'target'],
      ['151,3 tỷ đồng', 'result'],
      ['73,9%', 'rate'],
    ]);
    const body = `Tiêu đề\n\n${GLUED_ROWS}\n\nĐoạn sau.`;
    expect(body.slice(revenue[0]?.span.start, revenue[0]?.span.end)).toBe(
      'Thu ngân sách trên địa bàn (tỷ đồng) | 204,6 | 151,3 | 73,9',
    );
    expect(got).toHaveLength(9);
  });

  it('reads rows joined by pipes under a caption, the caption in each subject', () => {
    const got = figures(PIPED_ROWS);
    expect(got.map((f) => f.text)).toEqual([
      '12.480 triệu đồng',
      '9.360 triệu đồng',
      '6.115 triệu đồng',
      '5.430 triệu đồng',
    ]);
    expect(got[2]?.subject).toBe(
      'Vốn các chương trình đến 30/9/2024 Xây dựng nông thôn mới Đã giải ngân (triệu đồng)',
    );
  });

  it('takes a cell’s own unit and leaves a range unread', () => {
    const got = figures(UNIT_CELLS);
    expect(got.map((f) => [f.subject, f.text, f.unit])).toEqual([
      ['Thu nhập bình quân đầu người Kế hoạch 2025', '61 triệu đồng', 'đồng'],
      ['Xã đạt chuẩn nông thôn mới kiểu mẫu Kế hoạch 2025', '1 xã', null],
    ]);
  });

  it('a menu of links joined by pipes is no table', () => {
    expect(figures('Trang chủ | Giới thiệu | Tin tức | Chính quyền | Công dân | Liên hệ')).toEqual([]);
  });
});

describe('a glued table row answers its question (keyword-only engine)', () => {
  const REVIEW = `Huyện ủy Tam Đảo Hải sơ kết 9 tháng năm 2024
Ngày 08/10/2024, Huyện ủy Tam Đảo Hải tổ chức hội nghị sơ kết công tác 9 tháng năm 2024. Đồng chí Lê Văn Khoa, Bí thư Huyện ủy chủ trì hội nghị.

${GLUED_ROWS}

Hội nghị thống nhất các nhiệm vụ trọng tâm quý IV năm 2024.`;
  const engine = useWrittenEngine('glued-table', { ...seedTexts(), 'tam-dao-hai.txt': REVIEW });

  it('the result and the rate of one row', async () => {
    const a = await engine().ask('9 tháng năm 2024, huyện Tam Đảo Hải trồng rừng mới được bao nhiêu ha?');
    expect(a.answer).toContain('“Trồng rừng mới (ha) | 850 | 612 | 72,0”');
  });
});

describe('a figure measured by another noun; the sentence that says what is asked', () => {
  const VISIT = `Đoàn công tác Tỉnh ủy làm việc với Huyện ủy Đồng Xuân Sơn
Ngày 18/7/2024, Đoàn công tác của Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Đồng Xuân Sơn về kết quả 6 tháng đầu năm 2024.
Báo cáo tại buổi làm việc, đồng chí Hà Văn Toản, Chủ tịch UBND huyện cho biết: vụ chè năm 2024, toàn huyện có 3.240 ha chè, sản lượng ước đạt 41.800 tấn, tăng 8,2% so với năm 2023; giá trị sản xuất tăng 7,1%.
Kết luận buổi làm việc, đồng chí Trưởng đoàn đồng ý chủ trương để huyện lập dự án kho bảo quản chè quy mô 2.000 tấn tại xã Khe Lau.`;
  const SESSION = `Kỳ họp thứ 11 HĐND huyện Đồng Xuân Sơn thông qua 12 nghị quyết
Ngày 20/12/2024, HĐND huyện Đồng Xuân Sơn khóa XX tổ chức kỳ họp thứ 11, kỳ họp thường lệ cuối năm 2024.
Phiên chất vấn tập trung vào sạt lở bờ sông và cấp giấy chứng nhận quyền sử dụng đất. Trả lời chất vấn, ông Vi Văn Khải, Trưởng phòng Nông nghiệp và Phát triển nông thôn cho biết huyện đã đề xuất đầu tư kè chống sạt lở. Bà Lục Thị Hằng, Trưởng phòng Tài nguyên và Môi trường thừa nhận còn chậm trong xử lý hồ sơ đất đai và cam kết hoàn thành cấp giấy chứng nhận cho 480 hồ sơ tồn đọng trước ngày 31/3/2025.
Bế mạc kỳ họp, đồng chí Nguyễn Hữu Lực đề nghị Thường trực HĐND, các ban HĐND và tổ đại biểu giám sát chặt chẽ việc thực hiện những cam kết đã nêu tại phiên chất vấn.`;
  const engine = useWrittenEngine('measured-else', {
    ...seedTexts(),
    'dong-xuan-son-visit.txt': VISIT,
    'dong-xuan-son-session.txt': SESSION,
  });

  it('a capacity ("quy mô 2.000 tấn") does not answer the output asked ("sản lượng")', async () => {
    const a = await engine().ask(
      'Vụ chè năm 2024, sản lượng của huyện Đồng Xuân Sơn ước đạt bao nhiêu nghìn tấn?',
    );
    expect(a.answer).toContain('41.800 tấn (= 41,8 nghìn tấn)');
    expect(a.answer).not.toContain('2.000 tấn');
  });

  it('what an official promised is the sentence naming the official, not one about promises', async () => {
    const a = await engine().ask(
      'Tại phiên chất vấn ở kỳ họp cuối năm 2024 của HĐND huyện Đồng Xuân Sơn, Trưởng phòng Tài nguyên và Môi trường đã cam kết điều gì?',
    );
    expect(a.answer).toContain(
      'cam kết hoàn thành cấp giấy chứng nhận cho 480 hồ sơ tồn đọng trước ngày 31/3/2025',
    );
  });

  it('English "expected to harvest" is answered by the estimate, measured as asked', async () => {
    const a = await engine().ask(
      'How many tonnes of tea was Dong Xuan Son district expected to harvest in 2024?',
    );
    expect(a.answer).toContain('41.800 tấn — “Báo cáo tại buổi làm việc');
  });

  it('"What is the population …" asks a figure: an article stating none does not answer', async () => {
    expect(parseQuestion('What is the population of Dong Xuan Son district?').asks.has('howmany')).toBe(true);
    const a = await engine().ask('What is the population of Dong Xuan Son district?');
    expect(a.answered).toBe(false);
  });

  it('"điều gì" is the question word, no word to search', () => {
    const q = parseQuestion('Trưởng phòng Tài chính - Kế hoạch đã cam kết điều gì?');
    expect(q.terms).not.toContain('điều');
    expect(parseQuestion('Diện tích điều của huyện là bao nhiêu ha?').terms).toContain('điều');
  });
});

describe('chat: "bt" after "đoàn" is the Standing Board', () => {
  it('names the delegation "đoàn bt tu", and keeps the secretary elsewhere', () => {
    // A question typed bare is expanded bare (the restored marks come later).
    expect(expandShorthand('doan bt tinh uy ve xa kiem tra o dau', 'vi')).toBe(
      'doan ban thuong vu tinh uy ve xa kiem tra o dau',
    );
    expect(expandShorthand('doan bt tu lam viec voi huyen', 'vi')).toBe(
      'doan ban thuong vu tinh uy lam viec voi huyen',
    );
    expect(expandShorthand('Đoàn BT Tỉnh ủy về xã', 'vi')).toBe('Đoàn Ban Thường vụ Tỉnh ủy về xã');
    expect(expandShorthand('bt tinh uy chu tri hop', 'vi')).toBe('bi thu tinh uy chu tri hop');
    // "đc Đoàn …" is a person named Đoàn.
    expect(expandShorthand('dc doan bt tinh uy', 'vi')).toBe('dong chi doan bi thu tinh uy');
  });
});
