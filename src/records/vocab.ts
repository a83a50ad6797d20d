/**
 * Closed vocabularies the record extractors read. Each table is a closed grammatical or
 * institutional class of Vietnamese meeting reports (role verbs, measure units, scale words,
 * organisation kinds…), listed once here so that extending one is a one-line change and nothing
 * elsewhere depends on a particular article or question. Open classes (what a figure counts,
 * which task was set) are never listed: they are read from the text around these anchors.
 */
import { fold } from '../text/normalize.ts';
import { escapeRegExp } from '../text/regex.ts';
import type { FigureKind, Role } from './types.ts';

/** Letters and digits: the lookarounds below stand in for `\b`, which is ASCII-only in JS. */
export const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
export const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';

/**
 * The end of a text, at most about `n` characters, cut at a space: end-anchored patterns run on
 * it instead of on a whole sentence, which keeps them linear in the sentence length.
 */
export function tail(text: string, n: number): string {
  if (text.length <= n) return text;
  const cut = text.indexOf(' ', text.length - n);
  return cut < 0 ? text.slice(-n) : text.slice(cut);
}

/** Regex alternation of literal phrases, longest first so a phrase wins over its own prefix. */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
    .join('|');
}

// ---------------------------------------------------------------- roles

/**
 * Verbs that follow a person (or a list of people) and give the role: the verbs by which
 * Vietnamese reports say who chaired, presented, concluded, directed, spoke or attended. Closed:
 * the register has a fixed repertoire for these acts. "dự" excludes "dự kiến/dự án/dự thảo/dự toán"
 * (see `ROLE_VERB_AFTER`); "giao" excludes "giao ban".
 */
export const ROLE_VERBS: Readonly<Record<string, Role>> = {
  'đồng chủ trì': 'cochair',
  'cùng chủ trì': 'cochair',
  'chủ trì': 'chair',
  'chủ tọa': 'chair',
  'làm trưởng đoàn': 'leader',
  'là trưởng đoàn': 'leader',
  'dẫn đầu': 'leader',
  'trình bày báo cáo': 'presenter',
  'trình bày': 'presenter',
  'thông qua báo cáo': 'presenter',
  'báo cáo': 'presenter',
  'phát biểu kết luận': 'concluder',
  'kết luận': 'concluder',
  'phát biểu bế mạc': 'concluder',
  'bế mạc': 'concluder',
  'phát biểu chỉ đạo': 'director',
  'chỉ đạo': 'director',
  'yêu cầu': 'director',
  'đề nghị': 'director',
  // A typing slip found in real pages ("dề nghị"): the same verb.
  'dề nghị': 'director',
  'lưu ý': 'director',
  giao: 'director',
  'phát biểu khai mạc': 'speaker',
  'khai mạc': 'speaker',
  'phát biểu': 'speaker',
  'nhấn mạnh': 'speaker',
  'cho biết': 'speaker',
  'khẳng định': 'speaker',
  'điều hành': 'speaker',
  'ghi nhận': 'speaker',
  'biểu dương': 'speaker',
  'đánh giá cao': 'speaker',
  'cùng tham dự': 'attendee',
  'tham dự': 'attendee',
  'cùng dự': 'attendee',
  dự: 'attendee',
};

/** Adverbs allowed between a person's title and the role verb ("… đã chủ trì", "… trực tiếp chỉ đạo"). */
export const ROLE_ADVERBS = ['đã', 'sẽ', 'vừa', 'cũng', 'trực tiếp', 'đồng thời'];

/**
 * Phrases that precede a person (or list) and give the role: the inverted order ("Dự và chủ trì
 * hội nghị có đồng chí…", "Kết luận hội nghị, đồng chí…", "Đó là yêu cầu của đồng chí…").
 * Checked in this order; the first that ends right before the person wins. Each source is
 * anchored at the end (`$`) of the text before the person.
 */
