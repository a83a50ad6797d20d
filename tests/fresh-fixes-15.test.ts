/**
 * The mechanisms the dev halves of fresh sets AAA–DDD (tests/fixtures/fresh; thirty-fourth
 * session) showed missing, each on text written for this test (made-up people, places and figures).
 */
import { describe, expect, it } from 'vitest';
import { Haystack } from '../src/answer/haystack.ts';
import { unknownPlace } from '../src/answer/places.ts';
import { askedTitleOf } from '../src/answer/titles.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { seedTexts } from './helpers/articles.ts';
import { expectAnswered, expectRefused } from './helpers/expect-answers.ts';
import { useWrittenEngine } from './helpers/written-engine.ts';

const BRIEFING = `Ban Thường vụ Huyện ủy Khuổi Pết giao ban quý I năm 2023
Sáng 06/4/2023, Ban Thường vụ Huyện ủy Khuổi Pết tổ chức hội nghị giao ban đánh giá kết quả quý I, triển khai nhiệm vụ quý II năm 2023. Đồng chí Nông Văn Thẩm, Bí thư Huyện ủy chủ trì hội nghị.
Trong quý I, toàn huyện gieo trồng được 1.920 ha cây vụ Đông Xuân. Thu ngân sách nhà nước trên địa bàn ước đạt 8,72 tỷ đồng, bằng 25,1% dự toán.
Hội nghị đề nghị UBND huyện phấn đấu đến ngày 30/6/2023 giải ngân vốn đầu tư công đạt trên 45% kế hoạch; chuẩn bị tốt các điều kiện tổng kết công tác năm 2023.
`;

const SESSION = `HĐND huyện Khuổi Pết tổ chức kỳ họp chuyên đề
Ngày 12/9/2024, HĐND huyện Khuổi Pết khóa X tổ chức kỳ họp chuyên đề. Đồng chí Đinh Thị Lụa, Chủ tịch HĐND huyện chủ trì kỳ họp.
Kỳ họp đã biểu quyết thông qua 5 nghị quyết. Trong đó, Nghị quyết điều chỉnh kế hoạch đầu tư công năm 2024 được thông qua với 31/31 đại biểu có mặt tán thành; Nghị quyết hỗ trợ hộ nuôi ong lấy mật vùng cao được thông qua với 28/31 đại biểu tán thành.
  • Nghị quyết đặt tên đường trung tâm thị trấn; được thông qua với 30/31 đại biểu có mặt tán thành.
Về công tác nhân sự, kỳ họp đã bầu bổ sung chức danh Phó Chủ tịch UBND huyện nhiệm kỳ 2021 - 2026. Ông Lường Văn Khai, Trưởng phòng Nội vụ huyện đã trúng cử Phó Chủ tịch UBND huyện với 29/31 phiếu tán thành.
`;

describe('a figure of part of the asked period', () => {
  const engine = useWrittenEngine('khuoi-pet-briefing', { ...seedTexts(), 'briefing.txt': BRIEFING });

  it('the first quarter’s figure answers no question of the half year or the whole year', async () => {
    await expectRefused(engine(), [
      'Thu ngân sách nhà nước trên địa bàn huyện Khuổi Pết 6 tháng đầu năm 2023 đạt bao nhiêu?',
      'khuoi pet thu ngan sach 6t dau nam 2023 dc bn ty z',
      'How much state budget revenue did Khuoi Pet district collect in the first half of 2023?',
      'Tổng thu ngân sách nhà nước cả năm 2023 của huyện Khuổi Pết là bao nhiêu?',
    ]);
  });

  it('a post claimed of the chair, no name given, is checked against the chair’s titles', async () => {
    await expectAnswered(
      engine(),
      [
        'Hội nghị giao ban quý I năm 2023 của Ban Thường vụ Huyện ủy Khuổi Pết do một Phó Bí thư Huyện ủy chủ trì, có phải không?',
        'giao ban q1 2023 btv hu khuoi pet la pbt hu chu tri dung k',
        'Was the Khuoi Pet district Party briefing of Q1 2023 chaired by a deputy secretary?',
      ],
      /^(?:Không|No)\. [\s\S]*Nông Văn Thẩm/u,
    );
    await expectAnswered(
      engine(),
      [
        'Hội nghị giao ban quý I năm 2023 của Ban Thường vụ Huyện ủy Khuổi Pết do Bí thư Huyện ủy chủ trì, có phải không?',
      ],
      /^Đúng\. [\s\S]*Nông Văn Thẩm/u,
    );
  });

  it('still answers its own quarter, and a plain year naming the report', async () => {
    await expectAnswered(
      engine(),
      [
        'Thu ngân sách nhà nước huyện Khuổi Pết quý I năm 2023 đạt bao nhiêu?',
        'Năm 2023 huyện Khuổi Pết thu ngân sách quý I được bao nhiêu?',
      ],
      '8,72 tỷ đồng',
    );
  });
});

