/**
 * The mechanisms fresh sets E and F (tests/fixtures/fresh/e, f; twenty-first session) showed
 * missing, each on text written for this test (places of no evaluation set, made-up figures): a
 * year written as the meeting's own binds the meeting whatever is asked, a claim's number is
 * checked rather than required, a month typed "t8/2024" is a month, and sector shorthand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statesPartFigure, wholeAsked } from '../src/answer/whole-asked.ts';
import { parseArticle } from '../src/ingest/parse.ts';
import { findPlaces } from '../src/place/find.ts';
import { expandShorthand } from '../src/query/chat.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { extractTime } from '../src/query/time.ts';
import { devCorpusPresent, useEvalEngine } from './helpers/eval-engine.ts';
import { useWrittenEngine } from './helpers/written-engine.ts';

describe('chat shorthand', () => {
  it('"t8", "t12/2024" and "t3/2024" are months; "t3" alone may be a weekday and stays', () => {
    expect(expandShorthand('phien hop t8/2024 ai chu tri', 'vi')).toBe('phien hop thang 8/2024 ai chu tri');
    expect(expandShorthand('hop t12 2023 may lan', 'vi')).toBe('hop thang 12 2023 may lan');
    expect(expandShorthand('hop t3/2024 ai chu tri', 'vi')).toBe('hop thang 3/2024 ai chu tri');
    expect(expandShorthand('t3 hop gi', 'vi')).toBe('t3 hop gi');
  });

  it('the mass organisations written short: ccb, hlhpn, "hoi nd"', () => {
    expect(expandShorthand('hoi ccb tra vinh hien dat o huyen nao', 'vi')).toBe(
      'hoi cuu chien binh tra vinh hien dat o huyen nao',
    );
    expect(expandShorthand('hoi nd tinh co bn hoi vien', 'vi')).toBe(
      'hoi nong dan tinh co bao nhieu hoi vien',
    );
    expect(expandShorthand('nd', 'vi')).toBe('nd');
  });

  it('sector words written short: gd, gddt, gv, hs', () => {
    expect(expandShorthand('so gd tuyen bn gv', 'vi')).toBe('so giao duc tuyen bao nhieu giao vien');
    expect(expandShorthand('so gddt co bn hs', 'vi')).toBe('so giao duc va dao tao co bao nhieu hoc sinh');
  });
});

/**
 * Set F's town council session closing 2024 (dev half), moved to another town with other people:
 * a headline naming no place, "so với năm 2023" in the report, the resolutions' sentence naming the
 * plans for 2025. The education pledge is written for this test.
 */
const SESSION = `${readFileSync('tests/fixtures/fresh/f/563_c019023fd0054747.txt', 'utf8')
  .replaceAll('Sông Cầu', 'Ninh Hòa')
  .replaceAll('Phú Yên', 'Khánh Hòa')
  .replaceAll('Trần Hữu Phước', 'Đỗ Văn Tâm')
  .replace(
    'Kỳ họp đã biểu quyết',
    'Trả lời chất vấn, Trưởng phòng Giáo dục và Đào tạo thị xã cam kết: năm 2025, ngành sẽ tuyển dụng 140 giáo viên cho các trường vùng khó khăn.\n\nKỳ họp đã biểu quyết',
  )}`;

describe('a session closing 2024 (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-2', { 'session.txt': SESSION });

  it('a year written as the meeting’s own is not met by a year compared with further on', async () => {
    for (const q of [
      'Kỳ họp thường lệ cuối năm 2023 của HĐND thị xã Ninh Hòa đã thông qua bao nhiêu nghị quyết?',
      'hdnd ninh hoa ky hop cuoi nam 2023 thong qua bn nq',
    ]) {
      const a = await engine().ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.answer, q).not.toMatch(/^11 —/mu);
    }
    const right = await engine().ask('hdnd ninh hoa ky hop cuoi nam 2024 thong qua bn nq');
    expect(right.answer).toContain('11 —');
  });

  it('a claimed number is checked, not required: another number answers "Không" with the stated one', async () => {
    for (const q of [
      'Có đúng là ngành giáo dục thị xã Ninh Hòa cam kết năm 2025 sẽ tuyển dụng 410 giáo viên không?',
      'nganh gd ninh hoa cam ket tuyen 410 gv nam 2025 dung ko',
    ]) {
      const a = await engine().ask(q);
      expect(a.answer, q).toMatch(/^Không\./u);
      expect(a.answer, q).toContain('140');
    }
    const en = await engine().ask('Is it true that Ninh Hoa town will hire 410 teachers in 2025?');
    expect(en.answer).toMatch(/^No\./u);
    expect(en.answer).toContain('140');
  });
});

