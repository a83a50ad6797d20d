// Writes dialogues.jsonl (the tuning dialogue set of session 2) from the table below, and checks that every
// gold string but the verdicts and English dates occurs in its gold articles (whitespace folded).
// usage: node eval/dialogues-tuning/build.mjs [CORPUS_DIR...]   (default: seeds ../shared/eval/corpus)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const D = {
  '000': '000_0c95c87bab80c7cf', '001': '001_56a5bdce7b9e82f6', '200': '200_520d24c45f0b18f6',
  '201': '201_0d855e1c619dad71', '202': '202_8c4d6c3b8a09e1c0', '203': '203_e90fdb7e572df369',
  '204': '204_7c63b0963ff2bf79', '205': '205_35fdec40f7739cd4', '206': '206_095307332695558b',
  '207': '207_4d18826999375753', '208': '208_eed26fbdb6366ba6', '209': '209_5e19d67a783e3569',
  '210': '210_58fc6ed89f282c27', '213': '213_ec35d846c98735ed', '214': '214_3bce810813311a38',
  '215': '215_512d30215f932881', '216': '216_c4d876f2aa202c45', '217': '217_ec757d8eecfa0eac',
  '218': '218_7f77b6880c7dddb2', '219': '219_8bcd49ce36c3598a', '220': '220_85222a335267c454',
  '221': '221_dd146498b37b9cf2', '222': '222_9c6a6532cde64cf4', '223': '223_d1a5e93d6d152a65',
  '224': '224_8a7faeeb272aee74', '225': '225_a160f422ee6887d6', '226': '226_11eeb2c5887beedc',
  '227': '227_3f1e3d3562a5820e', '228': '228_8ad5bc233606faca', '229': '229_387ff4dfdd105d61',
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A date's spellings: d/m/yyyy, dd/mm/yyyy, dd/m/yyyy, d/mm/yyyy, d-m-yyyy, English (marked so the check skips them). */
function date(d, m, y) {
  const p = (n) => String(n).padStart(2, '0');
  return [...new Set([`${d}/${m}/${y}`, `${p(d)}/${p(m)}/${y}`, `${p(d)}/${m}/${y}`, `${d}/${p(m)}/${y}`, `${d}-${m}-${y}`,
    `~${MONTHS[m - 1]} ${d}`, `~${d} ${MONTHS[m - 1]}`])];
}
/** A decimal figure in Vietnamese and English notation. */
const num = (s) => [...new Set([s, s.replace(',', '.')])];
const t = (q, type, docs, must, expect = 'answer', extra = {}) => ({
  q, type, docs: docs.map((d) => D[d]), must, expect, ...extra,
});
const none = (q) => t(q, 'none', [], [], 'none');
const YES = ['~Đúng'];
const NO = ['~Không'];

