/**
 * The mechanisms fresh sets S–T and the dev halves of A–R (tests/fixtures/fresh; twenty-sixth
 * session) showed missing, each on text written for this test (made-up people and figures, places
 * of no evaluation question).
 */
import { describe, expect, it } from 'vitest';
import { claimOf } from '../src/answer/verify.ts';
import { findPlaces } from '../src/place/find.ts';
import { placeByKey } from '../src/place/relations.ts';
import { translatePhrase } from '../src/query/glossary.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { linkDocPlaces } from '../src/records/bundle.ts';
import { extractRecords } from '../src/records/extract.ts';
import { itemHeadlines } from '../src/records/roundup.ts';
import { tableFigures } from '../src/records/tables.ts';
import { expectAnswered } from './helpers/expect-answers.ts';
import { useWrittenEngine } from './helpers/written-engine.ts';

/** Facts of an article given to the extractors with none parsed. */
const NO_FACTS = { meetingDates: [], periods: [], chairs: [], organisation: null, portal: null };

/** The top candidate of each place a text names, as "name/province". */
const linked = (text: string): string[] =>
  findPlaces(text).map((m) => `${m.candidates[0]!.name}/${m.candidates[0]!.provinceName}`);

describe('a 2025 commune named after the district it was formed from (place/find.ts)', () => {
  it('links the former district when its province is named nearby', () => {
    // Since 1 July 2025 thị xã Ngã Năm (Sóc Trăng) is phường Ngã Năm of thành phố Cần Thơ.
    expect(linked('Ủy ban MTTQ Việt Nam phường Ngã Năm, thành phố Cần Thơ tổ chức hội nghị')).toEqual([
      'Ngã Năm/Sóc Trăng',
      'Cần Thơ/Cần Thơ',
    ]);
    expect(linked('mttq p nga nam can tho so ket 9t 2025')[0]).toBe('Ngã Năm/Sóc Trăng');
  });

  it('links nothing new without the province, and keeps a commune of the name inside the district', () => {
    expect(linked('Hội nghị tại phường Ngã Năm')).toEqual([]);
    // thị trấn Đà Bắc lies in huyện Đà Bắc: the commune is meant.
    expect(findPlaces('Đảng ủy xã Đà Bắc, tỉnh Phú Thọ họp')[0]!.candidates[0]!.level).toBe('commune');
    // A ward of the name in another province stays the ward when that province is named.
    expect(linked('UBND phường Vĩnh Châu, thành phố Châu Đốc')[0]).toBe('Vĩnh Châu/An Giang');
  });
});

/** A 2025 ward's Front review, its province named only in the portal's header. */
const WARD_REVIEW = `CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG NGÃ NĂM - THÀNH PHỐ CẦN THƠ
Ngày đăng: 09-10-2025
Ủy ban MTTQ Việt Nam phường Ngã Năm sơ kết công tác Mặt trận 9 tháng năm 2025
Sáng 7/10/2025, Ủy ban Mặt trận Tổ quốc Việt Nam phường Ngã Năm tổ chức hội nghị sơ kết công tác Mặt trận 9 tháng năm 2025. Đồng chí Trương Thị Kiều Oanh, Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì hội nghị.
Báo cáo cho biết, 9 tháng Mặt trận phường vận động Quỹ "Vì người nghèo" được 812 triệu đồng, bàn giao 17 căn nhà Đại đoàn kết.
`;

describe('a 2025 ward formed from a former town, asked by name and city (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-7-ward', { 'ward.txt': WARD_REVIEW });

  it('answers the date in each phrasing', async () => {
    await expectAnswered(
      engine(),
      [
        'Ủy ban MTTQ Việt Nam phường Ngã Năm (thành phố Cần Thơ) sơ kết công tác Mặt trận 9 tháng năm 2025 vào ngày nào?',
        'mttq p nga nam can tho so ket 9t 2025 ngay nao',
        'When did the Fatherland Front of Nga Nam ward in Can Tho hold its nine-month 2025 review?',
      ],
      '7/10/2025',
    );
  });
});

describe('English question words (query/target.ts, glossary.ts)', () => {
  it('a growth target is a target, growth alone a change', () => {
    const figure = (q: string) => parseQuestion(q).target.figure;
    expect(
      figure('What economic growth and budget revenue targets did Tan Phuoc district set for 2026?'),
    ).toBe('target');
    expect(figure('How much did budget revenue grow compared with 2023?')).toBe('change');
    // GRDP is a word reports write as it is.
    expect(parseQuestion("What was Tan Phuoc district's GRDP growth rate in 2023?").terms).toContain('grdp');
  });

  it('levels of a result and the model new-style rural standard have renderings', () => {
    expect(translatePhrase('low')).toContain('thấp');
    expect(translatePhrase('high')).toContain('cao');
    expect(translatePhrase('model new-style rural')).toContain('nông thôn mới kiểu mẫu');
    expect(parseQuestion('Which communes had low budget collection in 2024?').terms).toContain('thấp');
  });
});