describe('a claim that a vote was unanimous', () => {
  const engine = useWrittenEngine('khuoi-pet-session', { ...seedTexts(), 'session.txt': SESSION });

  it('is borne out by all of those present voting for it', async () => {
    const questions = [
      'Có đúng là Nghị quyết điều chỉnh kế hoạch đầu tư công năm 2024 của HĐND huyện Khuổi Pết được 100% đại biểu có mặt tán thành không?',
      'Was the Khuoi Pet resolution on the 2024 public investment plan passed unanimously?',
    ];
    await expectAnswered(engine(), questions, /^(?:Đúng|Yes)\. [\s\S]*31\/31/u);
  });

  it('is refuted by the vote recorded for what it names, of two in one sentence', async () => {
    const questions = [
      'Có đúng là Nghị quyết hỗ trợ hộ nuôi ong lấy mật vùng cao được HĐND huyện Khuổi Pết thông qua với 100% đại biểu tán thành không?',
      'nq ho tro nuoi ong lay mat cua hdnd khuoi pet dc thong qua tuyet doi 100% phai ko bn',
      'Was the Khuoi Pet resolution supporting honey beekeeping households passed unanimously by the council?',
    ];
    await expectAnswered(engine(), questions, /^(?:Không|No)\. [\s\S]*28\/31/u);
  });

  it('a term’s Roman numeral before other words asks nothing the article must write beside it', async () => {
    await expectAnswered(
      engine(),
      [
        'Kỳ họp chuyên đề của HĐND huyện Khuổi Pết khóa X thông qua nghị quyết hỗ trợ hộ nuôi ong diễn ra vào ngày nào?',
      ],
      '12/9/2024',
    );
  });

  it('the person elected to a post is the one the sentence says won it', async () => {
    await expectAnswered(
      engine(),
      [
        'Tại kỳ họp chuyên đề, HĐND huyện Khuổi Pết đã bầu bổ sung ai làm Phó Chủ tịch UBND huyện?',
        'Who was elected Vice Chairman of the Khuoi Pet district People’s Committee at the thematic session?',
      ],
      'Lường Văn Khai',
    );
  });

  it('is refuted by a bullet’s vote', async () => {
    await expectAnswered(
      engine(),
      ['Nghị quyết đặt tên đường trung tâm thị trấn Khuổi Pết có được 100% đại biểu tán thành không?'],
      /^Không\. [\s\S]*30\/31/u,
    );
  });
});

describe('who read the report', () => {
  it('asks the presenter, the report named before the question word', () => {
    for (const t of [
      'bc ket qua cong tac mat tran 9t 2021 o khuoi pet ai doc v',
      'Báo cáo 9 tháng của huyện ai đọc?',
    ])
      expect(parseQuestion(t).target.target, t).toEqual({ kind: 'role', role: 'presenter' });
  });
});