export const ROLE_PREFIXES: readonly { role: Role; source: string }[] = [
  {
    role: 'cochair',
    source: '(?:đồng|cùng)\\s+chủ\\s+(?:trì|tọa)(?:\\s+[^\\s.;:,]+){0,4}?\\s+(?:có|là|gồm)\\s*:?\\s*',
  },
  {
    role: 'chair',
    source: '(?:dự\\s+và\\s+)?chủ\\s+(?:trì|tọa)(?:\\s+[^\\s.;:,]+){0,4}?\\s+(?:có|là|gồm)\\s*:?\\s*',
  },
  // "Hội nghị đặt dưới sự chủ trì của đồng chí …": the noun form of the verb.
  { role: 'cochair', source: 'sự\\s+(?:đồng|cùng)\\s+chủ\\s+(?:trì|tọa)\\s+của\\s+' },
  { role: 'chair', source: 'sự\\s+chủ\\s+(?:trì|tọa)\\s+của\\s+' },
  // "Điều hành hội nghị là đồng chí …": who ran the meeting is named as its chair.
  {
    role: 'chair',
    source:
      'điều\\s+hành\\s+(?:hội\\s+nghị|cuộc\\s+họp|phiên\\s+họp|buổi\\s+làm\\s+việc)\\s+(?:là|có)\\s*:?\\s*',
  },
  {
    role: 'leader',
    source: '(?:trưởng\\s+đoàn|dẫn\\s+đầu\\s+đoàn)(?:\\s+[^\\s.;:,]+){0,3}?\\s+(?:là|có)\\s*:?\\s*',
  },
  {
    role: 'concluder',
    source: '(?:phát\\s+biểu\\s+)?(?:kết\\s+luận|bế\\s+mạc)(?:\\s+[^\\s,.;]+){0,3}\\s*,\\s*',
  },
  { role: 'concluder', source: 'kết\\s+luận\\s+của\\s+' },
  { role: 'concluder', source: 'sau\\s+khi\\s+nghe[^.;]{0,120}?,\\s*' },
  { role: 'director', source: 'phát\\s+biểu\\s+chỉ\\s+đạo(?:\\s+[^\\s,.;]+){0,3}\\s*,\\s*' },
  { role: 'director', source: '(?:yêu\\s+cầu|ý\\s+kiến\\s+chỉ\\s+đạo|chỉ\\s+đạo)\\s+của\\s+' },
  {
    role: 'director',
    source:
      '(?:tham\\s+)?dự\\s+và\\s+(?:phát\\s+biểu\\s+)?chỉ\\s+đạo(?:\\s+[^\\s.;:,]+){0,3}?\\s+(?:có|là)\\s*:?\\s*',
  },
  {
    role: 'presenter',
    source: '(?:theo\\s+)?(?:báo\\s+cáo|tờ\\s+trình)(?:\\s+[^\\s,.;]+){0,4}?\\s+(?:của|do)\\s+',
  },
  // "Trình bày báo cáo sơ kết, đồng chí …": the report's presenter named after the verb's phrase,
  // which names the report in full ("Trình bày báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm,
  // đồng chí …"): up to the first punctuation, the words of a long report title.
  { role: 'presenter', source: 'trình\\s+bày(?:\\s+[^\\s,.;]+){0,24}\\s*,\\s*' },
  // "Báo cáo tại buổi làm việc, đồng chí …": a sentence opening with the report, the person after
  // its comma. At the sentence's start only ("… thông qua báo cáo, đồng chí X cho rằng" is a speaker).
  { role: 'presenter', source: '^\\s*(?:theo\\s+)?báo\\s+cáo(?:\\s+[^\\s,.;]+){0,8}\\s*,\\s*' },
  { role: 'speaker', source: 'phát\\s+biểu(?:\\s+[^\\s,.;]+){0,3}\\s*,\\s*' },
  {
    role: 'attendee',
    source:
      '(?:(?:cùng\\s+)?(?:tham\\s+)?dự|tiếp\\s+và\\s+làm\\s+việc\\s+với\\s+đoàn)(?:\\s+[^\\s.;:,]+){0,3}?\\s+(?:còn\\s+)?(?:có|gồm)\\s*:?\\s*',
  },
  { role: 'attendee', source: 'có\\s+sự\\s+tham\\s+dự\\s+của\\s*:?\\s*' },
  // "Về phía huyện X có đồng chí …": the host's people at a working session.
  { role: 'attendee', source: 'về\\s+phía(?:\\s+[^\\s.;:,]+){1,6}?\\s+(?:có|gồm)\\s*:?\\s*' },
];

/**
 * Title heads that can stand before a name ("Bí thư Huyện ủy Tăng Thị Kim Thoa"): the leading
 * posts of Party and State bodies. Closed: the set of posts is institutional.
 */
export const TITLE_HEADS = [
  'Bí thư',
  'Phó Bí thư',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Trưởng ban',
  'Trưởng Ban',
  'Phó Trưởng ban',
  'Giám đốc',
  'Chánh Văn phòng',
  'Trưởng đoàn',
];

/** Bodies a pre-name title may name ("Bí thư Huyện ủy …"); a place after them is not allowed (see roles.ts). */
export const TITLE_BODIES = ['Tỉnh ủy', 'Huyện ủy', 'Thị ủy', 'Thành ủy', 'Đảng ủy', 'UBND', 'HĐND'];

// ---------------------------------------------------------------- figures

/**
 * Measure units and the count nouns the reports' key figures use, each written form mapped to
 * its canonical noun. Closed: these are the units of money, proportion, area, length, mass, and
 * the members, households and visits Party reports count; any other counted noun stays in the
 * figure's subject with a null unit. "đồng chí" after a number counts members ("lên 3.742 đồng
 * chí") and is read as 'đảng viên' when the clause names đảng viên; "quần chúng ưu tú" admitted
 * ("kết nạp 49 quần chúng ưu tú vào Đảng") are new members, read as 'đảng viên' (figures.ts).
 */
export const UNITS: Readonly<Record<string, string>> = {
  đồng: 'đồng',
  VNĐ: 'đồng',
  VND: 'đồng',
  USD: 'USD',
  '%': '%',
  'phần trăm': '%',
  'đảng viên': 'đảng viên',
  'tổ chức cơ sở đảng': 'tổ chức cơ sở đảng',
  TCCSĐ: 'tổ chức cơ sở đảng',
  'tổ chức đảng': 'tổ chức đảng',
  'chi bộ': 'chi bộ',
  'đảng bộ': 'đảng bộ',
  hộ: 'hộ',
  lượt: 'lượt',
  người: 'người',
  'học viên': 'học viên',
  'thành viên': 'thành viên',
  'cán bộ': 'cán bộ',
  ha: 'ha',
  'héc-ta': 'ha',
  hecta: 'ha',
  km: 'km',
  'ki-lô-mét': 'km',
  mét: 'm',
  m: 'm',
  m2: 'm2',
  'm²': 'm2',
  tấn: 'tấn',
  'tấn/ha': 'tấn/ha',
  'tạ/ha': 'tạ/ha',
  tạ: 'tạ',
  'đồng chí': 'đồng chí',
  'quần chúng ưu tú': 'quần chúng ưu tú',
};

/**
 * Units that count people: "bao nhiêu người", "mấy người" asks for any of them ("180 đảng viên mới"
 * answers "phấn đấu kết nạp mấy người"). Closed: canonical `UNITS` values naming persons.
 */