/**
 * Set E's working session of a Thường trực Tỉnh ủy with the Enterprises Party Committee (dev half),
 * moved to another province: the province is named only in the portal's name above the headline.
 */
const PORTAL = readFileSync('tests/fixtures/fresh/e/553_40480fcd4664da8b.txt', 'utf8')
  .replaceAll('NINH BÌNH', 'HẬU GIANG')
  .replaceAll('Ninh Bình', 'Hậu Giang');

/** The same kind of meeting in a province its headline names, with another deadline and other posts. */
const NAMED = `Thường trực Tỉnh ủy Bạc Liêu làm việc với Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh
Đăng ngày: 22/05/2024

Sáng 21-5-2024, Thường trực Tỉnh ủy Bạc Liêu làm việc với Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh. Đồng chí Lữ Văn Hùng, Bí thư Tỉnh ủy chủ trì buổi làm việc.

Phát biểu tại buổi làm việc, đồng chí Ngô Vũ Thăng, Trưởng Ban Dân vận Tỉnh ủy đề nghị Đảng ủy Khối quan tâm công tác dân vận trong doanh nghiệp.

Thường trực Tỉnh ủy giao Đảng ủy Khối hoàn thành đề án sắp xếp các chi bộ trực thuộc trước ngày 15/10/2024. Giám đốc Sở Y tế báo cáo công tác chăm sóc sức khỏe người lao động trong các doanh nghiệp.
`;

describe('the portal’s province, and posts no one in the article holds (keyword-only engine)', () => {
  const engine = useWrittenEngine('fresh-fixes-2-portal', { 'portal.txt': PORTAL, 'named.txt': NAMED });

  it('an article naming its province only in the portal’s name is that province’s', async () => {
    for (const q of [
      'Đảng ủy Khối Doanh nghiệp tỉnh Hậu Giang phải trình đề án sắp xếp tổ chức cơ sở đảng lên Ban Thường vụ Tỉnh ủy trước ngày nào?',
      'dang uy khoi dn hau giang trinh de an sap xep to chuc co so dang truoc ngay nao',
    ]) {
      const a = await engine().ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toMatch(/30\/6\/2024/u);
      expect(a.answer, q).not.toContain('15/10/2024');
    }
  });

  it('a department’s head the article never writes is held by no one it names', async () => {
    for (const q of [
      'Trưởng Ban Dân vận Tỉnh ủy Hậu Giang đề nghị gì tại buổi làm việc với Đảng ủy Khối Doanh nghiệp?',
      'truong ban dan van tu hau giang de nghi gi o buoi lam viec vs dang uy khoi dn',
      'What did the head of the Hau Giang provincial Party Mass Mobilisation Commission propose at the working session?',
      'Giám đốc Sở Y tế Hậu Giang báo cáo gì tại buổi làm việc với Đảng ủy Khối Doanh nghiệp?',
      'What did the director of the Hau Giang Department of Health report at the working session with the Enterprises Party Committee?',
    ]) {
      const a = await engine().ask(q);
      // Not found; the closest article may be shown, never as the answer.
      expect(a.answered, q).toBe(false);
      expect(a.answer, q).not.toMatch(/Ngô Vũ Thăng|sức khỏe người lao động/u);
    }
    // The post the article writes is still answered.
    const held = await engine().ask(
      'Trưởng Ban Tổ chức Tỉnh ủy Hậu Giang đề nghị gì tại buổi làm việc với Đảng ủy Khối Doanh nghiệp?',
    );
    expect(held.answer).toContain('rà soát kỹ đội ngũ cấp ủy viên');
  });
});

describe('a day and month typed bare', () => {
  it('is a date when no counted noun follows, a part of a whole when one does', () => {
    // The day is kept too (twenty-eighth session): the meeting's day, not any day of the month.
    expect(extractTime('hn bch xa da bac 6/10 ben tu phu tho ai du').months).toEqual([
      { year: null, month: 10, day: 6 },
    ]);
    expect(extractTime('hop 6/10 ai chu tri').months).toEqual([{ year: null, month: 10, day: 6 }]);
    expect(extractTime('có 8/10 xã đạt chuẩn').months).toEqual([]);
    expect(extractTime('dat 6/10 tieu chi').months).toEqual([]);
  });
});

