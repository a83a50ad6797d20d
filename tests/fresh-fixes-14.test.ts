/**
 * The mechanisms the dev halves of fresh sets WW and XX (tests/fixtures/fresh; thirty-third
 * session) showed missing, each on text written for this test (made-up people, places and figures).
 */
import { describe, expect, it } from 'vitest';
import { checkDoc } from '../src/answer/constraints.ts';
import { Haystack } from '../src/answer/haystack.ts';
import type { DocRow } from '../src/index/db.ts';
import { parseArticle } from '../src/ingest/parse.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { mendSlips } from '../src/query/slips.ts';
import { seedTexts } from './helpers/articles.ts';
import { expectAnswered, expectRefused } from './helpers/expect-answers.ts';
import { vocabulary } from './helpers/vocabulary.ts';
import { useWrittenEngine } from './helpers/written-engine.ts';

describe('questions read as their frame', () => {
  it('"bn" addressing the reader is no "bao nhiêu"', () => {
    const asks = (t: string) => [...parseQuestion(t).asks];
    expect(asks('hn lan thu 5 bch huyen na khoang hop ngay nao bn oi')).toEqual(['when']);
    expect(asks('so ket 6t 2024 na khoang ai trinh bay bc z bn')).toEqual(['who']);
    // Still a count where it asks one.
    expect(asks('na khoang ket nap dc bn dv')).toEqual(['howmany']);
  });

  it('a place noun qualifying a project or a post asks the project or the person', () => {
    const asks = (t: string) => [...parseQuestion(t).asks];
    expect(asks('HĐND tỉnh thông qua chủ trương đầu tư dự án đường nào?')).toEqual(['what']);
    expect(asks('Which road project did the council approve?')).toEqual(['what']);
    expect(asks('Which district Party Secretary gave directions at the review?')).toEqual(['who']);
    expect(asks('Which district held the review?')).toEqual(['where']);
  });

  it('a closing particle after a yes/no tail keeps it a yes/no question', () => {
    expect(parseQuestion('xa na khoang xoa het nha tam truoc 31/8 chua vay').target.yesNo).toBe(true);
    expect(parseQuestion('Xã Nà Khoang đã xóa hết nhà tạm chưa nhỉ?').target.yesNo).toBe(true);
    expect(parseQuestion('ai chu tri hoi nghi vay').target.yesNo).toBe(false);
  });

  it('an English question asking the reason for a rate asks a cause, not the rate', () => {
    const q = parseQuestion('What was the main reason for the low disbursement rate in Na Khoang?');
    expect(q.target.target).toEqual({ kind: 'open' });
    expect(q.terms).toEqual(expect.arrayContaining(['nguyên', 'nhân']));
  });

  it('English words of gifts and their value', () => {
    const q = parseQuestion('What was the total value of the Tet gifts handed to policy households?');
    expect(q.unitPhrases).toEqual(['tổng trị giá']);
    expect(q.terms).toEqual(expect.arrayContaining(['quà', 'gia', 'đình', 'chính', 'sách']));
  });
});

describe('slips mended from the index vocabulary', () => {
  // An index whose articles write "nhiều" beside "doanh nghiệp" and never "nhiêu" or "Ón".
  const vocab = vocabulary([
    'Tình hình cơ bản ổn định; nhiều doanh nghiệp mới thành lập trên địa bàn.',
    'An ninh cơ bản ổn định; nhiều doanh nghiệp nộp thuế đúng hạn.',
    'Đời sống cơ bản ổn định; nhiều doanh nghiệp mở rộng sản xuất.',
  ]);

  it('never takes a question word for a slip', () => {
    expect(mendSlips('Có bao nhiêu doanh nghiệp thành lập mới?', vocab)).toBe(
      'Có bao nhiêu doanh nghiệp thành lập mới?',
    );
  });

  it('never turns a name the articles lack into one they write', () => {
    expect(mendSlips('Bản Ón đón nhận danh hiệu bản văn hóa ngày nào?', vocab)).toBe(
      'Bản Ón đón nhận danh hiệu bản văn hóa ngày nào?',
    );
  });
});

