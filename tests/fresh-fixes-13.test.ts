/**
 * The mechanisms the dev halves of the fresh sets (tests/fixtures/fresh; thirty-second session)
 * showed missing, each on text written for this test (made-up people, places and figures).
 */
import { describe, expect, it } from 'vitest';
import { placeItemsLevel } from '../src/answer/list-ask.ts';
import { unitsOf } from '../src/answer/units.ts';
import { findCuedDates, readDateLine } from '../src/ingest/dates.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { untranslatedWords } from '../src/query/untranslated.ts';
import { seedTexts } from './helpers/articles.ts';
import { expectAnswered, expectRefused } from './helpers/expect-answers.ts';
import { useWrittenEngine } from './helpers/written-engine.ts';

describe('a meeting of several days; a date line naming its poster', () => {
  it('dates a meeting of several days by its first day', () => {
    const day = (t: string) => findCuedDates(t).map((d) => [d.day, d.month, d.year]);
    expect(day('Trong 2 ngày 18 và 19/12/2024, tại Hội trường')).toEqual([[18, 12, 2024]]);
    expect(day('Trong hai ngày 18-19/12, HĐND huyện')).toEqual([[18, 12, null]]);
    expect(day('ngày 5, 6 tháng 7 năm 2024')).toEqual([[5, 7, 2024]]);
    // One date written with dashes is one day, not a span.
    expect(day('Ngày 19-12-2024, UBND huyện')).toEqual([[19, 12, 2024]]);
  });

  it('reads "Ngày đăng: … | Người đăng: …" as a date line with its credit', () => {
    expect(readDateLine('Ngày đăng: 20-12-2024 | Người đăng: Quản trị viên')).toMatchObject({
      iso: '2024-12-20',
      posted: true,
      credit: 'Quản trị viên',
    });
  });
});

describe('questions read as their frame', () => {
  it('a comparative before a number is a bound, not a comparison', () => {
    expect(parseQuestion('Which communes disbursed less than 30% of their funds?').target.compare).toBe(
      false,
    );
    expect(parseQuestion('Những xã nào có tỷ lệ giải ngân thấp hơn 30%?').target.compare).toBe(false);
    expect(parseQuestion('Did Khe Lư disburse more than Bạch Thông?').target.compare).toBe(true);
    expect(parseQuestion('Huyện nào giải ngân cao hơn?').target.compare).toBe(true);
  });

  it('a holder asked with an aspect word is a holder question', () => {
    expect(parseQuestion('Ai đang giữ chức Bí thư Huyện ủy Nà Khoang?').target.target).toEqual({
      kind: 'holder',
    });
    expect(parseQuestion('Đồng chí Vàng Thị Sua giữ chức gì?').target.target).toEqual({ kind: 'position' });
  });

  it('an English unit phrase ends at a preposition; "through" is no content word', () => {
    expect(unitsOf('billion dong through Party finance inspections in 2025', 'en')).toEqual(['tỷ đồng']);
    const q = parseQuestion(
      'Is it true that Khe Lu recommended recovering VND 2.1 billion through Party finance inspections in 2025?',
    );
    expect(untranslatedWords(q)).toEqual([]);
    expect(q.terms).toEqual(expect.arrayContaining(['thu', 'tài', 'chính']));
  });

  it('English domain words: public-use land, lax management, aiming at a standard', () => {
    const terms = (t: string) => parseQuestion(t).terms;
    expect(terms('Which communes were named for lax management of public-use land?')).toEqual(
      expect.arrayContaining(['buông', 'lỏng', 'công', 'ích']),
    );
    expect(
      terms('Which communes does the district aim to bring up to the new-style rural area standard?'),
    ).toEqual(expect.arrayContaining(['phấn', 'đấu', 'chuẩn']));
  });

  it('English words of the reports’ work: the Front, picking, a special zone, management', () => {
    const terms = (t: string) => parseQuestion(t).terms;
    expect(terms('Who spoke at the 2023 Front review conference?')).toEqual(
      expect.arrayContaining(['mặt', 'trận']),
    );
    expect(terms('Which communes did the steering committee pick for the pilot?')).toEqual(
      expect.arrayContaining(['lựa', 'chọn']),
    );
    expect(terms('Which special zone held its fourth session?')).toEqual(
      expect.arrayContaining(['đặc', 'khu']),
    );
    expect(terms('What did they say about land management?')).toEqual(expect.arrayContaining(['quản', 'lý']));
    expect(terms('What shortcoming regarding its civil servants did the commune point out?')).toEqual(
      expect.arrayContaining(['công', 'chức']),
    );
    expect(terms('Which new-rural-area criteria were hardest for the commune?')).toEqual(
      expect.arrayContaining(['tiêu', 'chí']),
    );
  });

  it('issues raised at question time are no limitations of the report', () => {
    const target = (t: string) => parseQuestion(t).target.target;
    expect(target('Which issues did delegates raise during the question-and-answer session?')).not.toEqual({
      kind: 'section',
      section: 'limitation',
    });
    expect(target('Which issues did the report point out?')).toEqual({
      kind: 'section',
      section: 'limitation',
    });
  });

  it('what was agreed is the act after the agreeing verb', () => {
    const section = (t: string) => parseQuestion(t).target.target;
    expect(section('Hội nghị thống nhất đề xuất UBND tỉnh điều gì?')).toEqual({
      kind: 'section',
      section: 'proposal',
    });
    expect(section('What did the conference agree to propose to the province?')).toEqual({
      kind: 'section',
      section: 'proposal',
    });
    expect(section('Hội nghị thống nhất thông qua những nội dung gì?')).toEqual({
      kind: 'section',
      section: 'decision',
    });
  });
});

