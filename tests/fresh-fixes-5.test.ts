/**
 * The mechanisms fresh sets K–N (tests/fixtures/fresh; twenty-fourth session) showed missing, each
 * on text written for this test (made-up people and figures, places of no evaluation question).
 */
import { describe, expect, it } from 'vitest';
import { actingBody, askedBody, withoutActingOrganisations } from '../src/answer/bodies.ts';
import { findPlaces } from '../src/place/find.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { buildSearchTerms } from '../src/query/terms.ts';
import { extractRecords } from '../src/records/extract.ts';
import { useWrittenEngine } from './helpers/written-engine.ts';

/** A Ban Dân vận briefing where the Front and the mass organisations report their figures. */
const MASS_BRIEFING = `Ban Dân vận Tỉnh ủy Hà Nam sơ kết công tác dân vận 6 tháng đầu năm 2024
Đăng ngày: 12/07/2024

Sáng 11-7, Ban Dân vận Tỉnh ủy Hà Nam tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024. Đồng chí Trần Thị Mai Hương, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.

Ủy ban MTTQ các cấp vận động xây dựng, sửa chữa 137 nhà Đại đoàn kết cho hộ nghèo với tổng kinh phí 6,2 tỷ đồng (cùng kỳ năm 2023 là 119 nhà), đạt 64% kế hoạch năm. Hội Nông dân tỉnh quản lý dư nợ vốn ủy thác 912,5 tỷ đồng.
`;

describe('a figure of an organisation reported at another body’s briefing (keyword-only engine)', () => {
  // One short article: its lead is the figure's sentence, whose words still say what it measures.
  const engine = useWrittenEngine('fresh-fixes-5-front', { 'briefing.txt': MASS_BRIEFING });

  it('"Ủy ban MTTQ … bao nhiêu nhà" is answered from the Ban Dân vận briefing, with the year’s figure, not last year’s in brackets', async () => {
    const a = await engine().ask(
      'Ủy ban MTTQ các cấp tỉnh Hà Nam đã vận động xây dựng, sửa chữa bao nhiêu nhà Đại đoàn kết trong 6 tháng đầu năm 2024?',
    );
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toMatch(/^Ban Dân vận Tỉnh ủy Hà Nam[^\n]*\n137 — /u);
  });

  it('a claimed wrong count is answered "Không" with the stated one, in Vietnamese, chat and English', async () => {
    for (const [q, lead] of [
      [
        'Có đúng là 6 tháng đầu năm 2024, Ủy ban MTTQ các cấp tỉnh Hà Nam đã vận động xây dựng, sửa chữa 173 nhà Đại đoàn kết không?',
        'Không.',
      ],
      ['mttq ha nam 6t 2024 xay sua 173 nha dai doan ket dung k', 'Không.'],
      [
        'Is it true that the Fatherland Front in Ha Nam built or repaired 173 Great Solidarity houses in the first half of 2024?',
        'No.',
      ],
    ] as const) {
      const a = await engine().ask(q);
      expect(a.answer.startsWith(lead), `${q}\n${a.answer}`).toBe(true);
      expect(a.answer, q).toContain('137 nhà Đại đoàn kết');
    }
  });

  it('the Front’s own meeting asked is still the Front’s: a meeting word keeps the body', () => {
    const figure = 'Ủy ban MTTQ tỉnh Hà Nam vận động bao nhiêu nhà Đại đoàn kết?';
    const meeting = 'Hội nghị Ủy ban MTTQ tỉnh Hà Nam vận động bao nhiêu nhà Đại đoàn kết?';
    const body = askedBody(figure);
    expect(body?.family).toBe('front');
    expect(actingBody(body!, figure, true)).toBe(true);
    expect(actingBody(body!, meeting, true)).toBe(false);
    // Asked of a chair, the Front is the body that met.
    expect(actingBody(body!, 'Ai chủ trì Ủy ban MTTQ tỉnh Hà Nam?', false)).toBe(false);
    expect([...withoutActingOrganisations(new Set(['front']), figure, true)]).toEqual([]);
    expect([...withoutActingOrganisations(new Set(['front']), meeting, true)]).toEqual(['front']);
    expect([...withoutActingOrganisations(new Set(['front']), figure, false)]).toEqual(['front']);
  });
});