export const PERSON_UNITS: ReadonlySet<string> = new Set([
  'người',
  'đảng viên',
  'học viên',
  'thành viên',
  'cán bộ',
  'đồng chí',
  'quần chúng ưu tú',
]);

/** Scale words and their factors; "nghìn tỷ" is one word of scale 1e12. Closed: the numeral system. */
export const SCALES: Readonly<Record<string, number>> = {
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
  'nghìn tỷ': 1e12,
  'ngàn tỷ': 1e12,
  'nghìn tỉ': 1e12,
};

/** Approximators before a number. Closed: the hedges of Vietnamese quantity phrases. */
export const QUALIFIERS: Readonly<Record<string, 'over' | 'under' | 'about'>> = {
  hơn: 'over',
  trên: 'over',
  ngoài: 'over',
  gần: 'under',
  dưới: 'under',
  'chưa đến': 'under',
  khoảng: 'about',
  ước: 'about',
  'ước đạt': 'about',
  'xấp xỉ': 'about',
  chừng: 'about',
};

/**
 * Words after a number that make it a duration, age, ordinal or date part, never a reported
 * figure ("9 tháng", "92 năm Ngày truyền thống", "18 tuổi"). Closed: time units.
 */
export const TIME_UNITS = ['năm', 'tháng', 'quý', 'tuần', 'ngày', 'giờ', 'phút', 'tuổi', 'kỳ', 'đợt'];

/**
 * Words right before a number that make it a name, ordinal or rank ("lần thứ 21", "Nghị quyết số
 * 18", "phường 1", "khóa 15", "mũi 3", "loại III", "Quốc khánh 2/9"). Closed: the ordinal markers.
 */
export const ORDINAL_MARKERS = [
  'thứ',
  'lần',
  'số',
  'khóa',
  'phường',
  'quận',
  'mũi',
  'loại',
  'hạng',
  'cấp độ',
  'tổ',
  'khu',
  'Quốc khánh',
  // Numbered bodies and documents ("Ban Chỉ đạo 35", "Nghị quyết 19", "Hội nghị Trung ương 5").
  'Ban Chỉ đạo',
  'Lực lượng',
  'Chỉ thị',
  'Nghị quyết',
  'Trung ương',
  'Đề án',
  'Kế hoạch',
  'Quyết định',
  'Kết luận',
  'Quy định',
  'Thông báo',
  'Công văn',
];

/**
 * Units that measure rather than name what is counted ("71,6 tỷ đồng", "97,5%", "1.850 ha"):
 * they stay out of a figure's subject, while count nouns ("96 đảng viên mới") join it.
 */
export const MEASURE_UNITS = new Set([
  'đồng',
  '%',
  'ha',
  'km',
  'm',
  'm2',
  'tấn',
  'tấn/ha',
  'tạ/ha',
  'tạ',
  'lượt',
]);

/**
 * Cues of a figure's kind, looked for in the clause before the number (and, for 'new', in the
 * noun phrase after it). Checked in this order; 'result' is the default. Closed: these are the
 * fixed formulas of planning (target), stock (total), flow (new) and comparison (change).
 */
export const KIND_CUES: readonly {
  kind: FigureKind;
  before: readonly string[];
  after?: readonly string[];
}[] = [
  {
    kind: 'target',
    before: [
      'phấn đấu',
      'chỉ tiêu',
      'mục tiêu',
      'kế hoạch đề ra',
      'dự kiến',
      'phải đạt',
      'đến năm',
      'xuống dưới',
    ],
  },
  { kind: 'change', before: ['tăng', 'giảm'], after: ['so với'] },
  {
    kind: 'total',
    before: ['tổng số', 'hiện có', 'có tổng số', 'nâng tổng số', 'toàn huyện có', 'toàn tỉnh có'],
  },
  { kind: 'new', before: ['kết nạp', 'tăng thêm', 'có thêm', 'thành lập mới', 'trong kỳ'], after: ['mới'] },
];

/**
 * Link words between a subject and its figure, dropped from the subject ("… đạt 71,6 tỷ đồng"):
 * copulas, approximators and conjunctions. Closed: function words.
 */
export const LINK_WORDS = [
  'đạt',
  'đạt được',
  'ước đạt',
  'bằng',
  'là',
  'lên',
  'còn',
  'có',
  'mới',
  'chỉ',
  'hiện có',
  'hiện nay có',
  'với',
  'và',
  'khoảng',
  'hơn',
  'trên',
  'gần',
  'dưới',
  'đủ',
  'chiếm',
  'giảm còn',
  'xuống còn',
  'xuống dưới',
  'tăng',
  'giảm',
  'tăng thêm',
];

/** Links that make a figure a ratio of the one before ("58 đảng viên, đạt 72,5% chỉ tiêu"). */
export const RATIO_LINKS = ['đạt', 'bằng', 'chiếm'];

// ---------------------------------------------------------------- meeting

/**
 * Kinds of bodies that hold meetings, most specific first: a standing committee or steering
 * committee is named before the Party committee it belongs to ("Ban Thường vụ Huyện ủy …" →
 * 'Ban Thường vụ'). Closed: the institutional structure of Party, State and Front bodies.
 */
