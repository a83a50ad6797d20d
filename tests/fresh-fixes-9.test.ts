/**
 * The mechanisms the dev halves of the fresh sets (tests/fixtures/fresh; twenty-eighth session)
 * showed missing, each on text written for this test (made-up people and figures, places of no
 * evaluation question).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asksPersonOfAct, personOfAct } from '../src/answer/acts.ts';
import { askedAct } from '../src/answer/asked-act.ts';
import { yearsInForce } from '../src/answer/figure-time.ts';
import { askedTitleOf } from '../src/answer/titles.ts';
import { unitsOf } from '../src/answer/units.ts';
import { parseArticle } from '../src/ingest/parse.ts';
import { surnameNames } from '../src/query/bare-person.ts';
import { isVietnameseSyllable } from '../src/query/lang.ts';
import { joinShares, splitGluedUnits } from '../src/query/numbers.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { untranslatedWords } from '../src/query/untranslated.ts';
import { extractRecords } from '../src/records/extract.ts';
import { fold } from '../src/text/normalize.ts';
import { expectAnswered, expectRefused } from './helpers/expect-answers.ts';
import { useWrittenEngine } from './helpers/written-engine.ts';

/** A commune formed in 2025 reviewing its quarter. */
const COMMUNE_REVIEW = `CỔNG THÔNG TIN ĐIỆN TỬ XÃ KIẾN XƯƠNG
Trang chủ > Tin hoạt động
06/10/2025
Đảng ủy xã Kiến Xương sơ kết quý III năm 2025
Ngày 3/10/2025, Đảng ủy xã Kiến Xương tổ chức hội nghị sơ kết công tác quý III, triển khai nhiệm vụ quý IV năm 2025.
Xã Kiến Xương được thành lập trên cơ sở sắp xếp thị trấn Kiến Xương và các xã Quang Bình, Quang Minh, Quang Trung của huyện Kiến Xương (cũ), chính thức hoạt động từ ngày 1/7/2025.
Trong quý, Đảng bộ xã kết nạp 14 đảng viên mới, nâng tổng số đảng viên lên 2.418 đồng chí.
`;

/** A district Front's year-end conference, whose awards sentence has two clauses. */
const FRONT_REVIEW = `MẶT TRẬN TỔ QUỐC HUYỆN VŨ THƯ
Tin hoạt động
Thứ Sáu, 12/01/2024
Ủy ban MTTQ Việt Nam huyện Vũ Thư tổng kết công tác Mặt trận năm 2023
Ngày 10/1/2024, Ủy ban MTTQ Việt Nam huyện Vũ Thư tổ chức hội nghị tổng kết công tác Mặt trận năm 2023, triển khai nhiệm vụ năm 2024.
Năm 2023, Mặt trận các cấp trong huyện vận động Quỹ Vì người nghèo được 1,86 tỷ đồng, hỗ trợ xây mới 21 nhà Đại đoàn kết.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 3 tập thể có thành tích xuất sắc trong công tác Mặt trận năm 2023 gồm: Ủy ban MTTQ xã Song An, Ủy ban MTTQ xã Tân Hòa và Ủy ban MTTQ thị trấn Vũ Thư; Ủy ban MTTQ Việt Nam huyện tặng Giấy khen cho 11 tập thể và 17 cá nhân.
`;

