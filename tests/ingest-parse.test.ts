import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/ingest/parse.ts';
import type { Article } from '../src/ingest/types.ts';

const root = resolve(import.meta.dirname, '..');
const seedsDir = join(root, 'seeds');
const corpusDir = resolve(root, '../shared/eval/corpus');
const hasCorpus = existsSync(corpusDir);
if (!hasCorpus) console.warn(`ingest-parse: ${corpusDir} is absent; the corpus tests are skipped`);

function parseFile(dir: string, stem: string): Article {
  return parseArticle(readFileSync(join(dir, `${stem}.txt`), 'utf8'), {
    docId: stem,
    source: `x/${stem}.txt`,
  });
}
const seed = (stem: string) => parseFile(seedsDir, stem);
const corpus = (prefix: string) => {
  const file = readdirSync(corpusDir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no corpus file ${prefix}*`);
  return parseFile(corpusDir, file.replace(/\.txt$/, ''));
};

describe('parseArticle on the seeds', () => {
  const table = [
    {
      docId: '000_0c95c87bab80c7cf',
      title: 'Mường Lay: Giao ban Khối Đảng quý I năm 2021',
      published: '2021-04-02',
      author: 'Thu Hường',
      chairs: [{ name: 'Ngôn Ngọc Khuê', title: 'Bí thư Đảng bộ thị xã' }],
      period: '2021-Q1',
      meeting: '2021-03-31',
    },
    {
      docId: '001_56a5bdce7b9e82f6',
      title: 'Thị ủy giao ban công tác Đảng, đoàn thể 9 tháng năm 2023',
      published: '2023-09-20',
      author: 'Hữu Ánh',
      chairs: [{ name: 'Văn Quốc Cường', title: 'Phó Bí thư thường trực thị ủy' }],
      period: '2023-9M',
      meeting: '2023-09-19',
    },
    {
      docId: '002_31ae2237aeafa83e',
      title: 'Tiếp tục nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng',
      published: '2022-06-20',
      author: null,
      chairs: [{ name: 'Lò Minh Hùng', title: 'Phó Bí thư Thường trực Tỉnh ủy' }],
      period: '2022-H1',
      meeting: '2022-06-20',
    },
    {
      docId: '004_f66d6dc4a8e384f9',
      title:
        'Thường trực Tỉnh ủy làm việc định kỳ với các cơ quan, tham mưu giúp việc Tỉnh ủy và các cơ quan có liên quan',
      published: '2021-03-18',
      author: 'Hoàng Ý',
      chairs: [
        { name: 'Lê Tiến Châu', title: 'Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy' },
        { name: 'Đồng Văn Thanh', title: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh' },
      ],
      period: '2021-Q1',
      meeting: '2021-03-17',
    },
  ];
  for (const row of table) {
    it(`${row.docId}: title, date, author, chairs, period, meeting date`, () => {
      const a = seed(row.docId);
      expect(a.docId).toBe(row.docId);
      expect(a.source).toBe(`x/${row.docId}.txt`);
      expect(a.title).toBe(row.title);
      expect(a.published).toBe(row.published);
      expect(a.author).toBe(row.author);
      expect(a.facts.chairs).toEqual(row.chairs);
      expect(a.facts.periods).toEqual([row.period]);
      expect(a.facts.meetingDates[0]).toBe(row.meeting);
    });
  }

  it('003: article date, not the page-header date; signature author; term period; no sidebar', () => {
    const a = seed('003_8fc4396257645532');
    expect(a.title).toBe('5 năm một chặng đường phát triển');
    expect(a.published).toBe('2020-07-30');
    expect(a.author).toBe('Vũ Văn Lương');
    expect(a.facts.periods).toEqual(['2015-2020']);
    expect(a.facts.meetingDates).toEqual([]);
    // The only chair statement is a photo caption about a giao ban; listing him is acceptable.
    expect(a.facts.chairs.map((c) => c.name)).toEqual(['Vũ Văn Lương']);
    for (const s of [
      'Bộ Y tế thông báo khẩn',
      'Trồng, thay thế cây xanh',
      'Bí thư chi bộ hết lòng',
      'Bình luận',
    ]) {
      expect(a.body).not.toContain(s);
    }
    expect(a.body).not.toMatch(/Vũ Văn Lương - Bí thư Đảng ủy Khối Các cơ quan và Doanh nghiệp tỉnh$/);
    expect(a.body).toContain('3.281 đảng viên với 76 TCCSĐ');
    expect(a.body.endsWith('vững mạnh toàn diện.')).toBe(true);
  });

  it('000: no greeting, bullets, date line or author line in the body', () => {
    const a = seed('000_0c95c87bab80c7cf');
    expect(a.body).not.toContain('Chào mừng quý bạn đọc');
    expect(a.body).not.toContain('•');
    expect(a.body).not.toContain('Thời gian đăng');
    expect(a.body).not.toContain('Tác giả');
    expect(a.body.startsWith('Tiếp tục lãnh đạo, chỉ đạo')).toBe(true);
    expect(a.facts.organisation).toBe('Mường Lay');
  });

  it('004: image file name and glued comment marker removed, caption kept as its own line', () => {
    const a = seed('004_f66d6dc4a8e384f9');
    expect(a.body).not.toContain('318..jpg');
    expect(a.body).not.toContain('Các ý kiến của bạn đọc');
    expect(a.body).not.toContain('Hoàng Ý');
    expect(a.body).not.toContain('Cập nhật vào ngày');
    expect(a.body.split('\n')).toContain('Quang cảnh buổi làm việc');
    expect(a.facts.organisation).toBe('Thường trực Tỉnh ủy');
  });

  it('002: glued caption split off, "Tìm kiếm theo ngày" dropped', () => {
    const a = seed('002_31ae2237aeafa83e');
    expect(a.body).toContain('thành viên Ban Chỉ đạo.\n\nBan Chỉ đạo 32 họp triển khai nhiệm vụ.');
    expect(a.body).not.toContain('Tìm kiếm theo ngày');
    expect(a.body).not.toContain('Ngày 20 tháng 06 năm 2022');
    expect(a.body).toContain('19-NQ/TU');
  });

  it('001: author line is not in the body, text kept verbatim', () => {
    const a = seed('001_56a5bdce7b9e82f6');
    expect(a.body).not.toContain('Hữu Ánh');
    expect(a.body).not.toContain('Số lượt xem');
    expect(a.body).toContain('mở 14 lớp học với trên 1.300 học viên');
  });
});

describe.skipIf(!hasCorpus)('parseArticle on the eval corpus', () => {
  it('every article has a title, a published date, a body and a meeting date', () => {
    const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBe(30);
    for (const f of files) {
      const a = parseFile(corpusDir, f.replace(/\.txt$/, ''));
      expect(a.title, f).not.toBe('');
      expect(a.title.length, f).toBeLessThan(200);
      expect(a.published, f).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a.body.length, f).toBeGreaterThan(1000);
      expect(a.facts.meetingDates.length, f).toBeGreaterThan(0);
      // Furniture never leaks into a body.
      for (const junk of [
        'Tin khác',
        'Tin liên quan',
        'Bình luận',
        'Ý kiến bạn đọc',
        'Tìm kiếm theo ngày',
        '•',
        '.jpg',
      ]) {
        expect(a.body, `${f}: ${junk}`).not.toContain(junk);
      }
    }
  });

  it('203: posted 07-10-2020 despite the 23/11/2020 page header; meeting and chair', () => {
    const a = corpus('203_');
    expect(a.title).toBe('Bát Xát: Giao ban Khối Đảng quý III năm 2020');
    expect(a.published).toBe('2020-10-07');
    expect(a.author).toBe('Thanh Tùng');
    expect(a.facts.meetingDates).toEqual(['2020-10-06']);
    expect(a.facts.chairs[0]?.name).toBe('Vương Thị Hải Yến');
    expect(a.facts.periods).toEqual(['2020-Q3']);
    expect(a.facts.organisation).toBe('Huyện ủy Bát Xát');
    expect(a.body).not.toContain('DSC_0731.JPG');
    expect(a.body).not.toContain('Sùng Thị Chía');
  });

  it('207: meeting 18/7/2023 despite the 04/03/2024 header; sidebar chair not taken', () => {
    const a = corpus('207_');
    expect(a.published).toBe('2023-07-18');
    expect(a.facts.meetingDates).toEqual(['2023-07-18']);
    expect(a.facts.chairs.map((c) => c.name)).toEqual(['Trịnh Quang Nghiêm']);
    expect(a.body).not.toContain('Phan Huy Tưởng');
  });

  it('212 (corrected): chaired by Nông Thanh Bình, the editor note is kept, update date is the date', () => {
    const a = corpus('212_');
    expect(a.published).toBe('2021-12-25');
    expect(a.facts.chairs).toEqual([{ name: 'Nông Thanh Bình', title: 'Tỉnh ủy viên, Bí thư Huyện ủy' }]);
    expect(a.facts.meetingDates).toEqual(['2021-12-22']);
    expect(a.facts.periods).toEqual(['2021']);
    expect(a.body).toContain('Ghi chú của Ban Biên tập');
    expect(a.body).toContain('2.415 đảng viên');
    expect(a.author).toBe('Hoàng Thu');
  });

  it('206: image name glued to two sentences removed, footer credit gives the author', () => {
    const a = corpus('206_');
    expect(a.body).not.toContain('bcd35-gialai-6thang.jpg');
    expect(a.body).toContain('thành phố.\n\nQuang cảnh hội nghị tại điểm cầu tỉnh.');
    expect(a.published).toBe('2023-07-17');
    expect(a.author).toBe('Thanh Hòa');
    expect(a.facts.meetingDates).toEqual(['2023-07-14']);
  });

  it('219: "Hôm nay" header ignored; 218: chair from the concluding speech', () => {
    expect(corpus('219_').published).toBe('2020-12-26');
    expect(corpus('219_').facts.meetingDates).toEqual(['2020-12-25']);
    expect(corpus('218_').facts.chairs.map((c) => c.name)).toEqual(['Vũ Đức Thuận']);
  });

  it('chair wordings: đồng chủ trì, dự và chủ trì, do … chủ trì, chủ trì … là, làm trưởng đoàn', () => {
    const names = (p: string) => corpus(p).facts.chairs.map((c) => c.name);
    expect(names('202_')).toEqual(['Trần Văn Lượm', 'Thạch Sóc Ra']);
    expect(names('212_')).toEqual(['Nông Thanh Bình']);
    expect(names('217_')).toEqual(['Lâm Hoàng Phúc', 'Kim Thị Mỹ Duyên']);
    expect(names('222_')).toEqual(['Lục Văn Khởi', 'Đỗ Thị Hạnh Nhàn']);
    expect(names('208_')).toEqual(['Đinh Công Luận']);
    expect(names('229_')).toEqual(['Tạ Quang Vinh', 'Hoàng Văn Khiết']);
    expect(names('227_')).toEqual(['Bùi Ngọc Thạch']);
    expect(names('213_')).toEqual(['Lê Hữu Phước']);
    expect(names('214_')).toEqual(['Đặng Hữu Tài']);
  });

  it('by-lines in many forms', () => {
    expect(corpus('223_').author).toBe('Lam Giang');
    expect(corpus('224_').author).toBe('Hoàng Yến');
    expect(corpus('216_').author).toBe('Thanh Tâm');
    expect(corpus('205_').author).toBe('Thanh Hòa');
    expect(corpus('210_').author).toBe('Quang Vinh');
    expect(corpus('226_').author).toBe('Minh Châu');
    expect(corpus('208_').author).toBe(null);
  });

  it('periods across wordings', () => {
    expect(corpus('200_').facts.periods).toEqual(['2022-9M']);
    expect(corpus('209_').facts.periods).toEqual(['2022-Q2']);
    expect(corpus('205_').facts.periods).toEqual(['2023-H1']);
    expect(corpus('215_').facts.periods).toEqual(['2020']);
    expect(corpus('225_').facts.periods).toEqual(['2023']);
  });
});

describe('parseArticle generalises (same page shapes, other places and names)', () => {
  it('a seed moved to another province with other names parses the same way', () => {
    const raw = readFileSync(join(seedsDir, '000_0c95c87bab80c7cf.txt'), 'utf8')
      .replaceAll('Mường Lay', 'Sìn Hồ')
      .replaceAll('Ngôn Ngọc Khuê', 'Giàng A Chử')
      .replaceAll('Thu Hường', 'Mai Lan')
      .replaceAll('31-3-2021', '30-3-2021');
    const a = parseArticle(raw, { docId: 'moved', source: 'moved.txt' });
    expect(a.title).toBe('Sìn Hồ: Giao ban Khối Đảng quý I năm 2021');
    expect(a.author).toBe('Mai Lan');
    expect(a.facts.chairs).toEqual([{ name: 'Giàng A Chử', title: 'Bí thư Đảng bộ thị xã' }]);
    expect(a.facts.meetingDates).toEqual(['2021-03-30']);
    expect(a.facts.organisation).toBe('Sìn Hồ');
  });

  it('reads an unseen portal layout: breadcrumb, header date, posting stamp, sidebar', () => {
    const raw = [
      'CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐIỆN BIÊN ĐÔNG',
      'Thứ tư, 15/05/2024',
      'Trang chủ » Tin tức » Xây dựng Đảng',
      'Huyện ủy Điện Biên Đông giao ban quý I/2024',
      'Ngày đăng: 04/04/2024 | Lượt xem: 12',
      'Sáng ngày 3/4/2024, Huyện ủy Điện Biên Đông tổ chức hội nghị giao ban quý I/2024, triển khai nhiệm vụ quý II. Hội nghị do đồng chí Lò Văn Pâng, Bí thư Huyện ủy chủ trì. Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Huyện ủy.',
      'Quý I, toàn Đảng bộ kết nạp 40 đảng viên mới, nâng tổng số đảng viên lên 5.120 đồng chí. Kết luận hội nghị, đồng chí Lò Văn Pâng đề nghị các cơ quan tập trung thực hiện nhiệm vụ quý II.',
      'Tin, ảnh: Quàng Thị Hoa',
      'Ý kiến bạn đọc',
      'Tin khác',
      '» Đồng chí Nguyễn Văn Sơn, Chủ tịch UBND huyện chủ trì hội nghị khác (01/04/2024)',
    ].join('\r\n');
    const a = parseArticle(raw, { docId: 'x', source: 'x.txt' });
    expect(a.title).toBe('Huyện ủy Điện Biên Đông giao ban quý I/2024');
    expect(a.published).toBe('2024-04-04');
    expect(a.author).toBe('Quàng Thị Hoa');
    expect(a.facts).toEqual({
      meetingDates: ['2024-04-03'],
      periods: ['2024-Q1'],
      chairs: [{ name: 'Lò Văn Pâng', title: 'Bí thư Huyện ủy' }],
      organisation: 'Huyện ủy Điện Biên Đông',
      // The portal's name above the headline places the article (records/bundle.ts).
      portal: 'CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐIỆN BIÊN ĐÔNG',
    });
    expect(a.body).not.toContain('Nguyễn Văn Sơn');
    expect(a.body).not.toContain('\r');
  });

  it('normalises at the door: NFD input and old tone placement give NFC, new placement', () => {
    const raw =
      'Hội nghị Huyện uỷ tổng kết năm 2023\nNgày đăng: 05/01/2024\nNgày 4/1/2024, Huyện uỷ tổ chức hội nghị tổng kết năm 2023. Đồng chí Hoàng Văn Hoà, Bí thư Huyện uỷ chủ trì hội nghị và phát biểu.';
    const a = parseArticle(raw.normalize('NFD'), { docId: 'n', source: 'n.txt' });
    expect(a.title).toBe('Hội nghị Huyện ủy tổng kết năm 2023');
    expect(a.body).toBe(a.body.normalize('NFC'));
    expect(a.facts.chairs).toEqual([{ name: 'Hoàng Văn Hòa', title: 'Bí thư Huyện ủy' }]);
    expect(a.facts.periods).toEqual(['2023']);
  });

  it('no recognisable date: published null, still parsed', () => {
    const a = parseArticle(
      'Một bài viết không có ngày\n\nNội dung bài viết có đủ độ dài để được xem là một đoạn văn bản thực sự của bài báo. Câu thứ hai.',
      { docId: 'nodate', source: 'nodate.txt' },
    );
    expect(a.title).toBe('Một bài viết không có ngày');
    expect(a.published).toBeNull();
    expect(a.facts.meetingDates).toEqual([]);
    expect(a.facts.periods).toEqual([]);
    expect(a.body.startsWith('Nội dung bài viết')).toBe(true);
  });

  it('a signature ends the article even when un-headed teasers follow it directly', () => {
    const raw = readFileSync(join(seedsDir, '003_8fc4396257645532.txt'), 'utf8').replace(
      /\nBình luận\n\nHiện tại chưa có bình luận\n\nViết bình luận\n/,
      '\n',
    );
    expect(raw).not.toContain('Bình luận');
    const a = parseArticle(raw, { docId: 'x', source: 'x.txt' });
    expect(a.author).toBe('Vũ Văn Lương');
    expect(a.body).not.toContain('Bộ Y tế');
    expect(a.body.endsWith('vững mạnh toàn diện.')).toBe(true);
  });

  it('a by-line under the headline is read without cutting the article', () => {
    const a = parseArticle(
      'Thị ủy giao ban 9 tháng\nNgày đăng: 20/09/2023\nTác giả: Hữu Ánh\nChiều ngày 19/9/2023, Thị ủy tổ chức hội nghị giao ban công tác Đảng 9 tháng năm 2023. Đồng chí Văn Quốc Cường chủ trì hội nghị.\nĐoạn hai của bài viết với nhiều nội dung quan trọng khác nhau để kiểm tra việc cắt bài. Hết đoạn hai.',
      { docId: 'x', source: 'x.txt' },
    );
    expect(a.author).toBe('Hữu Ánh');
    expect(a.body).not.toContain('Tác giả');
    expect(a.body.endsWith('Hết đoạn hai.')).toBe(true);
  });

  it('an all-capitals headline is used when nothing else qualifies', () => {
    const a = parseArticle(
      'THỊ ỦY GIAO BAN CÔNG TÁC ĐẢNG 9 THÁNG NĂM 2023\n20/09/2023 14:51\nChiều ngày 19/9/2023, Thị ủy tổ chức hội nghị giao ban công tác Đảng, đoàn thể 9 tháng năm 2023. Đồng chí Văn Quốc Cường chủ trì hội nghị.\nHữu Ánh',
      { docId: 'x', source: 'x.txt' },
    );
    expect([a.title, a.published, a.author]).toEqual([
      'THỊ ỦY GIAO BAN CÔNG TÁC ĐẢNG 9 THÁNG NĂM 2023',
      '2023-09-20',
      'Hữu Ánh',
    ]);
  });

  it('a date above the headline counts only when the reported meeting fits it', () => {
    const body =
      'Huyện ủy Bát Xát tổ chức hội nghị giao ban Khối Đảng với nhiều nội dung quan trọng khác nhau. Hết.';
    const header = parseArticle(
      `Thứ hai, 23/11/2020\nBát Xát: Giao ban quý III\nSáng ngày 06/10/2020, ${body}`,
      {
        docId: 'x',
        source: 'x.txt',
      },
    );
    expect(header.published).toBeNull();
    expect(header.facts.meetingDates).toEqual(['2020-10-06']);
    const own = parseArticle(`Thứ năm, 30/07/2020\nBát Xát: Giao ban\nSáng 29/7, ${body}`, {
      docId: 'y',
      source: 'y.txt',
    });
    expect(own.published).toBe('2020-07-30');
    expect(own.facts.meetingDates).toEqual(['2020-07-29']);
  });

  it('one dated list line inside the article does not end it; a list of teasers does', () => {
    const raw = [
      'Huyện ủy học tập nghị quyết',
      'Ngày đăng: 12/05/2018',
      'Sáng ngày 11/5/2018, Huyện ủy tổ chức hội nghị học tập, quán triệt các nghị quyết của Trung ương với nhiều nội dung:',
      '- Nghị quyết số 18-NQ/TW (25/10/2017)',
      'Đồng chí Lý Văn Sáng, Bí thư Huyện ủy chủ trì hội nghị và đề nghị các chi bộ tổ chức thực hiện nghiêm túc các nghị quyết.',
      'Mạnh Hùng',
      '» Tin một về hoạt động khác (10/05/2018)',
      '» Tin hai về hoạt động khác (09/05/2018)',
    ].join('\n');
    const a = parseArticle(raw, { docId: 'x', source: 'x.txt' });
    expect(a.body).toContain('- Nghị quyết số 18-NQ/TW (25/10/2017)');
    expect(a.body.endsWith('thực hiện nghiêm túc các nghị quyết.')).toBe(true);
    expect(a.author).toBe('Mạnh Hùng');
    expect(a.facts.chairs).toEqual([{ name: 'Lý Văn Sáng', title: 'Bí thư Huyện ủy' }]);
  });
});