export const ORG_KINDS = [
  'Ban Thường vụ',
  'Thường trực',
  'Ban Chấp hành',
  'Ban Chỉ đạo',
  'Hội đồng',
  'Tổ công tác',
  'Đảng ủy Khối',
  'Khối Đảng',
  'Ủy ban Kiểm tra',
  'Ban Tuyên giáo',
  'Ban Tổ chức',
  'Ban Dân vận',
  'Tỉnh ủy',
  'Huyện ủy',
  'Thị ủy',
  'Thành ủy',
  'Đảng ủy',
  'Chi bộ',
  'UBND',
  'Ủy ban nhân dân',
  'HĐND',
  'Hội đồng nhân dân',
  'MTTQ',
  'Mặt trận Tổ quốc',
  'Sở',
];

/**
 * Kinds of bodies named by their purpose, a lower-case phrase before the place ("Ban Chỉ đạo
 * thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế huyện Ba Tơ", "Hội đồng bồi thường, hỗ trợ
 * và tái định cư tỉnh Quảng Bình", "Tổ công tác chống thất thu ngân sách huyện Bắc Quang").
 * Closed: the ad-hoc bodies of Party and State administration.
 */
export const PURPOSE_ORG_KINDS = ['Ban Chỉ đạo', 'Hội đồng', 'Tổ công tác', 'Ban Quản lý'];

/**
 * Words that end a body's purpose phrase: what the body does at the meeting, never part of its
 * name ("Ban Chỉ đạo họp tại xã …"). Closed: the meeting verbs and the venue preposition.
 */
export const PURPOSE_STOP_WORDS = [
  'họp',
  'tổ chức',
  'tại',
  'làm việc',
  'sơ kết',
  'tổng kết',
  'giao ban',
  'đã',
  'vừa',
  'về',
];

/**
 * Verbs of movement a scraped lead puts between a body and its meeting ("Thường trực Tỉnh ủy Lào
 * Cai về làm việc với …"): never the end of the body's name. Closed: verbs of coming.
 */
export const ORG_TRAILING_VERBS = ['về', 'đến', 'tới', 'xuống', 'lên'];

/**
 * Nouns that name a meeting ("hội nghị", "cuộc họp"…), as questions and articles write them.
 * Closed: the register's words for a sitting of a body. English forms in `MEETING_NOUNS_EN`.
 */
/**
 * A Party committee's departments by their English names (pattern sources, lower case), with the
 * folded Vietnamese department: "Propaganda Commission" is "Ban Tuyên giáo". Closed class.
 */
export const PARTY_DEPARTMENTS_EN: readonly { en: string; vi: string }[] = [
  { en: 'propaganda(?: and education)?', vi: 'ban tuyen giao' },
  { en: 'organi[sz]ation (?:commission|committee|department)', vi: 'ban to chuc' },
  { en: 'mass mobili[sz]ation', vi: 'ban dan van' },
  { en: 'internal affairs', vi: 'ban noi chinh' },
  { en: 'inspection (?:commission|committee)', vi: 'uy ban kiem tra' },
];

/**
 * Nouns of measure that open a figure's subject: what follows them names what is measured
 * ("diện tích cây cà phê", "sản lượng tôm nuôi"). Closed class.
 */
export const MEASURE_NOUNS = ['diện tích', 'sản lượng', 'năng suất', 'kim ngạch', 'doanh thu', 'số lượng'];
/**
 * Nouns of a capacity or size ("kho lạnh quy mô 5.000 tấn", "nhà máy công suất 300 tấn/ngày"): what
 * a works can hold or make, not what was measured in the period. Closed class.
 */
export const CAPACITY_NOUNS = ['quy mô', 'công suất'];
/**
 * Revenues a report states apart ("Thu ngân sách … đạt 98,5 tỷ đồng …; riêng thu tiền sử dụng đất
 * đạt 38% kế hoạch"): an amount of one is no amount of the other. Closed class.
 */
export const REVENUE_NOUNS = ['thu ngân sách', 'tiền sử dụng đất'];
/**
 * The movements of the poverty count a report states apart ("437 hộ thoát nghèo", "12 hộ tái nghèo",
 * "phát sinh 30 hộ nghèo mới"): a count of one is no count of another. Closed class.
 */
export const POVERTY_MOVES = ['thoát nghèo', 'tái nghèo', 'phát sinh nghèo', 'hộ nghèo mới'];
/** Nouns naming a plan or an estimate, whose amounts reports state as targets. Closed class. */
export const PLAN_NOUNS = ['kế hoạch', 'dự toán'];
/**
 * What a Party organisation does to its members, as reports count them apart ("kết nạp 14 đảng
 * viên mới", "thi hành kỷ luật 2 đảng viên", "trao Huy hiệu Đảng cho 35 đảng viên", "chuyển sinh
 * hoạt cho 264 đảng viên", "giám sát 7 đảng viên"): a count under one act is no count under another. Closed class: the
 * acts of the Party's charter on members, each family its written forms.
 */
export const MEMBER_ACTS: readonly (readonly string[])[] = [
  ['kết nạp', 'phát triển đảng viên', 'đảng viên mới'],
  ['kỷ luật', 'khiển trách', 'cảnh cáo', 'cách chức', 'khai trừ'],
  ['kiểm tra', 'giám sát'],
  ['huy hiệu'],
  ['chuyển sinh hoạt'],
  ['khen thưởng', 'bằng khen', 'giấy khen'],
];
/**
 * The stages of a fund that reports state apart ("tổng nguồn vốn … là 1.138 tỷ đồng. … đã giải ngân
 * được 612 tỷ đồng"): an amount at one stage (what was allocated, the total) is no amount at another.
 * Closed class: the stages of public capital in the reports (allocated, mobilised, disbursed, paid).
 */
export const FUND_STAGES = ['giải ngân', 'phân bổ', 'huy động', 'thanh toán'];