describe('the one addressed after a yes/no tail', () => {
  it('"bn" after "phải ko" is "bạn", not "bao nhiêu"', () => {
    const q = parseQuestion('nq ho tro nuoi ong dc thong qua 100% phai ko bn');
    expect(q.target.yesNo).toBe(true);
    expect(q.asks.has('howmany')).toBe(false);
    expect(parseQuestion('hdnd thong qua bn nghi quyet').asks.has('howmany')).toBe(true);
  });
});

describe('the same question unpunctuated or with characters of no width', () => {
  it('asks the holder of a post with its source named after it, comma or not', () => {
    for (const t of [
      'bt hu khuoi pet hien tai la ai, theo tin moi nhat',
      'bt hu khuoi pet hien tai la ai theo tin moi nhat',
      'Bí thư Huyện ủy Khuổi Pết là ai hiện nay',
      'According to the most recent report, who is the Party Secretary in Khuoi Pet?',
      'According to the most recent report who is the Party Secretary in Khuoi Pet',
    ])
      expect(parseQuestion(t).target.target, t).toEqual({ kind: 'holder' });
    // The post asked is read after the opening clause either way, so its holder is the one answered.
    const post = (t: string) => askedTitleOf(t, 'en');
    expect(post('According to the most recent report who is the Party Secretary in Khuoi Pet')).toBe(
      post('According to the most recent report, who is the Party Secretary in Khuoi Pet?'),
    );
    expect(post('According to the most recent report who is the Party Secretary in Khuoi Pet')).toMatch(
      /^bi thu/u,
    );
    // A post further on picks the meetings; it is no title asked.
    expect(post('According to the latest report which meetings did the Party Secretary chair')).toBeNull();
  });

  it('keeps no character of no width in the words the answer layer reads', () => {
    const typed = '\uFEFFHow man\u2060y Party\u200D members were disciplined in Khuoi Pet?\u200B';
    const q = parseQuestion(typed);
    expect(q.raw).toBe('How many Party members were disciplined in Khuoi Pet?');
    expect(q.text).toBe(q.raw);
  });
});

describe('a question typed all in lower case', () => {
  it('reads a name typed with its diacritics as the name', () => {
    const q = parseQuestion(
      'có đúng là đồng chí đỗ thị thanh hương được giới thiệu bầu giữ chức bí thư không?',
    );
    expect(q.entities).toContain('Đỗ Thị Thanh Hương');
    expect(parseQuestion('lưu văn khánh được bổ nhiệm giữ chức gì?').entities).toContain('Lưu Văn Khánh');
    // Typed without diacritics it stays as typed: it is matched folded.
    expect(parseQuestion('dong chi do thi thanh huong giu chuc gi').entities).toContain('do thi thanh huong');
  });

  it('reads a place after a surname in English as the person’s given name', () => {
    const q = parseQuestion(
      'which district did the delegation led by huynh tan phuoc work with on 18 september 2024?',
    );
    expect(q.entities).toContain('Huynh Tan Phuoc');
    expect(q.places.map((p) => p.surface)).not.toContain('Tan Phuoc');
    // The place itself, with no surname before it, is still the place.
    expect(
      parseQuestion('who chaired the tan phuoc district review?').places.map((p) => p.surface),
    ).toContain('Tan Phuoc');
  });
});

describe('a name where a place stands', () => {
  it('is a place the gazetteer lacks unless a surname opens it, typed with diacritics or not', () => {
    expect(unknownPlace('Khuổi Pết', 'Ban Thường vụ Huyện ủy Khuổi Pết họp ngày nào?')).toBe(true);
    expect(
      unknownPlace('tran thi my xuyen', 'so ket 9t cua du xa la ct xa tran thi my xuyen chu tri dung k'),
    ).toBe(false);
    expect(unknownPlace('Trần Thị Mỹ Xuyên', 'Chủ tịch xã Trần Thị Mỹ Xuyên chủ trì phải không?')).toBe(
      false,
    );
  });
});