describe('a 2025 commune named as "new"; a sentence of two award clauses (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-9-commune', {
    'commune.txt': COMMUNE_REVIEW,
    'front.txt': FRONT_REVIEW,
  });

  it('"new" before a unit noun names the unit formed in 2025, not a figure new this period', () => {
    for (const q of [
      'Which former units were merged to form the new Kien Xuong commune?',
      'What units formed the newly merged Kien Xuong commune?',
      'Xã mới Kiến Xương được thành lập từ những đơn vị nào?',
    ])
      expect(parseQuestion(q).target.figure, q).not.toBe('new');
    // A count of new members stays a figure new this period, a place named or not.
    for (const q of [
      'How many new members did Kien Xuong commune admit in the third quarter?',
      'Xã Kiến Xương kết nạp bao nhiêu đảng viên mới?',
      'How many new party members of Kien Xuong commune were admitted?',
    ])
      expect(parseQuestion(q).target.figure, q).toBe('new');
  });

  it('"đơn vị nào" asks bodies, not a person ("vị nào"), and is answered by the sentence naming them', async () => {
    for (const q of [
      'Xã Kiến Xương mới được thành lập từ những đơn vị nào?',
      'nhung don vi nao dc khen thuong',
    ])
      expect(parseQuestion(q).asks.has('who'), q).toBe(false);
    expect(parseQuestion('Vị nào chủ trì hội nghị?').asks.has('who')).toBe(true);
    await expectAnswered(
      engine(),
      ['Xã Kiến Xương mới được thành lập từ những đơn vị nào?'],
      'Quang Bình, Quang Minh, Quang Trung',
    );
  });

  it('"members" of a Party body named in English are Party members, in terms and in a claim', async () => {
    expect(
      parseQuestion('Is it true that the Kien Xuong commune Party organisation has 2,814 members?').terms,
    ).toContain('viên');
    expect(
      unitsOf('members', 'en', 'Does the Kien Xuong commune Party organisation have 2,814 members?'),
    ).toEqual(['đảng viên']);
    await expectAnswered(
      engine(),
      ['Is it true that the Kien Xuong commune Party organisation has 2,814 members?'],
      /^No\.[\s\S]*2\.418/u,
    );
  });

  it('quotes the clause that says more of the question, though another clause is shorter', async () => {
    const a = await engine().ask(
      'Những tập thể nào được Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen tại hội nghị tổng kết công tác Mặt trận năm 2023 của huyện Vũ Thư?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Song An');
    expect(a.answer).not.toContain('Giấy khen');
  });

  it('still refuses a year the commune did not meet in', async () => {
    await expectRefused(engine(), [
      'Đảng ủy xã Kiến Xương sơ kết quý III năm 2023 kết nạp bao nhiêu đảng viên?',
    ]);
  });
});

describe('the head of an English list of bodies is its frame', () => {
  it('"which units", "what agencies" leave no untranslated word; other English words stay', () => {
    expect(untranslatedWords(parseQuestion('Which units make up the new Kien Xuong commune?'))).toEqual([]);
    expect(untranslatedWords(parseQuestion('What agencies were criticised at the Vu Thu review?'))).toEqual([
      'criticised',
    ]);
  });
});

/** A provincial standing board's working session with a district: host attendees, a fronted report, a deadline. */
const WORKING_SESSION = `CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÃNG
Trang chủ > Tin tức
Thứ Năm, 17/10/2024
Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Văn Lãng
Chiều 15/10/2024, tại hội trường cơ sở 2 của UBND huyện (trụ sở xã Tân Mỹ cũ), Thường trực Tỉnh ủy có buổi làm việc với Ban Thường vụ Huyện ủy Văn Lãng về kết quả 9 tháng năm 2024. Đồng chí Lương Văn Khải, Phó Bí thư Thường trực Tỉnh ủy chủ trì buổi làm việc. Về phía huyện Văn Lãng có đồng chí Nông Thị Hạnh, Tỉnh ủy viên, Bí thư Huyện ủy cùng các đồng chí trong Ban Thường vụ Huyện ủy.
Báo cáo tại buổi làm việc, đồng chí Hoàng Văn Tuấn, Phó Bí thư Thường trực Huyện ủy cho biết: 9 tháng năm 2024, tổng giá trị sản xuất ước đạt 2.140 tỷ đồng, tăng 6,8% so với cùng kỳ.
Dự án cải tạo Quốc lộ 4A đoạn qua huyện đã bàn giao 93,4% diện tích mặt bằng cho nhà thầu.
Ban Thường vụ Huyện ủy Văn Lãng đề xuất, kiến nghị với Thường trực Tỉnh ủy 3 nội dung: hỗ trợ 9 tỷ đồng sửa chữa đường tỉnh 235; bố trí vốn xây trường mầm non xã Hội Hoan; bổ sung biên chế giáo viên.
Kết luận buổi làm việc, đồng chí Lương Văn Khải đề nghị huyện hoàn chỉnh hồ sơ đề nghị công nhận xã Thụy Hùng đạt chuẩn nông thôn mới kiểu mẫu, gửi về tỉnh trước ngày 30/11/2024.
`;

