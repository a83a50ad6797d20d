import { describe, expect, it } from 'vitest';
import type { Article } from '../src/ingest/types.ts';
import { extractRecords, RECORDS_VERSION } from '../src/records/extract.ts';
import type { SectionKind } from '../src/records/types.ts';
import { allArticles, dev, HAS_DEV_CORPUS, seed } from './helpers/articles.ts';

if (!HAS_DEV_CORPUS)
  console.warn('records-meeting: ../shared/eval/corpus is absent; the dev-corpus tests are skipped');

const meeting = (a: Article) => extractRecords(a).meeting;
/** Quotes of the sentences classed `kind`. */
const sections = (a: Article, kind: SectionKind) =>
  extractRecords(a)
    .sections.filter((s) => s.kind === kind)
    .map((s) => a.body.slice(s.span.start, s.span.end));

describe('meeting records', () => {
  it('exports a positive integer version for the index', () => {
    expect(Number.isInteger(RECORDS_VERSION) && RECORDS_VERSION > 0).toBe(true);
  });

  it('seed 000: the kind from the headline, the place before its colon, no deadline from the reported quarter', () => {
    expect(meeting(seed('000'))).toMatchObject({
      orgKind: 'Khối Đảng',
      orgName: null,
      placeText: 'Mường Lay',
      kindWords: 'giao ban quý',
      dates: ['2021-03-31'],
      periods: ['2021-Q1'],
      deadlines: [],
    });
  });

  it.runIf(HAS_DEV_CORPUS)('205: a numbered steering committee with its province and two deadlines', () => {
    const a = dev('205');
    const m = meeting(a);
    expect(m).toMatchObject({
      orgKind: 'Ban Chỉ đạo',
      orgName: 'Ban Chỉ đạo 35 tỉnh Gia Lai',
      placeText: 'Gia Lai',
      kindWords: 'sơ kết 6 tháng',
      session: null,
      venue: null,
      dates: ['2023-07-14'],
    });
    expect(m.deadlines.map((d) => [d.date, d.text])).toEqual([
      ['2023-08-15', 'trước ngày 15/8/2023'],
      ['2023-08-30', 'trước ngày 30/8/2023'],
    ]);
    for (const d of m.deadlines) expect(a.body.slice(d.at.start, d.at.end)).toBe(d.text);
  });

  it.runIf(HAS_DEV_CORPUS)('216: a working visit with its counterpart and venue', () => {
    const a = dev('216');
    const m = meeting(a);
    expect(m).toMatchObject({
      orgKind: 'Thường trực',
      orgName: 'Thường trực Tỉnh ủy Sóc Trăng',
      counterpart: 'Ban Thường vụ Thị ủy Vĩnh Châu',
      placeText: 'Sóc Trăng',
      kindWords: 'làm việc với',
    });
    expect(m.venue?.text).toBe('tại Hội trường Thị ủy Vĩnh Châu');
    expect(a.body.slice(m.venue!.span.start, m.venue!.span.end)).toContain(m.venue!.text);
    expect(m.deadlines.map((d) => d.date)).toEqual(['2019-09-30']);
  });

  it.runIf(HAS_DEV_CORPUS)('reads the session number in digits and in words (208, 211, 219, 221)', () => {
    expect(meeting(dev('208'))).toMatchObject({
      session: 21,
      orgKind: 'Ban Chấp hành',
      placeText: 'Sơn Dương',
    });
    expect(meeting(dev('211')).session).toBe(9);
    expect(meeting(dev('219'))).toMatchObject({ session: 3, kindWords: 'tổng kết năm' });
    expect(meeting(dev('221')).session).toBe(7);
  });

  it.runIf(HAS_DEV_CORPUS)('reads month, quarter and year deadlines (207, 217, 225)', () => {
    expect(meeting(dev('207')).deadlines.map((d) => d.date)).toEqual(['2023-09', '2023-09-30']);
    expect(meeting(dev('217')).deadlines.map((d) => d.date)).toEqual(['2025']);
    expect(meeting(dev('225')).deadlines.map((d) => d.date)).toEqual(['2024-Q1']);
  });

  it('never gives a meeting date as a deadline (every article)', () => {
    for (const a of allArticles()) {
      const m = meeting(a);
      for (const d of m.deadlines) expect(m.dates, `${a.docId} ${d.text}`).not.toContain(d.date);
    }
  });
});