/** A steering committee's review: a long sentence of limitations, one clause naming the communes. */
const REVIEW = `Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Khe Lư sơ kết 9 tháng năm 2024
Ngày 10/10/2024, tại Hội trường UBND huyện, Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Khe Lư tổ chức hội nghị sơ kết tình hình thực hiện các chương trình mục tiêu quốc gia 9 tháng, triển khai nhiệm vụ những tháng cuối năm 2024.
Tính đến ngày 30/9/2024, toàn huyện giải ngân được 61,2% kế hoạch vốn các chương trình; Chương trình xây dựng nông thôn mới, bình quân toàn huyện đạt 15,3 tiêu chí/xã, trong đó xã Lũng Phìn đạt thêm 2 tiêu chí.
Bên cạnh kết quả đạt được, việc thực hiện các chương trình còn nhiều khó khăn, hạn chế: tỷ lệ giải ngân vốn sự nghiệp các chương trình còn rất thấp; nhiều dự án hỗ trợ phát triển sản xuất cộng đồng chưa triển khai do vướng quy trình lựa chọn đối tác; 3 xã Cốc Pàng, Tả Củ và Nậm Khiêu có tỷ lệ giải ngân dưới 30%; năng lực tham mưu của một số cán bộ cấp xã còn hạn chế, chưa chủ động, chưa sát thực tế.
Sau khi thảo luận, hội nghị thống nhất đề xuất UBND tỉnh cho điều chuyển 2.100 triệu đồng vốn sự nghiệp không có khả năng giải ngân trong năm sang Chương trình xây dựng nông thôn mới.
Về giảm nghèo, 9 tháng toàn huyện có 312 hộ thoát nghèo, tỷ lệ hộ nghèo giảm còn 28,4%. Huyện cũng hỗ trợ nước sinh hoạt phân tán cho 180 hộ, hỗ trợ đất sản xuất cho 46 hộ.`;