describe('a working session: host attendees, a fronted report, a venue aside, a deadline asked (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-9-session', { 'session.txt': WORKING_SESSION });

  it('a post asked beside a comma clause ("Theo bài viết mới nhất, …") is read, the deputy never its holder', async () => {
    for (const q of [
      'Theo bài viết mới nhất, Bí thư Huyện ủy Văn Lãng là ai?',
      'bt hu van lang hien tai la ai, theo tin moi nhat',
    ])
      expect(askedTitleOf(parseQuestion(q).text, 'vi'), q).toBe('bi thu huyen uy');
    expect(
      askedTitleOf(
        'Based on the latest report, who is the Secretary of the Van Lang District Party Committee?',
        'en',
      ),
    ).toBe('bi thu huyen uy');
    await expectAnswered(
      engine(),
      [
        'Theo bài viết mới nhất, Bí thư Huyện ủy Văn Lãng là ai?',
        'Based on the latest report, who is the Secretary of the Van Lang District Party Committee?',
      ],
      'Nông Thị Hạnh',
    );
  });

  it('reads the host side\'s people ("Về phía huyện X có đồng chí …") and a report opening its sentence', async () => {
    await expectAnswered(
      engine(),
      [
        'Tại buổi làm việc với Thường trực Tỉnh ủy tháng 10/2024, ai báo cáo kết quả 9 tháng của huyện Văn Lãng?',
      ],
      'Hoàng Văn Tuấn',
    );
  });

  it('"what requests did X put to the province" asks what the district proposed, not the directions it got', async () => {
    expect(
      parseQuestion(
        'What requests did Van Lang district put to the Provincial Party Standing Committee in October 2024?',
      ).target.target,
    ).toEqual({ kind: 'section', section: 'proposal' });
    await expectAnswered(
      engine(),
      ['What requests did Van Lang district put to the Provincial Party Standing Committee in October 2024?'],
      'Hội Hoan',
    );
  });

  it('"Which Lang Son provincial Party official …" asks who (the place and the body\'s capitals are names), not what', async () => {
    const q = parseQuestion(
      'Which Lang Son provincial Party official chaired and concluded the working session with Van Lang?',
    );
    expect([...q.asks]).toEqual(['who']);
    await expectAnswered(
      engine(),
      [
        'Which Lang Son provincial Party official concluded the October 2024 working session with Van Lang district?',
      ],
      'Lương Văn Khải',
    );
  });

  it("keeps a venue's aside in brackets", async () => {
    await expectAnswered(
      engine(),
      ['Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Văn Lãng tháng 10/2024 ở đâu?'],
      'trụ sở xã Tân Mỹ cũ',
    );
  });

  it('a period spelt in words ("Chín tháng năm 2024") is searched in its own words, "chín" no term', async () => {
    expect(
      parseQuestion('Chín tháng năm 2024, huyện Văn Lãng có tổng giá trị sản xuất bao nhiêu?').terms,
    ).not.toContain('chín');
    await expectAnswered(
      engine(),
      ['Chín tháng năm 2024, huyện Văn Lãng có tổng giá trị sản xuất ước đạt bao nhiêu?'],
      '2.140 tỷ đồng',
    );
  });

  it("a day named without its year is the meeting's day, not any day of its month; a span's first day bounds it", async () => {
    expect(parseQuestion('tt tu lam viec voi hu van lang 15/10 ai chu tri').time.months).toEqual([
      { year: null, month: 10, day: 15 },
    ]);
    expect(
      parseQuestion('Điểm tin tuần từ ngày 14/10 đến 20/10/2024 ở Văn Lãng').time.months[0]?.day,
    ).toBeUndefined();
    await expectAnswered(engine(), ['tt tu lam viec voi hu van lang 15/10 ai chu tri'], 'Lương Văn Khải');
    await expectRefused(engine(), ['tt tu lam viec voi hu van lang 8/10 ai chu tri']);
  });

  it('a deadline without its year is a day and month the article writes, and its sentence answers', async () => {
    expect(parseQuestion('van lang gui ho so gi ve tinh truoc 30/11').time.deadlines).toEqual(['--11-30']);
    await expectAnswered(engine(), ['van lang phai gui ho so gi ve tinh truoc 30/11'], 'Thụy Hùng');
  });

  // A guard rather than a proof: on this text the code before the fix refused too (on the fresh set's
  // article it answered the share).
  it('a total investment asked is money: a share of the site handed over does not answer it', async () => {
    await expectRefused(engine(), [
      'Tổng mức đầu tư của dự án cải tạo Quốc lộ 4A đoạn qua huyện Văn Lãng là bao nhiêu?',
    ]);
  });

  it('chat "fdi" is the foreign investment the reports write out', () => {
    expect(parseQuestion('q1 2024 van lang hut dc bn von fdi').text).toContain('von dau tu nuoc ngoai');
  });

  it('a deadline asked is a date the article writes, not the meeting date', async () => {
    const t = parseQuestion('Huyện Văn Lãng phải gửi hồ sơ gì về tỉnh trước ngày 30/11/2024?').time;
    expect(t.deadlines).toEqual(['2024-11-30']);
    expect(t.dates).toEqual([]);
    // "by" alone is a cut-off of a running total; after a verb of finishing or sending, a deadline.
    expect(
      parseQuestion('How many households were supported by 30/6/2024 in Van Lang?').time.deadlines,
    ).toBeUndefined();
    await expectAnswered(
      engine(),
      [
        'Huyện Văn Lãng phải gửi hồ sơ gì về tỉnh trước ngày 30/11/2024?',
        'What dossier must Van Lang district complete and send to the province by November 30, 2024?',
      ],
      'Thụy Hùng',
    );
    // A deadline the article does not write.
    await expectRefused(engine(), ['Huyện Văn Lãng phải gửi hồ sơ gì về tỉnh trước ngày 15/12/2024?']);
  });
});