describe('chat shorthand joined by a hyphen or glued to a number (query/chat.ts)', () => {
  it('"kt-xh" and "kt - xh" read "kinh te - xa hoi"; "546tr" reads "546 trieu"', () => {
    expect(parseQuestion('ai trinh bay bc kt-xh 6t huyen tan phuoc').text).toContain('kinh te - xa hoi');
    expect(parseQuestion('tinh hinh kt - xh 9t tan phuoc').text).toContain('kinh te - xa hoi');
    expect(parseQuestion('tan phuoc phat vi pham tong 546tr dung ko').text).toContain('546 trieu');
    expect(parseQuestion('thu 1,5 tr dong').text).toContain('1,5 trieu');
    // "tr" as a word of its own is left alone.
    expect(parseQuestion('tr hop ubnd huyen tan phuoc').text).toMatch(/^tr /u);
  });
});

describe('where a delegation went, and a deadline a body committed to (query/target.ts, answer.ts)', () => {
  it('a site visit asked "where" is no meeting venue', () => {
    expect(parseQuestion('Đoàn công tác đã khảo sát thực tế ở địa điểm nào?').target.target.kind).toBe(
      'open',
    );
    expect(parseQuestion('Hội nghị được tổ chức ở đâu?').target.target.kind).toBe('venue');
  });

  /** A council session at which a district's UBND commits to a deadline. */
  const SESSION = `Kỳ họp thứ 11 HĐND huyện Tân Phước khóa XII thành công tốt đẹp
Ngày đăng: 22/12/2023

Ngày 20/12/2023, HĐND huyện Tân Phước khóa XII tổ chức Kỳ họp thứ 11. Đồng chí Lê Văn Bình, Chủ tịch HĐND huyện chủ trì kỳ họp.

Trước kỳ họp, đoàn đại biểu đã khảo sát thực tế tại cụm dân cư Hưng Thạnh, xã Phú Mỹ, nơi 41 hộ dân chờ cấp giấy chứng nhận quyền sử dụng đất.

Trả lời chất vấn, đồng chí Trần Quốc Hưng, Phó Chủ tịch UBND huyện cam kết hoàn thành bàn giao mặt bằng dự án đường tỉnh 866B cho nhà thầu trước ngày 15/5/2024.
`;
  const engine = useWrittenEngine('fresh-fixes-7-session', { 'session.txt': SESSION });

  it('answers both from the council session', async () => {
    const cases: [string, string][] = [
      [
        'UBND huyện Tân Phước cam kết bàn giao mặt bằng dự án đường tỉnh 866B cho nhà thầu trước thời hạn nào?',
        '15/5/2024',
      ],
      ['Trước kỳ họp thứ 11 HĐND huyện Tân Phước, đoàn đại biểu khảo sát thực tế ở đâu?', 'Hưng Thạnh'],
      ['doan dai bieu hdnd tan phuoc khao sat o dau truoc ky hop 11', 'Hưng Thạnh'],
      [
        "Where did the Tan Phuoc district People's Council delegates make a field visit before the 11th session?",
        'Hưng Thạnh',
      ],
    ];
    for (const [q, want] of cases) {
      const a = await engine().ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toContain(want);
    }
  });
});

describe('English roles, proposals and the words of a comment (query/target.ts, glossary.ts)', () => {
  it('"closing conclusions" asks the concluder; "ask X for funding" a proposal', () => {
    expect(
      parseQuestion('Who gave the closing conclusions at the Tan Phuoc district review?').target.role,
    ).toBe('concluder');
    expect(
      parseQuestion('In which communes did Tan Phuoc district ask the province for funding to fight erosion?')
        .target.target,
    ).toEqual({ kind: 'section', section: 'proposal' });
    // Asked to act: still a direction.
    expect(parseQuestion('What did the secretary ask the communes to do?').target.target).toEqual({
      kind: 'section',
      section: 'directive',
    });
  });

  it('a scheme commented on is an "đề án" given "ý kiến"', () => {
    expect(translatePhrase('scheme')).toContain('đề án');
    expect(translatePhrase('commented on')).toContain('cho ý kiến');
    expect(translatePhrase('field visit')).toContain('khảo sát');
    expect(translatePhrase('labour federation')).toContain('Liên đoàn Lao động');
    expect(translatePhrase('trade union members')).toContain('đoàn viên công đoàn');
  });
});