describe('a place asked by its level; a body addressed by a proposal (keyword-only engine)', () => {
  const engine = useWrittenEngine('level-clause', { ...seedTexts(), 'khe-lu.txt': REVIEW });

  it('"những xã nào … dưới 30%" quotes the clause naming the communes', async () => {
    const a = await engine().ask(
      'Những xã nào của huyện Khe Lư có tỷ lệ giải ngân vốn các chương trình mục tiêu quốc gia dưới 30% tính đến cuối tháng 9/2024?',
    );
    expect(a.answer).toContain('3 xã Cốc Pàng, Tả Củ và Nậm Khiêu có tỷ lệ giải ngân dưới 30%');
    expect(a.answer).not.toContain('vốn sự nghiệp các chương trình còn rất thấp');
  });

  it('typed in chat, the sentence writing the number asked is the one meant', async () => {
    const a = await engine().ask('khe lu xa nao giai ngan ctmtqg duoi 30% den 30/9/2024');
    expect(a.answer).toContain('3 xã Cốc Pàng, Tả Củ và Nậm Khiêu có tỷ lệ giải ngân dưới 30%');
  });

  it('"Which Khe Lu communes …" asks communes, the name between the question word and the level', () => {
    const q = parseQuestion(
      'Which Khe Lu communes had disbursed less than 30% of their funds by the end of September 2024?',
    );
    expect(placeItemsLevel(q)).toBe('commune');
  });

  it('the households that fell back into poverty are no others counted in hộ', async () => {
    await expectRefused(engine(), [
      '9 tháng năm 2024, huyện Khe Lư có bao nhiêu hộ tái nghèo?',
      'khe lu 9t 2024 co bn ho tai ngheo',
      'How many households fell back into poverty in Khe Lu in the first nine months of 2024?',
    ]);
    const out = await engine().ask('9 tháng năm 2024, huyện Khe Lư có bao nhiêu hộ thoát nghèo?');
    expect(out.answer).toContain('312 hộ');
  });

  it('the province addressed by a proposal is not the body that met', async () => {
    await expectAnswered(
      engine(),
      [
        'Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Khe Lư thống nhất đề xuất UBND tỉnh điều gì?',
        "What did Khe Lu district's steering committee for the national target programmes agree to propose to the provincial People's Committee?",
      ],
      'đề xuất UBND tỉnh cho điều chuyển 2.100 triệu đồng',
    );
  });
});

/** A council's session over two days: its chair, an election by votes, its final accounts. */
const SESSION = `Kỳ họp thứ 12 HĐND huyện Sơn Khê Hạ khóa XX thông qua 10 nghị quyết
Ngày đăng: 20-12-2024 | Người đăng: Quản trị viên
Trong 2 ngày 18 và 19/12/2024, tại Hội trường Trung tâm Chính trị huyện, HĐND huyện Sơn Khê Hạ khóa XX tổ chức kỳ họp thứ 12 - kỳ họp thường lệ cuối năm 2024. Đồng chí Hà Văn Lâm, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì kỳ họp.
Năm 2024, thu ngân sách trên địa bàn ước đạt 188,4 tỷ đồng, bằng 97% dự toán; riêng thu tiền sử dụng đất mới đạt 61% kế hoạch.
Kỳ họp đã biểu quyết thông qua 10 nghị quyết với 100% đại biểu có mặt tán thành, trong đó có Nghị quyết phê chuẩn tổng quyết toán thu, chi ngân sách huyện năm 2023, với tổng chi ngân sách huyện là 812.450 triệu đồng.
Với 31/33 đại biểu có mặt tán thành, đồng chí Lò Thị Mai, Trưởng phòng Tài chính - Kế hoạch được bầu giữ chức Phó Chủ tịch UBND huyện khóa XX, nhiệm kỳ 2021 - 2026.
Nghị quyết về kế hoạch đầu tư công năm 2025 được 32/33 đại biểu tán thành; nghị quyết về biên chế được 30/33 đại biểu tán thành.`;

describe('a council session of two days (keyword-only engine)', () => {
  const engine = useWrittenEngine('two-day-session', { ...seedTexts(), 'son-khe-ha.txt': SESSION });

  it('the chair of the session of December 2024, dated by its first day', async () => {
    const a = await engine().ask('Ai chủ trì kỳ họp thứ 12 của HĐND huyện Sơn Khê Hạ vào tháng 12/2024?');
    expect(a.answer).toContain('Hà Văn Lâm');
    const en = await engine().ask('When did the Son Khe Ha district People’s Council hold its 12th session?');
    expect(en.answer).toContain('18/12/2024');
  });

  it('English "total budget spending … final accounts" is the final accounts’ figure', async () => {
    const a = await engine().ask(
      "In billions of dong, what was Son Khe Ha district's total budget spending in 2023 according to the approved final accounts?",
    );
    expect(a.answer).toContain('812.450 triệu đồng (= 812,45 tỷ đồng)');
  });

  it('the budget’s revenue is no amount of land-use fees, stated apart', async () => {
    await expectRefused(engine(), [
      'Năm 2024, huyện Sơn Khê Hạ thu tiền sử dụng đất được bao nhiêu tỷ đồng?',
      'How many billion dong did Son Khe Ha collect in land use fees in 2024?',
    ]);
    const budget = await engine().ask(
      'Năm 2024, thu ngân sách trên địa bàn huyện Sơn Khê Hạ ước đạt bao nhiêu tỷ đồng?',
    );
    expect(budget.answer).toContain('188,4 tỷ đồng');
  });

  it('a vote count claimed beside its person is refuted by the count the article states', async () => {
    await expectAnswered(
      engine(),
      [
        'Có đúng là bà Lò Thị Mai được bầu làm Phó Chủ tịch UBND huyện Sơn Khê Hạ với 29/33 đại biểu tán thành không?',
        // Typed bare, "tan thanh" is the everyday word the index writes (tán thành), no commune Tân Thành.
        'lo thi mai dc bau pct ubnd son khe ha voi 29/33 dai bieu tan thanh dung ko',
      ],
      /^Không\.[\s\S]*31\/33/u,
    );
  });
});

