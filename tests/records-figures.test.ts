import { describe, expect, it } from 'vitest';
import type { Article } from '../src/ingest/types.ts';
import { extractRecords } from '../src/records/extract.ts';
import { NUMBER_SOURCE, parseVietNumber } from '../src/records/numbers.ts';
import type { FigureRecord } from '../src/records/types.ts';
import { allArticles, dev, HAS_DEV_CORPUS, seed } from './helpers/articles.ts';

if (!HAS_DEV_CORPUS)
  console.warn('records-figures: ../shared/eval/corpus is absent; the dev-corpus tests are skipped');

const figures = (a: Article) => extractRecords(a).figures;
/** The figure written exactly `text` in the article (the first one). */
function figure(a: Article, text: string): FigureRecord {
  const f = figures(a).find((x) => x.text === text);
  if (!f)
    throw new Error(
      `${a.docId}: no figure "${text}" among ${figures(a)
        .map((x) => x.text)
        .join(' | ')}`,
    );
  return f;
}
const pick = (f: FigureRecord) => ({ value: f.value, unit: f.unit, kind: f.kind, period: f.period });

describe('figures in the seeds', () => {
  it('reads the Party membership of seed 003 as a total in đảng viên', () => {
    const a = seed('003');
    expect(pick(figure(a, '3.281 đảng viên'))).toEqual({
      value: 3281,
      unit: 'đảng viên',
      kind: 'total',
      period: '2015-2020',
    });
    expect(pick(figure(a, '1.035 đảng viên'))).toMatchObject({ value: 1035, kind: 'new' });
    expect(figure(a, '98,8%')).toMatchObject({ value: 98.8, unit: '%', kind: 'rate' });
    expect(figure(a, '76 TCCSĐ')).toMatchObject({ value: 76, unit: 'tổ chức cơ sở đảng' });
  });

  it('reads "hơn/trên 1.300 học viên" with its qualifier', () => {
    expect(figure(seed('001'), '1.300 học viên')).toMatchObject({
      value: 1300,
      unit: 'học viên',
      qualifier: 'over',
    });
  });

  it('takes no date, code, ordinal, duration or numbered body for a figure', () => {
    for (const prefix of ['000', '002', '004']) {
      const texts = figures(seed(prefix)).map((f) => f.text);
      expect(texts, prefix).toEqual([]);
    }
  });
});