describe('a cut-off day without its year (query/time.ts)', () => {
  it('"đến 31/7" is the running total to then, never the meeting month', () => {
    const time = parseQuestion('lap thach giai ngan von dtc den 31/7 dc bn % nhi').time;
    expect(time.months).toEqual([]);
    expect(time.periods).toEqual([]);
    // A quarter's last day still closes its period.
    expect(parseQuestion('lap thach giai ngan den 30/6 dc bn').time.periods).toEqual(['H1']);
    // Without "đến", a day and month still date the meeting.
    expect(parseQuestion('hop ngay 31/7 ai chu tri').time.months.map((m) => m.month)).toEqual([7]);
  });
});

/** A province's weekly roundup: three items, each another body's meeting. */
const ROUNDUP = `Điểm tin hoạt động chính trị nổi bật trong tuần (từ ngày 04 đến ngày 10/11/2024)
Ngày đăng: 11/11/2024

Trong tuần qua, nhiều cơ quan, địa phương trong tỉnh Vĩnh Phúc tổ chức các hội nghị, kỳ họp quan trọng.

Ban Thường vụ Huyện ủy Tam Dương cho ý kiến vào dự thảo văn kiện

Chiều 05/11, Ban Thường vụ Huyện ủy Tam Dương họp cho ý kiến vào dự thảo báo cáo chính trị. Đồng chí Hà Văn Thuận, Bí thư Huyện ủy chủ trì.

Kỳ họp thứ 21 HĐND huyện Lập Thạch khóa XX

Ngày 07/11/2024, HĐND huyện Lập Thạch tổ chức kỳ họp thứ 21. Ông Kiều Minh Tâm, Chủ tịch HĐND huyện chủ trì kỳ họp. Kỳ họp đã biểu quyết thông qua 11 nghị quyết, trong đó có Nghị quyết về kế hoạch đầu tư công năm 2025.

P.V (tổng hợp)
`;

describe('a weekly roundup: each item names its meeting (records/roundup.ts, answer/headline.ts)', () => {
  it('the places of the item headlines are the article’s own', () => {
    expect(
      itemHeadlines(
        'Điểm tin hoạt động nổi bật trong tuần',
        'Lead.\nKỳ họp thứ 21 HĐND huyện Lập Thạch\nCâu.',
      ),
    ).toEqual([{ start: 6, end: 40 }]);
    expect(
      itemHeadlines('UBND huyện Lập Thạch họp phiên thường kỳ', 'Lead.\nKỳ họp thứ 21 HĐND huyện Lập Thạch'),
    ).toEqual([]);
    const [title, ...rest] = ROUNDUP.split('\n');
    const places = linkDocPlaces(title ?? '', rest.join('\n'), null);
    expect(places.own.map((k) => placeByKey(k)?.name)).toEqual(
      expect.arrayContaining(['Tam Dương', 'Lập Thạch']),
    );
  });

  const engine = useWrittenEngine('fresh-fixes-7-roundup', { 'roundup.txt': ROUNDUP });

  it('answers an item’s figure asked by its meeting', async () => {
    await expectAnswered(
      engine(),
      [
        'Kỳ họp thứ 21 HĐND huyện Lập Thạch khóa XX đã thông qua bao nhiêu nghị quyết?',
        'hdnd lap thach ky hop 21 thong qua bn nq',
      ],
      '11 nghị quyết',
    );
  });
});

/** A review whose sentence states two amounts in triệu, the second of a fund written in quotes. */
const FUND_REVIEW = `UBND huyện Lập Thạch sơ kết công tác 9 tháng năm 2024
Ngày đăng: 05/10/2024

Sáng 03/10/2024, UBND huyện Lập Thạch tổ chức hội nghị sơ kết tình hình kinh tế - xã hội 9 tháng năm 2024. Đồng chí Nguyễn Văn Long, Chủ tịch UBND huyện chủ trì hội nghị.

Theo báo cáo, 9 tháng, tổng kinh phí hỗ trợ xây dựng nhà ở cho hộ nghèo đạt 2.460 triệu đồng; Quỹ "Vì người nghèo" huyện vận động được 1.365 triệu đồng, đạt 91% kế hoạch năm. Thu ngân sách trên địa bàn đạt 312,5 tỷ đồng.
`;

describe('a quoted fund name and a fund typed bare (records/figures.ts, haystack.ts, evidence.ts)', () => {
  it('the quotation is part of the figure’s subject', () => {
    const figures = extractRecords({
      title: 'x',
      body: FUND_REVIEW,
      published: null,
      facts: NO_FACTS,
    }).figures;
    expect(figures.find((f) => f.text.startsWith('1.365'))?.subject).toContain('Vì người nghèo');
  });

  const engine = useWrittenEngine('fresh-fixes-7-fund', { 'fund.txt': FUND_REVIEW });

  it('the fund’s amount, converted to tỷ, in each phrasing', async () => {
    await expectAnswered(
      engine(),
      [
        '9 tháng năm 2024, Quỹ Vì người nghèo huyện Lập Thạch vận động được bao nhiêu tỷ đồng?',
        'quy vi nguoi ngheo lap thach 9t 2024 vd dc bn ty',
        "How many billion dong did Lap Thach district's For the Poor fund raise in the first nine months of 2024?",
      ],
      /^[^—]*1\.365 triệu đồng/mu,
    );
  });
});

