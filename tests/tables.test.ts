/**
 * Tables scraped flat (records/tables.ts): each numeric cell is a figure of its row's label, with
 * the unit, kind and period its column gives, quoting its row. Text written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tableFigures } from '../src/records/tables.ts';
import { useWrittenEngine } from './helpers/written-engine.ts';

/** A district review with a results table (one row per line) and an investors' table. */
const REVIEW = `UBND huyện Định Quán tổng kết công tác năm 2023
Đăng ngày: 28/12/2023

Chiều 27/12/2023, UBND huyện Định Quán tổ chức hội nghị tổng kết công tác năm 2023. Ông Lê Văn Hòa, Chủ tịch UBND huyện chủ trì hội nghị.

Kết quả một số chỉ tiêu chủ yếu năm 2023

STT Chỉ tiêu ĐVT Kế hoạch năm 2023 Thực hiện năm 2023 Tỷ lệ (%)

1 Thu ngân sách nhà nước Tỷ đồng 412,5 398,2 96,5

2 Trồng rừng tập trung Ha 350 362 103,4

Tỷ lệ giải ngân của một số chủ đầu tư (đến 30/11/2023)

TT Chủ đầu tư Kế hoạch vốn (tỷ đồng) Đã giải ngân (tỷ đồng) Tỷ lệ (%)

1 UBND xã Phú Lợi 21,4 15,3 71,5

2 UBND xã Phú Tân 18,2 8,9 48,9

Kết luận hội nghị, ông Lê Văn Hòa yêu cầu:

1. Các xã phấn đấu kết nạp 120

2. Giải ngân vốn đầu tư công đạt 95
`;

/** The same kind of table flattened one cell per line. */
const CELLS = `Kết quả phát triển hội viên 6 tháng đầu năm 2024:

TT

Tổ chức

Kết nạp mới

Tổng số

1

Hội Nông dân huyện

412 hội viên

9.870

2

Huyện đoàn

236 đoàn viên

5.112
`;

describe('figures of a flattened table', () => {
  const figures = tableFigures(REVIEW, { year: 2023, ownPeriod: '2023' });
  const cell = (text: string) => figures.find((f) => f.text === text);

  it('reads each numeric cell with its column’s unit, kind and period, quoting its row', () => {
    expect(cell('412,5 tỷ đồng')).toMatchObject({
      value: 412.5e9,
      unit: 'đồng',
      kind: 'target',
      period: '2023',
    });
    expect(cell('398,2 tỷ đồng')).toMatchObject({ value: 398.2e9, kind: 'result' });
    expect(cell('96,5%')).toMatchObject({ value: 96.5, unit: '%', kind: 'rate' });
    expect(cell('362 ha')?.subject).toContain('Trồng rừng tập trung');
    const rate = cell('48,9%');
    expect(rate?.subject).toContain('UBND xã Phú Tân');
    expect(rate && REVIEW.slice(rate.span.start, rate.span.end)).toBe('2 UBND xã Phú Tân 18,2 8,9 48,9');
    expect(rate && REVIEW.slice(rate.at.start, rate.at.end)).toBe('48,9');
  });

  it('a numbered list in prose is no table', () => {
    expect(figures.some((f) => f.subject.includes('kết nạp'))).toBe(false);
    expect(figures).toHaveLength(12);
  });

  it('reads a table flattened one cell per line by its header cells', () => {
    const cells = tableFigures(CELLS, { year: 2024, ownPeriod: null });
    expect(cells.map((f) => [f.text, f.kind])).toEqual([
      ['412 hội viên', 'new'],
      ['236 đoàn viên', 'new'],
      ['9.870', 'total'],
      ['5.112', 'total'],
    ]);
    expect(cells[1]?.subject).toContain('Huyện đoàn');
    expect(cells[1]?.period).toBe('2024-H1');
  });
});

describe('a table row answers its own row’s question (keyword-only engine)', () => {
  const engine = useWrittenEngine('tables', { 'review.txt': REVIEW });

  it('the plan of a results table and an investor’s rate', async () => {
    const plan = await engine().ask(
      'Kế hoạch thu ngân sách nhà nước năm 2023 của huyện Định Quán là bao nhiêu tỷ đồng?',
    );
    expect(plan.answer).toMatch(/^.*\n412,5 tỷ đồng — “1 Thu ngân sách nhà nước Tỷ đồng 412,5 398,2 96,5”/mu);
    const rate = await engine().ask('Tỷ lệ giải ngân vốn của UBND xã Phú Tân là bao nhiêu?');
    expect(rate.answer).toContain('48,9% — “2 UBND xã Phú Tân 18,2 8,9 48,9”');
  });
});