/** A city Standing Board disciplining a ward's board and one of its officials in one sentence. */
const DISCIPLINE = `THÀNH ỦY PHAN RANG
Trang thông tin điện tử Đảng bộ thành phố Phan Rang - Tháp Chàm - tỉnh Ninh Thuận
Trang chủ / Tin tức / Xây dựng Đảng
22/05/2024 09:12     Số lượt xem: 120

Ban Thường vụ Thành ủy Phan Rang - Tháp Chàm họp xem xét thi hành kỷ luật tổ chức đảng

Chiều 21/5/2024, Ban Thường vụ Thành ủy Phan Rang - Tháp Chàm họp thường kỳ tháng 5. Đồng chí Đặng Quốc Hưng, Bí thư Thành ủy chủ trì hội nghị.

Căn cứ Quy định số 69-QĐ/TW của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm, Ban Thường vụ Thành ủy đã biểu quyết, quyết định thi hành kỷ luật bằng hình thức Khiển trách đối với Ban Thường vụ Đảng ủy phường Đạo Long nhiệm kỳ 2020 - 2025 do buông lỏng quản lý đất đai để xảy ra nhiều trường hợp xây dựng trái phép; thi hành kỷ luật bằng hình thức Cảnh cáo đối với đồng chí Lộ Văn Tám, Đảng ủy viên, nguyên Phó Chủ tịch UBND phường Đạo Long.

Kết luận hội nghị, đồng chí Đặng Quốc Hưng yêu cầu Đảng ủy phường Đạo Long kiểm điểm, rút kinh nghiệm và báo cáo trước ngày 30/6/2024.
`;

describe('a discipline meeting of a city body (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-5-discipline', { 'discipline.txt': DISCIPLINE });

  it('the headline is the article’s, not a long portal name opening the page', async () => {
    const a = await engine().ask('Ban Thường vụ Thành ủy Phan Rang - Tháp Chàm họp ngày nào?');
    expect(a.answer.split('\n')[0]).toBe(
      'Ban Thường vụ Thành ủy Phan Rang - Tháp Chàm họp xem xét thi hành kỷ luật tổ chức đảng',
    );
  });

  it('the form asked of the ward’s board is the clause naming that board, the official’s of him', async () => {
    for (const q of [
      'Ban Thường vụ Thành ủy Phan Rang - Tháp Chàm thi hành kỷ luật Ban Thường vụ Đảng ủy phường Đạo Long bằng hình thức nào?',
      'dang uy phuong dao long bi ky luat hinh thuc gi vay',
      'What disciplinary measure was imposed on the Standing Committee of the Dao Long ward Party Committee?',
    ]) {
      const a = await engine().ask(q);
      expect(a.answer, q).toContain('hình thức Khiển trách đối với Ban Thường vụ Đảng ủy phường Đạo Long');
      expect(a.answer, q).not.toContain('Cảnh cáo');
    }
    const a = await engine().ask('Đồng chí Lộ Văn Tám bị kỷ luật hình thức gì?');
    expect(a.answer).toContain('hình thức Cảnh cáo đối với đồng chí Lộ Văn Tám');
  });

  it('the date of the meeting that acted on the ward is the city body’s, asked in chat and English', async () => {
    for (const [q, date] of [
      ['btv thanh uy phan rang ky luat p dao long ngay may', '21/5/2024'],
      [
        'On what date did the Phan Rang city Party Standing Committee meet and discipline the Dao Long ward Party leadership?',
        'May 21, 2024',
      ],
    ] as const) {
      const a = await engine().ask(q);
      expect(a.answered, `${q}\n${a.answer}`).toBe(true);
      expect(a.answer, q).toContain(date);
    }
  });
});

/** A ward formed in 2025 (its name holds a former city's, "Bảo Lộc"), under a banner naming its province. */
const NEW_WARD = `CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG BẮC BẢO LỘC
Tỉnh Lâm Đồng
Trang chủ > Tin tức > Hoạt động HĐND - UBND
Thứ Sáu, 19/12/2025 10:05 | Lượt xem: 210

Kỳ họp thứ năm HĐND phường Bắc Bảo Lộc thông qua 8 nghị quyết

Ngày 18/12/2025, HĐND phường Bắc Bảo Lộc tổ chức Kỳ họp thứ năm (kỳ họp thường lệ cuối năm 2025). Phường Bắc Bảo Lộc được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp các phường Lộc Phát, Lộc Tiến và xã Lộc Thanh thuộc thành phố Bảo Lộc, tỉnh Lâm Đồng.

Kỳ họp đã thông qua 8 nghị quyết, trong đó có Nghị quyết về dự toán thu ngân sách nhà nước trên địa bàn năm 2026 là 64,3 tỷ đồng.
`;