export const MEETING_NOUNS = [
  'hội nghị',
  'cuộc họp',
  'buổi họp',
  'phiên họp',
  'kỳ họp',
  'buổi làm việc',
  'cuộc giao ban',
];
/**
 * The forms of Party discipline, heaviest first, with their English renderings. Closed: the
 * sanctions of the Party's rules. `DISCIPLINE_WORDS` name discipline without its form.
 */
export const DISCIPLINE_FORMS: readonly { key: string; forms: readonly string[] }[] = [
  { key: 'khai trừ', forms: ['khai trừ', 'expelled', 'expulsion', 'expel'] },
  { key: 'cách chức', forms: ['cách chức', 'dismissed from', 'dismissal'] },
  { key: 'cảnh cáo', forms: ['cảnh cáo', 'warning', 'warned'] },
  { key: 'khiển trách', forms: ['khiển trách', 'reprimand', 'reprimanded'] },
];
/** Words naming discipline without its form ("bị kỷ luật", "was disciplined"). Closed. */
export const DISCIPLINE_WORDS = {
  key: 'kỷ luật',
  forms: ['kỷ luật', 'disciplined', 'disciplinary', 'discipline'],
};

/** English nouns for a meeting, singular (patterns add the plural `s`). */
export const MEETING_NOUNS_EN = ['meeting', 'session', 'conference', 'briefing'];
/** `MEETING_NOUNS_EN` as a pattern, singular or plural. */
export const MEETING_NOUN_EN_PATTERN = `(?:${alternation(MEETING_NOUNS_EN)})s?`;

/** Words that ask for or state a percentage. Closed: the names of a proportion. */
export const PERCENT_WORDS = ['phần trăm', 'tỷ lệ'];
/** English words for a percentage. */
export const PERCENT_WORDS_EN = ['percent', 'percentage'];

/**
 * English nouns that name a reported quantity ("What was the per capita income …", "What total
 * spending did … approve"): after "what (was) (the)" and modifiers they ask for a figure, as "bao
 * nhiêu" does. Singular; patterns add the plural `s`. Closed: the measures of a report (money,
 * output, area), not the things counted.
 */
export const FIGURE_NOUNS_EN = [
  'income',
  'revenue',
  'turnover',
  'funding',
  'spending',
  'expenditure',
  'cost',
  'expense',
  'output',
  'catch',
  'yield',
  'production',
  'capital',
  'growth',
  'value',
  'amount',
  'area',
  'population',
];

/** English names of the bodies of `ORG_KINDS` that questions use. */
export const ORG_KINDS_EN = ['provincial Party Committee', 'district Party Committee'];

/**
 * Alternation of phrases in both spellings, as written and without diacritics ("hội nghị",
 * "hoi nghi"), for questions typed either way. Use with the `i` flag for case.
 */
export function eitherSpelling(phrases: readonly string[]): string {
  return alternation([...new Set(phrases.flatMap((p) => [p, fold(p)]))]);
}

/** Administrative level words before a place name ("huyện Sơn Dương"). Closed: the levels of the state. */
export const PLACE_LEVELS = ['tỉnh', 'thành phố', 'huyện', 'thị xã', 'quận', 'xã', 'phường', 'thị trấn'];
/** The same levels as English writes them after a name ("Dong Van district", "Ha Giang provincial"). */
export const PLACE_LEVELS_EN = ['province', 'provincial', 'district', 'town', 'city', 'commune', 'ward'];

/**
 * Meeting kinds, in order of preference when several occur. Closed: the genres of meeting a
 * Party or State body holds and reports.
 */
export const MEETING_KINDS = [
  'hội nghị Ban Chấp hành',
  'giao ban',
  'sơ kết',
  'tổng kết',
  'làm việc với',
  'họp',
  'hội nghị',
];

/**
 * The venue heads that name a building or room, which a question can ask by kind ("tại hội
 * trường nào", "in which hall"). Closed.
 */
export const VENUE_HALLS = ['hội trường', 'trụ sở', 'phòng họp', 'nhà văn hóa'];
/** {@link VENUE_HALLS} in English, as "which/what <noun>" asks them. */
export const VENUE_HALLS_EN = ['hall', 'building', 'room'];

/**
 * Heads of a venue phrase after "tại" ("tại Hội trường UBND huyện", "tại xã Vĩnh Hải"). Closed:
 * the kinds of place a meeting is held in.
 */
export const VENUE_HEADS = [
  ...VENUE_HALLS,
  'trung tâm hội nghị',
  'trung tâm',
  'điểm cầu',
  'UBND',
  'Huyện ủy',
  'Tỉnh ủy',
  'Thị ủy',
  'Thành ủy',
  'Đảng ủy',
  'xã',
  'phường',
  'thị trấn',
  'thôn',
  'bản',
  'huyện',
  'thành phố',
  'thị xã',
];

// ---------------------------------------------------------------- sections

/**
 * Cues of each sentence class. Closed: the stock phrases by which a report moves between its
 * results, its shortcomings, the tasks ahead, the leader's directions and the decisions taken.
 */
