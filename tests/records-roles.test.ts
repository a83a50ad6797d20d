import { describe, expect, it } from 'vitest';
import type { Article } from '../src/ingest/types.ts';
import { extractRecords } from '../src/records/extract.ts';
import type { Role } from '../src/records/types.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { allArticles, dev, HAS_DEV_CORPUS, seed } from './helpers/articles.ts';

if (!HAS_DEV_CORPUS)
  console.warn('records-roles: ../shared/eval/corpus is absent; the dev-corpus tests are skipped');

const LEADS: ReadonlySet<Role> = new Set(['chair', 'cochair', 'leader']);
/** "role:person" for the people who led the meeting, with '*' when inferred from the facts. */
const leads = (a: Article) =>
  extractRecords(a)
    .roles.filter((r) => LEADS.has(r.role))
    .map((r) => `${r.role}:${r.person}${r.inferred ? '*' : ''}`);
const rolesOf = (a: Article, role: Role) =>
  extractRecords(a)
    .roles.filter((r) => r.role === role)
    .map((r) => ({ person: r.person, title: r.title }));

// Checked by reading each article.
const SEED_LEADS: [string, string[]][] = [
  ['000', ['chair:Ngôn Ngọc Khuê*']],
  ['001', ['chair:Văn Quốc Cường']],
  ['002', ['chair:Lò Minh Hùng']],
  ['003', ['chair:Vũ Văn Lương']],
  ['004', ['chair:Lê Tiến Châu', 'chair:Đồng Văn Thanh']],
];
const DEV_LEADS: [string, string[]][] = [
  ['200', ['chair:Lục Văn Khởi']],
  ['201', ['chair:Ma Đình Thức']],
  ['202', ['cochair:Trần Văn Lượm', 'cochair:Thạch Sóc Ra']],
  ['203', ['chair:Vương Thị Hải Yến']],
  ['204', ['chair:Trương Công Diệm']],
  ['205', ['chair:Lê Quang Thức']],
  ['206', ['chair:Lê Quang Thức']],
  ['207', ['chair:Trịnh Quang Nghiêm']],
  ['208', ['chair:Đinh Công Luận']],
  ['209', ['chair:Hà Văn Tuyển']],
  ['210', ['chair:Tăng Thị Kim Thoa']],
  ['211', ['chair:Hà Thị Lý']],
  ['212', ['chair:Nông Thanh Bình']],
  ['213', ['leader:Lê Hữu Phước']],
  ['214', ['leader:Đặng Hữu Tài']],
  ['215', ['chair:Phan Đình Tuân']],
  ['216', ['chair:Lâm Hoàng Phúc']],
  ['217', ['cochair:Lâm Hoàng Phúc', 'cochair:Kim Thị Mỹ Duyên']],
  ['218', ['chair:Vũ Đức Thuận*']],
  ['219', ['chair:Bùi Thị Mến']],
  ['220', ['chair:Quan Thị Mừng']],
  ['221', ['chair:Tẩn Văn Lình']],
  ['222', ['chair:Lục Văn Khởi', 'chair:Đỗ Thị Hạnh Nhàn']],
  ['223', ['chair:Lương Thị Quỳnh Nga']],
  ['224', ['chair:Cao Văn Thọ']],
  ['225', ['chair:Hồ Minh Khiêm']],
  ['226', ['chair:Lưu Đình Chiến']],
  ['227', ['chair:Bùi Ngọc Thạch']],
  ['228', ['chair:Huỳnh Thanh Sang']],
  ['229', ['cochair:Tạ Quang Vinh', 'cochair:Hoàng Văn Khiết']],
];

describe('roles: who led each meeting', () => {
  it.each(SEED_LEADS)('seed %s', (prefix, expected) => {
    expect(leads(seed(prefix))).toEqual(expected);
  });
  it.runIf(HAS_DEV_CORPUS).each(DEV_LEADS)('dev %s', (prefix, expected) => {
    expect(leads(dev(prefix))).toEqual(expected);
  });
});

describe.runIf(HAS_DEV_CORPUS)('roles beyond the chair (dev corpus)', () => {
  it('reads a "các đồng chí: A, title; B, title" attendee list with each title', () => {
    expect(rolesOf(dev('201'), 'attendee')).toEqual([
      { person: 'Quan Thị Mừng', title: 'Phó Bí thư Thường trực Huyện ủy' },
      { person: 'La Văn Tấn', title: 'Phó Bí thư Huyện ủy, Chủ tịch UBND huyện' },
    ]);
  });

  it('tells the concluding and directing speakers, also after a title written before the name', () => {
    const a = dev('210');
    const records = extractRecords(a).roles;
    const concluder = records.find((r) => r.role === 'concluder');
    expect(concluder).toMatchObject({ person: 'Tăng Thị Kim Thoa', title: 'Bí thư Huyện ủy' });
    expect(a.body.slice(concluder!.span.start, concluder!.span.end)).toBe(
      'Bí thư Huyện ủy Tăng Thị Kim Thoa phát biểu kết luận hội nghị.',
    );
    expect(rolesOf(a, 'director').map((r) => r.person)).toEqual(['Tăng Thị Kim Thoa']);
  });

  it('gives each co-chair who directs a director record ("Đồng chí Thạch Sóc Ra, … đề nghị")', () => {
    expect(rolesOf(dev('202'), 'director')).toEqual([
      { person: 'Trần Văn Lượm', title: 'Bí thư Thị ủy' },
      { person: 'Thạch Sóc Ra', title: 'Chủ tịch UBND thị xã' },
    ]);
  });

  it('resolves "Đồng chí đề nghị" to the person speaking in the sentence before', () => {
    const a = dev('203');
    const director = extractRecords(a).roles.find((r) => r.role === 'director');
    expect(director?.person).toBe('Vương Thị Hải Yến');
    expect(a.body.slice(director!.span.start, director!.span.end)).toMatch(
      /^Đồng chí đề nghị trong quý IV\/2020/u,
    );
  });

  it('reads the host of a working visit and the moderator of a discussion', () => {
    expect(rolesOf(dev('213'), 'attendee')).toEqual([
      { person: 'Đinh Xuân Kháng', title: 'Bí thư Huyện ủy' },
    ]);
    expect(rolesOf(dev('212'), 'speaker')).toEqual([
      { person: 'Hà Thị Lý', title: 'Phó Bí thư Thường trực Huyện ủy' },
    ]);
  });
});