/** A district council's session electing a deputy chair, with the vote's count. */
const COUNCIL_SESSION = `CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIO LINH
Tin hoạt động HĐND
20/12/2023
Kỳ họp thứ 12 HĐND huyện Gio Linh khóa VII thông qua 10 nghị quyết
Ngày 19/12/2023, HĐND huyện Gio Linh khóa VII tổ chức kỳ họp thứ 12 - kỳ họp thường lệ cuối năm 2023.
Kỳ họp đã bầu bổ sung đồng chí Hồ Văn Khanh, Trưởng phòng Tài chính - Kế hoạch giữ chức Phó Chủ tịch UBND huyện. Đồng chí Hồ Văn Khanh trúng cử với 27/29 đại biểu có mặt tán thành, đạt 93,1%.
Kỳ họp thông qua 10 nghị quyết về phát triển kinh tế - xã hội, dự toán ngân sách và đầu tư công năm 2024.
`;

describe('a vote count claimed wrongly (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-9-council', { 'council.txt': COUNCIL_SESSION });

  it('a share said in words is the fraction the articles write; a year is no whole', () => {
    expect(joinShares('with 25 of 29 delegates present')).toBe('with 25/29 delegates present');
    expect(joinShares('25 out of 29 members')).toBe('25/29 members');
    expect(joinShares('25 trên 29 đại biểu')).toBe('25/29 đại biểu');
    expect(joinShares('September 30 of 2024')).toBe('September 30 of 2024');
  });

  it('"delegates present" and "có mặt tán thành" count the vote, not an attendee or a presenter', () => {
    expect(
      parseQuestion('Có đúng là ông Hồ Văn Khanh trúng cử với 25/29 đại biểu có mặt tán thành không?').target
        .role,
    ).toBeNull();
    expect(
      parseQuestion('Was Ho Van Khanh elected with 25 of 29 delegates present voting in favour?').target.role,
    ).toBeNull();
    expect(parseQuestion('Who will present the report at the session?').target.role).toBe('presenter');
  });

  it('answers "Không" with the count the article gives, formal and chat', async () => {
    await expectAnswered(
      engine(),
      [
        'Có đúng là ông Hồ Văn Khanh trúng cử Phó Chủ tịch UBND huyện Gio Linh với 25/29 đại biểu có mặt tán thành không?',
        'ho van khanh trung cu pct ubnd gio linh dc 25/29 db tan thanh dung ko',
      ],
      /^(?:Không|No)\.[\s\S]*27\/29/u,
    );
  });

  it('a term typed with digits ("khoa 7") is the term khóa VII, checked as the term and no number quoted', async () => {
    const q = parseQuestion('ky hop thu 12 hdnd gio linh khoa 7 hop ngay nao');
    expect(q.numbers).toEqual([]);
    expect(q.terms).not.toContain('7');
    await expectAnswered(engine(), ['ky hop thu 12 hdnd gio linh khoa 7 hop ngay nao'], '19/12/2023');
    await expectRefused(engine(), ['ky hop thu 12 hdnd gio linh khoa 8 hop ngay nao']);
  });

  it('a question session and speaking in it are words the article must write, so a head count does not answer', async () => {
    expect(
      untranslatedWords(
        parseQuestion(
          "How many delegates took the floor during the question-and-answer session of Gio Linh's 12th People's Council session?",
        ),
      ),
    ).toEqual([]);
    await expectRefused(engine(), [
      "How many delegates took the floor during the question-and-answer session of Gio Linh's 12th People's Council session?",
    ]);
  });

  it('a holder asked with a closing particle ("… là ai vậy") and a Front\'s "hiệp thương" are read', async () => {
    expect(parseQuestion('pho ct ubnd gio linh moi duoc bau la ai vay').target.target).toEqual({
      kind: 'holder',
    });
    expect(asksPersonOfAct('mttq tinh hiep thuong pho ct moi la ai vay')).toBe(true);
    await expectAnswered(engine(), ['pho ct ubnd gio linh moi duoc bau la ai vay'], 'Hồ Văn Khanh');
  });

  it('the person an act names stands before "trúng cử" too; a post\'s capitals are no person', () => {
    expect(
      personOfAct(
        'Ai trúng cử Phó Chủ tịch UBND huyện?',
        'Kết quả, đồng chí Lò Văn Sơn, Trưởng phòng Nội vụ huyện trúng cử Phó Chủ tịch UBND huyện với 30/31 đại biểu tán thành.',
      ),
    ).toBe('Lò Văn Sơn');
    expect(
      personOfAct(
        'mttq tinh hiep thuong pho ct moi la ai',
        'Ủy ban MTTQ Việt Nam tỉnh hiệp thương cử bổ sung Phó Chủ tịch',
      ),
    ).toBeNull();
  });

  it('a common name typed bare beside a district it names no unit of is no place ("tan thanh" is tán thành)', () => {
    const q = parseQuestion('ho van khanh trung cu pct ubnd gio linh dc 25/29 db tan thanh dung ko');
    expect(q.places.map((p) => fold(p.surface).toLowerCase())).toEqual(['gio linh']);
    expect(q.looseNames ?? []).toEqual([]);
    // A province typed bare stays a place, whatever else it names.
    expect(
      parseQuestion('doan cong tac tu quang tri lam viec vs hu gio linh ai truong doan').places,
    ).toHaveLength(2);
  });
});

