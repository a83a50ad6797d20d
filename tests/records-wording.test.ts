import { describe, expect, it } from 'vitest';
import { removeImageNames } from '../src/ingest/clean.ts';
import { extractRecords } from '../src/records/extract.ts';

// Wordings of meeting reports the extractors once missed (found by tests/records-synth.test.ts).
const NO_FACTS = { meetingDates: [], periods: [], chairs: [], organisation: null };
const records = (body: string, title = '', organisation: string | null = null) =>
  extractRecords({ title, body, published: null, facts: { ...NO_FACTS, organisation } });
const leads = (body: string) =>
  records(body)
    .roles.filter((r) => r.role === 'chair' || r.role === 'cochair')
    .map((r) => `${r.role}:${r.person}${r.inferred ? '*' : ''}`);

describe('who chaired, in the noun and inverted wordings', () => {
  it('"đặt dưới sự chủ trì của đồng chí …"', () => {
    expect(
      leads('Hội nghị đặt dưới sự chủ trì của đồng chí Phạm Duy Quý, Tỉnh ủy viên, Bí thư Thị ủy.'),
    ).toEqual(['chair:Phạm Duy Quý']);
  });

  it('"Điều hành hội nghị là đồng chí …"', () => {
    expect(leads('Điều hành hội nghị là đồng chí Võ Bá Sơn, Phó Bí thư Thường trực Thành ủy.')).toEqual([
      'chair:Võ Bá Sơn',
    ]);
  });

  it('"do đồng chí A, <title> cùng đồng chí B - <title> chủ trì": both share the verb', () => {
    expect(
      leads(
        'Hội nghị do đồng chí Nguyễn Tấn Thành, Bí thư Tỉnh ủy cùng đồng chí Vũ Thị Tuyết Hồng - Phó Bí thư Thường trực Tỉnh ủy chủ trì.',
      ),
    ).toEqual(['chair:Nguyễn Tấn Thành', 'chair:Vũ Thị Tuyết Hồng']);
  });
});

describe('the body holding the meeting', () => {
  it('a body named by its purpose keeps its whole name up to the place', () => {
    const lead = (org: string) => `Ngày 11/7/2024, ${org} họp sơ kết công tác 6 tháng đầu năm 2024.`;
    for (const org of [
      'Ban Chỉ đạo thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế huyện Ba Tơ',
      'Hội đồng bồi thường, hỗ trợ và tái định cư tỉnh Quảng Bình',
      'Tổ công tác chống thất thu ngân sách huyện Bắc Quang',
    ])
      expect(records(lead(org)).meeting.orgName).toBe(org);
  });

  it('a verb of coming after the body is not part of its name', () => {
    const body = 'Chiều ngày 29/3/2024, Thường trực Tỉnh ủy Lào Cai về làm việc với Huyện ủy Bảo Thắng.';
    expect(records(body).meeting.orgName).toBe('Thường trực Tỉnh ủy Lào Cai');
    expect(records(body, '', 'Thường trực Tỉnh ủy Lào Cai về').meeting.orgName).toBe(
      'Thường trực Tỉnh ủy Lào Cai',
    );
  });
});

describe('image names glued to a sentence', () => {
  it('leave the sentence its last ASCII word and full stop', () => {
    expect(removeImageNames('bàn giao là 602,5 ha.quang-binh-hoi-nghi-nam-2021.jpgCác đại biểu')).toBe(
      'bàn giao là 602,5 ha.\nCác đại biểu',
    );
    expect(removeImageNames('Ảnh 318..jpg')).toBe('Ảnh \n');
  });
});
