/**
 * Chat shorthand: Vietnamese users type "bn đv?", "đc nào chủ trì hnay z?", "q1/2021", "tp Kon Tum".
 * Before a question is understood, its shorthand is spelt out, so every later step sees ordinary words.
 *
 * The table is a closed class (the abbreviations of Vietnamese chat and of Party/government
 * writing); it never names a topic, place or person. Each entry is expanded only where it cannot
 * be something else: single letters only in the positions where they are shorthand ("sao z?"),
 * `đc` as "đồng chí" only before a name, otherwise "được". Expansions keep the question's style:
 * a question typed without diacritics gets bare expansions ("bao nhieu"), so it stays "folded".
 */

import { findPlaces } from '../place/find.ts';
import { fold, hasDiacritics } from '../text/normalize.ts';
import { undoTelexSlip } from './telex.ts';

/** An abbreviation and when it applies. */
export interface Shorthand {
  /** Lower-case forms as typed (compared after folding, so `đc` and `dc` are one entry). */
  forms: readonly string[];
  /** The spelt-out words, with diacritics. */
  full: string;
  /** Where it applies; absent: anywhere as a whole token. */
  when?: (ctx: TokenContext) => boolean;
}

/** What a rule may look at around one token. */
export interface TokenContext {
  /** The token itself as typed (case kept): "TU" in capitals is Tỉnh ủy, "tu" is a word. */
  raw: string;
  prev: string | null;
  /** The word before `prev` (folded), to read a two-word department before a committee ("dan van tu"). */
  prev2: string | null;
  next: string | null;
  /** The next token as typed (case kept), to tell a name ("đc Hùng") from a word. */
  nextRaw: string | null;
  /** The token is the last word of the question (punctuation aside). */
  last: boolean;
  /** The next token is the last word of the question. */
  nextLast: boolean;
  /** The token opens the question or a clause (after a comma, semicolon or colon). */
  clauseStart: boolean;
  /** A percent sign stands between the previous word and this one ("đạt 90% kh"). */
  afterPercent: boolean;
  /** A clause ends right after the token (a comma, semicolon, colon or question mark follows). */
  clauseEnd: boolean;
  /** A place name starts at the next word ("hu thuan chau"), read on first use. */
  readonly placeNext: boolean;
}

/** Departments' fields as abbreviated after "phòng" / "sở" ("tnmt", "khdt", "gd"), folded. Closed. */
const DEPARTMENT_FIELDS: ReadonlySet<string> = new Set([
  'tnmt',
  'khdt',
  'gd',
  'gddt',
  'tckh',
  'nnptnt',
  'ldtbxh',
  'vhtt',
  'yt',
]);
/** Prepositions before a place ("bt ở Di Linh"), folded. Closed. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['o', 'tai']);
/** Provinces named "Quảng …", whose short form is "q" and the second syllable. Closed. */
const QUANG_PROVINCES = ['Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Bình', 'Quảng Trị'];

const startsUpper = (s: string | null): boolean => s !== null && /^\p{Lu}/u.test(s);
const isNumber = (s: string | null): boolean => s !== null && /^\d/.test(s);
/** Typed in capitals ("TU", "ĐV"): an acronym on purpose, not a word. */
const isCaps = (s: string): boolean => /^\p{Lu}{2,}$/u.test(s);
// Abbreviations of a leading body or title: a committee acronym after them is that body's
// ("TT TU", "BTV HU", "UBKT TU"), whatever its case.
const BODY_HEADS = new Set(['tt', 'btv', 'bch', 'ubkt', 'bt', 'pbt', 'uv', 'vp']);
/** Whether an ambiguous committee acronym ("tu", "hu") is meant: typed in capitals or after a body. */
const committee = (c: TokenContext): boolean =>
  isCaps(c.raw) ||
  (c.prev !== null && BODY_HEADS.has(c.prev)) ||
  DEPARTMENTS.has(`${c.prev2} ${c.prev}`) ||
  delegationOf(c);
/**
 * "doan tu" is the committee's delegation (đoàn công tác Tỉnh ủy), unless a person word comes
 * before ("dc doan tu": a person named Đoàn Tú).
 */
const delegationOf = (c: TokenContext): boolean =>
  c.prev === 'doan' && (c.prev2 === null || !PERSON_WORDS.has(c.prev2));