export const SECTION_CUES = {
  decision: [
    'thống nhất thông qua',
    'biểu quyết thông qua',
    'nhất trí thông qua',
    'đã thông qua',
    'thống nhất chủ trương',
    'đồng ý chủ trương',
    'đồng ý bổ sung',
    'nhất trí',
    'đã quyết định',
    'hội nghị quyết định',
    // Personnel and discipline acts decide too ("HĐND huyện đã miễn nhiệm chức danh …").
    'miễn nhiệm',
    'bãi nhiệm',
    'bầu bổ sung',
  ],
  /** Strong limitation words: one is enough unless it is negated (see `OVERCOME`). */
  limitationStrong: ['hạn chế', 'khó khăn', 'tồn tại', 'vướng mắc', 'bất cập', 'yếu kém', 'thiếu sót'],
  /** Weak limitation words: two, or one after a contrast opener, make a limitation. */
  limitationWeak: [
    'chưa',
    'còn chậm',
    'còn thấp',
    'đạt thấp',
    'còn thiếu',
    'lúng túng',
    'buông lỏng',
    'còn hình thức',
    'phức tạp',
    'vẫn còn',
    'chậm so với',
    'ảnh hưởng nặng nề',
    // A share reached "only" ("thu tiền sử dụng đất mới đạt 28,4% dự toán", "chỉ đạt 71,3%").
    'mới đạt',
    'chỉ đạt',
  ],
  /** Sentence openers of contrast that turn to shortcomings. */
  contrast: [
    'tuy nhiên',
    'tuy vậy',
    'song',
    'nhưng',
    'bên cạnh đó',
    'bên cạnh kết quả',
    'bên cạnh những kết quả',
    'hạn chế',
  ],
  /** Words that look ahead; "tiếp tục/tăng cường" also describe results and only open an imperative (sections.ts). */
  task: [
    'thời gian tới',
    'quý tới',
    'năm tới',
    'tháng cuối năm',
    'nhiệm vụ trọng tâm',
    'phương hướng',
    'cần',
    'phấn đấu',
  ],
  directive: ['chỉ đạo', 'yêu cầu', 'đề nghị', 'dề nghị', 'lưu ý', 'giao'],
  /** Verbs of a request to a higher level ("huyện kiến nghị tỉnh …"); see `PROPOSAL_ADDRESSEES`. */
  proposal: ['kiến nghị', 'đề xuất', 'đề đạt'],
  result: [
    'đạt',
    'hoàn thành',
    'kết quả',
    'tăng',
    'vượt',
    'được duy trì',
    'được quan tâm',
    'chuyển biến',
    'thành công',
  ],
} as const;

/**
 * Whom a proposal is addressed to: the levels above the body that met ("kiến nghị tỉnh", "đề xuất
 * Trung ương"). A proposal verb counts only before one of them (or a colon opening the list), so
 * "đề xuất điều động cán bộ" (a staffing result) and "báo cáo đề xuất" are none. Closed class.
 */
export const PROPOSAL_ADDRESSEES = [
  'tỉnh',
  'Tỉnh ủy',
  'UBND tỉnh',
  'Thường trực Tỉnh ủy',
  'Trung ương',
  'Chính phủ',
  'cấp trên',
  'các bộ',
  'bộ, ngành',
  'đoàn công tác',
  'đoàn',
] as const;

/**
 * Phrases in which a limitation word says the difficulty was overcome or merely describes
 * circumstances ("vượt qua khó khăn, đạt…", "mặc dù còn nhiều khó khăn…, song…", "hộ có hoàn
 * cảnh khó khăn"): they are removed before the limitation cues are counted.
 */
export const OVERCOME = [
  '(?:vượt\\s+qua|khắc\\s+phục|tháo\\s+gỡ|giải\\s+quyết|vượt)\\s+(?:(?:những|các|mọi|nhiều)\\s+)?(?:khó\\s+khăn|hạn\\s+chế|tồn\\s+tại|vướng\\s+mắc)(?:[,\\s]+(?:khó\\s+khăn|hạn\\s+chế|tồn\\s+tại|vướng\\s+mắc))*',
  'mặc\\s+dù[^,;:]*',
  'trong\\s+(?:điều\\s+kiện|bối\\s+cảnh)[^,;:]*',
  '(?:hoàn\\s+cảnh|đặc\\s+biệt|gặp(?:\\s+nhiều)?)\\s+khó\\s+khăn',
  'hạn\\s+chế\\s+(?:tối\\s+đa|thấp\\s+nhất)',
];

/**
 * Words by which a question refers to the report or the meeting rather than to what a figure
 * measures ("Theo báo cáo tại cuộc họp …, tổng số đảng viên là bao nhiêu?"): not asked of the
 * sentence that states the figure. Closed class, with the meeting nouns and kinds above.
 */
export const REPORT_FRAME_WORDS = [
  'theo',
  'báo cáo',
  'nêu',
  'tại',
  'tổng',
  'tổng số',
  'số',
  'được',
  'trong kỳ',
  // "theo số liệu mới nhất": the figures the report gives, not what they measure.
  'số liệu',
  // "… liên quan đến Ninh Phước": what the question is about, said of no figure.
  'liên quan',
];

/**
 * Names of province-level bodies ("Tỉnh ủy", "UBND tỉnh", "the provincial Party Committee"): a
 * question naming one is not answered by a district body's meeting in that province. Closed class.
 */
export const PROVINCE_BODY_FORMS = [
  'Tỉnh ủy',
  'UBND tỉnh',
  'HĐND tỉnh',
  'Ủy ban nhân dân tỉnh',
  'Hội đồng nhân dân tỉnh',
  'provincial Party',
  "provincial People's",
  'provincial Peoples',
];

/**
 * Words with which a question asks for a section of the report ("đề ra những nhiệm vụ gì", "chỉ ra
 * những hạn chế nào", "thông qua nội dung gì"), beside the section cues above: they name the
 * section, not what it is about. Closed class.
 */
export const SECTION_QUESTION_WORDS = [
  'nhiệm vụ',
  'đề ra',
  'chỉ ra',
  'nêu',
  'kết quả',
  'nổi bật',
  'thông qua',
  'nội dung',
  'văn bản',
  'giải pháp',
  'quyết định',
];