/** A 2025 commune's review deciding two disciplinary forms in one sentence. */
const DISCIPLINE = `CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐĂK HÀ
Tin tức
01/10/2025
Đảng ủy xã Đăk Hà sơ kết quý III năm 2025
Ngày 29/9/2025, Đảng ủy xã Đăk Hà tổ chức hội nghị sơ kết công tác quý III, triển khai nhiệm vụ quý IV năm 2025.
Ủy ban Kiểm tra Đảng ủy xã đã kiểm tra khi có dấu hiệu vi phạm đối với 2 đảng viên. Trên cơ sở đề nghị của Ủy ban Kiểm tra, hội nghị đã biểu quyết thi hành kỷ luật bằng hình thức cảnh cáo đối với 01 đảng viên là nguyên cán bộ tư pháp của xã cũ do vi phạm quy định về chứng thực; khiển trách 01 đảng viên thuộc Chi bộ thôn 7 do vi phạm những điều đảng viên không được làm.
Trong quý, Đảng bộ xã kết nạp 9 đảng viên mới.
`;

describe('every disciplinary form a sentence decides (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-9-discipline', { 'discipline.txt': DISCIPLINE });

  it('"những hình thức nào" and "what disciplinary measures" quote both forms, formal, chat and English', async () => {
    await expectAnswered(
      engine(),
      [
        'Tại hội nghị sơ kết quý III/2025, Đảng ủy xã Đăk Hà đã thi hành kỷ luật các đảng viên vi phạm bằng những hình thức nào?',
        'dang uy xa dak ha ky luat 2 dv hinh thuc gi, hn quy 3/2025',
        'What disciplinary measures did the Dak Ha commune Party Committee impose on Party members at its Q3 2025 review?',
      ],
      /cảnh cáo[\s\S]*khiển trách/u,
    );
  });

  it('a Central Highlands syllable closing on "k" ("Dak", "Lak", "Buk") is a Vietnamese name, not an English word', () => {
    for (const w of ['dak', 'lak', 'buk']) expect(isVietnameseSyllable(w), w).toBe(true);
    for (const w of ['desk', 'talk', 'kick']) expect(isVietnameseSyllable(w), w).toBe(false);
    expect(
      untranslatedWords(
        parseQuestion('What measures did the Dak Ha commune Party Committee take in Q3 2025?'),
      ),
    ).toEqual(['measures']);
  });
});

