/**
 * The mechanisms the dev halves of fresh sets KKK and LLL showed missing (thirty-seventh session),
 * each on text written for this test (made-up people, bodies, places and figures).
 */
import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../src/query/chat.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { extractRecords } from '../src/records/extract.ts';
import { seedTexts } from './helpers/articles.ts';
import { expectAnswered } from './helpers/expect-answers.ts';
import { useWrittenEngine } from './helpers/written-engine.ts';

describe('an act written in the passive, its object before the agent', () => {
  // Two deputies each run one part: the first is written "Phần thảo luận do đồng chí X … điều
  // hành" (object first), the second "đồng chí Y … điều hành phần biểu quyết" after "Sau thảo luận".
  const SESSION = `HĐND tỉnh Đắk Rơ tổ chức kỳ họp chuyên đề, thông qua 2 nghị quyết
Ngày 14/9/2023, HĐND tỉnh Đắk Rơ khóa XVIII tổ chức kỳ họp chuyên đề. Đồng chí Vi Đức Toàn, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì kỳ họp.
Phần thảo luận do đồng chí Mạc Thị Huyền Trâm, Phó Chủ tịch HĐND tỉnh điều hành. Các đại biểu cơ bản thống nhất với các tờ trình.
Sau thảo luận, đồng chí Tòng Văn Khải, Phó Chủ tịch HĐND tỉnh điều hành phần biểu quyết. Kỳ họp đã biểu quyết thông qua 2 nghị quyết với 44/46 đại biểu tán thành.
`;
  const engine = useWrittenEngine('dak-ro-session', { ...seedTexts(), 'session.txt': SESSION });

  it('answers the one the passive clause names for the object asked', async () => {
    await expectAnswered(
      engine(),
      [
        'Tại kỳ họp chuyên đề tháng 9/2023 của HĐND tỉnh Đắk Rơ, ai điều hành phần thảo luận?',
        'hdnd dak ro ky hop chuyen de t9/2023 phan thao luan do ai dieu hanh',
        'Who steered the discussion at the Dak Ro provincial People’s Council thematic session in September 2023?',
      ],
      'Mạc Thị Huyền Trâm',
    );
  });

  it('still answers the one the active clause names for the other object', async () => {
    await expectAnswered(
      engine(),
      ['Ai điều hành phần biểu quyết tại kỳ họp chuyên đề HĐND tỉnh Đắk Rơ tháng 9/2023?'],
      'Tòng Văn Khải',
    );
  });
});

describe('the noun a how-many question counts, written after the number', () => {
  // The first figure's phrase goes on to name the asked noun; the second is followed by it; a
  // third counts districts in a sentence that names the noun too.
  const REVIEW = `Ban Chỉ đạo Đề án 06 tỉnh Đắk Rơ sơ kết 6 tháng đầu năm 2022
Ngày 12/7/2022, Ban Chỉ đạo Đề án 06 tỉnh Đắk Rơ tổ chức hội nghị sơ kết 6 tháng đầu năm 2022. Đồng chí Y Bhin Niê, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Tính đến ngày 30/6/2022, Công an tỉnh đã thu nhận 184.520 hồ sơ đề nghị cấp tài khoản định danh điện tử, trong đó đã kích hoạt 76.318 tài khoản.
Tiến độ kích hoạt tài khoản định danh điện tử ở 4 huyện vùng sâu còn thấp hơn mức bình quân chung của tỉnh.
`;
  const engine = useWrittenEngine('dak-ro-project-06', { ...seedTexts(), 'review.txt': REVIEW });

  it('answers the number the asked noun follows', async () => {
    await expectAnswered(
      engine(),
      [
        'Tính đến ngày 30/6/2022, tỉnh Đắk Rơ đã kích hoạt được bao nhiêu tài khoản định danh điện tử?',
        'Sơ kết 6 tháng đầu năm 2022, Đắk Rơ kích hoạt được bao nhiêu tài khoản định danh điện tử?',
      ],
      '76.318',
    );
  });

  it('still answers the count of files for files', async () => {
    await expectAnswered(
      engine(),
      ['Công an tỉnh Đắk Rơ đã thu nhận bao nhiêu hồ sơ đề nghị cấp tài khoản định danh điện tử?'],
      '184.520',
    );
  });
});

