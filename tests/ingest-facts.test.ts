import { describe, expect, it } from 'vitest';
import { readByline } from '../src/ingest/byline.ts';
import { readDateLine } from '../src/ingest/dates.ts';
import { findChairs, findMeetingDates, findOrganisation, findPeriods } from '../src/ingest/facts.ts';

describe('readDateLine', () => {
  it.each([
    ['Thời gian đăng: 02/04/2021 03:17:35 PM', '2021-04-02', true],
    ['20/09/2023 14:51 Số lượt xem: 175', '2023-09-20', true],
    ['Ngày 20 tháng 06 năm 2022', '2022-06-20', false],
    ["Thứ năm, 30/07/2020 - 15:21'", '2020-07-30', false],
    ['[ Cập nhật vào ngày (18/03/2021) ] - [ Số lần xem: 361 ]', '2021-03-18', true],
    ['Ngày đăng: 07-10-2020 | Lượt xem: 412', '2020-10-07', true],
    ['(Cập nhật lần cuối: 25/12/2021 09:30. Bài đăng lần đầu ngày 23/12/2021)', '2021-12-25', true],
    ['Thứ ba, 01/12/2020, 09:05 [GMT+7]', '2020-12-01', false],
    ['Cập nhật lúc: 08:15 - 05/07/2022', '2022-07-05', true],
    ['14/07/2023 17:05', '2023-07-14', false],
  ])('%s → %s', (line, iso, posted) => {
    expect(readDateLine(line)).toMatchObject({ iso, posted, today: false });
  });

  it('marks "Hôm nay" as the scrape day and reads credits on the same line', () => {
    expect(readDateLine('Hôm nay: Thứ hai, 01/02/2021')).toMatchObject({ iso: '2021-02-01', today: true });
    expect(readDateLine('Ngày đăng: 06/10/2023 - 08:45 | Tác giả: Hoàng Yến')?.credit).toBe('Hoàng Yến');
    expect(readDateLine('Ngày 24/08/2019 - Tin, ảnh: Thanh Tâm')?.credit).toBe('Thanh Tâm');
    expect(readDateLine('Đăng ngày: 11-01-2024 | Chuyên mục: Xây dựng Đảng')).toMatchObject({
      iso: '2024-01-11',
      credit: null,
    });
  });

  it('article sentences and impossible dates are not date lines', () => {
    expect(readDateLine('Ngày 20/6, đồng chí Lò Minh Hùng chủ trì cuộc họp')).toBeNull();
    expect(readDateLine('Đã hoàn thành và vượt 13/15 chỉ tiêu')).toBeNull();
    expect(readDateLine('Ngày đăng: 31/02/2021')).toBeNull();
  });
});

describe('readByline', () => {
  it.each([
    ['Tác giả: Thu Hường', 'Thu Hường'],
    ['Hữu Ánh', 'Hữu Ánh'],
    ['THANH HÒA', 'Thanh Hòa'],
    ['Vũ Văn Lương - Bí thư Đảng ủy Khối Các cơ quan và Doanh nghiệp tỉnh', 'Vũ Văn Lương'],
    ['Hoàng Thu - Văn phòng Huyện ủy', 'Hoàng Thu'],
    ['Tin, ảnh: Thanh Tùng', 'Thanh Tùng'],
    ['Thanh Hòa (Theo Trang TTĐT Đảng bộ tỉnh)', 'Thanh Hòa'],
    ['Tin: Minh Châu - Ảnh: Đức Hòa', 'Minh Châu'],
    ['Tác giả: Quang Vinh - Trung tâm Văn hóa, Thông tin và Thể thao huyện', 'Quang Vinh'],
    ['P.V (Trung tâm VH-TT&TT thị xã)', 'P.V'],
    ['Văn phòng Huyện ủy Kiến Xương', 'Văn phòng Huyện ủy Kiến Xương'],
  ])('%s → %s', (line, author) => {
    expect(readByline(line)?.author).toBe(author);
  });

  it('article text, captions and prose with names are not by-lines', () => {
    expect(readByline('Quang cảnh buổi làm việc')).toBeNull();
    expect(readByline('Đồng chí Lục Văn Khởi, Bí thư Huyện ủy phát biểu kết luận hội nghị')).toBeNull();
    expect(
      readByline('Quý I, toàn Đảng bộ kết nạp 40 đảng viên mới. Kết luận hội nghị, đồng chí A phát biểu.'),
    ).toBeNull();
    expect(readByline('Hội nghị kết thúc.')).toBeNull();
  });

  it('only labelled credits and "name - office" are strong signatures', () => {
    expect(readByline('Tin, ảnh: Thanh Tùng')?.strong).toBe(true);
    expect(readByline('Hoàng Thu - Văn phòng Huyện ủy')?.strong).toBe(true);
    expect(readByline('Hữu Ánh')?.strong).toBe(false);
    expect(readByline('KẾT QUẢ NỔI BẬT')?.strong).toBe(false);
  });
});