/** A council session: the year's results in a paragraph, next year's targets as a bulleted list. */
const TARGETS = `CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUẢNG TRẠCH
Tin tức - Sự kiện
21-12-2023
Kỳ họp thứ 12, HĐND huyện Quảng Trạch khóa XX thông qua 13 nghị quyết
Ngày 20/12/2023, HĐND huyện Quảng Trạch khóa XX tổ chức kỳ họp thứ 12.
Tại kỳ họp, đồng chí Trần Văn Nam, Chủ tịch UBND huyện trình bày báo cáo kết quả năm 2023 và kế hoạch năm 2024. Năm 2023, thu ngân sách trên địa bàn đạt 198,4 tỷ đồng. Tỷ lệ hộ nghèo giảm còn 4,12%; có thêm 2 xã đạt chuẩn nông thôn mới nâng cao là Quảng Hợp và Quảng Kim.
Kỳ họp đã thông qua 13 nghị quyết. Một số chỉ tiêu chủ yếu năm 2024 được HĐND huyện thông qua:
  • Thu ngân sách trên địa bàn: 215 tỷ đồng
  • Xã đạt chuẩn nông thôn mới nâng cao: thêm 3 xã (Quảng Thạch, Quảng Châu, Quảng Tiến)
Bình luận
`;