describe('the latest figure asked', () => {
  it('"the latest reported number of" asks a count, not who reported', () => {
    const q = parseQuestion('What is the latest reported number of Party members in Khuoi Pet district?');
    expect(q.asks.has('howmany')).toBe(true);
    expect(q.target.target).toEqual({ kind: 'figure', figure: null });
    expect(q.target.role).toBeNull();
    expect(q.latest).toBe(true);
  });

  it('where the latest figure is read from frames the question and is no content', () => {
    for (const t of [
      'dang bo huyen khuoi pet gio co bn dang vien, lay so lieu moi nhat nha',
      'Đảng bộ huyện Khuổi Pết có bao nhiêu đảng viên, theo số liệu mới nhất?',
    ]) {
      const q = parseQuestion(t);
      expect(q.latest, t).toBe(true);
      expect(q.terms, t).not.toEqual(expect.arrayContaining(['lay']));
      expect(
        q.terms.filter((w) => ['số', 'so', 'liệu', 'lieu', 'lấy'].includes(w)),
        t,
      ).toEqual([]);
    }
  });
});

const ECONOMY = `UBND huyện Khuổi Pết đánh giá tình hình kinh tế - xã hội 9 tháng năm 2024
Ngày 3/10/2024, UBND huyện Khuổi Pết tổ chức hội nghị đánh giá tình hình kinh tế - xã hội 9 tháng năm 2024. Đồng chí Đinh Văn Sơn, Chủ tịch UBND huyện chủ trì hội nghị. Dự hội nghị có đồng chí Hà Thị Lan, Phó Bí thư Thường trực Huyện ủy.
`;

const VISIT = `Bí thư Huyện ủy Nông Văn Thẩm làm việc với Đảng ủy xã Nà Lừa
Ngày 5/10/2024, đồng chí Nông Văn Thẩm, Bí thư Huyện ủy Khuổi Pết làm việc với Đảng ủy xã Nà Lừa về kết quả lãnh đạo 9 tháng năm 2024. Cùng dự có đồng chí Lò Văn Pản, Trưởng Ban Tổ chức Huyện ủy.
`;

describe('a claim that a person attended a meeting', () => {
  const engine = useWrittenEngine('khuoi-pet-visits', {
    ...seedTexts(),
    'economy.txt': ECONOMY,
    'visit.txt': VISIT,
  });

  it('is borne out by the meeting the question quotes, not another the person attended', async () => {
    await expectAnswered(
      engine(),
      ['Did Lo Van Pan attend the Bi thu Huyen uy Nong Van Tham lam viec voi Dang uy xa Na Lua meeting?'],
      /^Yes\. [\s\S]*Lò Văn Pản/u,
    );
    for (const q of [
      'Did Ha Thi Lan attend the Bi thu Huyen uy Nong Van Tham lam viec voi Dang uy xa Na Lua meeting?',
      // Another person whose name the quoted headline writes is not the one claimed.
      'Did Lo Thi Sao attend the Bi thu Huyen uy Nong Van Tham lam viec voi Dang uy xa Na Lua meeting?',
    ])
      expect((await engine().ask(q)).verdict, q).not.toBe('yes');
  });

  it('reads a surname that is also a glossary word as the name’s first word', () => {
    expect(parseQuestion('Did Ha Thi Lan attend the briefing?').entities).toContain('Ha Thi Lan');
    expect(parseQuestion('How many ha of rice did Khuoi Pet plant?').entities).not.toContain('ha');
  });
});

describe('a small count the article spells out', () => {
  it('is the count the question writes in digits', () => {
    const hay = new Haystack('Sau 3 tháng vận hành chính quyền địa phương hai cấp, xã còn thiếu cán bộ.');
    expect(hay.hasCount('2', 'cap')).toBe(true);
    expect(hay.hasCount('3', 'thang')).toBe(true);
    expect(hay.hasCount('4', 'cap')).toBe(false);
  });
});