describe('findPeriods', () => {
  it.each([
    ['giao ban quý I năm 2021', '2021-03-31', ['2021-Q1']],
    ['giao ban quý I/2021.', '2021-04-02', ['2021-Q1']],
    ['giao ban quý 1/2021.', '2021-04-02', ['2021-Q1']],
    ['Trong quý I, các cơ quan', '2021-03-17', ['2021-Q1']],
    ['sơ kết 6 tháng đầu năm 2022', '2022-06-20', ['2022-H1']],
    ['đánh giá 6 tháng đầu năm, triển khai', '2022-06-20', ['2022-H1']],
    ['sơ kết 6 tháng cuối năm, tổng kết', '2022-12-20', ['2022-H2']],
    ['giao ban 9 tháng năm 2023', '2023-09-19', ['2023-9M']],
    ['tổng kết công tác năm 2020', '2020-12-29', ['2020']],
    ['tổng kết năm 2023', '2024-01-10', ['2023']],
    // A year reviewed in the next January is the year's meeting, not the next year's.
    ['họp đánh giá công tác giáo dục và đào tạo năm 2019', '2020-01-14', ['2019']],
    ['họp về công tác thu, chi ngân sách năm 2021', '2022-01-10', ['2021']],
    ['đánh giá kết quả quý IV năm 2021', '2021-12-28', ['2021-Q4']],
    ['họp đánh giá tình hình kinh tế - xã hội năm 2022', '2023-01-17', ['2022']],
    ['Nhiệm kỳ 2015 - 2020, Đảng bộ', '2020-07-30', ['2015-2020']],
  ])('%s (at %s) → %j', (text, ref, want) => {
    expect(findPeriods(text, ref)).toEqual(want);
  });

  it('periods the meeting plans for, old comparisons and future terms are left out', () => {
    expect(findPeriods('đánh giá quý II, triển khai nhiệm vụ quý III/2022', '2022-07-04')).toEqual([
      '2022-Q2',
    ]);
    expect(findPeriods('6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022', '2022-06-20')).toEqual([
      '2022-H1',
    ]);
    expect(findPeriods('chuẩn bị hội nghị tổng kết năm 2020', '2020-10-06')).toEqual([]);
    expect(findPeriods('quý I năm 2021; nhiệm kỳ 2016-2021, nhiệm kỳ 2021-2026', '2021-03-31')).toEqual([
      '2021-Q1',
    ]);
  });
});

describe('findMeetingDates', () => {
  it('reads cued dates just before publication, completing the year', () => {
    expect(findMeetingDates('sáng ngày 31-3-2021.', '2021-04-02')).toEqual(['2021-03-31']);
    expect(findMeetingDates('Chiều ngày 17/3/2021, Thường trực', '2021-03-18')).toEqual(['2021-03-17']);
    expect(findMeetingDates('Ngày 20/6, đồng chí', '2022-06-20')).toEqual(['2022-06-20']);
    expect(findMeetingDates('Ngày 30/12, Ban Chấp hành', '2021-01-02')).toEqual(['2020-12-30']);
  });

  it('ignores deadlines, anniversaries and postings', () => {
    const text =
      'kỷ niệm (8/10/1971- 8/10/2021); hoàn thành trước ngày 15/8/2023; Bài viết đăng ngày 23/12/2021 có sai sót; từ ngày 1/4/2020';
    expect(findMeetingDates(text, '2021-12-25')).toEqual([]);
  });

  it('without a publication date only a dated cue with its year counts', () => {
    expect(findMeetingDates('Chiều 18/7, hội nghị. Sáng ngày 06/10/2020, Huyện ủy', null)).toEqual([
      '2020-10-06',
    ]);
  });
});