describe.runIf(HAS_DEV_CORPUS)('figures in the dev corpus', () => {
  it('tells new members, the target and the total apart (200)', () => {
    const a = dev('200');
    expect(pick(figure(a, '96 đảng viên'))).toEqual({
      value: 96,
      unit: 'đảng viên',
      kind: 'new',
      period: '2022-9M',
    });
    expect(figure(a, '96 đảng viên').subject).toBe('toàn Đảng bộ kết nạp đảng viên mới');
    expect(pick(figure(a, '120 đảng viên'))).toEqual({
      value: 120,
      unit: 'đảng viên',
      kind: 'target',
      period: '2022',
    });
    expect(pick(figure(a, '3.742 đồng chí'))).toEqual({
      value: 3742,
      unit: 'đảng viên',
      kind: 'total',
      period: '2022-9M',
    });
    expect(figure(a, '80%')).toMatchObject({
      kind: 'rate',
      subject: 'toàn Đảng bộ kết nạp đảng viên mới so với kế hoạch năm',
    });
  });

  it('applies the scale word: "71,6 tỷ đồng" is 71 600 000 000 đồng of budget revenue (201)', () => {
    const f = figure(dev('201'), '71,6 tỷ đồng');
    expect(f).toMatchObject({
      value: 71_600_000_000,
      unit: 'đồng',
      scale: 1e9,
      kind: 'result',
      period: '2022-9M',
    });
    expect(f.subject).toBe('tổng thu ngân sách nhà nước trên địa bàn');
  });

  it('reads "3,5 triệu lượt khách" as a target for 2025 (221)', () => {
    expect(pick(figure(dev('221'), '3,5 triệu lượt'))).toEqual({
      value: 3_500_000,
      unit: 'lượt',
      kind: 'target',
      period: '2025',
    });
  });

  it('tells a rate from a change against the same period (207, 221)', () => {
    expect(figure(dev('207'), '41,3%')).toMatchObject({ value: 41.3, kind: 'rate' });
    expect(figure(dev('207'), '12,6%')).toMatchObject({ value: 12.6, kind: 'change' });
    expect(figure(dev('221'), '38,4%')).toMatchObject({
      kind: 'change',
      subject: 'tổng lượng khách du lịch đến Sa Pa',
    });
    // The head of a comma list stays in the subject.
    expect(figure(dev('208'), '4,1%')).toMatchObject({
      kind: 'change',
      subject: 'giá trị sản xuất nông, lâm nghiệp, thủy sản',
    });
  });

  it('reads the poverty rate with its subject and the target set in the conclusions (228)', () => {
    const a = dev('228');
    expect(figure(a, '2,87%')).toMatchObject({
      value: 2.87,
      kind: 'rate',
      subject: 'tỷ lệ hộ nghèo toàn huyện',
    });
    expect(figure(a, '1.126 hộ')).toMatchObject({ value: 1126, unit: 'hộ', kind: 'result' });
    expect(figure(a, '2,5%')).toMatchObject({
      kind: 'target',
      qualifier: 'under',
      subject: 'giảm tỷ lệ hộ nghèo',
    });
  });

  it('reads an approximate count ("khoảng 410.000 lượt khách") and a yield unit (224, 202)', () => {
    expect(figure(dev('224'), '410.000 lượt')).toMatchObject({ value: 410_000, qualifier: 'about' });
    expect(figure(dev('202'), '5,9 tấn/ha')).toMatchObject({
      value: 5.9,
      unit: 'tấn/ha',
      qualifier: 'about',
    });
  });

  it('reads a part of a whole ("15/16 chỉ tiêu", "389/402 đơn thư") but no date (211, 225)', () => {
    expect(figure(dev('211'), '15/16')).toMatchObject({
      value: 15,
      outOf: 16,
      kind: 'result',
      subject: 'chỉ tiêu chủ yếu',
    });
    expect(figure(dev('225'), '389/402')).toMatchObject({ value: 389, outOf: 402 });
    for (const f of figures(dev('218')))
      expect(f.text, 'a date (19/5/1890) is no figure').not.toMatch(/\d\/\d/u);
  });

  it('takes the corrected membership of the republished article (212 vs 211)', () => {
    expect(figure(dev('211'), '2.145 đảng viên').kind).toBe('total');
    expect(figure(dev('212'), '2.415 đảng viên').kind).toBe('total');
    expect(figure(dev('212'), '121 đảng viên').kind).toBe('new');
  });

  it('never reads a numbered body ("Ban Chỉ đạo 35") as a figure (205, 215)', () => {
    for (const prefix of ['205', '215']) expect(figures(dev(prefix)).some((f) => f.value === 35)).toBe(false);
  });
});