const dialogues = [
  // new place, then new target on the same meeting, then "bà ấy"
  [t('Ai chủ trì giao ban quý I năm 2024 của Thị ủy An Khê?', 'who', ['227'], [['Bùi Ngọc Thạch']]),
   t('Còn Chiêm Hóa thì sao?', 'who', ['220'], [['Quan Thị Mừng']]),
   t('Hội nghị đó tổ chức ngày nào?', 'when', ['220'], [date(29, 3, 2024)]),
   t('Bà ấy giữ chức gì?', 'who', ['220'], [['Bí thư Huyện ủy']])],
  // new period
  [t('Huyện ủy Bảo Yên giao ban quý I năm 2023 vào ngày nào?', 'when', ['222'], [date(30, 3, 2023)]),
   t('Còn 9 tháng năm 2022 thì sao?', 'when', ['200'], [date(28, 9, 2022)]),
   t('Trong 9 tháng đó huyện kết nạp bao nhiêu đảng viên mới?', 'howmany', ['200'], [['96']])],
  // English "and the year before?" with nothing to find
  [t('When did the Phú Quý district Party Executive Committee hold its 2019 year-end review?', 'when', ['226'], [date(18, 12, 2019)], 'answer', { lang: 'en' }),
   t('And the year before?', 'none', [], [], 'none', { lang: 'en' })],
  // new period on another body of the same kind, then "ông ấy"
  [t('Ai chủ trì hội nghị tổng kết năm 2020 của Ban Chỉ đạo 35 tỉnh Gia Lai?', 'who', ['215'], [['Phan Đình Tuân']]),
   t('Còn sơ kết 6 tháng đầu năm 2023 thì sao?', 'who', ['205', '206'], [['Lê Quang Thức']]),
   t('Ông ấy giữ chức gì?', 'who', ['205', '206'], [['Phó Bí thư Thường trực Tỉnh ủy']])],
  // new place for a figure, then a new figure on the same meeting
  [t('9 tháng năm 2023 Thành ủy Bắc Kạn kết nạp bao nhiêu đảng viên?', 'howmany', ['223'], [['52']]),
   t('La Gi thì sao?', 'howmany', ['224'], [['75']]),
   t('Tổng thu ngân sách nhà nước trên địa bàn đạt bao nhiêu?', 'howmany', ['224'], [num('287,5')])],
  // comparison with the last figure
  [t('6 tháng đầu năm 2023, tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình ở Thái Bình đạt bao nhiêu?', 'howmany', ['207'], [num('41,3')]),
   t('Tăng bao nhiêu so với cùng kỳ?', 'howmany', ['207'], [num('12,6')])],
  [t('Thu ngân sách quý I năm 2019 của huyện Kiến Xương đạt bao nhiêu?', 'howmany', ['218'], [num('47,3')]),
   t('Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp tăng bao nhiêu % so với cùng kỳ?', 'howmany', ['218'], [num('12,4')]),
   t('Ai chủ trì hội nghị đó?', 'who', ['218'], [['Vũ Đức Thuận']])],
  [t('Thu ngân sách nhà nước 6 tháng đầu năm 2023 của huyện Sơn Dương đạt bao nhiêu?', 'howmany', ['208'], [num('118,7')]),
   t('Bằng bao nhiêu phần trăm dự toán?', 'howmany', ['208'], [num('54,2')]),
   t('Giá trị sản xuất nông, lâm nghiệp, thủy sản tăng bao nhiêu so với cùng kỳ?', 'howmany', ['208'], [num('4,1')])],
  // English "what about…"
  [t('Who chaired the 9-month 2023 briefing of the Bắc Kạn city Party Committee?', 'who', ['223'], [['Lương Thị Quỳnh Nga']], 'answer', { lang: 'en' }),
   t('What about La Gi?', 'who', ['224'], [['Cao Văn Thọ']], 'answer', { lang: 'en' }),
   t('When was that meeting held?', 'when', ['224'], [date(5, 10, 2023)], 'answer', { lang: 'en' })],
  [t('How many new party members did Chiêm Hóa district admit in Q1 2024?', 'howmany', ['220'], [['46']], 'answer', { lang: 'en' }),
   t('What about An Khê?', 'howmany', ['227'], [['19']], 'answer', { lang: 'en' })],
  // yes/no in context
  [t('Ai chủ trì giao ban quý I năm 2024 của Thị ủy An Khê?', 'who', ['227'], [['Bùi Ngọc Thạch']]),
   t('Có phải hội nghị đó họp ngày 2/4/2024 không?', 'yesno', ['227'], [YES])],
  [t('Thị ủy La Gi giao ban 9 tháng năm 2023 do ai chủ trì?', 'who', ['224'], [['Cao Văn Thọ']]),
   t('Có phải hội nghị đó tổ chức ngày 3/10/2023 không?', 'yesno', ['224'], [NO, date(5, 10, 2023)])],
  [t('Ai chủ trì giao ban quý II năm 2022 của Huyện ủy Chợ Đồn?', 'who', ['209'], [['Hà Văn Tuyển']]),
   t('Có phải ông ấy chủ trì hội nghị đó không?', 'yesno', ['209'], [YES])],
  [t('Ai chủ trì giao ban quý I năm 2019 của Ban Thường vụ Huyện ủy Kiến Xương?', 'who', ['218'], [['Vũ Đức Thuận']]),
   t('Có phải bà Quan Thị Mừng chủ trì hội nghị đó không?', 'yesno', ['218'], [NO])],
  [t('When did Tuy Phong district hold its Q2 2022 briefing?', 'when', ['210'], [['7/7', '07/7', '07/07', '~July 7', '~7 July']], 'answer', { lang: 'en' }),
   t('Was it chaired by Tăng Thị Kim Thoa?', 'yesno', ['210'], [['~Yes']], 'answer', { lang: 'en' })],
  // a full new question replaces the context
  [t('Ai chủ trì giao ban Khối Đảng quý III năm 2020 của Huyện ủy Bát Xát?', 'who', ['203'], [['Vương Thị Hải Yến']]),
   t('Thị ủy An Khê giao ban quý I năm 2024 vào ngày nào?', 'when', ['227'], [date(2, 4, 2024)]),
   t('Ai chủ trì?', 'who', ['227'], [['Bùi Ngọc Thạch']])],
  [t('Năm 2019 Đảng bộ huyện Phú Quý kết nạp bao nhiêu đảng viên mới?', 'howmany', ['226'], [['54']]),
   t('Huyện ủy Tuy Phong giao ban quý II năm 2022 do ai chủ trì?', 'who', ['210'], [['Tăng Thị Kim Thoa']]),
   t('Trong 6 tháng đó các chi, đảng bộ kết nạp bao nhiêu đảng viên?', 'howmany', ['210'], [['67']])],
  [t('Ai chủ trì hội nghị giao ban Khối Đảng quý I năm 2021 ở Mường Lay?', 'who', ['000'], [['Ngôn Ngọc Khuê']]),
   t('Ban Chỉ đạo Chuyển đổi số tỉnh Thái Bình sơ kết 6 tháng đầu năm 2023 vào ngày nào?', 'when', ['207'], [date(18, 7, 2023)])],
  // follow-ups that nothing answers: the meeting in context must not be answered instead
  [t('Ai chủ trì giao ban quý I năm 2024 của Ban Thường vụ Huyện ủy Chiêm Hóa?', 'who', ['220'], [['Quan Thị Mừng']]),
   none('Năm trước thì sao?')],
  [t('Huyện ủy Bảo Yên giao ban quý I năm 2023 do ai chủ trì?', 'who', ['222'], [['Lục Văn Khởi']]),
   t('and the year before?', 'none', [], [], 'none', { lang: 'en' })],
  [t('Huyện ủy Chợ Đồn giao ban quý II năm 2022 vào ngày nào?', 'when', ['209'], [date(4, 7, 2022)]),
   none('Ba Bể thì sao?')],
  [t('Mường Lay giao ban Khối Đảng quý I năm 2021 vào ngày nào?', 'when', ['000'], [date(31, 3, 2021)]),
   none('Còn quý III năm 2020?')],
  [t('Who chaired the Tiền Hải district Party Executive Committee\'s 2020 year-end review?', 'who', ['219'], [['Bùi Thị Mến']], 'answer', { lang: 'en' }),
   t('When was it held?', 'when', ['219'], [date(25, 12, 2020)], 'answer', { lang: 'en' }),
   t('What about 2021?', 'none', [], [], 'none', { lang: 'en' })],
  // clarification: one meeting wanted, several match; a tap answers for the choice
  [t('Ai chủ trì giao ban quý III năm 2020?', 'who', ['203', '204'], [['Bát Xát'], ['Ba Đồn']], 'clarify'),
   t('Ba Đồn', 'who', ['204'], [['Trương Công Diệm']], 'answer', { choose: 'Ba Đồn' }),
   t('Hội nghị đó tổ chức ngày nào?', 'when', ['204'], [date(8, 10, 2020)])],
  [t('Hội nghị sơ kết 6 tháng đầu năm 2023 họp ngày nào?', 'when', ['205', '206', '207', '208'], [['Gia Lai'], ['Thái Bình'], ['Sơn Dương']], 'clarify'),
   t('Sơn Dương', 'when', ['208'], [['11/7', '~July 11']], 'answer', { choose: 'Sơn Dương' }),
   t('Ai chủ trì?', 'who', ['208'], [['Đinh Công Luận']])],
  [t('Liệt kê các hội nghị giao ban quý I năm 2024.', 'list', ['227', '220'], [['An Khê'], ['Chiêm Hóa']]),
   t('Ai chủ trì hội nghị đó?', 'who', ['227', '220'], [['An Khê'], ['Chiêm Hóa']], 'clarify'),
   t('An Khê', 'who', ['227'], [['Bùi Ngọc Thạch']], 'answer', { choose: 'An Khê' })],
  [t('Thường trực Tỉnh ủy Sóc Trăng làm việc với Thị ủy Vĩnh Châu vào ngày nào?', 'when', ['216', '217'], [['2019'], ['2022']], 'clarify'),
   t('2022', 'when', ['217'], [date(11, 11, 2022)], 'answer', { choose: '2022' }),
   t('Ai chủ trì buổi làm việc đó?', 'who', ['217'], [['Lâm Hoàng Phúc']])],
  // "ông ấy" and new targets on the same meeting
  [t('Ai chủ trì hội nghị sơ kết 6 tháng đầu năm 2024 của Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Kế Sách?', 'who', ['228'], [['Huỳnh Thanh Sang']]),
   t('Ông ấy giữ chức gì?', 'who', ['228'], [['Chủ tịch UBND huyện']]),
   t('Huyện còn bao nhiêu hộ nghèo?', 'howmany', ['228'], [num('1.126')])],
  [t('Thị ủy Ngã Năm giao ban 9 tháng năm 2022 vào ngày nào?', 'when', ['202'], [date(4, 10, 2022)]),
   t('Đảng bộ thị xã có bao nhiêu đảng viên?', 'howmany', ['202'], [['1.974', '1974']]),
   t('Còn Bảo Yên?', 'howmany', ['200'], [['3.742', '3742']])],
  [t('Who chaired the Q3 2021 briefing of the Quỳnh Phụ district Party Committee?', 'who', ['229'], [['Tạ Quang Vinh'], ['Hoàng Văn Khiết']], 'answer', { lang: 'en' }),
   t('How many party members were admitted in the first nine months?', 'howmany', ['229'], [['176']], 'answer', { lang: 'en' }),
   t('And the year before?', 'none', [], [], 'none', { lang: 'en' })],
  [t('Ai làm trưởng đoàn công tác của Thường trực Tỉnh ủy Gia Lai làm việc với Ban Thường vụ Huyện ủy Chư Sê?', 'who', ['214'], [['Đặng Hữu Tài']]),
   t('Ông ấy giữ chức vụ gì?', 'who', ['214'], [['Phó Bí thư Thường trực Tỉnh ủy']]),
   t('Buổi làm việc đó diễn ra ngày nào?', 'when', ['214'], [date(5, 11, 2019)])],
  [t('Thường trực Tỉnh ủy Quảng Bình làm việc với Ban Thường vụ Huyện ủy Minh Hóa vào ngày nào?', 'when', ['213'], [date(26, 8, 2021)]),
   t('Buổi làm việc đó tổ chức ở đâu?', 'where', ['213'], [['hội trường Huyện ủy']]),
   t('Ai làm trưởng đoàn?', 'who', ['213'], [['Lê Hữu Phước']])],
  [t('6 tháng đầu năm 2021 Sa Pa đón bao nhiêu lượt khách?', 'howmany', ['221'], [['412.600', '412600']]),
   t('So với cùng kỳ thì thế nào?', 'howmany', ['221'], [num('38,4')]),
   t('Ai chủ trì hội nghị đó?', 'who', ['221'], [['Tẩn Văn Lình']])],
  [t('Năm 2023 Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở thành phố Đồng Hới khen thưởng bao nhiêu tập thể?', 'howmany', ['225'], [['12']]),
   t('Còn bao nhiêu cá nhân?', 'howmany', ['225'], [['18']]),
   t('Hội nghị tổng kết đó tổ chức ngày nào?', 'when', ['225'], [date(10, 1, 2024)])],
  // new period landing on an earlier meeting of the same body, then a figure of it
  [t('Ban Thường vụ Huyện ủy Chiêm Hóa giao ban quý I năm 2024 vào ngày nào?', 'when', ['220'], [date(29, 3, 2024)]),
   t('Còn 9 tháng năm 2022 thì sao?', 'when', ['201'], [date(30, 9, 2022)]),
   t('Thu ngân sách đạt bao nhiêu?', 'howmany', ['201'], [num('71,6')])],
  [t('Tổng thu ngân sách quý I năm 2024 của thị xã An Khê đạt bao nhiêu?', 'howmany', ['227'], [num('46,7')]),
   t('Bằng bao nhiêu phần trăm dự toán?', 'howmany', ['227'], [num('24,1')]),
   t('Chiêm Hóa thì sao?', 'howmany', ['220'], [num('27,6')])],
  // new place and new period at once
  [t('Quý III năm 2020 Huyện ủy Bát Xát kết nạp bao nhiêu đảng viên?', 'howmany', ['203'], [['47']]),
   t('Ủy ban Kiểm tra Huyện ủy đã thi hành kỷ luật bao nhiêu đảng viên?', 'howmany', ['203'], [['5']]),
   t('Còn Quỳnh Phụ 9 tháng năm 2021 thì sao?', 'howmany', ['229'], [['6']])],
  [t('Bí thư Thị ủy Ba Đồn yêu cầu xử lý nghiêm vi phạm gì tại giao ban quý III năm 2020?', 'what', ['204'], [['khai thác cát']]),
   t('Ông ấy là ai?', 'who', ['204'], [['Trương Công Diệm']])],
];