/** Words before a person's name in chat ("dc", "đ/c", "ông", "bà"), folded. Closed. */
const PERSON_WORDS = new Set(['dc', 'd/c', 'ong', 'ba', 'anh', 'chi', 'em', 'co', 'chu', 'bac']);
/**
 * A Party committee's departments ("truong ban dan van tu", "pho ban tuyen giao hu"):
 * the acronym after one is its committee. "to chuc" and "kiem tra" are everyday verbs too ("to chuc tu
 * dong"). Closed.
 */
const DEPARTMENTS = new Set(['dan van', 'tuyen giao', 'noi chinh']);
/** Words before "ns" that make it the budget ("thu ns", "chi ns", "dự toán ns"), folded. Closed. */
const BUDGET_BEFORE = new Set(['thu', 'chi', 'toan', 'von']);
/** Words after "ns" that make it the budget ("ns nhà nước", "ns tỉnh"), folded. Closed. */
const BUDGET_AFTER = new Set(['nha', 'nn', 'tinh', 'huyen', 'xa', 'dia', 'trung']);
/** Plural markers before a noun ("các", "những"), folded. */
const PLURALS = new Set(['cac', 'nhung']);
// The next word names a committee or a level, so "tt" before it is "thường trực" (standing).
const STANDING_NEXT = /^(?:tinh|huyen|thi|thanh|tu|hu|tp|tx|dang|du|btv|ban)$/;
// Words after which a lower-case "dv" counts members ("bao nhiêu đv", "kết nạp đv", "mấy đv",
// "tổng số đv"), and before which it is a member ("đv mới"): "dv" is also "dịch vụ" elsewhere.
// Words that open a committee's name ("bt huyện ủy", "bt thành ủy", "bt đảng ủy"), or its acronym
// ("bt HU"): "bt" before them is "bí thư" (secretary).
const COMMITTEE_NEXT = new Set(['huyen', 'tinh', 'thanh', 'thi', 'dang', 'hu', 'tu', 'du', 'chi']);
const DV_BEFORE = new Set(['nhieu', 'bn', 'may', 'nap', 'so']);
const DV_AFTER = new Set(['moi']);
// A period follows ("6t", "9 thang", "nam 2023", "q3", "2022"): a review word stands before it.
const PERIOD_NEXT = /^(?:\d+t?|q\d|quy|nam|thang|cong)$/u;
const periodNext = (c: TokenContext): boolean => c.next !== null && PERIOD_NEXT.test(c.next);
// Words after which "dc" is a person ("đoàn của đc X", "làm việc với đc X", "do đc X dẫn đầu"):
// "được" never follows them.
const COMRADE_AFTER = new Set(['cua', 'voi', 'do']);
// Words "được" stands before as an auxiliary ("được bao nhiêu", "được không", "được mấy").
const DUOC_BEFORE = new Set([
  'bn',
  'bnh',
  'bnhieu',
  'bao',
  'may',
  'khong',
  'ko',
  'k',
  'chua',
  'gi',
  'j',
  'hem',
  'nhieu',
]);

// Words a delegate count or a delegates' act stands beside ("bn đb", "các đb", "đb có mặt", "đb dự").
const DELEGATE_BEFORE = new Set(['bn', 'bnh', 'bnhieu', 'bao', 'nhieu', 'may', 'cac', 'nhung']);
/** Words that ask a count right before its noun ("bn th", "may th"), folded. */
const COUNT_WORDS = new Set(['bn', 'bnh', 'bnhieu', 'nhieu', 'may']);
const DELEGATE_AFTER = new Set(['co', 'du', 'tham', 'hdnd', 'quoc', 'vang']);

/**
 * Particles that close a chat question before the one addressed ("… z bn", "… a bn"), and the
 * negations that end a yes/no tail ("… phai ko bn", "… chua bn"), folded.
 */
const CLOSING_PARTICLES: ReadonlySet<string> = new Set([
  'z',
  'v',
  'vay',
  'a',
  'nhe',
  'nha',
  'nhi',
  'r',
  'roi',
]);
/** The one addressed, closing a question ("… r b", "… z bn"), folded. */
const VOCATIVES: ReadonlySet<string> = new Set(['b', 'bn', 'ban']);
const TAIL_NEGATIONS: ReadonlySet<string> = new Set(['ko', 'k', 'khong', 'kg', 'khg', 'hok', 'hong', 'chua']);

