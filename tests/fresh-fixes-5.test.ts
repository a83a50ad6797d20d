/**
 * The mechanisms fresh sets K–N (tests/fixtures/fresh; twenty-fourth session) showed missing, each
 * on text written for this test (made-up people and figures, places of no evaluation question).
 */
import { describe, expect, it } from 'vitest';
import { actingBody, askedBody, withoutActingOrganisations } from '../src/answer/bodies.ts';
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