describe('roles in the seeds', () => {
  it('resolves "đồng chí Bí thư Tỉnh ủy" by the title the article gave a named person', () => {
    const a = seed('004');
    const director = extractRecords(a).roles.find((r) => r.role === 'director');
    expect(director).toMatchObject({
      person: 'Lê Tiến Châu',
      title: 'Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy',
    });
    expect(a.body.slice(director!.span.start, director!.span.end)).toContain(
      'đồng chí Bí thư Tỉnh ủy dề nghị',
    );
  });

  it('marks a chair taken from the facts as inferred and quotes the sentence naming them', () => {
    const a = seed('000');
    const chair = extractRecords(a).roles.find((r) => r.role === 'chair');
    expect(chair).toMatchObject({ person: 'Ngôn Ngọc Khuê', inferred: true });
    expect(a.body.slice(chair!.span.start, chair!.span.end)).toContain(
      'Đó là yêu cầu của đồng chí Ngôn Ngọc Khuê',
    );
  });

  it('reads "giao" as directing but not "giao ban"', () => {
    expect(rolesOf(seed('002'), 'director')).toEqual([
      { person: 'Lò Minh Hùng', title: 'Phó Bí thư Thường trực Tỉnh ủy' },
    ]);
  });
});

describe('roles in written examples', () => {
  const facts = { meetingDates: [], periods: [], chairs: [], organisation: null };
  const roles = (body: string) =>
    extractRecords({ title: 't', body, published: null, facts }).roles.map((r) => [
      r.role,
      r.person,
      r.title,
    ]);

  it('reads the presenter of the report', () => {
    expect(
      roles('Đồng chí Nguyễn Văn An, Chánh Văn phòng Huyện ủy trình bày báo cáo kết quả công tác quý I.'),
    ).toEqual([['presenter', 'Nguyễn Văn An', 'Chánh Văn phòng Huyện ủy']]);
  });

  it('reads "do … chủ trì", "có sự tham dự của" and a concluding speech', () => {
    expect(
      roles(
        'Hội nghị do đồng chí Trần Thị Bình, Bí thư Huyện ủy chủ trì. Hội nghị có sự tham dự của đồng chí Lê Văn Cường, Phó Chủ tịch UBND tỉnh. Kết luận hội nghị, đồng chí Trần Thị Bình yêu cầu các xã hoàn thành kế hoạch.',
      ),
    ).toEqual([
      ['chair', 'Trần Thị Bình', 'Bí thư Huyện ủy'],
      ['attendee', 'Lê Văn Cường', 'Phó Chủ tịch UBND tỉnh'],
      ['concluder', 'Trần Thị Bình', 'Bí thư Huyện ủy'],
      ['director', 'Trần Thị Bình', 'Bí thư Huyện ủy'],
    ]);
  });

  it('reads a title in brackets and "Dự và chỉ đạo hội nghị có"', () => {
    expect(roles('Đồng chí Phạm Thị Hoa (Phó Bí thư Tỉnh ủy) chủ trì hội nghị.')).toEqual([
      ['chair', 'Phạm Thị Hoa', 'Phó Bí thư Tỉnh ủy'],
    ]);
    // Nobody is said to chair: the directing official is taken as the (inferred) chair.
    expect(roles('Dự và chỉ đạo hội nghị có đồng chí Hoàng Văn Dũng, Chủ tịch UBND tỉnh.')).toEqual([
      ['director', 'Hoàng Văn Dũng', 'Chủ tịch UBND tỉnh'],
      ['chair', 'Hoàng Văn Dũng', 'Chủ tịch UBND tỉnh'],
    ]);
  });

  it('reads Central Highlands names with an apostrophe ("Nay H\'Yim", "Rơ Mah H’Lú")', () => {
    expect(
      roles(
        "Đồng chí Nay H'Yim, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có đồng chí Rơ Mah H’Lú, Chủ tịch UBND huyện.",
      ),
    ).toEqual([
      ['chair', "Nay H'Yim", 'Bí thư Huyện ủy'],
      ['attendee', 'Rơ Mah H’Lú', 'Chủ tịch UBND huyện'],
    ]);
  });

  it('takes no place after a title for a person ("Bí thư Thị ủy Vĩnh Châu")', () => {
    expect(roles('Bí thư Thị ủy Vĩnh Châu phát biểu tại hội nghị.')).toEqual([]);
  });
});

describe('role spans (property over every article)', () => {
  it('each span is one of the body sentences and every named person appears in the body', () => {
    for (const a of allArticles()) {
      const sentences = new Set(splitSentences(a.body).map((s) => `${s.start}:${s.end}`));
      for (const r of extractRecords(a).roles) {
        expect(sentences.has(`${r.span.start}:${r.span.end}`), `${a.docId} ${r.role} ${r.person}`).toBe(true);
        expect(a.body).toContain(r.person);
      }
    }
  });
});