describe('a breadcrumb joined by spaced slashes', () => {
  it('is a path, never the headline', () => {
    const raw = [
      'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NÀ KHOANG',
      'Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh',
      'Thứ Năm, 20/07/2023 - 16:05',
      'Sơ kết 6 tháng đầu năm 2023 thực hiện các chương trình mục tiêu quốc gia',
      'Chiều 19/7/2023, Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh tổ chức hội nghị sơ kết.',
    ].join('\n');
    expect(parseArticle(raw, { docId: 'x', source: 'x.txt' }).title).toBe(
      'Sơ kết 6 tháng đầu năm 2023 thực hiện các chương trình mục tiêu quốc gia',
    );
  });
});

const REVIEW = `Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Nà Khoang sơ kết 6 tháng đầu năm 2024
Chiều 18/7/2024, Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Nà Khoang tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Đồng chí Lò Văn Pấng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo chủ trì hội nghị. Dự hội nghị có đồng chí Hà Thị Nguyệt, Bí thư Huyện ủy.
Tổng kế hoạch vốn năm 2024 của 3 chương trình trên địa bàn huyện là 212,6 tỷ đồng; đến ngày 30/6/2024 giải ngân được 61,3 tỷ đồng, đạt 28,8% kế hoạch.
Tình hình an ninh chính trị trên địa bàn cơ bản ổn định; đưa vào sử dụng cầu treo bản Đồi, xã Tân Lập. Thực hiện chương trình xóa nhà tạm, nhà dột nát, toàn huyện đã khởi công 264 căn, trong đó hoàn thành 139 căn, bàn giao cho các hộ đưa vào sử dụng. Mưa lớn đầu tháng 6 đã làm hư hỏng 52 nhà ở, thiệt hại ước khoảng 2,7 tỷ đồng.
Hội nghị thẳng thắn chỉ ra những hạn chế: tỷ lệ giải ngân vốn sự nghiệp còn thấp. Nguyên nhân chủ yếu là văn bản hướng dẫn của các bộ, ngành ban hành chậm, địa phương còn lúng túng khi triển khai.
Phát biểu chỉ đạo, đồng chí Hà Thị Nguyệt, Bí thư Huyện ủy đề nghị các xã tập trung hoàn thành xóa nhà tạm trước ngày 30/9/2024.
Kết luận hội nghị, đồng chí Lò Văn Pấng, Chủ tịch UBND huyện yêu cầu các cơ quan, đơn vị đẩy nhanh tiến độ giải ngân, phấn đấu hết năm đạt trên 95% kế hoạch vốn.
`;

describe('a cause, a count in a classifier and a post the question describes', () => {
  const engine = useWrittenEngine('na-khoang-review', { ...seedTexts(), 'na-khoang.txt': REVIEW });

  it('a cause asked is answered by the sentence stating it, with the one it explains', async () => {
    await expectAnswered(
      engine(),
      [
        'Hội nghị sơ kết 6 tháng đầu năm 2024 các chương trình mục tiêu quốc gia huyện Nà Khoang chỉ ra nguyên nhân chủ yếu của tỷ lệ giải ngân thấp là gì?',
        'na khoang giai ngan ctmtqg 6t 2024 thap la do nguyen nhan chinh gi z',
        'What did the Na Khoang national target programmes review of mid-2024 give as the main reason for the low disbursement rate?',
      ],
      /Nguyên nhân chủ yếu là văn bản hướng dẫn/u,
    );
  });

  it('a count in a classifier answers the noun its sentence writes', async () => {
    await expectAnswered(
      engine(),
      [
        'How many houses had Na Khoang district finished under its programme to remove temporary and dilapidated homes by mid-2024?',
        '6 thang 2024 na khoang hoan thanh bn can nha tam',
      ],
      /^[^\n]*\n139 — /u,
    );
  });

  it('of two in the role, the one holding the post the question describes', async () => {
    const questions = [
      'Tại hội nghị sơ kết 6 tháng đầu năm 2024 của Ban Chỉ đạo huyện Nà Khoang, đồng chí Bí thư Huyện ủy phát biểu chỉ đạo là ai?',
      'Which district Party Secretary gave directions at the Na Khoang steering committee review of mid-2024?',
    ];
    await expectAnswered(engine(), questions, /Hà Thị Nguyệt/u);
    for (const q of questions) expect((await engine().ask(q)).answer, q).not.toContain('Lò Văn Pấng');
  });

  it('the chair of an event the article does not report is not its meeting’s chair', async () => {
    // The review reports the bridge put into use; who chaired that ceremony it does not say.
    await expectRefused(engine(), [
      'dua vao su dung cau treo ban doi ai chu tri',
      'Lễ khánh thành cầu treo bản Pắc Ngòi do ai chủ trì?',
    ]);
    await expectAnswered(
      engine(),
      ['Ai chủ trì hội nghị sơ kết 6 tháng đầu năm 2024 của Ban Chỉ đạo huyện Nà Khoang?'],
      'Lò Văn Pấng',
    );
  });

  it('a proper name is met only where the article writes it as a name', async () => {
    await expectRefused(engine(), ['Bản Ổn đón nhận danh hiệu bản văn hóa diễn ra vào ngày nào?']);
    const q = parseQuestion('Bản Ổn đón nhận danh hiệu bản văn hóa diễn ra vào ngày nào?');
    const doc = { title: 'Xã Nà Khoang sơ kết quý III' } as DocRow;
    const coverage = (text: string) => checkDoc(q, doc, new Haystack(text), new Map()).coverage;
    expect(coverage('Tình hình an ninh chính trị cơ bản ổn định.')).toBe(0);
    expect(coverage('Ngày 9/8/2021, Bản Ổn đón nhận danh hiệu bản văn hóa.')).toBe(1);
    expect(q.entities).toEqual(['Bản Ổn']);
  });
});

