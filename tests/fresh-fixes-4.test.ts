/**
 * The mechanisms fresh sets G–L (tests/fixtures/fresh; twenty-third session) showed missing, each on
 * text written for this test (made-up people and figures, places of no evaluation question).
 */
import { describe, expect, it } from 'vitest';
import { asksMember, namesMember, sentenceVerdict } from '../src/answer/alternatives.ts';
import { askedUnitCommittee, asksProvinceBody } from '../src/answer/bodies.ts';
import { givesTitle } from '../src/answer/titles.ts';
import { surnameNames } from '../src/query/bare-person.ts';
import { expandShorthand } from '../src/query/chat.ts';
import { englishTitle } from '../src/query/english-titles.ts';
import { findGlossaryTerms } from '../src/query/glossary.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { untranslatedWords } from '../src/query/untranslated.ts';
import { extractRecords } from '../src/records/extract.ts';
import { useWrittenEngine } from './helpers/written-engine.ts';

/** A briefing whose nine-month count fell while its quarter's count rose. */
const BRIEFING = `Ủy ban Kiểm tra Thành ủy Hải Phòng giao ban công tác kiểm tra, giám sát quý III/2024
Đăng ngày: 08/10/2024

Sáng 7-10-2024, Ủy ban Kiểm tra Thành ủy Hải Phòng tổ chức giao ban công tác kiểm tra, giám sát quý III năm 2024. Đồng chí Phạm Văn Lộc, Chủ nhiệm Ủy ban Kiểm tra Thành ủy chủ trì hội nghị.

Trong quý III, cấp ủy và ủy ban kiểm tra các cấp đã thi hành kỷ luật 11 đảng viên (khiển trách 7, cảnh cáo 4), trong khi quý II năm 2024 là 8 đảng viên.

Tính chung 9 tháng năm 2024, toàn Đảng bộ thành phố thi hành kỷ luật 27 đảng viên, giảm 6 trường hợp so với 9 tháng năm 2023 (33 đảng viên).
`;

describe('a claimed direction of change (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-4-change', { 'briefing.txt': BRIEFING });

  it('"tăng so với cùng kỳ" is answered "Không" ("giảm …" "Đúng") from the sentence that writes "giảm", in Vietnamese and English', async () => {
    for (const [q, lead] of [
      [
        'Có đúng là số đảng viên bị thi hành kỷ luật ở Hải Phòng 9 tháng năm 2024 tăng so với cùng kỳ năm 2023 không?',
        'Không.',
      ],
      [
        'Is it true that the number of Party members disciplined in Hai Phong in the first nine months of 2024 rose compared with the same period of 2023?',
        'No.',
      ],
      [
        'Có đúng là số đảng viên bị thi hành kỷ luật ở Hải Phòng 9 tháng năm 2024 giảm so với cùng kỳ năm 2023 không?',
        'Đúng.',
      ],
      [
        'Is it true that the number of Party members disciplined in Hai Phong in the first nine months of 2024 fell compared with the same period of 2023?',
        'Yes.',
      ],
    ] as const) {
      const a = await engine().ask(q);
      expect(a.answer.startsWith(lead), `${q}\n${a.answer}`).toBe(true);
      expect(a.answer, q).toContain('giảm 6 trường hợp');
    }
  });
});

describe('the verdict a sentence gives a closed-set claim', () => {
  it('another member only is "no", the claimed one only "yes", none or both nothing', () => {
    const q = 'Số vụ tai nạn tăng so với cùng kỳ đúng không?';
    expect(sentenceVerdict(q, 'Xảy ra 12 vụ, giảm 3 vụ so với cùng kỳ.')).toBe('no');
    expect(sentenceVerdict(q, 'Xảy ra 12 vụ, tăng 3 vụ so với cùng kỳ.')).toBe('yes');
    expect(sentenceVerdict(q, 'Xảy ra 12 vụ tai nạn giao thông.')).toBeNull();
    expect(sentenceVerdict(q, 'Số vụ tăng 3 vụ, số người chết giảm 2 người.')).toBeNull();
    // "tăng cường" is another word, not the direction.
    expect(sentenceVerdict(q, 'Tăng cường tuần tra; số vụ giảm 3 vụ.')).toBe('no');
    expect(sentenceVerdict('Hội nghị có bao nhiêu đại biểu?', 'Giảm 3 vụ.')).toBeNull();
  });

  it('English words of a change are rendered as the directions reports write', () => {
    const vi = (text: string) => findGlossaryTerms(text).flatMap((g) => g.vi);
    expect(vi('how much did it fall')).toContain('giảm');
    expect(vi('did the number rise')).toContain('tăng');
    expect(vi('economic growth')).not.toContain('tăng');
    expect(vi('compared with the same period of 2023')).toContain('cùng kỳ');
  });

  it('"Is it true that …" is the claim\'s frame, no content left untranslated', () => {
    const q = parseQuestion(
      'Is it true that the number of Party members disciplined in Hai Phong in 2024 fell compared with the same period of 2023?',
    );
    expect(untranslatedWords(q)).toEqual([]);
  });
});