describe('figures in written examples', () => {
  const facts = { meetingDates: ['2024-03-05'], periods: ['2024-Q1'], chairs: [], organisation: null };
  const read = (body: string) => extractRecords({ title: 't', body, published: '2024-03-06', facts }).figures;

  it('gives an amount of money the source and purpose written after it', () => {
    const [, , amount] = read(
      'Kỳ họp thông qua 14 nghị quyết, trong đó có: Nghị quyết về dự toán thu ngân sách năm 2025 là 236,5 tỷ đồng; Nghị quyết sử dụng 2.760 triệu đồng từ nguồn dự phòng ngân sách huyện để sửa chữa 12 công trình thủy lợi nhỏ.',
    );
    expect(amount).toMatchObject({
      value: 2_760_000_000,
      subject: 'nghị quyết sử dụng từ nguồn dự phòng ngân sách huyện để sửa chữa',
    });
    // A count is no amount of money: nothing after it joins its subject this way.
    expect(read('Huyện đã sửa chữa 12 công trình để phục vụ sản xuất.')[0]?.subject).not.toContain('phục vụ');
  });

  it('reads nghìn tỷ, ranges and "gần"', () => {
    const [total, range, near] = read(
      'Tổng vốn đầu tư đạt 1.250 tỷ đồng; năng suất từ 15 - 20 tấn/ha; có gần 200 hộ tham gia.',
    );
    expect(total).toMatchObject({
      value: 1_250_000_000_000,
      text: '1.250 tỷ đồng',
      unit: 'đồng',
      scale: 1e9,
    });
    expect(range).toMatchObject({ value: 15, valueMax: 20, unit: 'tấn/ha' });
    expect(near).toMatchObject({ value: 200, unit: 'hộ', qualifier: 'under' });
    expect(read('Kim ngạch đạt 1,2 nghìn tỷ đồng.')[0]).toMatchObject({ value: 1.2e12, scale: 1e12 });
  });

  it('reads admitted "quần chúng ưu tú" as new members, and "quý vừa qua" as no part of the subject', () => {
    const [admitted] = read('Trong quý vừa qua toàn Đảng bộ đã kết nạp 49 quần chúng ưu tú vào Đảng.');
    expect(admitted).toMatchObject({
      value: 49,
      unit: 'đảng viên',
      kind: 'new',
      subject: 'toàn Đảng bộ đã kết nạp đảng viên',
    });
    // Trained, not admitted: they stay "quần chúng ưu tú".
    const trained = read('Mở 18 lớp bồi dưỡng nhận thức về Đảng cho 1.093 quần chúng ưu tú.');
    expect(trained.map((f) => [f.text, f.unit])).toEqual([
      ['18', null],
      ['1.093 quần chúng ưu tú', 'quần chúng ưu tú'],
    ]);
  });

  it('gives a period only when the text or the article dates it (no clock year)', () => {
    const undated = { meetingDates: [], periods: [], chairs: [], organisation: null };
    const body =
      '6 tháng đầu năm, toàn huyện kết nạp 50 đảng viên. 6 tháng đầu năm 2023, toàn huyện kết nạp 60 đảng viên.';
    const [a, b] = extractRecords({ title: 't', body, published: null, facts: undated }).figures;
    expect(a).toMatchObject({ value: 50, kind: 'new', period: null });
    expect(b).toMatchObject({ value: 60, kind: 'new', period: '2023-H1' });
    expect(read(body)[0]?.period).toBe('2024-H1');
  });

  it('tells a part of a whole from a day and month', () => {
    expect(read('Toàn huyện có 7/14 xã đạt chuẩn nông thôn mới.')[0]).toMatchObject({
      value: 7,
      outOf: 14,
      kind: 'result',
    });
    expect(read('Tổ chức kỷ niệm Quốc khánh 2/9 trang trọng; ngày 10/10 tổng kết.')).toEqual([]);
  });

  it('reads a change against the same period and the total of a Party organisation', () => {
    const [change] = read('Giá trị sản xuất tăng 4,1% so với cùng kỳ.');
    expect(change).toMatchObject({ kind: 'change', subject: 'giá trị sản xuất' });
    const [org, members] = read('Đảng bộ huyện hiện có 45 tổ chức cơ sở đảng với 3.516 đảng viên.');
    expect(org).toMatchObject({ kind: 'total', unit: 'tổ chức cơ sở đảng' });
    expect(members).toMatchObject({ kind: 'total', unit: 'đảng viên', value: 3516 });
  });
});

describe('figure offsets and values (property over every article)', () => {
  const NUMBER_AT_START = new RegExp(`^(?:${NUMBER_SOURCE})`, 'u');
  it('quotes exactly, sits in its sentence and parses back to its value', () => {
    let count = 0;
    for (const a of allArticles()) {
      for (const f of figures(a)) {
        count++;
        expect(a.body.slice(f.at.start, f.at.end), a.docId).toBe(f.text);
        expect(f.span.start <= f.at.start && f.at.end <= f.span.end, `${a.docId} ${f.text}`).toBe(true);
        const written = NUMBER_AT_START.exec(f.text)?.[0];
        expect(written, f.text).toBeDefined();
        expect(parseVietNumber(written!)! * f.scale).toBeCloseTo(f.value, 6);
        expect(f.subject.length, `${a.docId} ${f.text}`).toBeGreaterThan(0);
      }
    }
    expect(count).toBeGreaterThan(HAS_DEV_CORPUS ? 300 : 50);
  });
});