describe('sections', () => {
  it.runIf(HAS_DEV_CORPUS)('201: results, the limitations after "Tuy nhiên", the directive paragraph', () => {
    const a = dev('201');
    expect(sections(a, 'limitation')).toEqual([
      'Tuy nhiên, hội nghị cũng thẳng thắn chỉ ra một số tồn tại: tiến độ thực hiện một số công trình xây dựng cơ bản còn chậm; công tác bồi thường, giải phóng mặt bằng tại một số dự án còn vướng mắc; tỷ lệ giải ngân vốn các chương trình mục tiêu quốc gia còn thấp.',
    ]);
    expect(sections(a, 'result')).toContain(
      'Tổng thu ngân sách nhà nước trên địa bàn đạt 71,6 tỷ đồng, bằng 84,3% dự toán tỉnh giao.',
    );
    const directives = sections(a, 'directive');
    expect(directives).toHaveLength(4);
    expect(directives[0]).toMatch(/^Phát biểu kết luận hội nghị, đồng chí Ma Đình Thức/u);
  });

  it.runIf(HAS_DEV_CORPUS)('a difficulty overcome is a result, not a limitation (211, 202)', () => {
    const r211 = sections(dev('211'), 'result');
    expect(r211.some((s) => s.includes('nỗ lực vượt qua khó khăn'))).toBe(true);
    expect(sections(dev('211'), 'limitation')).toEqual([]);
    expect(sections(dev('202'), 'result').some((s) => s.includes('mặc dù còn nhiều khó khăn'))).toBe(true);
  });

  it.runIf(HAS_DEV_CORPUS)('reads decisions (205, 219) and leaves the announcing sentence unclassed', () => {
    expect(sections(dev('205'), 'decision')).toEqual([
      'Dịp này, hội nghị đã thống nhất thông qua Kế hoạch hoạt động 6 tháng cuối năm 2023 của Ban Chỉ đạo 35 tỉnh.',
    ]);
    const decided = sections(dev('219'), 'decision');
    expect(decided).toHaveLength(1);
    expect(decided[0]).toMatch(
      /^Hội nghị đã thảo luận, biểu quyết thông qua Nghị quyết về nhiệm vụ năm 2021/u,
    );
    const a = dev('219');
    const first = extractRecords(a).sections[0]!;
    expect(first.span.start).toBeGreaterThan(0);
  });

  it('seed 003: the tasks of the new term run through its imperative paragraphs', () => {
    const tasks = sections(seed('003'), 'task');
    const from = tasks.findIndex((t) => t.startsWith('Để tiếp tục phát huy những kết quả đạt được'));
    expect(from).toBeGreaterThanOrEqual(0);
    // The purpose sentence, the six imperative paragraphs and the closing resolve.
    expect(tasks.slice(from)).toHaveLength(8);
    expect(tasks).toContain('Đổi mới phương pháp đánh giá, xếp loại chất lượng TCCSĐ và đảng viên hằng năm.');
    expect(
      sections(seed('003'), 'result').some((r) => r.startsWith('Kết quả: 98,8% cán bộ, đảng viên')),
    ).toBe(true);
  });

  it('a heading opens its section for the paragraphs after it', () => {
    const body =
      'Chiều 5/3/2024, Huyện ủy X tổ chức hội nghị giao ban quý I.\n\nVề hạn chế\n\nCông tác tham mưu có lúc còn chậm. Tỷ lệ giải ngân vốn đạt thấp.\n\nNhiệm vụ thời gian tới:\n\nĐẩy mạnh tuyên truyền.';
    const facts = { meetingDates: ['2024-03-05'], periods: ['2024-Q1'], chairs: [], organisation: null };
    const records = extractRecords({ title: 't', body, published: '2024-03-06', facts });
    expect(records.sections.map((s) => [s.kind, body.slice(s.span.start, s.span.end)])).toEqual([
      ['limitation', 'Công tác tham mưu có lúc còn chậm.'],
      ['limitation', 'Tỷ lệ giải ngân vốn đạt thấp.'],
      ['task', 'Đẩy mạnh tuyên truyền.'],
    ]);
  });
});

describe('extractRecords on degenerate input', () => {
  it('returns empty records for an empty body and no facts', () => {
    const facts = { meetingDates: [], periods: [], chairs: [], organisation: null };
    expect(extractRecords({ title: '', body: '', published: null, facts })).toEqual({
      roles: [],
      figures: [],
      sections: [],
      meeting: {
        orgKind: null,
        orgName: null,
        counterpart: null,
        placeText: null,
        kindWords: null,
        session: null,
        venue: null,
        dates: [],
        periods: [],
        deadlines: [],
      },
    });
  });
});