/** A personnel meeting: the outgoing secretary's old post is written beside their name. */
const PERSONNEL = `Ban Thường vụ Thành ủy Hội An họp xem xét công tác cán bộ
Đăng ngày: 15/03/2024

Chiều 14-3-2024, Ban Thường vụ Thành ủy Hội An họp xem xét công tác cán bộ. Đồng chí Nguyễn Văn Lành, Bí thư Thành ủy chủ trì hội nghị.

Ban Thường vụ Thành ủy thống nhất điều động đồng chí Trương Công Định, Thành ủy viên, Bí thư Đảng ủy phường Minh An, đến nhận công tác tại Văn phòng Thành ủy.

Hội nghị điều động, chỉ định đồng chí Lê Thị Hồng Vân, Phó Trưởng Ban Tổ chức Thành ủy tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Đảng ủy phường Minh An nhiệm kỳ 2020 - 2025.

Cùng ngày, Ủy ban MTTQ Việt Nam thành phố tổ chức hội nghị hiệp thương; ông Phan Văn Sang, Phó Trưởng Ban Dân vận Thành ủy được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
`;

/** A commune council's session electing a deputy chair whose name joins syllables with an apostrophe. */
const COMMUNE_SESSION = `HĐND xã Cẩm Thanh tổ chức kỳ họp thứ tư
Đăng ngày: 20/03/2024

Sáng 19/3/2024, HĐND xã Cẩm Thanh khóa XII tổ chức kỳ họp thứ tư (chuyên đề). Ông Võ Văn Tùng, Chủ tịch HĐND xã chủ trì kỳ họp.

Kỳ họp đã miễn nhiệm chức danh Phó Chủ tịch UBND xã đối với ông Huỳnh Văn Bảy do nghỉ hưu.

Với 25/26 đại biểu có mặt tán thành, bà Y H'Nhung, Trưởng ban Văn hóa xã được bầu giữ chức Phó Chủ tịch UBND xã Cẩm Thanh nhiệm kỳ 2021 - 2026.
`;

describe('who a personnel act gave the post (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-4-acts', {
    'personnel.txt': PERSONNEL,
    'session.txt': COMMUNE_SESSION,
  });

  it("the post the act gives, not the post beside the outgoing holder's name, in each phrasing", async () => {
    for (const q of [
      'Ai được điều động, chỉ định giữ chức Bí thư Đảng ủy phường Minh An?',
      'Who was appointed Party Secretary of Minh An ward by the Hoi An City Party Standing Committee?',
    ]) {
      const a = await engine().ask(q);
      expect(a.answer, q).toContain('Lê Thị Hồng Vân —');
      expect(a.answer, q).not.toContain('Trương Công Định —');
    }
  });

  it('elected, chosen by consultation, or "bầu ai làm …": the person the act names', async () => {
    for (const [q, person] of [
      ['Ai được bầu giữ chức Phó Chủ tịch UBND xã Cẩm Thanh?', "Y H'Nhung —"],
      ['hdnd xa cam thanh bau ai lam pct ubnd xa', "Y H'Nhung —"],
      [
        'Ai được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hội An?',
        'Phan Văn Sang —',
      ],
      ['Who was approved for appointment as Party Secretary of Minh An ward?', 'Lê Thị Hồng Vân —'],
    ] as const) {
      const a = await engine().ask(q);
      expect(a.answer, q).toContain(person);
    }
  });
});

