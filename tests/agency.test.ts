/**
 * A State agency the question names as the body that met (answer/agency.ts): read only where the
 * question makes it the holder, and an article's meeting of another body does not answer for it.
 */
import { describe, expect, it } from 'vitest';
import { agencyUnmet, askedAgency } from '../src/answer/agency.ts';

describe('the agency a question names as the one that met', () => {
  it('reads it after a meeting and its period, opening the question, or before a verb of meeting', () => {
    expect(
      askedAgency('Hội nghị giao ban quý II năm 2020 của Công an huyện Lạc Thủy do ai chủ trì?')?.needle,
    ).toBe('cong an');
    expect(askedAgency('cong an h lac thuy gb q2 2020 ai chu tri')?.needle).toBe('cong an');
    expect(askedAgency('Sở Tư pháp tỉnh Hòa Bình tổ chức sơ kết 6 tháng ai chủ trì?')?.label).toBe(
      'Sở Tư pháp',
    );
    expect(askedAgency('Cuoc hop khan cua Bo Tu phap do ai chu tri?')?.needle).toBe('bo tu phap');
  });

  it('reads none in a post, an address, a topic, a common word or a Party body', () => {
    expect(askedAgency('Huyện ủy yêu cầu Công an huyện làm gì?')).toBeNull();
    expect(askedAgency('Vốn vay của Kho bạc huyện đạt bao nhiêu?')).toBeNull();
    expect(askedAgency('so ket 6 thang dang bo huyen ket nap bao nhieu dang vien')).toBeNull();
    expect(askedAgency('Đảng bộ huyện Lạc Thủy kết nạp bao nhiêu đảng viên?')).toBeNull();
    expect(askedAgency('Bộ trưởng nói gì tại hội nghị?')).toBeNull();
  });

  it('is met only by a meeting whose body or headline names it', () => {
    const asked = askedAgency('Hội nghị của Công an huyện Lạc Thủy do ai chủ trì?');
    expect(asked).not.toBeNull();
    if (!asked) return;
    expect(agencyUnmet(asked, 'Ban Thường vụ Huyện ủy Lạc Thủy Huyện ủy Lạc Thủy giao ban quý II')).toBe(
      true,
    );
    expect(agencyUnmet(asked, 'Công an huyện Lạc Thủy Công an huyện sơ kết 6 tháng')).toBe(false);
  });
});

describe('an agency typed in lower case', () => {
  it('counts only as the holder right after a meeting, its name running to a linking word', () => {
    expect(askedAgency('cuoc hop khan cua bo tu phap ve ca lay nhiem do ai chu tri')?.needle).toBe(
      'bo tu phap',
    );
    expect(askedAgency('ket qua cua so dang vien moi nam 2022')).toBeNull();
    expect(askedAgency('hoi nghi so ket cua huyen uy lac thuy do ai chu tri')).toBeNull();
  });
});
