/**
 * A number a question writes in describing the event it asks about ("Mường Khương: Bàn giao 15
 * căn nhà cho hộ nghèo: ai chủ trì?") identifies that event: an article that never writes the
 * number reports another one, however well it matches the place (constraints.ts `numbersOk`).
 * Before, a number weighed in coverage by how rare it is, so a common number ("15") missing beside
 * a rare place name still let the place's briefing answer with its chair — the sidebar near-misses
 * of scripts/mutation-near-miss.ts (src/eval/sidebars.ts) found it.
 */
import { describe, expect, it } from 'vitest';
import { joinRates } from '../src/query/numbers.ts';
import { useWrittenEngine } from './helpers/written-engine.ts';

/** A district's briefing in the raw scraped style, with a teaser of another article under it. */
const BRIEFING = `Trang chủ » Tin tức - Sự kiện » Xây dựng Đảng
Huyện ủy Mường Khương giao ban công tác quý III năm 2022
Thời gian đăng: 30/09/2022 09:12:10 AM
Sáng ngày 29/9/2022, Huyện ủy Mường Khương tổ chức hội nghị giao ban công tác quý III năm 2022. Đồng chí Vàng Seo Dìn, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Huyện ủy.
Trong quý III, Ban Tổ chức Huyện ủy tham mưu kết nạp 52 đảng viên mới. Năng suất ngô bình quân đạt 4,5 tấn/ha; hộ nghèo được hỗ trợ nhà ở theo kế hoạch.
Hội nghị đã thống nhất nhiệm vụ trọng tâm quý IV năm 2022.
Văn phòng Huyện ủy
Tin liên quan
• Mường Khương: Bàn giao 15 căn nhà cho hộ nghèo (20/09/2022)
• Mường Khương: Ra mắt mô hình dân vận khéo (12/09/2022)
`;

/** The handover itself, reported by an article of its own. */
const HANDOVER = `Trang chủ » Tin tức - Sự kiện
Bắc Hà: Bàn giao 12 căn nhà cho hộ nghèo
Thời gian đăng: 21/09/2022 10:00:00 AM
Sáng ngày 20/9/2022, Ủy ban MTTQ huyện Bắc Hà tổ chức bàn giao 12 căn nhà cho hộ nghèo. Đồng chí Hoàng Thị Hương, Chủ tịch Ủy ban MTTQ huyện chủ trì buổi lễ. Mỗi căn nhà được hỗ trợ 50 triệu đồng.
`;

describe('a number the question writes in describing the event', () => {
  const engine = useWrittenEngine('described-numbers', {
    'mk1_0a1b2c3d4e5f6071.txt': BRIEFING,
    'bh1_1b2c3d4e5f607182.txt': HANDOVER,
  });

  it('is not found in an article that never writes it, and the reply names it', async () => {
    const a = await engine().ask('Mường Khương: Bàn giao 15 căn nhà cho hộ nghèo: ai chủ trì?');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('15 căn nhà');
    expect(a.answer).not.toContain('Vàng Seo Dìn');
  });

  it('the same typed without marks, and asking when', async () => {
    const bare = await engine().ask('muong khuong ban giao 15 can nha cho ho ngheo ai chu tri');
    expect(bare.answered).toBe(false);
    const when = await engine().ask('Mường Khương bàn giao 15 căn nhà cho hộ nghèo vào ngày nào?');
    expect(when.answered).toBe(false);
  });

  it('answers from the article that writes the number', async () => {
    const a = await engine().ask('Bắc Hà bàn giao 12 căn nhà cho hộ nghèo: ai chủ trì?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Hoàng Thị Hương');
  });

  it('qualifies what a figure question asks and need not be written: a rate per one hectare', async () => {
    for (const q of [
      'Mường Khương quý III năm 2022 năng suất ngô bình quân đạt bao nhiêu tấn 1 ha?',
      'Năng suất ngô của Mường Khương đạt bao nhiêu tấn trên 1 ha?',
      'muong khuong quy 3 2022 nang suat ngo dc bn tan 1 ha',
    ]) {
      const a = await engine().ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toContain('4,5 tấn/ha');
    }
  });
});

describe('joinRates', () => {
  it('writes a rate with its one as the articles do', () => {
    expect(joinRates('bao nhiêu tấn trên 1 ha?')).toBe('bao nhiêu tấn/ha?');
    expect(joinRates('nang suat dc bn tan 1 ha')).toBe('nang suat dc bn tan/ha');
    expect(joinRates('hỗ trợ bao nhiêu triệu đồng/1 người')).toBe('hỗ trợ bao nhiêu triệu đồng/người');
    expect(joinRates('bao nhiêu tạ mỗi một ha')).toBe('bao nhiêu tạ/ha');
  });

  it('leaves a one that counts something alone', () => {
    for (const q of [
      'kết nạp 1 đảng viên',
      'giảm 1 hộ nghèo',
      'có 1 ha lúa bị hại',
      'tăng 1%',
      'Phường 1 có bao nhiêu hộ',
    ])
      expect(joinRates(q)).toBe(q);
  });
});