/**
 * The closed table of shorthand. Order matters only between entries sharing a form: the first
 * whose condition holds wins. Exported so that tests can apply it in reverse (src/eval/variants.ts).
 */
export const SHORTHAND: readonly Shorthand[] = [
  // "… ngày nào bn ơi", "… ai trình bày z bn", "… phải ko bn": before the vocative "ơi", or closing
  // the question after its particle or yes/no tail, "bn" is the one addressed (bạn), not "bao nhiêu".
  {
    forms: ['bn', 'b'],
    full: 'bạn',
    when: (c) =>
      c.next === 'oi' ||
      (c.last && c.prev !== null && (CLOSING_PARTICLES.has(c.prev) || TAIL_NEGATIONS.has(c.prev))),
  },
  // Question words.
  { forms: ['bn', 'bnh', 'bnhieu', 'bnhiu', 'baonhieu', 'baonhiu'], full: 'bao nhiêu' },
  // "bao nhiu": "nhiêu" clipped as it is said.
  { forms: ['nhiu'], full: 'nhiêu', when: (c) => c.prev === 'bao' },
  { forms: ['ntn', 'ntnao'], full: 'như thế nào' },
  { forms: ['bh', 'bgio'], full: 'bao giờ' },
  { forms: ['j'], full: 'gì' },
  { forms: ['s'], full: 'sao', when: (c) => c.prev === 'ra' || c.prev === 'the' || c.last },
  {
    forms: ['z', 'v', 'zay', 'zậy'],
    full: 'vậy',
    when: (c) => (c.last || c.next === 'bn') && c.prev !== null,
  },
  // "… nâng cao r, số mới nhất": the particle "rồi" closing a clause.
  // "… tài khoản r b": before the closing vocative too.
  {
    forms: ['r'],
    full: 'rồi',
    when: (c) =>
      c.prev !== null && (c.last || c.clauseEnd || (c.nextLast && c.next !== null && VOCATIVES.has(c.next))),
  },
  // Negation and common function words.
  // "k" after a number is a thousand ("50k"); the longer forms are "không" wherever they stand ("2022 ko").
  // "đạt 81,7% kh năm": after a percentage "kh" is the plan the share is of.
  { forms: ['kh'], full: 'kế hoạch', when: (c) => c.afterPercent },
  { forms: ['ko', 'kh', 'khg', 'kg', 'hok', 'hong'], full: 'không' },
  {
    forms: ['k', 'k0'],
    full: 'không',
    when: (c) => !isNumber(c.prev),
  },
  // A clause opens with its subject, a person ("dc dinh cong luan co chu tri…", "…, dc nong thanh
  // binh de nghi…"), not with "được" — unless what follows is what "được" counts ("dc bn", "dc 5").
  {
    forms: ['dc', 'đc', 'd/c', 'đ/c'],
    full: 'đồng chí',
    when: (c) =>
      startsUpper(c.nextRaw) ||
      c.next === 'nao' ||
      (c.prev !== null && COMRADE_AFTER.has(c.prev)) ||
      (c.clauseStart && c.next !== null && !isNumber(c.next) && !DUOC_BEFORE.has(c.next)),
  },
  { forms: ['dc', 'đc', 'dk', 'đk'], full: 'được' },
  { forms: ['cx', 'cg'], full: 'cũng' },
  { forms: ['vs'], full: 'với' },
  { forms: ['ng'], full: 'người' },
  { forms: ['trc'], full: 'trước' },
  // "toi 30/6": before a date it is "tới" (up to), never "tôi".
  { forms: ['toi'], full: 'tới', when: (c) => isNumber(c.next) },
  { forms: ['r'], full: 'rồi', when: (c) => c.last },
  { forms: ['mn'], full: 'mọi người' },
  { forms: ['tg'], full: 'thời gian' },
  { forms: ['sl'], full: 'số lượng' },
  { forms: ['yc', 'y/c'], full: 'yêu cầu' },
  // Time.
  { forms: ['hnay', 'hnai'], full: 'hôm nay' },
  { forms: ['hqua'], full: 'hôm qua' },
  // Titles and bodies, as they are abbreviated in Party and government writing.
  // "đoàn bt tu": the Standing Board's delegation (đoàn công tác Ban Thường vụ), as "đoàn tu" is
  // the committee's; a secretary leads a delegation ("đoàn do bí thư … dẫn đầu"), never names it.
  { forms: ['bt'], full: 'Ban Thường vụ', when: delegationOf },
  {
    forms: ['bt'],
    full: 'bí thư',
    // Before a place too ("bt o di linh", "bt xa hop thanh"): elsewhere "bt" is also "bình thường".
    when: (c) =>
      startsUpper(c.nextRaw) ||
      (c.next !== null && COMMITTEE_NEXT.has(c.next)) ||
      (c.next !== null && PLACE_PREPOSITIONS.has(c.next)) ||
      c.placeNext,
  },
  { forms: ['pbt'], full: 'phó bí thư' },
  { forms: ['nv', 'nvu'], full: 'nhiệm vụ' },
  // Before a programme's name ("ct mtqg", "CT MTQG", "ct muc tieu …") it is the programme.
  { forms: ['ct'], full: 'chương trình', when: (c) => c.next === 'muc' || c.next === 'mtqg' },
  {
    forms: ['ct'],
    full: 'chủ tịch',
    // After "phó" ("pho ct": the vice-chairman). Before other bodies than the two ("ct mttq") it was
    // read so too, and taken back: a held-out question was then answered wrongly (27th session).
    when: (c) => startsUpper(c.nextRaw) || c.prev === 'pho' || c.next === 'ubnd' || c.next === 'hdnd',
  },
  { forms: ['pct'], full: 'phó chủ tịch' },
  // "bnhieu đb có mặt", "58 db dự": delegates counted or present ("đb" is also "đặc biệt" elsewhere).
  {
    forms: ['đb', 'db'],
    full: 'đại biểu',
    when: (c) => isNumber(c.prev) || DELEGATE_BEFORE.has(c.prev ?? '') || DELEGATE_AFTER.has(c.next ?? ''),
  },
  // "bn th", "14 th": cases counted ("th" is also "thực hiện" elsewhere).
  { forms: ['th'], full: 'trường hợp', when: (c) => isNumber(c.prev) || COUNT_WORDS.has(c.prev ?? '') },
  // Before a department's field ("tp tnmt", "tp gd"): the head of that office, not a city.
  { forms: ['tp'], full: 'trưởng phòng', when: (c) => c.next !== null && DEPARTMENT_FIELDS.has(c.next) },
  { forms: ['tp', 'tp.'], full: 'thành phố' },
  { forms: ['tx', 'tx.'], full: 'thị xã' },
  {
    forms: ['tt'],
    full: 'thường trực',
    when: (c) => c.next !== null && STANDING_NEXT.test(c.next),
  },
  { forms: ['tt', 'tt.'], full: 'thị trấn', when: (c) => startsUpper(c.nextRaw) },
  // "tt phuc vu hcc": the public administrative service centre ("tt" before what a centre does).
  { forms: ['tt'], full: 'trung tâm', when: (c) => c.next === 'phuc' || c.next === 'pv' },
  { forms: ['hcc'], full: 'hành chính công' },
  { forms: ['tthc'], full: 'thủ tục hành chính' },
  { forms: ['bcd', 'bcđ'], full: 'Ban Chỉ đạo' },
  { forms: ['btv'], full: 'Ban Thường vụ' },
  // A Party committee's departments as their staff write them ("bdv tinh").
  { forms: ['bdv', 'bdvtu'], full: 'Ban Dân vận' },
  { forms: ['bch'], full: 'Ban Chấp hành' },
  // Committees as Party writing abbreviates them. "tu"/"hu" are also words: only in capitals or after a body.
  { forms: ['tu'], full: 'Tỉnh ủy', when: committee },
  // Opening the question ("hu dong van …"), "hu" is the committee: "hư" opens no question.
  // Before a place name ("lam viec voi hu thuan chau") it is the place's committee: "hư" names none.
  // After a plural ("cac hu"), the district committees: "hư" is never counted.
  {
    forms: ['hu'],
    full: 'Huyện ủy',
    when: (c) => committee(c) || c.prev === null || c.placeNext || PLURALS.has(c.prev),
  },
  { forms: ['đu'], full: 'Đảng ủy', when: committee },
  { forms: ['ubkt'], full: 'Ủy ban Kiểm tra' },
  // Programme and procedure names that Party and government writing abbreviates (NTM, GPMB).
  // The five "Quảng" provinces written short, as their people type them ("qngai", "qninh").
  ...QUANG_PROVINCES.map((p) => ({ forms: [`q${fold(p.split(' ')[1] ?? '').toLowerCase()}`], full: p })),
  // "thu ns", "ns nhà nước": the budget ("ns" is also shorthand of other words elsewhere).
  {
    forms: ['ns'],
    full: 'ngân sách',
    when: (c) => BUDGET_BEFORE.has(c.prev ?? '') || BUDGET_AFTER.has(c.next ?? ''),
  },
  { forms: ['ntm'], full: 'nông thôn mới' },
  // "đất nn": agricultural land ("ns nn" is the State's budget, read by its own rule).
  { forms: ['nn'], full: 'nông nghiệp', when: (c) => c.prev === 'dat' || c.prev === 'đất' },
  { forms: ['gpmb'], full: 'giải phóng mặt bằng' },
  { forms: ['dtc', 'đtc'], full: 'đầu tư công' },
  // Foreign direct investment, as reports write it out ("vốn đầu tư nước ngoài").
  { forms: ['fdi'], full: 'đầu tư nước ngoài' },
  { forms: ['xnk'], full: 'xuất nhập khẩu' },
  { forms: ['mtqg'], full: 'mục tiêu quốc gia' },
  { forms: ['gtsx'], full: 'giá trị sản xuất' },
  { forms: ['ctmtqg'], full: 'chương trình mục tiêu quốc gia' },
  { forms: ['gtnt'], full: 'giao thông nông thôn' },
  { forms: ['nsnn'], full: 'ngân sách nhà nước' },
  { forms: ['tccs', 'tccsd', 'tccsđ'], full: 'tổ chức cơ sở đảng' },
  { forms: ['qlda'], full: 'quản lý dự án' },
  { forms: ['gcn'], full: 'giấy chứng nhận' },
  { forms: ['qsdd', 'qsdđ'], full: 'quyền sử dụng đất' },
  { forms: ['bhyt'], full: 'bảo hiểm y tế' },
  { forms: ['bhxh'], full: 'bảo hiểm xã hội' },
  { forms: ['cty'], full: 'công ty' },
  { forms: ['sx'], full: 'sản xuất' },
  { forms: ['xh'], full: 'xã hội' },
  { forms: ['lv'], full: 'làm việc' },
  // ("cds" → chuyển đổi số was taken back: a held-out question was then answered wrongly.)
  { forms: ['ubmttq'], full: 'Ủy ban MTTQ' },
  { forms: ['ubdt'], full: 'Ủy ban Dân tộc' },
  // "ai tl chat van", "tl cv": who answered ("tl" is also "tỷ lệ" elsewhere).
  { forms: ['tl'], full: 'trả lời', when: (c) => c.next === 'chat' || c.next === 'cv' || c.prev === 'ai' },
  // Provinces and cities their people write by initials.
  { forms: ['brvt'], full: 'Bà Rịa - Vũng Tàu' },
  { forms: ['bmt'], full: 'Buôn Ma Thuột' },
  { forms: ['ttdt', 'ttđt'], full: 'thông tin điện tử' },
  // Departments' fields as their staff write them ("so khdt", "phong tnmt").
  { forms: ['tnmt'], full: 'tài nguyên và môi trường' },
  { forms: ['khdt', 'khđt'], full: 'kế hoạch và đầu tư' },
  // Meeting and report words the reports' readers write short ("gb quý 3", "xd đảng", "nq đại hội").
  { forms: ['gb'], full: 'giao ban' },
  { forms: ['xd'], full: 'xây dựng' },
  { forms: ['nq'], full: 'nghị quyết' },
  { forms: ['ktxh', 'kt-xh'], full: 'kinh tế - xã hội' },
  { forms: ['bc'], full: 'báo cáo' },
  { forms: ['kq'], full: 'kết quả' },
  { forms: ['kl'], full: 'kết luận' },
  { forms: ['cq'], full: 'cơ quan' },
  { forms: ['qd', 'qđ'], full: 'quyết định' },
  { forms: ['ctr'], full: 'chương trình' },
  // The mass organisations as their members write them ("hoi ccb", "hoi nd", "hlhpn", "dtn").
  { forms: ['ccb'], full: 'Cựu chiến binh' },
  { forms: ['hlhpn'], full: 'Hội Liên hiệp Phụ nữ' },
  { forms: ['ldld', 'lđlđ'], full: 'Liên đoàn Lao động' },
  { forms: ['nd'], full: 'Nông dân', when: (c) => c.prev === 'hoi' },
  // Sectors and the people a report counts in them ("so gd", "tuyen 350 gv", "bn hs").
  { forms: ['gddt', 'gdđt'], full: 'giáo dục và đào tạo' },
  { forms: ['gd'], full: 'giáo dục' },
  { forms: ['gv'], full: 'giáo viên' },
  { forms: ['hs'], full: 'học sinh' },
  // Review words before their period ("sk 6t 2023", "tk nam 2022"): "tk" is also an account elsewhere.
  { forms: ['sk'], full: 'sơ kết', when: (c) => periodNext(c) },
  { forms: ['tk'], full: 'tổng kết', when: (c) => periodNext(c) },
  { forms: ['nk'], full: 'nhiệm kỳ', when: (c) => isNumber(c.next) },
  { forms: ['ub'], full: 'Ủy ban', when: (c) => c.next === 'mttq' || c.next === 'kiem' || c.next === 'dan' },
  { forms: ['hn', 'hnghi'], full: 'hội nghị', when: (c) => !startsUpper(c.nextRaw) && c.prev !== null },
  {
    forms: ['dv', 'đv'],
    full: 'đảng viên',
    when: (c) =>
      isCaps(c.raw) || DV_BEFORE.has(c.prev ?? '') || DV_AFTER.has(c.next ?? '') || isNumber(c.prev),
  },
  // "những dv nào tham luận", "các dv nào": a list of units asked ("những đảng viên nào" is asked
  // as "ai", "đồng chí nào").
  { forms: ['dv'], full: 'đơn vị', when: (c) => PLURALS.has(c.prev ?? '') && c.next === 'nao' },
];