describe('a unit the gazetteer does not know (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-5-ward', { 'ward.txt': NEW_WARD });

  it('the headline is not the banner’s province line', async () => {
    const a = await engine().ask('Kỳ họp thứ năm HĐND phường Bắc Bảo Lộc thông qua bao nhiêu nghị quyết?');
    expect(a.answer.split('\n')[0]).toBe('Kỳ họp thứ năm HĐND phường Bắc Bảo Lộc thông qua 8 nghị quyết');
    expect(a.answer).toContain('8 nghị quyết');
  });

  it('a known name ending an unknown unit’s is not that unit: another ward’s budget is not found', async () => {
    for (const q of [
      'HĐND phường Tây Bảo Lộc thông qua dự toán thu ngân sách năm 2026 là bao nhiêu?',
      'What 2026 budget revenue estimate did the Tay Bao Loc ward People’s Council approve?',
    ]) {
      const a = await engine().ask(q);
      expect(a.answered, `${q}\n${a.answer}`).toBe(false);
    }
    expect(findPlaces('HĐND phường Tây Bảo Lộc thông qua')).toEqual([]);
    expect(findPlaces('the Tay Bao Loc ward council').map((m) => m.surface)).toEqual([]);
    // A known name after a found one, or after a sentence's opening capital, is still found.
    expect(findPlaces('UBND huyện Đồng Văn Hà Giang').map((m) => m.surface)).toEqual([
      'Đồng Văn',
      'Hà Giang',
    ]);
    expect(findPlaces('The Hai Lang district briefing').map((m) => m.surface)).toEqual(['Hai Lang']);
  });

  it('the ward asked by its own name, typed in chat with a clipped type letter, is answered', async () => {
    const a = await engine().ask('p bac bao loc sap xep tu nhung phuong xa nao');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('Lộc Phát, Lộc Tiến');
  });
});

describe('English words inside a place name', () => {
  const input = (folded: boolean) => ({
    tokens: [],
    low: "what was ton son district's public investment disbursement rate in tons?",
    lang: 'en' as const,
    folded,
    entities: [],
    placeNames: ['Ton Son'],
    periods: [],
    years: [],
    numbers: [],
    unitPhrases: [],
    ordinal: null,
    skip: [],
    otherYears: [],
  });

  it('are not rendered ("Ton Son" is no tấn); the same word outside the name still is', () => {
    const marked = buildSearchTerms(input(false)).terms;
    expect(marked.filter((t) => t === 'tấn')).toHaveLength(1);
    expect(marked).not.toContain('ton');
    // Matched folded, the name is searched by its own syllable.
    const folded = buildSearchTerms(input(true)).terms;
    expect(folded).toContain('ton');
    expect(folded.filter((t) => t === 'tấn')).toHaveLength(1);
  });
});

/** A People's Council session electing a vice chair, and a disbursement meeting with the plan's capital. */
const SESSION = `Kỳ họp thứ sáu HĐND huyện Mộc Châu thông qua 11 nghị quyết
Đăng ngày: 20/12/2024

Ngày 19/12/2024, HĐND huyện Mộc Châu tổ chức Kỳ họp thứ sáu. Đồng chí Lò Văn Nam, Chủ tịch HĐND huyện chủ trì kỳ họp.

Cũng tại kỳ họp, HĐND huyện đã miễn nhiệm chức danh Phó Chủ tịch UBND huyện đối với đồng chí Cầm Văn Tiến do nghỉ hưu và bầu bổ sung đồng chí Hà Thị Mai Lan, Trưởng phòng Tài chính - Kế hoạch huyện giữ chức Phó Chủ tịch UBND huyện với 30/31 đại biểu có mặt tán thành.

Theo báo cáo của UBND huyện, tổng kế hoạch vốn đầu tư công năm 2024 của huyện được giao là 412,8 tỷ đồng. Đến ngày 15/12/2024, toàn huyện giải ngân được 301,5 tỷ đồng. Trong tổng số 18 chủ đầu tư được giao kế hoạch vốn, có 11 chủ đầu tư giải ngân trên mức bình quân.

Năm 2024, Ủy ban MTTQ huyện phối hợp xóa 214 căn nhà tạm, nhà dột nát cho hộ nghèo.
`;