/** Two reports of one district: a delegation's working session and an earlier plenum. */
const VISIT = `Đoàn công tác Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Nà Khoang
Ngày 15/10/2024, Đoàn công tác Ban Thường vụ Tỉnh ủy do đồng chí Sùng A Chớ, Phó Bí thư Tỉnh ủy làm Trưởng đoàn làm việc với Ban Thường vụ Huyện ủy Nà Khoang.
Tiếp và làm việc với đoàn có đồng chí Vàng Thị Sua, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Nà Khoang.
Trước buổi làm việc, đoàn công tác đã kiểm tra thực tế công trình thủy lợi Nậm Sập tại xã Pà Cò và tiến độ xây dựng trường bán trú xã Chiềng Nưa.
Về các kiến nghị của huyện, đồng chí Trưởng đoàn đồng ý chủ trương để huyện lập dự án nhà máy nước sạch tại xã Pà Cò; giao Văn phòng Tỉnh ủy tổng hợp các kiến nghị còn lại.
Sau buổi làm việc, đoàn đã khảo sát thực tế vùng chè Shan tuyết tại bản Phìn Sáng, xã Chiềng Nưa.`;
const PLENUM = `Hội nghị Ban Chấp hành Đảng bộ huyện Nà Khoang lần thứ 20
Ngày 10/7/2024, Ban Chấp hành Đảng bộ huyện Nà Khoang tổ chức hội nghị lần thứ 20 sơ kết 6 tháng đầu năm 2024. Đồng chí Lầu Văn Dình, Bí thư Huyện ủy chủ trì hội nghị.
Hội nghị thống nhất các nhiệm vụ trọng tâm 6 tháng cuối năm 2024.`;

describe('a delegation’s visit (keyword-only engine)', () => {
  const engine = useWrittenEngine('delegation-visit', {
    ...seedTexts(),
    'na-khoang-visit.txt': VISIT,
    'na-khoang-plenum.txt': PLENUM,
  });

  it('the delegation head named by its sender ("trưởng đoàn tỉnh ủy") heads the delegation', async () => {
    await expectAnswered(
      engine(),
      [
        'na khoang kien nghi tinh, truong doan tu dong y chu truong cai gi',
        "Which of Na Khoang district's requests did the head of the delegation approve in principle?",
      ],
      'đồng ý chủ trương để huyện lập dự án nhà máy nước sạch',
    );
  });

  it('"on-site inspections" asks where the visit went', async () => {
    const a = await engine().ask(
      'Where did the provincial Party Standing Board delegation carry out on-site inspections before its October 2024 working session in Na Khoang district?',
    );
    expect(a.answer).toContain('kiểm tra thực tế công trình thủy lợi Nậm Sập tại xã Pà Cò');
  });

  it('a site the delegation surveyed answers where it "inspected in the field"', async () => {
    const a = await engine().ask(
      'Which commune did the provincial delegation inspect in the field after its October 2024 working session in Na Khoang district?',
    );
    expect(a.answer).toContain('khảo sát thực tế vùng chè Shan tuyết tại bản Phìn Sáng, xã Chiềng Nưa');
  });

  it('who holds the post now: the latest report’s holder', async () => {
    const a = await engine().ask('Theo thông tin gần đây nhất, ai đang giữ chức Bí thư Huyện ủy Nà Khoang?');
    expect(a.answer).toContain('Vàng Thị Sua');
    expect(a.answer).not.toContain('Lầu Văn Dình');
  });
});