describe('a place’s name before the question word', () => {
  it('"Hà Nam nào" asks which leader of Hà Nam, not which year; "Which Ha Nam provincial leader" asks a person', () => {
    const vi = parseQuestion(
      'Lãnh đạo UBND tỉnh Hà Nam nào dự và phát biểu chỉ đạo hội nghị tổng kết năm 2023?',
    );
    expect(vi.asks.has('when')).toBe(false);
    expect(vi.target.target).toEqual({ kind: 'role', role: 'director' });
    expect(parseQuestion('Hội nghị diễn ra năm nào?').asks.has('when')).toBe(true);
    const en = parseQuestion('Which Ha Nam provincial leader gave directions at the year-end review?');
    expect(en.asks.has('who')).toBe(true);
    expect(parseQuestion('Which meeting did the provincial leader attend?').asks.has('who')).toBe(false);
  });
});

describe('a bare name two units spell differently', () => {
  it('is left open to both, and the index’s spelling decides', () => {
    const [m] = findPlaces('hn bch dang bo xa da bac lan 3', { chat: true });
    expect(m?.ambiguous).toBe(true);
    expect(m?.candidates.map((c) => c.name)).toEqual(expect.arrayContaining(['Đá Bạc', 'Đà Bắc']));
    // Typed with its marks, it is the one it spells.
    expect(findPlaces('Đảng bộ xã Đà Bắc', { chat: true })[0]?.ambiguous).toBe(false);
  });
});

describe('a figure asked of the whole', () => {
  it('a project’s figure is none of the province’s', () => {
    const whole = wholeAsked('giai ngan dtc toan tinh kien giang 2024 dc bn %');
    expect(whole).toEqual({ folded: 'toan tinh', written: 'toan tinh' });
    expect(wholeAsked('what share of the province-wide capital was disbursed')?.folded).toBe('province wide');
    expect(
      statesPartFigure('Đến ngày 30/11/2024, dự án mới giải ngân được 41,3% kế hoạch vốn.', 'toan tinh'),
    ).toBe(true);
    expect(
      statesPartFigure('Toàn tỉnh giải ngân 62% kế hoạch vốn, trong đó dự án A đạt 41%.', 'toan tinh'),
    ).toBe(false);
    expect(statesPartFigure('Giải ngân đạt 62% kế hoạch vốn.', 'toan tinh')).toBe(false);
  });
});

const present = devCorpusPresent(
  'fresh-fixes-2.test',
  'the checks over the dev corpus and fresh sets E and F',
);

/**
 * Over the seeds, the dev corpus and fresh sets E and F (set F's district and commune of Đà Bắc, 2024
 * and after the 2025 reorganisation, and its discipline meeting), questions written for this test.
 */