describe('who delivered a report named with a qualifier', () => {
  const FRONT = `Ủy ban MTTQ Việt Nam huyện Đắk Rơ tổng kết công tác Mặt trận năm 2024
Ngày 20/12/2024, Ủy ban MTTQ Việt Nam huyện Đắk Rơ tổ chức hội nghị tổng kết công tác Mặt trận năm 2024. Đồng chí H'Lê Byă, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.
Đồng chí Rơ Châm Tuấn, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện trình bày báo cáo tổng kết công tác Mặt trận năm 2024.
Năm 2024, Quỹ "Vì người nghèo" các cấp vận động được 3,14 tỷ đồng.
Từ nguồn Quỹ và các nguồn xã hội hóa, hỗ trợ xây mới 27 nhà Đại đoàn kết cho hộ nghèo, tổng kinh phí 1,62 tỷ đồng.
`;
  const engine = useWrittenEngine('dak-ro-front', { ...seedTexts(), 'front.txt': FRONT });

  it('reads "delivered the summary report" as presenting it', async () => {
    await expectAnswered(
      engine(),
      [
        "Who delivered the summary report at the Dak Ro district Fatherland Front committee's 2024 year-end conference?",
      ],
      'Rơ Châm Tuấn',
    );
  });
});

describe('money asked in general', () => {
  const FRONT = `Ủy ban MTTQ Việt Nam huyện Đắk Rơ tổng kết công tác Mặt trận năm 2024
Ngày 20/12/2024, Ủy ban MTTQ Việt Nam huyện Đắk Rơ tổ chức hội nghị tổng kết công tác Mặt trận năm 2024. Đồng chí H'Lê Byă, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.
Năm 2024, Quỹ "Vì người nghèo" các cấp vận động được 3,14 tỷ đồng.
Từ nguồn Quỹ và các nguồn xã hội hóa, hỗ trợ xây mới 27 nhà Đại đoàn kết cho hộ nghèo, tổng kinh phí 1,62 tỷ đồng.
`;
  const engine = useWrittenEngine('dak-ro-fund', { ...seedTexts(), 'front.txt': FRONT });

  it('is the amount the question names, not any sentence of spending', async () => {
    await expectAnswered(
      engine(),
      ['How much money did the Fund for the Poor at all levels in Dak Ro district raise in 2024?'],
      '3,14',
    );
  });
});

describe('a closing "rồi bạn" typed "r b"', () => {
  it('expands both words, and "r" alone only where it closes', () => {
    expect(expandShorthand('kich hoat dc bn tai khoan r b', 'vi')).toBe(
      'kich hoat duoc bao nhieu tai khoan roi ban',
    );
    expect(expandShorthand('da xong r', 'vi')).toBe('da xong roi');
    // "r" before another word than the closing vocative stays as typed.
    expect(expandShorthand('phu luc r b c', 'vi')).toBe('phu luc r b c');
  });
});

describe('an English claim about the post of a role holder at commune or ward level', () => {
  const WARD = `Ban Chấp hành Đảng bộ phường Ea Rơ sơ kết công tác quý III năm 2025
Ngày 03/10/2025, Ban Chấp hành Đảng bộ phường Ea Rơ tổ chức hội nghị sơ kết công tác quý III, triển khai nhiệm vụ quý IV năm 2025. Đồng chí Y Kông Mlô, Bí thư Đảng ủy phường chủ trì hội nghị.
Đồng chí Lê Hồng Quân, Phó Bí thư Đảng ủy, Chủ tịch UBND phường báo cáo tình hình vận hành chính quyền địa phương hai cấp.
`;
  const engine = useWrittenEngine('ea-ro-ward', { ...seedTexts(), 'ward.txt': WARD });

  it('answers no when another post holder chaired, the post written before or after the verb', async () => {
    await expectAnswered(
      engine(),
      [
        "Is it true that the ward People's Committee chairman chaired Ea Ro ward's Q3 2025 Party Executive Committee meeting?",
        "Was Ea Ro ward's Q3 2025 Party Executive Committee meeting chaired by the ward People's Committee chairman?",
      ],
      /^No\. [\s\S]*Y Kông Mlô/u,
    );
  });

  it('answers yes when the post holder chaired', async () => {
    await expectAnswered(
      engine(),
      ["Was Ea Ro ward's Q3 2025 Party Executive Committee meeting chaired by the ward Party secretary?"],
      /^Yes\. [\s\S]*Y Kông Mlô/u,
    );
  });
});