/**
 * Words of a yes/no tail ("… đúng không?", "… phải không?", "… có đúng không?"): they frame a
 * claim, never say what is asked. Closed: the Vietnamese confirmation formulas.
 */
export const YES_NO_TAIL_WORDS = ['đúng', 'phải', 'sai', 'không', 'chứ', 'chăng'];

/**
 * Families of bodies whose meetings a question can ask about by the body ("cuộc họp gần đây nhất
 * của Huyện ủy X", "the latest meeting of the X district Party Committee"), each with the forms by
 * which questions and meeting records name it. A Party committee's organs (Ban Thường vụ, Thường
 * trực, Ban Chấp hành) meet as the committee. Closed: the institutional kinds of `ORG_KINDS`.
 */
export const MEETING_BODY_FAMILIES: readonly {
  family: string;
  forms: readonly string[];
  /** Bodies of this family are told apart by their purpose ("Ban Chỉ đạo phát triển du lịch …"). */
  byPurpose?: boolean;
}[] = [
  {
    family: 'party',
    forms: [
      'Tỉnh ủy',
      'Huyện ủy',
      'Thị ủy',
      'Thành ủy',
      'Đảng ủy',
      'Đảng bộ',
      'Ban Chấp hành',
      'Ban Thường vụ',
      'Party Committee',
      'Party Executive Committee',
      'Party organisation',
      'Party organization',
    ],
  },
  { family: 'government', forms: ['UBND', 'Ủy ban nhân dân', "People's Committee", 'Peoples Committee'] },
  { family: 'council', forms: ['HĐND', 'Hội đồng nhân dân', "People's Council", 'Peoples Council'] },
  { family: 'front', forms: ['MTTQ', 'Mặt trận Tổ quốc', 'Fatherland Front'] },
  { family: 'steering', forms: ['Ban Chỉ đạo', 'Steering Board', 'Steering Committee'], byPurpose: true },
  { family: 'working group', forms: ['Tổ công tác', 'Working Group', 'Task Force'], byPurpose: true },
  // Councils other than the People's Council ("Hội đồng Giáo dục", "Land Clearance Council"): after
  // 'council', so that "Hội đồng nhân dân" / "People's Council" is read as that family first.
  { family: 'board', forms: ['Hội đồng', 'Council'], byPurpose: true },
];

/**
 * State agencies a question may name as the body that met ("Hội nghị giao ban quý I của Công an
 * huyện X", "Sở Y tế tỉnh Y tổ chức sơ kết …"): none is a Party committee, a People's Council or
 * Committee, the Front or a steering board, so a meeting of those never answers for one
 * (`answer/agency.ts`). Closed: the heads of the State administration's, judiciary's and services'
 * agencies. `named`: a head that is also a common syllable ("sở" / "sơ kết", "bộ" / "Đảng bộ",
 * "cục") counts only capitalised before a capitalised name ("Sở Y tế", "Bo Y te"), so that a
 * question typed without diacritics or capitals never reads one into its words.
 */
export const AGENCY_HEADS: readonly { form: string; named?: true }[] = [
  { form: 'Công an' },
  { form: 'Tòa án' },
  { form: 'Viện Kiểm sát' },
  { form: 'Kho bạc' },
  { form: 'Bệnh viện' },
  { form: 'Chi cục' },
  { form: 'Sở', named: true },
  { form: 'Bộ', named: true },
  { form: 'Cục', named: true },
];

/**
 * The socio-political organisations beside the Fatherland Front, each its own body: a meeting of
 * the Farmers' Association is not the Party committee's briefing of the same district. Closed
 * class (the five mass organisations), Vietnamese full and short forms and English.
 */
export const MASS_ORGANISATIONS: readonly { key: string; forms: readonly string[] }[] = [
  {
    key: 'farmers',
    forms: ['Hội Nông dân', "Farmers' Association", 'Farmers Association', "Farmers' Union"],
  },
  { key: 'women', forms: ['Hội Liên hiệp Phụ nữ', 'Hội Phụ nữ', "Women's Union", 'Womens Union'] },
  { key: 'veterans', forms: ['Hội Cựu chiến binh', "Veterans' Association", 'Veterans Association'] },
  { key: 'youth', forms: ['Đoàn Thanh niên', 'Tỉnh đoàn', 'Huyện đoàn', 'Youth Union'] },
  { key: 'labour', forms: ['Liên đoàn Lao động', 'Labour Federation', 'Labor Federation'] },
];

/**
 * The fields of the ministries and of the provincial departments that mirror them ("Bộ Y tế",
 * "Sở Giáo dục và Đào tạo", "so GD", "Ministry of Health", "Department of Education"): a body of
 * the State above or beside the local government, never the Party committee or steering board
 * whose meeting a local report gives. Closed class: the ministries before and after 2025, each
 * field in its Vietnamese name, its usual short forms and English.
 */