describe.skipIf(!present)('places, the latest meeting and English time spans (keyword-only engine)', () => {
  const engine = useEvalEngine({
    prefix: 'fresh-fixes-2-ef',
    extra: ['tests/fixtures/fresh/e', 'tests/fixtures/fresh/f'],
  });

  it('"xa da bac" typed bare reaches the commune the articles write', async () => {
    const a = await engine().ask('hn bch dang bo xa da bac lan 3 ai trinh bay bao cao');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Lò Thị Hồng Vân');
  });

  it('the latest meeting asked with its date, and "in the articles about X" frames no topic', async () => {
    for (const q of [
      'Cuộc họp nào ở Đà Bắc diễn ra gần đây nhất và vào ngày nào?',
      'Trong các bài viết về Đà Bắc, cuộc họp nào diễn ra gần đây nhất?',
      'da bac cuoc hop gan nhat la cuoc nao, ngay may',
    ]) {
      const a = await engine().ask(q);
      expect(a.answer, q).toMatch(/6\/10\/2025/u);
      expect(a.answer, q).not.toMatch(/16\/5\/2024/u);
    }
  });

  it('a commune a district’s meeting dealt with is answered from the sentence naming it', async () => {
    for (const q of [
      'Ban Thường vụ Huyện ủy Mỏ Cày Nam thi hành kỷ luật Ban Thường vụ Đảng ủy xã Cẩm Sơn bằng hình thức gì?',
      'btv hu mo cay nam ky luat btv dang uy xa cam son hinh thuc gi',
    ]) {
      const a = await engine().ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toMatch(/cảnh cáo đối với Ban Thường vụ Đảng ủy xã Cẩm Sơn/u);
    }
  });

  it('a province’s representative at a commune’s conference, typed as chat, is an attendee', async () => {
    // The formal "Đại diện Tỉnh ủy Phú Thọ dự Hội nghị … Đảng bộ xã Đà Bắc … là ai?" and the English one are still read as a
    // province body's meeting: letting "xã" beside "Tỉnh ủy" leave the meeting to the commune
    // answered made near-misses of another level (near-miss-made.test), so it was taken back.
    for (const q of ['hn bch xa da bac 6/10 ben tu phu tho ai du']) {
      const a = await engine().ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toContain('Hà Thị Mai Phương');
    }
  });

  it('a claim picking one of a closed set (khiển trách / cảnh cáo) is answered by the clause about its subject', async () => {
    for (const q of [
      'Có đúng là Ban Thường vụ Huyện ủy Mỏ Cày Nam thi hành kỷ luật khiển trách đối với Ban Thường vụ Đảng ủy xã Cẩm Sơn không?',
      'btv hu mo cay nam khien trach btv dang uy xa cam son dung k',
      'Is it true that the Mo Cay Nam district Party Standing Committee reprimanded the Standing Committee of the Cam Son commune Party Committee?',
    ]) {
      const a = await engine().ask(q);
      expect(a.answer, q).toMatch(/^(?:Không|No)\./u);
      expect(a.answer, q).toContain('cảnh cáo đối với Ban Thường vụ Đảng ủy xã Cẩm Sơn');
    }
    const yes = await engine().ask(
      'Có đúng là Ban Thường vụ Huyện ủy Mỏ Cày Nam cảnh cáo Ban Thường vụ Đảng ủy xã Cẩm Sơn không?',
    );
    expect(yes.answer).toMatch(/^Đúng\./u);
  });

  it('an English span of months is a time, not a word the quote must write', async () => {
    const a = await engine().ask(
      'How many Party members were disciplined across the Mo Cay Nam district Party organisation in the first seven months of 2023?',
    );
    expect(a.answer).toContain('19 đảng viên');
  });
});

describe('a newspaper’s motto under its name', () => {
  it('is masthead furniture, never the headline', () => {
    const a = parseArticle(
      'BÁO HẢI DƯƠNG ĐIỆN TỬ\nCơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Hải Dương\nTrang chủ › Chính trị\nCập nhật lúc: 15/08/2024 07:30 | Lượt đọc: 538\n\nĐoàn kiểm tra của Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Thanh Hà\n\nSáng 14-8, Đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy do đồng chí Phạm Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy Thanh Hà về công tác chuẩn bị đại hội đảng bộ các cấp.\n',
      { docId: 'm', source: 'm.txt' },
    );
    expect(a.title).toBe('Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Thanh Hà');
    expect(a.facts.portal).toBe('BÁO HẢI DƯƠNG ĐIỆN TỬ');
  });
});

describe.skipIf(!present)('over sets G and H (keyword-only engine)', () => {
  const engine = useEvalEngine({
    prefix: 'fresh-fixes-2-gh',
    extra: ['tests/fixtures/fresh/g', 'tests/fixtures/fresh/h'],
  });

  it('a ward named as the body a city committee disciplined does not hide the meeting’s date', async () => {
    const a = await engine().ask(
      'Ban Thường vụ Thành ủy Huế thi hành kỷ luật Ban Thường vụ Đảng ủy phường Hương Sơ tại cuộc họp ngày nào?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/4\/10\/2023/u);
  });

  it('English words of public services and works: online, administrative procedures, files, kilometres, upgrade', async () => {
    const online = await engine().ask(
      'What share of administrative procedure files in Vinh Phuc were handled fully online by mid-2024?',
    );
    expect(online.answer).toContain('52,4%');
    const roads = await engine().ask(
      'How many kilometres of rural roads did Ly Nhan district upgrade in 2023?',
    );
    expect(roads.answer).toContain('37 km');
  });

  it('a mass organisation that acted, in a question naming no meeting, is reported by another body’s meeting', async () => {
    const a = await engine().ask(
      "In which districts did the Tra Vinh Veterans' Association get its members to donate land for rural roads?",
    );
    expect(a.answer).toMatch(/Trà Cú/u);
    expect(a.answer).toMatch(/Cầu Ngang/u);
  });
});