describe('a table with no row numbers, a body with its term, "đọc báo cáo" (records, query/target.ts)', () => {
  /** A district committee's review: its term between the body and its verb, a table of plan and result. */
  const REVIEW = `Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 19: Đánh giá kết quả 9 tháng năm 2024
Ngày 7/10/2024, Ban Chấp hành Đảng bộ huyện Lập Thạch khóa XXIV, nhiệm kỳ 2020 - 2025 tổ chức hội nghị lần thứ 19.
Chỉ tiêu Kế hoạch năm 2024 Thực hiện 9 tháng Đạt (%)
Thu ngân sách trên địa bàn (tỷ đồng) 520 371,4 71,4
Khách du lịch (lượt) 300.000 244.500 81,5
Đồng chí Hà Văn Thuận, Bí thư Huyện ủy kết luận hội nghị.
`;
  const records = () =>
    extractRecords({
      title: REVIEW.split('\n')[0] ?? '',
      body: REVIEW.split('\n').slice(1).join('\n\n'),
      published: null,
      facts: NO_FACTS,
    });

  it('reads each row’s cells by its column, with the unit its label brackets', () => {
    const figs = records().figures.filter((f) => f.header);
    const revenue = figs.filter((f) => f.subject.startsWith('Thu ngân sách'));
    expect(revenue.map((f) => [f.text, f.kind])).toEqual([
      ['520 tỷ đồng', 'target'],
      ['371,4 tỷ đồng', 'result'],
      ['71,4%', 'rate'],
    ]);
    expect(figs.find((f) => f.text === '244.500 lượt')?.kind).toBe('result');
    // "Tỷ lệ đạt (%)" stays one column elsewhere: a numbered table keeps its own heads.
    expect(
      tableFigures(
        'STT Chỉ tiêu Kế hoạch Tỷ lệ đạt (%)\n1 Thu ngân sách 520 71,4\n2 Chi ngân sách 610 68,2',
        {
          year: 2024,
          ownPeriod: null,
        },
      ).map((f) => f.kind),
    ).toEqual(['target', 'target', 'rate', 'rate']);
  });

  it('the Executive Committee with its term holds the meeting', () => {
    expect(records().meeting.orgName).toBe('Ban Chấp hành Đảng bộ huyện Lập Thạch');
  });

  it('chat "bt" before a place is the secretary, and "… là ai, theo tin mới nhất" asks the holder', () => {
    const q = parseQuestion('bt o lap thach gio la ai, theo tin moi nhat a');
    expect(q.text).toMatch(/^bi thu o lap thach/u);
    expect(q.target.target).toEqual({ kind: 'holder' });
    // Elsewhere "bt" is left as typed ("bình thường" in chat).
    expect(parseQuestion('sk 6t bt hop').text).toContain(' bt ');
  });

  it('a bare "7t dau" is no "đâu" in a yes/no claim; "tp tnmt" is the head of the office', () => {
    expect(parseQuestion('lap thach 7t dau 2024 ket nap 68 dv moi phai ko').target.yesNo).toBe(true);
    expect(parseQuestion('hop o dau phai khong').target.yesNo).toBe(false);
    expect(parseQuestion('tp tnmt lap thach hua xong truoc ngay nao').text).toMatch(
      /^truong phong tai nguyen/u,
    );
    expect(parseQuestion('tp vinh yen hop ngay nao').text).toMatch(/^thanh pho vinh yen/u);
  });

  it('a yes/no claim is its figure, not the months it is claimed for', () => {
    const claim = (t: string) => {
      const q = parseQuestion(t);
      return claimOf(q, q.places);
    };
    expect(
      claim('Trong 7 tháng đầu năm 2024, huyện Lập Thạch kết nạp được 68 đảng viên mới, có đúng không?'),
    ).toEqual({
      kind: 'number',
      number: '68',
    });
    expect(claim('Huyện Lập Thạch kết nạp 6 đảng viên trong 6 tháng, đúng không?')).toEqual({
      kind: 'number',
      number: '6',
    });
  });

  it('"ai đọc báo cáo" asks the presenter', () => {
    expect(parseQuestion('ky hop hdnd lap thach cuoi nam 2023 ai doc bc kt-xh vay').target.target).toEqual({
      kind: 'role',
      role: 'presenter',
    });
  });
});
