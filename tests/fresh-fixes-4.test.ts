/**
 * The mechanisms fresh sets G–L (tests/fixtures/fresh; twenty-third session) showed missing, each on
 * text written for this test (made-up people and figures, places of no evaluation question).
 */
import { describe, expect, it } from 'vitest';
import { sentenceVerdict } from '../src/answer/alternatives.ts';
import { findGlossaryTerms } from '../src/query/glossary.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { untranslatedWords } from '../src/query/untranslated.ts';
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