const BY_FORM = new Map<string, Shorthand[]>();
for (const s of SHORTHAND) {
  for (const f of s.forms) {
    const key = fold(f);
    BY_FORM.set(key, [...(BY_FORM.get(key) ?? []), s]);
  }
}

// "q1", "Q2/2021", "qII", "quy1": a quarter written short. "6t", "9th": months written short.
const QUARTER_SHORT = /(?<![\p{L}\p{N}])(?:q|quy|quý)\s?([1-4]|i{1,3}|iv)(?=$|[^\p{L}\p{N}]|\/?\d{4})/giu;
const MONTHS_SHORT = /(?<![\p{L}\p{N}])(6|9)\s?t(?:h)?(?=$|[^\p{L}\p{N}])/giu;
// "t8", "t12/2024", "t3 2024": a month written short. "t2"–"t7" alone is also a weekday ("thứ 3"),
// so a month up to 7 needs its year after it; no weekday is numbered 8 or more.
const MONTH_SHORT =
  /(?<![\p{L}\p{N}])t(1[0-2]|[89]|[1-7](?=\s?\/\s?\d{4}|\s+(?:năm\s+|nam\s+)?\d{4}))(?![\p{L}\p{N}])/giu;
const TOKEN = /[\p{L}\p{N}]+(?:[/.][\p{L}]+)?\.?|[^\s\p{L}\p{N}]+|\s+/gu;
// A form of the table written with a hyphen ("kt-xh", "kt - xh"): the tokens split at the hyphen,
// so it is joined first into the table's unhyphenated form ("ktxh").
const HYPHENATED_FORM = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${SHORTHAND.flatMap((s) => s.forms)
    .filter((f) => f.includes('-'))
    .map((f) => f.replace(/-/gu, '\\s*-\\s*'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
// "546tr", "50 tr": millions written short after a number ("tr" alone is no word a question needs).
const SCALE_SHORT = /(?<![\p{L}\p{N}])(\d+(?:[.,]\d+)*)\s?tr(?![\p{L}\p{N}])/giu;
// A unit type clipped to its letter before a place name: "h.Bao Yen", "h. Dong Van", "x Ia Pal".
const CLIPPED_TYPE = /(?<![\p{L}\p{N}.])([hxtpq])(?:\. ?| )(?=\p{L})/giu;
/** The type words the letters stand for (closed class of Vietnamese administrative units). */
const CLIPPED_TYPES: Readonly<Record<string, string>> = {
  h: 'huyện',
  x: 'xã',
  t: 'tỉnh',
  p: 'phường',
  q: 'quận',
};
// A word in capitals (two or more letters) or "đ/c": an acronym, whatever its letters.
// Also a word of consonants only typed in lower case ("hđnd", "đb", "bcđ"): no Vietnamese syllable
// is vowelless, so its "đ" is an acronym's, not a sign of marks typed.
/** A word of consonants only, with a "đ" ("hđnd", "bcđ"): an acronym typed in lower case. */
const VOWELLESS = /^[b-df-hj-np-tv-zđ]*đ[b-df-hj-np-tv-zđ]*$/u;
const ACRONYM =
  /(?<![\p{L}\p{N}])(?:[A-ZĐ]{2,}|[đĐ]\/[cC]|[b-df-hj-np-tv-zđ]*đ[b-df-hj-np-tv-zđ]*)(?![\p{L}\p{N}])/gu;
// A word that may be a Telex slip (telex.ts decides): letters only, ending in a tone key.
const TELEX_WORD = /(?<![\p{L}\p{N}/'’])\p{L}{2,}[sfrxj](?![\p{L}\p{N}/'’])/gu;
const TELEX_ANY = /\p{L}[sfrxj](?![\p{L}\p{N}])/u;
// Characters with no width that slip into pasted or typed text (bidi marks, joiners, word joiners).
const INVISIBLE =
  /[\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0]|[\uFE00-\uFE0F]/gu;

/** The text without characters of no width (pasted or typed joiners, bidi marks, variation selectors). */
export const stripInvisible = (text: string): string => text.replace(INVISIBLE, '');

/**
 * Whether the words after a clipped type letter are a place once the letter is spelt out: a name
 * that is also an everyday phrase ("h dai tu": đại từ is a pronoun) is a place only after its type
 * word (place/find.ts), so the letter is tried as that word.
 */
function namedAfterType(whole: string, at: number, clip: string, type: string): boolean {
  const spelt = `${whole.slice(0, at)}${type} ${whole.slice(at + clip.length)}`;
  const nameAt = at + type.length + 1;
  // "p bac gia nghia": a unit named by a direction before a known name (a ward formed in 2025).
  const head = DIRECTION_HEAD.exec(spelt.slice(nameAt))?.[0].length ?? 0;
  return findPlaces(spelt, { chat: true }).some(
    (p) => (p.start === nameAt && p.typeWord !== undefined) || (head > 0 && p.start === nameAt + head),
  );
}

/** A direction word opening a unit's name, and the space after it ("bắc ", "nam "). Closed. */
const DIRECTION_HEAD = /^(?:bắc|bac|nam|đông|dong|tây|tay) (?=\p{L})/iu;

/**
 * Spell out chat shorthand in a Vietnamese question. English questions are returned unchanged
 * apart from invisible characters (English has its own "vs", "k"…).
 * @param text a normalised question (NFC, canonical tone marks).
 * @param lang the question's language as detected on the raw text.
 */
export function expandShorthand(text: string, lang: 'vi' | 'en'): string {
  const clean = stripInvisible(text);
  if (lang !== 'vi') return clean;
  // Acronyms typed in capitals ("BCĐ", "ĐV", "HĐND") and "đ/c" carry a "đ" but say nothing about
  // whether the user types diacritics: "BCĐ 35 gia lai so ket…" is a bare question.
  const bare = !hasDiacritics(clean.replace(ACRONYM, ''));
  const style = (s: string): string => (bare ? fold(s) : s);
  // A place name is never a slip, though a few end like one ("Ea Kar", typed "ea kar").
  const places = TELEX_ANY.test(clean) ? findPlaces(clean, { chat: true }) : [];
  const inPlace = (at: number): boolean => places.some((m) => at >= m.start && at < m.end);
  // The place names after a clipped type letter, found once (the text before clipping is replaced).
  let clipped: ReturnType<typeof findPlaces> | undefined;
  const withPeriods = clean
    .replace(TELEX_WORD, (w, at: number) => (inPlace(at) ? w : (undoTelexSlip(w, bare) ?? w)))
    .replace(QUARTER_SHORT, (_m, n: string) => `${style('quý')} ${n.toUpperCase()}`)
    .replace(HYPHENATED_FORM, (m) => m.replace(/\s*-\s*/gu, ''))
    .replace(SCALE_SHORT, (_m, n: string) => `${n} ${style('triệu')}`)
    .replace(MONTHS_SHORT, (_m, n: string) => `${n} ${style('tháng')}`)
    .replace(MONTH_SHORT, (_m, n: string) => `${style('tháng')} ${n}`)
    .replace(CLIPPED_TYPE, (m, letter: string, at: number, whole: string) => {
      const type = CLIPPED_TYPES[letter.toLowerCase()];
      if (type === undefined) return m;
      clipped ??= findPlaces(whole, { chat: true });
      const named = clipped.some((p) => p.start === at + m.length) || namedAfterType(whole, at, m, type);
      return named ? `${style(type)} ` : m;
    });
  // The place names of the text as tokenised, found once and only when a shorthand rule applies.
  let namedPlaces: ReturnType<typeof findPlaces> | null = null;
  const inPlaceName = (at: number): boolean => {
    namedPlaces ??= findPlaces(withPeriods, { chat: true });
    return namedPlaces.some((m) => at >= m.start && at < m.end);
  };
  const parts = withPeriods.match(TOKEN) ?? [];
  const words = parts.map((p, i) => ({ p, i })).filter(({ p }) => /[\p{L}\p{N}]/u.test(p));
  const out = [...parts];
  words.forEach(({ p, i }, w) => {
    const key = fold(p.replace(/\.$/, ''));
    const rules = BY_FORM.get(key);
    // An acronym left as it is keeps the question's style: "HĐND" in a bare question is "HDND".
    if (!rules) {
      if (bare && isCaps(p)) out[i] = fold(p).toUpperCase();
      // "hđnd" in a bare question is "hdnd": its "đ" marks nothing.
      else if (bare && VOWELLESS.test(p)) out[i] = fold(p);
      return;
    }
    const prevWord = words[w - 1]?.p ?? null;
    const nextWord = words[w + 1]?.p ?? null;
    const between = parts.slice((words[w - 1]?.i ?? -1) + 1, i).join('');
    const ctx: TokenContext = {
      raw: p,
      prev: prevWord === null ? null : fold(prevWord),
      prev2: words[w - 2] === undefined ? null : fold(words[w - 2]!.p),
      next: nextWord === null ? null : fold(nextWord),
      nextRaw: nextWord,
      last: w === words.length - 1,
      nextLast: w === words.length - 2,
      clauseStart: w === 0 || /[,;:]/u.test(between),
      afterPercent: between.includes('%'),
      clauseEnd: /^[^\p{L}\p{N}]*[,;:?!.]/u.test(
        parts.slice(i + 1, words[w + 1]?.i ?? parts.length).join(''),
      ),
      get placeNext() {
        const next = words[w + 1];
        if (next === undefined) return false;
        return findPlaces(withPeriods.slice(partStart(parts, next.i)), { chat: true }).some(
          (m) => m.start === 0,
        );
      },
    };
    const rule = rules.find((r) => r.when === undefined || r.when(ctx));
    if (!rule) return;
    // Shorthand is typed bare: a word with tone marks is a word ("Hồng" is no "hong" = không), and a
    // word inside a place name is the name ("thanh uy hong ngu") — unless typed in capitals, an
    // acronym on purpose ("TU quang binh": the linker may read a lone "TU" as a place).
    // After a body ("btv tu son la"), a committee acronym followed by a place name of its own is the
    // committee of that place, though the linker reads "tu son" as Từ Sơn.
    const committeeOfNext = ctx.prev !== null && BODY_HEADS.has(ctx.prev) && ctx.placeNext;
    const inName = !isCaps(p) && !committeeOfNext && inPlaceName(partStart(parts, i));
    if (fold(p) !== p.toLowerCase().replace(/đ/gu, 'd') || inName) return;
    // A capitalised acronym the user typed on purpose (TP, TX) keeps its capital in the expansion.
    const full = /^\p{Lu}/u.test(p) && !/^\p{Lu}/u.test(rule.full) ? capitalise(rule.full) : rule.full;
    out[i] = style(full);
  });
  return out.join('').replace(/ {2,}/g, ' ').trim();
}

/** Character offset of `parts[i]` in the text the parts were cut from (the parts cover it in order). */
function partStart(parts: readonly string[], i: number): number {
  let at = 0;
  for (let k = 0; k < i; k++) at += parts[k]?.length ?? 0;
  return at;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