export const AGENCY_FIELDS: readonly { key: string; vi: readonly string[]; en: readonly string[] }[] = [
  { key: 'health', vi: ['Y tế'], en: ['Health'] },
  { key: 'education', vi: ['Giáo dục và Đào tạo', 'Giáo dục', 'GD&ĐT', 'GDĐT', 'GD'], en: ['Education'] },
  { key: 'police', vi: ['Công an'], en: ['Public Security'] },
  { key: 'defence', vi: ['Quốc phòng'], en: ['Defence', 'Defense'] },
  { key: 'finance', vi: ['Tài chính', 'TC'], en: ['Finance'] },
  { key: 'home', vi: ['Nội vụ'], en: ['Home Affairs'] },
  { key: 'justice', vi: ['Tư pháp'], en: ['Justice'] },
  { key: 'foreign', vi: ['Ngoại giao', 'Ngoại vụ'], en: ['Foreign Affairs'] },
  { key: 'construction', vi: ['Xây dựng'], en: ['Construction'] },
  { key: 'trade', vi: ['Công Thương'], en: ['Industry and Trade'] },
  { key: 'science', vi: ['Khoa học và Công nghệ', 'KH&CN', 'KHCN'], en: ['Science and Technology'] },
  { key: 'culture', vi: ['Văn hóa, Thể thao và Du lịch', 'Văn hóa', 'VHTTDL'], en: ['Culture'] },
  { key: 'ethnic', vi: ['Dân tộc và Tôn giáo'], en: ['Ethnic'] },
  { key: 'ict', vi: ['Thông tin và Truyền thông', 'TT&TT', 'TTTT'], en: ['Information and Communications'] },
  { key: 'planning', vi: ['Kế hoạch và Đầu tư', 'KH&ĐT', 'KHĐT'], en: ['Planning and Investment'] },
  { key: 'transport', vi: ['Giao thông vận tải', 'GTVT'], en: ['Transport'] },
  { key: 'labour', vi: ['Lao động - Thương binh và Xã hội', 'Lao động', 'LĐTBXH'], en: ['Labour', 'Labor'] },
  {
    key: 'environment',
    vi: ['Tài nguyên và Môi trường', 'TN&MT', 'TNMT'],
    en: ['Natural Resources and Environment', 'Natural Resources'],
  },
  {
    key: 'agriculture',
    vi: ['Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường', 'Nông nghiệp', 'NN&PTNT'],
    en: ['Agriculture'],
  },
];

/** {@link MASS_ORGANISATIONS} and the ministries and departments of {@link AGENCY_FIELDS} as branches. */
function holdingBodies(): { branch: string; forms: string[] }[] {
  return [
    ...MASS_ORGANISATIONS.map((o) => ({ branch: `mass:${o.key}`, forms: [...o.forms] })),
    ...AGENCY_FIELDS.flatMap((f) => [
      {
        branch: `ministry:${f.key}`,
        forms: [...f.vi.map((v) => `Bộ ${v}`), ...f.en.map((e) => `Ministry of ${e}`)],
      },
      {
        branch: `department:${f.key}`,
        forms: [
          ...f.vi.map((v) => `Sở ${v}`),
          ...f.en.flatMap((e) => [`Department of ${e}`, `${e} Department`]),
        ],
      },
    ]),
  ];
}

/**
 * Branches of government a question may pin a meeting to ("kỳ họp HĐND", "UBND huyện … họp", "the
 * People's Council session"): a meeting of another branch's body does not answer it. Party bodies
 * (Tỉnh ủy, Huyện ủy, Ban Chấp hành, Ban Thường vụ…) are not listed: their names nest in one another
 * and in steering boards, so they are matched as names, not as a branch. The families of
 * `MEETING_BODY_FAMILIES` that are such branches, each in its full and abbreviated Vietnamese form
 * and in English.
 */
export const BODY_BRANCHES: readonly { branch: string; forms: readonly string[] }[] = [
  ...MEETING_BODY_FAMILIES.filter((f) => ['council', 'government', 'front'].includes(f.family)).map((f) => ({
    branch: f.family,
    forms: f.forms,
  })),
  ...holdingBodies(),
];

// ---------------------------------------------------------------- abstaining (answer/support.ts)

/**
 * Words that ask about a meeting yet to come ("cuộc họp tiếp theo", "the next meeting", "sẽ diễn
 * ra khi nào", "dự kiến tổ chức tháng mấy"). Closed: the future, planning and sequence markers of a
 * question.
 */
export const FUTURE_ASKED = ['tiếp theo', 'sắp tới', 'sẽ', 'dự kiến', 'next', 'upcoming', 'planned', 'will'];

/**
 * Words with which a report states something yet to come ("dự kiến tổ chức trong tháng 6/2020",
 * "sẽ báo cáo", "trước ngày 30/9"): a date stated without one is a past one. Closed: the planning
 * and future markers of the reports.
 */
export const FUTURE_STATED = ['dự kiến', 'sẽ', 'kế hoạch', 'tiếp theo', 'sắp tới', 'trước ngày', 'phấn đấu'];

/**
 * The words of `FUTURE_STATED` that plan an event ("dự kiến tổ chức trong tháng 6/2020"), not a
 * deadline or a target ("phấn đấu giải ngân … trước ngày 31/12").
 */
export const PLANNED_STATED = FUTURE_STATED.filter((w) => w !== 'trước ngày' && w !== 'phấn đấu');

/**
 * Words that introduce the topic a question asks about ("tin mới nhất về X", "the latest meeting
 * about X"). Closed: the topic prepositions.
 */
export const TOPIC_CUES = ['về', 'about', 'regarding', 'concerning'];

/**
 * Bodies that open a clause agreeing to act ("UBND tỉnh thống nhất …", "Hội nghị đồng ý …"): the
 * meeting bodies and the meeting itself, as reports write them. Closed class.
 */
export const AGREEING_BODIES = [
  'UBND',
  'HĐND',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Ban Thường vụ',
  'Thường trực',
  'Ban Chấp hành',
  'Ban Chỉ đạo',
  'Tỉnh ủy',
  'Huyện ủy',
  'Thành ủy',
  'Thị ủy',
  'Đảng ủy',
  'Hội nghị',
  'Kỳ họp',
  'Cuộc họp',
  'Tập thể lãnh đạo',
];
