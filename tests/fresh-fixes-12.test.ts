/**
 * The mechanisms the dev halves of the fresh sets (tests/fixtures/fresh; thirty-first session)
 * showed missing, each on text written for this test (made-up people and figures, places of no
 * evaluation question).
 */
import { describe, expect, it } from 'vitest';
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