describe('personnel acts, the plan’s capital and the Front’s figures (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-5-session', { 'session.txt': SESSION });

  it('"bầu bổ sung đồng chí X, <title>, giữ chức …" elects X, asked in Vietnamese, chat or English', async () => {
    for (const q of [
      'Tại Kỳ họp thứ sáu HĐND huyện Mộc Châu, ai được bầu bổ sung giữ chức Phó Chủ tịch UBND huyện?',
      'ky hop thu 6 hdnd moc chau bau ai lam pct ubnd huyen z',
      // "Vice Chair" holds the role word "chair": the act asked makes it a post, not who chaired.
      "Who was elected Vice Chair of the Moc Chau district People's Committee at the sixth session?",
    ]) {
      const a = await engine().ask(q);
      expect(a.answer, q).toMatch(/\nHà Thị Mai Lan — /u);
    }
  });

  it('the plan’s capital is a planned amount, asked as "kế hoạch vốn … bao nhiêu"', async () => {
    for (const q of [
      'Tổng kế hoạch vốn đầu tư công năm 2024 được giao của huyện Mộc Châu là bao nhiêu?',
      'ke hoach von dau tu cong 2024 moc chau tong bn z',
    ]) {
      const a = await engine().ask(q);
      expect(a.answer, q).toContain('412,8 tỷ đồng — ');
    }
    // "được giao kế hoạch vốn, có 11 chủ đầu tư": a count of investors, no plan.
    const rec = extractRecords({
      title: 'Kỳ họp thứ sáu HĐND huyện Mộc Châu',
      body: SESSION,
      published: '2024-12-20',
      facts: { meetingDates: [], periods: [], chairs: [], organisation: null, portal: null },
    });
    const kinds = new Map(rec.figures.map((f) => [f.text, f.kind]));
    expect(kinds.get('412,8 tỷ đồng')).toBe('target');
    expect(kinds.get('11')).not.toBe('target');
  });

  it('"MTTQ … phối hợp xóa bao nhiêu căn nhà": "phối hợp" names no meeting ("họp" only when typed bare)', async () => {
    const q = 'Năm 2024, Ủy ban MTTQ huyện Mộc Châu phối hợp xóa bao nhiêu căn nhà tạm, nhà dột nát?';
    expect(actingBody(askedBody(q)!, q, true)).toBe(true);
    const a = await engine().ask(q);
    expect(a.answer).toContain('214 — ');
  });
});

/** A voters' meeting where the answer to a petition names its subject by "cơ sở này". */
const VOTERS = `Tổ đại biểu HĐND tỉnh tiếp xúc cử tri huyện Tánh Linh
Đăng ngày: 10/10/2024

Sáng 9-10, Tổ đại biểu HĐND tỉnh tiếp xúc cử tri huyện Tánh Linh trước kỳ họp cuối năm.

Cử tri Lê Văn Tư (xã Gia An) phản ánh tình trạng một xưởng chế biến mủ cao su xả thải gây ô nhiễm nguồn nước. Đồng chí Trần Minh Đức, Phó Chủ tịch UBND huyện cho biết UBND huyện đã kiểm tra, lập biên bản và xử phạt vi phạm hành chính xưởng này 42 triệu đồng, buộc khắc phục hậu quả trong 30 ngày.

Trong kỳ này, huyện đã giải quyết 18 đơn thư của công dân.
`;

describe('a sentence naming its subject by a demonstrative (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-5-voters', { 'voters.txt': VOTERS });

  it('is quoted with the sentence before, which says what "xưởng này" is', async () => {
    const a = await engine().ask(
      'Xưởng chế biến mủ cao su gây ô nhiễm ở xã Gia An bị xử phạt bao nhiêu tiền?',
    );
    expect(a.answer).toContain('42 triệu đồng — “Cử tri Lê Văn Tư (xã Gia An) phản ánh');
    const claim = await engine().ask(
      'Có đúng là xưởng chế biến mủ cao su gây ô nhiễm ở xã Gia An bị xử phạt 24 triệu đồng không?',
    );
    expect(claim.answer.startsWith('Không.'), claim.answer).toBe(true);
    expect(claim.answer).toContain('42 triệu đồng');
  });
});