const SESSION = `HĐND huyện khóa XX tổ chức kỳ họp thứ 12 (kỳ họp chuyên đề), thông qua 3 nghị quyết
Sáng 24/8/2023, tại Hội trường HĐND huyện, HĐND huyện Nà Khoang khóa XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 12 (kỳ họp chuyên đề) để xem xét, quyết định một số nội dung cấp bách thuộc thẩm quyền. Đồng chí Vi Văn Thình, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì kỳ họp.
Kỳ họp đã biểu quyết thông qua 3 nghị quyết, trong đó có các nghị quyết quan trọng:
  • Nghị quyết về điều chỉnh kế hoạch đầu tư công năm 2023. Tổng kế hoạch vốn sau điều chỉnh là 615,4 tỷ đồng, tăng 41,8 tỷ đồng so với kế hoạch giao đầu năm. Nghị quyết được thông qua với 29/31 đại biểu có mặt tán thành.
  • Nghị quyết về chủ trương đầu tư dự án đường giao thông kết nối Quốc lộ 4H đến trung tâm xã Phiêng Luông, tổng mức đầu tư 186 tỷ đồng, thời gian thực hiện 2023 - 2025; thông qua với 31/31 đại biểu tán thành.
  • Nghị quyết về đặt tên đường trên địa bàn thị trấn Nà Khoang; thông qua với 31/31 đại biểu tán thành.
`;

describe('a sentence referring back to the resolution its paragraph names', () => {
  const engine = useWrittenEngine('na-khoang-session', { ...seedTexts(), 'na-khoang-hdnd.txt': SESSION });

  it('a resolution’s vote is the one the sentence after its name states', async () => {
    await expectAnswered(
      engine(),
      [
        'Có đúng là Nghị quyết điều chỉnh kế hoạch đầu tư công năm 2023 của HĐND huyện Nà Khoang được thông qua với 29/31 đại biểu có mặt tán thành không?',
      ],
      /^Đúng[^\n]*\n29\/31 — “Nghị quyết về điều chỉnh kế hoạch đầu tư công năm 2023\./u,
    );
    await expectAnswered(
      engine(),
      [
        'Có đúng là Nghị quyết điều chỉnh kế hoạch đầu tư công năm 2023 của HĐND huyện Nà Khoang được thông qua với 31/31 đại biểu có mặt tán thành không?',
      ],
      /^Không[^\n]*\n29\/31/u,
    );
  });

  it('the project asked by its road is answered', async () => {
    await expectAnswered(
      engine(),
      [
        'Which road project got investment-policy approval from the Na Khoang District People’s Council at its August 2023 thematic session?',
        'Tại kỳ họp chuyên đề tháng 8/2023, HĐND huyện Nà Khoang quyết định chủ trương đầu tư dự án đường nào?',
      ],
      /Quốc lộ 4H/u,
    );
  });
});
