/**
 * The mechanisms the fresh sets (tests/fixtures/fresh/) showed missing, each on text written for
 * this test (districts of no evaluation set, made-up figures): a comparison base lends no year, a
 * running total to a quarter's end is its cumulative period, "kh" after a percentage is the plan,
 * a running total of admissions is a flow, a count's period is read in its own clause, and a
 * meeting named only by what it reviews is the review asked.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/ingest/parse.ts';
import { expandShorthand } from '../src/query/chat.ts';
import { extractTime } from '../src/query/time.ts';
import { extractRecords } from '../src/records/extract.ts';
import { useWrittenEngine } from './helpers/written-engine.ts';

describe('time phrases', () => {
  it('a year after "so với (cùng kỳ)" is lent to no period of the sentence', () => {
    const t = extractTime(
      'Trong quý III, kết nạp 68 đảng viên, nâng tổng số 9 tháng lên 196, tăng 23 so với cùng kỳ năm 2022.',
    );
    expect(t.periods).toEqual(['Q3', '9M']);
    // A plain year elsewhere still is.
    expect(extractTime('Năm 2022, 9 tháng').periods).toEqual(['2022-9M']);
  });

  it('a running total to the end of a quarter is the cumulative period it closes', () => {
    expect(extractTime('Tính đến hết quý III năm 2023, kết nạp bao nhiêu?').periods).toEqual(['2023-9M']);
    expect(extractTime('đến hết quý II/2022').periods).toEqual(['2022-H1']);
    expect(extractTime('by the end of Q3 2023', 'en').periods).toEqual(['2023-9M']);
    // The quarter alone stays the quarter.
    expect(extractTime('giao ban quý III năm 2023').periods).toEqual(['2023-Q3']);
  });
});

describe('month spans', () => {
  it('"từ tháng … đến tháng …" and "between … and …" bound a span of months', () => {
    expect(
      extractTime('Từ tháng 9/2023 đến tháng 3/2024, Thị ủy tổ chức những hội nghị nào?').monthSpan,
    ).toEqual({
      from: { year: 2023, month: 9 },
      to: { year: 2024, month: 3 },
    });
    expect(extractTime('between September 2023 and March 2024', 'en').monthSpan).toEqual({
      from: { year: 2023, month: 9 },
      to: { year: 2024, month: 3 },
    });
    // Two months named side by side are two months, not a span.
    expect(extractTime('tháng 9/2023 và tháng 3/2024').monthSpan).toBeUndefined();
  });
});

describe('chat shorthand', () => {
  it('"kh" after a percentage is kế hoạch, elsewhere không', () => {
    expect(expandShorthand('dat bn % kh nam', 'vi')).toBe('dat bao nhieu % ke hoach nam');
    expect(expandShorthand('co hop kh', 'vi')).toBe('co hop khong');
  });
});

const article = (body: string) =>
  parseArticle(`Huyện ủy Lạc Thủy giao ban quý III năm 2023\n\n${body}`, { docId: 't', source: 't' });

describe('figure kinds', () => {
  it('a running total of the period’s admissions is new members, the membership is a total', () => {
    const a = article(
      'Ngày 3/10/2023, Huyện ủy Lạc Thủy tổ chức hội nghị giao ban quý III năm 2023 do Bí thư Huyện ủy chủ trì. Trong quý kết nạp 38 đảng viên, nâng tổng số đảng viên kết nạp trong 9 tháng lên 97 đồng chí. Toàn Đảng bộ nâng tổng số đảng viên lên 5.401 đồng chí.',
    );
    const kinds = new Map(extractRecords(a).figures.map((f) => [f.value, f.kind]));
    expect(kinds.get(97)).toBe('new');
    expect(kinds.get(5401)).toBe('total');
  });
});

const SESSION = `Cổng thông tin điện tử huyện Lạc Thủy
Kỳ họp thứ 9, HĐND huyện Lạc Thủy thông qua 14 nghị quyết
Ngày 18 tháng 12 năm 2022, HĐND huyện Lạc Thủy khóa XX tổ chức kỳ họp thứ 9 - kỳ họp thường lệ cuối năm 2022. Đồng chí Bùi Văn Tâm, Chủ tịch HĐND huyện chủ trì kỳ họp.
Kỳ họp đã biểu quyết thông qua 14 nghị quyết, trong đó có: Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2023; Nghị quyết về dự toán ngân sách năm 2023.
Minh Anh`;

const TASK_FORCE = `Cổng thông tin điện tử huyện Kim Bôi
Giải ngân vốn đầu tư công: huyện Kim Bôi rà soát kết quả năm 2024
Thời gian đăng: 24/12/2024 06:25:11 AM
Chiều ngày 23/12/2024, Tổ công tác đẩy nhanh giải ngân vốn đầu tư công huyện Kim Bôi họp đánh giá công tác giải ngân vốn đầu tư công năm 2024. Điều hành hội nghị là đồng chí Phạm Thị Dung, Chủ tịch UBND huyện. Đến thời điểm báo cáo, các chủ đầu tư đã giải ngân 127,8 tỷ đồng, đạt 79,8% kế hoạch.
Tin: Khánh Nam`;

const MONTHLY = `Cổng thông tin điện tử huyện Kim Bôi
Thứ sáu, 15/12/2023, 09:12 [GMT+7]
UBND huyện Kim Bôi họp phiên thường kỳ tháng 10/2023
04/11/2023 08:35 Số lượt xem: 312
Sáng 03/11, UBND huyện Kim Bôi tổ chức phiên họp thường kỳ tháng 10 năm 2023 để đánh giá tình hình kinh tế - xã hội tháng 10 và triển khai nhiệm vụ tháng 11/2023. Đồng chí Bùi Văn Khánh, Chủ tịch UBND huyện chủ trì phiên họp.
Tại phiên họp, các đại biểu đã nghe báo cáo của một số cơ quan chuyên môn:
  • Phòng Tài chính - Kế hoạch báo cáo tình hình thu, chi ngân sách 10 tháng;
  • Chi cục Thuế khu vực báo cáo tiến độ thu thuế, phí;
  • Phòng Nông nghiệp và Phát triển nông thôn báo cáo kết quả sản xuất vụ Hè Thu.
Phát biểu kết luận, đồng chí Chủ tịch UBND huyện yêu cầu các xã gửi báo cáo về Văn phòng trước ngày 25/11/2023; các phòng, ban tập trung hoàn thành chỉ tiêu năm 2023.
Thúy Hằng`;

const BRIEFING = `Cổng thông tin điện tử huyện Kim Bôi
Huyện ủy Kim Bôi giao ban công tác quý III năm 2023
Ngày 02/10/2023, Huyện ủy Kim Bôi tổ chức hội nghị giao ban công tác xây dựng Đảng quý III năm 2023. Đồng chí Nguyễn Văn Hải, Bí thư Huyện ủy chủ trì hội nghị.
Kết luận hội nghị, đồng chí Bí thư Huyện ủy yêu cầu các chi bộ gửi danh sách đảng viên về Ban Tổ chức trước ngày 31/10/2023; các xã, thị trấn tập trung hoàn thành chỉ tiêu năm 2023.
Minh Anh`;

describe('answers over written articles', () => {
  const engine = useWrittenEngine('fresh-fixes', {
    'session.txt': SESSION,
    'task-force.txt': TASK_FORCE,
    'monthly.txt': MONTHLY,
    'briefing.txt': BRIEFING,
  });

  it('a monthly meeting held in the next month is the month its headline names; its list is the items after the colon', async () => {
    const a = await engine().ask(
      'Những cơ quan nào đã báo cáo tại phiên họp thường kỳ tháng 10/2023 của UBND huyện Kim Bôi?',
    );
    expect(a.answered).toBe(true);
    for (const item of ['Phòng Tài chính - Kế hoạch', 'Chi cục Thuế', 'Phòng Nông nghiệp'])
      expect(a.answer).toContain(item);
  });

  it('meetings listed over a span of months are dated by their own dates, not their deadlines', async () => {
    const a = await engine().ask('Từ tháng 9/2023 đến tháng 11/2023, huyện Kim Bôi có những cuộc họp nào?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('2/10/2023');
    expect(a.answer).toContain('3/11/2023');
    expect(a.answer).not.toContain('31/10/2023');
    expect(a.answer).not.toContain('25/11/2023');
  });

  it('a count detailed by items of the next year is the session’s count', async () => {
    const a = await engine().ask(
      'Tại kỳ họp thường lệ cuối năm 2022, HĐND huyện Lạc Thủy đã biểu quyết thông qua bao nhiêu nghị quyết?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('14');
  });

  it('a year-end review asked by its kind is the task force’s review meeting named by what it reviews', async () => {
    const a = await engine().ask(
      'Hội nghị tổng kết năm 2024 của Tổ công tác đẩy nhanh giải ngân vốn đầu tư công huyện Kim Bôi diễn ra ngày nào?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('23/12/2024');
  });
});
