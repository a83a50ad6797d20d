/**
 * Two near-misses the sidebar maker (src/eval/sidebars.ts) found, and the rules that refuse them:
 *  - "Địa phương nào …?" asks a place, and what the place did is the whole claim: the headline and
 *    the sentences quoted must write it (support.ts `asksWhichPlace`, `ANSWER_OPTIONS.minPlaceClaimPairs`),
 *    not merely the article somewhere, of another thing ("1.126 hộ" poor, not "1.126 hộ được hỗ trợ
 *    phát triển sản xuất");
 *  - a name the question opens with a capital inside a clause ("Lễ hội Lồng tông") that no article
 *    writes (word-pairs.ts `unwrittenNamePairs`): the place's briefing has a chair, not that event's.
 * The place's level word goes with the place ("Thành phố Bắc Kạn"): it describes nothing.
 */
import { describe, expect, it } from 'vitest';
import { unwrittenNamePairs } from '../src/answer/word-pairs.ts';
import type { SurfaceLookup } from '../src/index/surface-forms.ts';
import { useWrittenEngine } from './helpers/written-engine.ts';

/** A district's half-year review in the raw scraped style, teasers of other articles under it. */
const REVIEW = `Trang chủ » Tin tức - Sự kiện » Xây dựng Đảng
Huyện ủy Bảo Lâm sơ kết công tác 6 tháng đầu năm 2024
Thời gian đăng: 05/07/2024 08:30:00 AM
Ngày 4/7/2024, Huyện ủy Bảo Lâm tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024. Đồng chí Nông Văn Khải, Bí thư Huyện ủy chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm, huyện đã hỗ trợ 214 con bò giống và các mô hình sinh kế cho 390 hộ. Đến nay, tỷ lệ hộ nghèo toàn huyện còn 2,87% (1.126 hộ). Huyện chuẩn bị tổ chức các lễ hội truyền thống đầu xuân. Hạn chế: việc phát triển sản xuất hàng hóa còn chậm, một bộ phận hộ còn trông chờ vào sự hỗ trợ của Nhà nước.
Hội nghị đã thống nhất nhiệm vụ trọng tâm 6 tháng cuối năm 2024, trong đó tập trung công tác Đảng, đoàn thể ở cơ sở.
Văn phòng Huyện ủy
Tin liên quan
• Phú Lương: 1.126 hộ được hỗ trợ phát triển sản xuất (20/06/2024)
• Huyện Bảo Lâm tổ chức Lễ hội Lồng tông năm 2024 (10/02/2024)
`;

/** Another district's briefing: the corpus is never one article. */
const OTHER = `Trang chủ » Tin tức - Sự kiện
Huyện ủy Phú Lương giao ban công tác quý II năm 2024
Thời gian đăng: 28/06/2024 10:00:00 AM
Ngày 27/6/2024, Huyện ủy Phú Lương tổ chức hội nghị giao ban công tác quý II năm 2024. Đồng chí Hà Thị Lan, Bí thư Huyện ủy chủ trì hội nghị.
Trong quý II, huyện kết nạp 35 đảng viên mới; tổng thu ngân sách trên địa bàn đạt 120 tỷ đồng. Hội nghị đề ra nhiệm vụ quý III năm 2024.
`;

describe('a place asked for, and a name no article writes', () => {
  const engine = useWrittenEngine('place-claims', {
    'bl1_0a1b2c3d4e5f6071.txt': REVIEW,
    'pl1_1b2c3d4e5f607182.txt': OTHER,
  });

  /** Each question is asked and must not be answered. */
  const expectUnanswered = async (questions: string[]): Promise<void> => {
    for (const q of questions) expect((await engine().ask(q)).answered, q).toBe(false);
  };

  it('"Địa phương nào …?" is not answered by an article whose cited words say another thing', async () => {
    await expectUnanswered([
      'Địa phương nào 1.126 hộ được hỗ trợ phát triển sản xuất?',
      'dia phuong nao 1.126 ho duoc ho tro phat trien san xuat',
    ]);
  });

  it('a place list needs the number describing its meetings, in English too', async () => {
    await expectUnanswered([
      'Địa phương nào tổng kết 10 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới?',
      'Which district reviewed 10 years of the national target program on new rural development?',
    ]);
  });

  it('"Địa phương nào …?" is answered when the quote or the headline says it', async () => {
    const a = await engine().ask('Địa phương nào hỗ trợ 214 con bò giống?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('214 con bò giống');
    const held = await engine().ask('Huyện nào sơ kết công tác 6 tháng đầu năm 2024?');
    expect(held.answered).toBe(true);
    expect(held.answer).toContain('Bảo Lâm');
  });

  it('an event named by a name no article writes has no chair here, and the reply names it', async () => {
    const a = await engine().ask('Huyện Bảo Lâm tổ chức Lễ hội Lồng tông năm 2024: ai chủ trì?');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('lồng tông');
    expect(a.answer).not.toContain('Nông Văn Khải');
  });

  it('a conventional capital the articles write is no unknown name', async () => {
    // "Đảng" is capitalised by convention; the comma the question leaves out parts no pair.
    const a = await engine().ask('Bảo Lâm tập trung công tác Đảng đoàn thể ở cơ sở: ai chủ trì hội nghị?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Nông Văn Khải');
  });
});

describe('unwrittenNamePairs', () => {
  /** A pair vocabulary holding exactly `pairs` (folded, joined). */
  const vocabulary = (pairs: string[]): SurfaceLookup => ({
    get: () => undefined,
    pairsFrom: (prefix) => new Map(pairs.filter((p) => p.startsWith(prefix)).map((p) => [p, 1])),
  });

  it('reads the pair a capital opens after a lower-case word, folded', () => {
    const forms = vocabulary(['lehoi']);
    expect([...unwrittenNamePairs('tổ chức Lễ hội Lồng tông năm 2024', forms)]).toEqual(['long tong']);
  });

  it('skips a capital opening the question or a run of capitals (places and persons are checked as such)', () => {
    const forms = vocabulary([]);
    expect([...unwrittenNamePairs('Huyện ủy Bảo Lâm giao ban', forms)]).toEqual([]);
    expect([...unwrittenNamePairs('đồng chí Nông Văn Khải chủ trì', forms)]).toEqual([]);
  });

  it('is empty without a pair vocabulary', () => {
    expect(unwrittenNamePairs('tổ chức Lễ hội Lồng tông', { get: () => undefined }).size).toBe(0);
  });
});