describe("a year's results beside next year's targets (keyword-only engine)", () => {
  const engine = useWrittenEngine('fresh-fixes-9-targets', { 'targets.txt': TARGETS });

  it("a sentence is of the year its paragraph or its list's opening line states", () => {
    const at = (needle: string) => {
      const start = TARGETS.indexOf(needle);
      return yearsInForce(TARGETS, start, start + needle.length);
    };
    expect(at('Tỷ lệ hộ nghèo giảm còn 4,12%')).toEqual([2023]);
    expect(at('Xã đạt chuẩn nông thôn mới nâng cao: thêm 3 xã')).toEqual([2024]);
    // A paragraph whose sentences name no year: none in force.
    expect(at('Kỳ họp đã thông qua 13 nghị quyết.')).toEqual([]);
  });

  it('"năm 2024 phấn đấu thêm những xã nào" is answered by the 2024 list, not the 2023 result', async () => {
    await expectAnswered(
      engine(),
      [
        'Năm 2024, huyện Quảng Trạch phấn đấu có thêm những xã nào đạt chuẩn nông thôn mới nâng cao?',
        'Which communes does Quang Trach district aim to bring up to the advanced new-rural standard in 2024?',
      ],
      /Quảng Thạch, Quảng Châu, Quảng Tiến/u,
    );
  });
});

/** A quarterly briefing in the Mekong: a part of a figure after "trong đó", and saltwater damage. */
const SALINITY = `TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ HUYỆN TRẦN ĐỀ
04-04-2024
Ban Thường vụ Huyện ủy Trần Đề giao ban quý I/2024
Ngày 3/4/2024, Ban Thường vụ Huyện ủy Trần Đề tổ chức giao ban đánh giá kết quả quý I/2024.
Theo báo cáo, quý I/2024 toàn huyện xuống giống lúa vụ Đông Xuân được 14.120 ha. Do ảnh hưởng của xâm nhập mặn, có 940 ha lúa bị ảnh hưởng, trong đó 215 ha thiệt hại trên 70%.
Huyện đã hỗ trợ nông dân 3,2 tỷ đồng khôi phục sản xuất.
`;

describe('a part of a figure after "trong đó" (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-9-salinity', { 'salinity.txt': SALINITY });

  it('the words before "trong đó" finish the first figure\'s subject; the part is measured by its own', () => {
    const a = parseArticle(SALINITY, { docId: 'salinity', source: 'x/salinity.txt' });
    const figs = extractRecords(a).figures;
    expect(figs.find((f) => f.text === '940 ha')?.subject).toBe('lúa bị ảnh hưởng');
    expect(figs.find((f) => f.text === '215 ha')?.subject).toBe('thiệt hại');
  });

  it('a wrong claim of the area affected is refuted with the affected area, in English too', async () => {
    await expectAnswered(
      engine(),
      [
        'Có đúng là quý I/2024 huyện Trần Đề có khoảng 1.800 ha lúa bị ảnh hưởng do xâm nhập mặn không?',
        'Is it true that about 1,800 hectares of rice in Tran De district were affected by saltwater intrusion in the first quarter of 2024?',
      ],
      /^(?:Không|No)\.[\s\S]*940 ha —/u,
    );
  });
});

/** A council session whose question time names its groups of issues after a colon. */
const QUESTION_TIME = `CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐIỆN BIÊN ĐÔNG
20/12/2023
Kỳ họp thứ 13 HĐND huyện Điện Biên Đông khóa XXI
Ngày 19/12/2023, HĐND huyện Điện Biên Đông khóa XXI tổ chức kỳ họp thứ 13.
Phiên chất vấn và trả lời chất vấn diễn ra sôi nổi với 5 lượt đại biểu đặt câu hỏi, tập trung vào 3 nhóm vấn đề: công tác quản lý bảo vệ rừng; tình trạng học sinh bỏ học giữa chừng; tiến độ xây dựng nhà văn hóa bản.
Ông Lò Văn Tâm, Phó Chủ tịch UBND huyện trả lời chất vấn về công tác quản lý bảo vệ rừng.
Dự kỳ họp có ông Giàng A Dình, Chủ tịch UBND huyện và 28/30 đại biểu HĐND huyện.
`;