describe('findChairs and findOrganisation', () => {
  it('chair wordings', () => {
    const names = (t: string) => findChairs(t).map((c) => `${c.name} | ${c.title}`);
    expect(names('Đồng chí Lê Văn A, Bí thư Huyện ủy chủ trì hội nghị.')).toEqual([
      'Lê Văn A | Bí thư Huyện ủy',
    ]);
    expect(names('Hội nghị do đồng chí Lê Văn A, Bí thư Huyện ủy chủ trì.')).toEqual([
      'Lê Văn A | Bí thư Huyện ủy',
    ]);
    expect(names('Chủ trì hội nghị là đồng chí Lê Văn A, Bí thư Thị ủy.')).toEqual([
      'Lê Văn A | Bí thư Thị ủy',
    ]);
    expect(
      names('Đồng chủ trì có đồng chí Lê Văn A, Bí thư Tỉnh ủy và đồng chí Trần Thị B, Chủ tịch UBND tỉnh.'),
    ).toEqual(['Lê Văn A | Bí thư Tỉnh ủy', 'Trần Thị B | Chủ tịch UBND tỉnh']);
    expect(
      names(
        'Đồng chí Lê Văn A, Bí thư Tỉnh ủy và đồng chí Trần Thị B, Chủ tịch UBND tỉnh đồng chủ trì hội nghị.',
      ),
    ).toEqual(['Lê Văn A | Bí thư Tỉnh ủy', 'Trần Thị B | Chủ tịch UBND tỉnh']);
    expect(names('Đoàn công tác do đồng chí Lê Văn A, Phó Bí thư Tỉnh ủy làm trưởng đoàn.')).toEqual([
      'Lê Văn A | Phó Bí thư Tỉnh ủy',
    ]);
    // Someone else running the discussion, a department "chủ trì" a task: not chairs.
    expect(
      names(
        'Đồng chí Lê Văn A, Bí thư chủ trì hội nghị; đồng chí Hà Thị C, Phó Bí thư điều hành phần thảo luận. Ban Tổ chức chủ trì hướng dẫn.',
      ),
    ).toEqual(['Lê Văn A | Bí thư']);
  });

  it('falls back to the person who concludes, with the title from another mention', () => {
    const body =
      'Dự hội nghị có đồng chí Vũ Đức Thuận, Bí thư Huyện ủy. Kết luận hội nghị, đồng chí Vũ Đức Thuận đề nghị các cơ quan tập trung.';
    expect(findChairs(body)).toEqual([{ name: 'Vũ Đức Thuận', title: 'Bí thư Huyện ủy' }]);
    expect(
      findChairs('Đó là yêu cầu của đồng chí Ngôn Ngọc Khuê, Bí thư Đảng bộ thị xã tại hội nghị.'),
    ).toEqual([{ name: 'Ngôn Ngọc Khuê', title: 'Bí thư Đảng bộ thị xã' }]);
    expect(findChairs('Hội nghị đã thông qua nghị quyết.')).toEqual([]);
  });

  it('organisation: subject of the first sentence, a delegation sender, or the title place', () => {
    expect(findOrganisation('x', 'Chiều ngày 28/9/2022, Huyện ủy Bảo Yên tổ chức hội nghị giao ban.')).toBe(
      'Huyện ủy Bảo Yên',
    );
    expect(
      findOrganisation(
        'x',
        'Sáng 26/8, đoàn công tác của Thường trực Tỉnh ủy Quảng Bình do đồng chí A làm trưởng đoàn.',
      ),
    ).toBe('Thường trực Tỉnh ủy Quảng Bình');
    expect(findOrganisation('Mường Lay: Giao ban quý I', 'Hội nghị được tổ chức sáng ngày 31-3-2021.')).toBe(
      'Mường Lay',
    );
    expect(findOrganisation('Không rõ', 'Một câu không có chủ thể tổ chức.')).toBeNull();
  });
});