const corpora = process.argv.length > 2 ? process.argv.slice(2) : [join(here, '../../seeds'), join(here, '../../../shared/eval/corpus')];
const texts = new Map();
for (const dir of corpora) for (const f of readdirSync(dir)) texts.set(f.replace(/\.[^.]+$/, ''), readFileSync(join(dir, f), 'utf8').normalize('NFC').replace(/\s+/g, ' '));
const problems = [];
const lines = dialogues.map((turns, i) => {
  const id = `s2d${String(i + 1).padStart(2, '0')}`;
  for (const [j, turn] of turns.entries()) {
    if (turn.expect === 'clarify') continue;
    for (const g of turn.must) {
      const checkable = g.filter((a) => !a.startsWith('~'));
      if (checkable.length === 0) continue;
      if (!turn.docs.some((d) => checkable.some((a) => texts.get(d)?.includes(a)))) problems.push(`${id} turn ${j + 1}: none of ${JSON.stringify(checkable)} in ${turn.docs}`);
    }
  }
  const clean = turns.map((x) => ({ ...x, must: x.must.map((g) => g.map((a) => a.replace(/^~/, ''))) }));
  return JSON.stringify({ id, turns: clean });
});
writeFileSync(join(here, 'dialogues.jsonl'), `${lines.join('\n')}\n`);
console.log(`${lines.length} dialogues, ${dialogues.flat().length} turns`);
if (problems.length) { console.log(problems.join('\n')); process.exitCode = 1; }