describe('a list of bodies asked by what they did', () => {
  // The papers are listed after a colon, one body per clause; another sentence names bodies and
  // shares the meeting's words ("Ban Công tác Mặt trận … tham gia tích cực").
  const FRONT = `Ủy ban MTTQ Việt Nam huyện Đắk Rơ tổng kết công tác Mặt trận năm 2021
Ngày 22/12/2021, Ủy ban MTTQ Việt Nam huyện Đắk Rơ tổ chức hội nghị tổng kết công tác Mặt trận năm 2021. Đồng chí H'Lê Byă, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.
Các tổ Covid cộng đồng, Ban Công tác Mặt trận thôn, buôn đã tham gia tích cực cùng lực lượng y tế trong công tác phòng, chống dịch.
Tại hội nghị, các đại biểu đã nghe 3 tham luận: Ủy ban MTTQ xã Ia Rơ chia sẻ kinh nghiệm vận động doanh nghiệp hỗ trợ người lao động; Ủy ban MTTQ xã Ea Lâm trình bày cách làm "Bếp ăn yêu thương"; Hội Cựu chiến binh huyện tham luận về kết nối tiêu thụ nông sản.
`;
  const engine = useWrittenEngine('dak-ro-front-papers', { ...seedTexts(), 'front.txt': FRONT });

  it('quotes the sentence writing the act, not one sharing only the meeting’s words', async () => {
    await expectAnswered(
      engine(),
      [
        'Tại hội nghị tổng kết công tác Mặt trận năm 2021 của huyện Đắk Rơ, những đơn vị nào đã trình bày tham luận?',
      ],
      /Ia Rơ[\s\S]*Ea Lâm[\s\S]*Cựu chiến binh/u,
    );
  });

  it('reads the act in English through the glossary ("gave presentations" → tham luận)', async () => {
    await expectAnswered(
      engine(),
      [
        "Which units gave presentations at Dak Ro district's 2021 Fatherland Front year-end review conference?",
      ],
      /Ia Rơ[\s\S]*Ea Lâm[\s\S]*Cựu chiến binh/u,
    );
  });
});

describe('a planned figure read from a table flattened into one line', () => {
  const SESSION = `Kỳ họp thứ 14 HĐND huyện Đắk Rơ khóa XX thông qua 12 nghị quyết
Ngày 20/12/2023, HĐND huyện Đắk Rơ khóa XX tổ chức kỳ họp thứ 14. Đồng chí Y Bhin Niê, Chủ tịch HĐND huyện chủ trì kỳ họp.
Năm 2023, thu nhập bình quân đầu người đạt 49,3 triệu đồng.
Một số chỉ tiêu chủ yếu năm 2024:
Chỉ tiêu | Kế hoạch 2024 Tốc độ tăng giá trị sản xuất | 8,5 - 9% Thu nhập bình quân đầu người | 54 triệu đồng Thu ngân sách trên địa bàn | 310 tỷ đồng
`;
  const engine = useWrittenEngine('dak-ro-plan-table', { ...seedTexts(), 'session.txt': SESSION });

  it('answers the target the records read, not the year’s result', async () => {
    await expectAnswered(
      engine(),
      ['chi tieu thu nhap binh quan dau nguoi 2024 dak ro bn trieu'],
      '54 triệu',
    );
  });
});

describe('a range in a table flattened into one line', () => {
  const facts = { meetingDates: ['2023-12-20'], periods: ['2023-Y'], chairs: [], organisation: null };

  it('is no figure of a sentence whose subject runs into the next row’s label', () => {
    const body =
      'Chỉ tiêu | Kế hoạch 2024 Tốc độ tăng giá trị sản xuất | 8,5 - 9% Thu nhập bình quân đầu người | 54 triệu đồng Thu ngân sách trên địa bàn | 310 tỷ đồng';
    const figures = extractRecords({ title: 't', body, published: '2023-12-21', facts }).figures;
    expect(figures.map((f) => [f.value, f.kind])).toEqual([
      [54_000_000, 'target'],
      [310_000_000_000, 'target'],
    ]);
  });
});

describe('an English question asking a target’s value', () => {
  it('names no counted unit, as "how many targets" does', () => {
    expect(
      parseQuestion(
        "What per-capita income target for 2024 did the Dak Ro district People's Council approve?",
      ).unitPhrases,
    ).toEqual([]);
    expect(parseQuestion('How many targets did Dak Ro district meet in 2023?').unitPhrases).toEqual([
      'chỉ tiêu',
    ]);
  });
});