describe('the post a personnel act gives', () => {
  it('a title after "giữ chức" / "làm" is given; one beside the name is the person\'s old post', () => {
    const title = 'bi thu dang uy phuong';
    expect(givesTitle('điều động đồng chí A, Bí thư Đảng ủy phường Minh An, đến nhận công tác', title)).toBe(
      false,
    );
    expect(
      givesTitle(
        'chỉ định đồng chí B tham gia Ban Thường vụ và giữ chức Bí thư Đảng ủy phường Minh An',
        title,
      ),
    ).toBe(true);
    expect(givesTitle('bầu ông C làm Bí thư Đảng ủy phường', title)).toBe(true);
    // A deputy's post is another title, whatever precedes it.
    expect(givesTitle('bầu ông C giữ chức Phó Bí thư Đảng ủy phường', title)).toBe(false);
  });

  it("an English post of a ward or commune is that level's, not the city committee named after it", () => {
    expect(
      englishTitle(
        'Who was appointed Party Secretary of Minh An ward by the Hoi An City Party Standing Committee?',
      ),
    ).toBe('bi thu dang uy phuong');
    expect(englishTitle("Who was elected Vice Chair of the Cam Thanh commune People's Committee?")).toBe(
      'pho chu tich ubnd xa',
    );
    expect(englishTitle('Who is the Party secretary of Cho Don district?')).toBe('bi thu huyen uy');
  });
});

describe('names, cut-off dates and remarks the parser now reads', () => {
  it('a lower-case surname with "văn"/"thị" and one more syllable is a name; "đô thị", "văn phòng" are not', () => {
    expect(surnameNames('pct ubnd tinh nguyen van quy chi dao gi o hoi nghi')).toEqual(['nguyen van quy']);
    expect(surnameNames('tran thi kim oanh phat bieu gi')).toEqual(['tran thi kim']);
    expect(surnameNames('hoi nghi do van phong tinh uy to chuc')).toEqual([]);
    expect(surnameNames('phat trien do thi va thi xa')).toEqual([]);
    expect(surnameNames('Nguyễn Văn Quý chỉ đạo gì')).toEqual([]);
  });

  it('a person typed so who never appears is not answered for by the meeting he is asked about', () => {
    const q = parseQuestion('pct ubnd tinh nguyen van quy chi dao gi o giao ban dan van 6t 2024');
    expect(q.entities).toContain('nguyen van quy');
  });

  it('"đến ngày 31/7/2025" asks a figure of 2025 (a quarter\'s last day its running total)', () => {
    expect(parseQuestion('Đến ngày 31/7/2025, tỉnh X giải ngân đạt bao nhiêu phần trăm?').time.years).toEqual(
      [2025],
    );
    expect(
      parseQuestion('Đến ngày 30/6/2024, tỉnh X giải ngân đạt bao nhiêu phần trăm?').time.periods,
    ).toEqual(['2024-H1']);
  });

  it("a bracketed remark does not end the clause a figure measures; a group list's item measures the group's act", () => {
    const body =
      'Toàn tỉnh có 9 chủ đầu tư giải ngân dưới 30%, trong đó: UBND xã Phước Hải (tiếp nhận dự án của huyện cũ) đạt 26,4%; Sở Y tế đạt 12,3%.';
    const r = extractRecords({
      title: 'UBND tỉnh họp về giải ngân',
      body,
      published: '2025-08-12',
      facts: { meetingDates: [], periods: [], chairs: [], organisation: null, portal: null },
    });
    // An item of the group "trong đó:" opens measures what the group did, and names its own place.
    expect(r.figures.find((f) => f.text === '26,4%')?.subject).toBe(
      'tỉnh có chủ đầu tư giải ngân dưới UBND xã Phước Hải',
    );
    expect(r.figures.find((f) => f.text === '12,3%')?.subject).toBe(
      'tỉnh có chủ đầu tư giải ngân dưới Sở Y tế',
    );
  });
});

/** A mass mobilisation briefing counting "Dân vận khéo" models, in a place of no evaluation question. */
const MODELS = `Khối Dân vận tỉnh Đồng Nai sơ kết công tác 6 tháng đầu năm 2024
Đăng ngày: 12/07/2024

Sáng 11/7/2024, Khối Dân vận tỉnh Đồng Nai tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024. Bà Trần Thị Thu Hà, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.

Phong trào thi đua "Dân vận khéo" được đẩy mạnh, toàn tỉnh hiện có 865 mô hình "Dân vận khéo" được công nhận. Nông dân trồng mới 410 ha cây ăn trái.
`;

describe('an English question quoting a movement the glossary renders (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-4-models', { 'models.txt': MODELS });

  it('"skilled mass mobilization" in quotes is the movement, neither a Vietnamese quote nor the Ban Dân vận', async () => {
    const a = await engine().ask(
      'How many "skilled mass mobilization" models had been recognised across Dong Nai by mid-2024?',
    );
    expect(a.answer).toContain('865 —');
  });

  it('"fruit trees" is also the southern "cây ăn trái"', async () => {
    const a = await engine().ask(
      'How many hectares of new fruit trees were planted in Dong Nai in the first half of 2024?',
    );
    expect(a.answer).toContain('410 ha —');
  });
});