describe('a question asking "những X gì" as "những X nào" (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-9-question-time', { 'question-time.txt': QUESTION_TIME });

  it('a claim that a named person did an act is no "yes" from a sentence where another did it', async () => {
    const wrong = await engine().ask(
      'Có phải Chủ tịch UBND huyện Giàng A Dình trả lời chất vấn về bảo vệ rừng tại kỳ họp thứ 13 HĐND huyện Điện Biên Đông không?',
    );
    expect(wrong.answer).not.toMatch(/^Đúng/u);
    await expectAnswered(
      engine(),
      [
        'Có phải ông Lò Văn Tâm trả lời chất vấn về bảo vệ rừng tại kỳ họp thứ 13 HĐND huyện Điện Biên Đông không?',
      ],
      /^Đúng\.[\s\S]*Lò Văn Tâm/u,
    );
  });

  it('an act asked after "ai" stops before a claim\'s yes/no tail and after "là người"', () => {
    const act = (text: string) => askedAct(parseQuestion(text))?.words.join(' ');
    expect(act('hdnd dien bien dong ky hop 13 ai tra loi dung k')).toBe('tra loi');
    expect(act('Tại kỳ họp thứ 13, ai là người trả lời chất vấn về bảo vệ rừng?')).toMatch(
      /^trả lời chất vấn/u,
    );
  });

  it('lists the groups the article enumerates, typed bare with "gì" and in English', async () => {
    await expectAnswered(
      engine(),
      [
        'chat van o ky hop hdnd dien bien dong thang 12/2023 dai bieu hoi nhung van de gi, liet ke giup',
        "Which groups of issues did delegates raise in the question-and-answer session of the Dien Bien Dong district People's Council in December 2023?",
      ],
      /bảo vệ rừng[\s\S]*bỏ học[\s\S]*nhà văn hóa/u,
    );
  });
});

describe("an office's field typed bare before its place", () => {
  it('"tp tnmt van chan": "trường văn chấn" is the field\'s end and the district, no person', () => {
    expect(surnameNames('truong phong tai nguyen va moi truong van chan bi chat van chuyen gi')).toEqual([]);
    // A name typed bare still is one.
    expect(surnameNames('ong truong van chan tra loi chat van ve gi')).toEqual(['truong van chan']);
  });
});

/** An inspection committee's conclusion with a count and an area in one sentence. */
const INSPECTION = `CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG
29/08/2024
Ủy ban Kiểm tra Huyện ủy Đức Trọng họp kỳ thứ 30
Ngày 27/8/2024, Ủy ban Kiểm tra Huyện ủy Đức Trọng tổ chức kỳ họp thứ 30.
Ủy ban Kiểm tra Huyện ủy kết luận Ban Thường vụ Đảng ủy xã Hiệp An đã buông lỏng lãnh đạo công tác quản lý đất đai, để xảy ra 11 trường hợp xây dựng công trình trái phép trên đất nông nghiệp với tổng diện tích 1,85 ha.
`;

describe('a number glued to its unit, agricultural land typed short', () => {
  it('a number glued to its unit is spaced; "đất nn" is agricultural land', () => {
    expect(splitGluedUnits('tong 3,25ha dung k')).toBe('tong 3,25 ha dung k');
    expect(splitGluedUnits('thu 12ty, 450tr')).toBe('thu 12 ty, 450 tr');
    expect(parseQuestion('xay dung trai phep tren dat nn o hiep an').text).toContain('dat nong nghiep');
  });
});

describe("a claim of two numbers on a fresh set's dev article (DD 803; keyword-only engine)", () => {
  const engine = useWrittenEngine('fresh-fixes-9-dd803', {
    'dd803.txt': readFileSync('tests/fixtures/fresh/dd/803_e41d7a2c90b8f5e3.txt', 'utf8'),
    'inspection.txt': INSPECTION,
  });

  it('"14 trường hợp … tổng 3,5 ha" is refuted by the area, though the count is right', async () => {
    await expectAnswered(
      engine(),
      // (The formal wording is refused on these two articles alone, though answered so over the
      // whole fresh corpus: noticed, not fixed.)
      ['14 th xay dung trai phep tren dat nn o hoa ninh di linh tong 3,5ha dung k'],
      /^Không\.[\s\S]*2,35 ha —/u,
    );
  });
});