/** A Standing Board introducing an official for a ward's election, in one clause with their current title. */
const PERSONNEL = `Ban Thường vụ Thành ủy Sơn Tây cho ý kiến về công tác cán bộ
Đăng ngày: 15/04/2024

Chiều 14/4/2024, Ban Thường vụ Thành ủy Sơn Tây họp cho ý kiến về công tác cán bộ. Đồng chí Phùng Văn Bình, Bí thư Thành ủy chủ trì hội nghị.

Ban Thường vụ Thành ủy đã thảo luận, bỏ phiếu thống nhất giới thiệu đồng chí Kiều Thị Lan Anh, Phó Trưởng Ban Dân vận Thành ủy để Ban Chấp hành Đảng bộ phường Trung Hưng bầu giữ chức Bí thư Đảng ủy phường nhiệm kỳ 2020 - 2025; đồng ý điều động, bổ nhiệm đồng chí Đỗ Mạnh Cường, Chánh Văn phòng Thành ủy giữ chức Trưởng phòng Nội vụ thành phố.
`;

describe('the post a personnel act gives (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-5-personnel', { 'personnel.txt': PERSONNEL });

  it('is the post after the act, not the title the person holds now', async () => {
    const a = await engine().ask('Đồng chí Kiều Thị Lan Anh được giới thiệu để bầu giữ chức gì?');
    expect(a.answer).toContain('Kiều Thị Lan Anh: Bí thư Đảng ủy phường');
    expect(a.answer).not.toContain('Kiều Thị Lan Anh: Phó Trưởng Ban');
    const b = await engine().ask('Đồng chí Đỗ Mạnh Cường được bổ nhiệm giữ chức gì?');
    expect(b.answer).toContain('Đỗ Mạnh Cường: Trưởng phòng Nội vụ thành phố');
  });
});

/** A provincial People's Committee meeting that tasks a department with a deadline. */
const TASKS = `UBND tỉnh Bắc Kạn họp đánh giá tiến độ giải ngân vốn đầu tư công
Đăng ngày: 06/08/2024

Sáng 05-8-2024, đồng chí Đinh Quang Tuyên, Phó Chủ tịch Thường trực UBND tỉnh chủ trì cuộc họp đánh giá tiến độ giải ngân vốn đầu tư công 7 tháng năm 2024.

Kết luận cuộc họp, đồng chí Đinh Quang Tuyên yêu cầu:
- Sở Tài chính rà soát, tham mưu điều chuyển vốn từ các dự án chậm giải ngân sang các dự án có khả năng giải ngân tốt, trình UBND tỉnh trước ngày 20/8/2024.
- Các chủ đầu tư hoàn thành thủ tục thanh toán khối lượng trước ngày 31/8/2024.
`;

describe('an agency tasked, not the body that met (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-5-tasks', { 'tasks.txt': TASKS });

  it('"Sở X phải trình … trước ngày nào" is the deadline set for the Sở at the committee’s meeting, formal and chat', async () => {
    for (const q of [
      'Sở Tài chính tỉnh Bắc Kạn phải trình UBND tỉnh phương án điều chuyển vốn đầu tư công trước ngày nào?',
      'so tai chinh bac kan trinh dieu chuyen von truoc ngay may a',
    ]) {
      const a = await engine().ask(q);
      expect(a.answer, q).toContain('20/8/2024');
      expect(a.answer, q).not.toContain('31/8/2024');
    }
  });

  it('the Sở’s own meeting asked is still the Sở’s', async () => {
    const a = await engine().ask('Hội nghị của Sở Tài chính tỉnh Bắc Kạn do ai chủ trì?');
    expect(a.answered, a.answer).toBe(false);
  });
});

describe('an honorific used as a pronoun', () => {
  it('"đồng chí giữ chức vụ gì" names nobody; the name before it stays the one asked', () => {
    const q = parseQuestion(
      'Theo bài viết gần đây nhất có nhắc đến đồng chí Lò Minh Sơn, đồng chí giữ chức vụ gì?',
    );
    expect(q.entities).toEqual(['Lò Minh Sơn']);
    expect(parseQuestion('đồng chí đảm nhiệm chức vụ gì tại hội nghị?').entities).toEqual([]);
  });
});