describe('departments typed short, and bodies named in the plural', () => {
  it('"bdv" is the Ban Dân vận; "hu" after "các" the district committees', () => {
    const spelt = expandShorthand('bdv cac hu gui bc truoc ngay nao', 'vi');
    expect(spelt).toBe('ban dan van cac huyen uy gui bao cao truoc ngay nao');
  });

  it('"Ban Dân vận các huyện ủy" names no district committee as the body asked', () => {
    expect(askedUnitCommittee('Ban Dân vận các huyện ủy phải gửi báo cáo trước ngày nào?')).toBeNull();
    expect(askedUnitCommittee('Huyện ủy tổ chức giao ban ngày nào?')).toBe('Huyện ủy');
  });
});

describe('a province body named beside a commune', () => {
  it('"Đại diện Tỉnh ủy … dự Hội nghị … Đảng bộ xã …" asks about the commune\'s meeting, not a province body\'s', () => {
    expect(
      asksProvinceBody('Đại diện Tỉnh ủy Bình Dương dự Hội nghị Ban Chấp hành Đảng bộ xã Tân Uyên là ai?'),
    ).toBeNull();
    expect(
      asksProvinceBody(
        'Who represented the provincial Party Committee at the Tan Uyen commune Party conference?',
      ),
    ).toBeNull();
    expect(asksProvinceBody('Tỉnh ủy Bình Dương họp ngày nào?')).toBe('body');
    // The communes asked about are no body beside the province's.
    expect(asksProvinceBody('Những xã nào của tỉnh Bình Dương được Tỉnh ủy giao nhiệm vụ?')).toBe('body');
  });
});

describe('cases counted, in chat and in English', () => {
  it('"bn th" counts cases; "th" elsewhere is left alone', () => {
    expect(expandShorthand('xa x de xay ra bn th xay dung trai phep', 'vi')).toContain(
      'bao nhieu truong hop',
    );
    expect(expandShorthand('th nghi quyet 01', 'vi')).toContain('th nghi quyet');
  });

  it('cases of illegal construction on farmland are rendered as reports write them', () => {
    const vi = findGlossaryTerms('how many cases of illegal construction on farmland').flatMap((g) => g.vi);
    expect(vi).toEqual(expect.arrayContaining(['trường hợp', 'trái phép', 'đất nông nghiệp']));
    expect(
      untranslatedWords(
        parseQuestion('How many cases of illegal construction on farmland did the inspection find?'),
      ),
    ).toEqual([]);
  });
});

/** A standing committee's meeting whose lead names discipline before the sentence stating its form. */
const DISCIPLINE = `Ban Thường vụ Thành ủy Thủ Dầu Một xem xét thi hành kỷ luật tổ chức đảng
Đăng ngày: 20/11/2024

Ngày 19/11/2024, Ban Thường vụ Thành ủy Thủ Dầu Một tổ chức cuộc họp thường kỳ để xem xét, cho ý kiến về công tác cán bộ, công tác kiểm tra, kỷ luật đảng.

Căn cứ quy định của Đảng, Ban Thường vụ Thành ủy quyết định thi hành kỷ luật bằng hình thức cảnh cáo đối với Ban Thường vụ Đảng ủy phường Phú Cường nhiệm kỳ 2020 - 2025.
`;

describe('the form of discipline asked (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-4-discipline', { 'discipline.txt': DISCIPLINE });

  it('"hình thức gì" / "what form of discipline" is answered by the sentence naming a form', async () => {
    for (const q of [
      'btv thanh uy thu dau mot ky luat to chuc dang nao, hinh thuc gi vay',
      'Which Party organisation did the Thu Dau Mot City Party Standing Committee discipline, and what form of discipline was applied?',
    ]) {
      const a = await engine().ask(q);
      expect(a.answer, q).toContain('hình thức cảnh cáo đối với Ban Thường vụ Đảng ủy phường Phú Cường');
    }
  });

  it('reads the ask and the members', () => {
    expect(asksMember('kỷ luật bằng hình thức gì')).toBe(true);
    expect(asksMember('What form of discipline was imposed?')).toBe(true);
    expect(asksMember('Hội nghị bàn những nội dung gì?')).toBe(false);
    expect(namesMember('thi hành kỷ luật bằng hình thức khiển trách')).toBe(true);
    expect(namesMember('xem xét công tác kiểm tra, kỷ luật đảng')).toBe(false);
  });
});
