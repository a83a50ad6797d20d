/**
 * What a question asks for (who / when / where / how many / what / published), whether it wants a
 * list, and whether it wants the most recent information. Vietnamese patterns accept the bare
 * spelling ("ai chu tri", "bao nhieu") as well as the marked one.
 */
import { VENUE_HALLS } from '../records/vocab.ts';
import { allMatches, alt, globalOf, isNameLike, word } from './match.ts';
import type { AskKind } from './types.ts';
import { EN_FIGURE_ASK_SOURCE, EN_IN_SCALE_SOURCE } from './units.ts';

/** Result of `detectKinds`. */
export interface KindScan {
  asks: Set<AskKind>;
  list: boolean;
  latest: boolean;
}

const PERSON_NOUNS = [
  'đồng chí',
  'người',
  'ông',
  'bà',
  'bí thư',
  'phó bí thư',
  'chủ tịch',
  'phó chủ tịch',
  'lãnh đạo',
  'cán bộ',
  'vị',
  'trưởng đoàn',
  'trưởng ban',
  'phó trưởng ban',
  'giám đốc',
  'cá nhân',
  'ủy viên',
];
/** Posts among `PERSON_NOUNS`: they are followed by the body they belong to. */
const PERSON_TITLES = [
  'bí thư',
  'phó bí thư',
  'chủ tịch',
  'phó chủ tịch',
  'trưởng ban',
  'phó trưởng ban',
  'giám đốc',
  // Who leads or represents a body, named by it: "Lãnh đạo Ban Tổ chức Tỉnh ủy nào dự …".
  'lãnh đạo',
  'đại diện',
];
/** Words of a post's body between the post and "nào" ("Dân vận Tỉnh ủy", "UBND huyện", "Ban Tổ chức Tỉnh ủy"). */
const TITLE_BODY_MAX_WORDS = 5;
const TIME_NOUNS = [
  'ngày',
  'hôm',
  'khi',
  'lúc',
  'thời gian',
  'thời điểm',
  'dịp',
  'năm',
  'tháng',
  'quý',
  'giờ',
  'kỳ',
  'đợt',
  'hồi',
];
// Nouns whose "nào" asks for a place or a local body.
const PLACE_NOUNS = [
  'huyện',
  'tỉnh',
  'xã',
  'phường',
  'thị xã',
  'thị trấn',
  'thành phố',
  'quận',
  'thôn',
  'làng',
  'xóm',
  'ấp',
  'địa phương',
  'địa bàn',
  'địa điểm',
  'nơi',
  'chỗ',
  'vùng',
  'khu vực',
  'khu',
  'đảng bộ',
  'đảng ủy',
  'huyện ủy',
  'tỉnh ủy',
  'thị ủy',
  'thành ủy',
  'hội trường',
  'trụ sở',
  'tuyến đường',
  'tuyến',
  'đường',
  'đoạn',
  'cầu',
  'sông',
  'điểm cầu',
];
// Route-like nouns may carry a modifier before "nào" ("tuyến đường liên xã nào").
const ROUTE_NOUNS = ['tuyến đường', 'tuyến', 'đoạn', 'khu vực', 'vùng'];

const looseWord = (w: string): string => word(w).source;
/** The nouns as one alternation, each in either spelling, the longest first. */
const looseWords = (nouns: readonly string[]): string => alt(nouns).split('|').map(looseWord).join('|');
const endsWith = (nouns: string[]): RegExp => new RegExp(`(?:${looseWords(nouns)})\\s*$`, 'u');

/** Things a place noun may qualify ("dự án đường", "công trình cầu"). Closed: kinds of works and plans. */
const WORKS_NOUNS = ['dự án', 'công trình', 'hạng mục', 'chương trình', 'đề án', 'kế hoạch', 'nghị quyết'];
const TAIL_WORKS_OF_PLACE = new RegExp(
  `(?:${looseWords(WORKS_NOUNS)})\\s+(?:${looseWords(PLACE_NOUNS)})\\s*$`,
  'u',
);

const NAO = word('nào(?! (?:đó|cũng))');
const TAIL_TIME = endsWith(TIME_NOUNS);
const TAIL_PERSON = endsWith(PERSON_NOUNS);
const TAIL_PLACE = endsWith(PLACE_NOUNS);
const TAIL_UNIT = endsWith(['đơn vị']);
// A post with its body before "nào" ("Phó Trưởng ban Dân vận Tỉnh ủy nào", "Chủ tịch UBND huyện
// nào"): a person is asked, though the words right before "nào" name a body or a place.
const TITLE_OF_BODY = new RegExp(
  `(?:${looseWords(PERSON_TITLES)})(?:\\s+[\\p{L}]+){1,${TITLE_BODY_MAX_WORDS}}\\s*$`,
  'u',
);
const TAIL_ROUTE = new RegExp(`(?:${ROUTE_NOUNS.map(looseWord).join('|')})(?:\\s+[\\p{L}]+){1,2}\\s*$`, 'u');

const VI = {
  who: [word('những ai|ai|tên (?:là )?gì|họ tên'), word('người (?:đồng |cùng )?chủ trì')],
  when: [
    word(
      'khi nào|bao giờ|lúc nào|hồi nào|hạn chót|thời hạn|mấy giờ|ngày mấy|tháng mấy|năm mấy|ngày bao nhiêu',
    ),
    word('(?:nêu|cho biết|kèm|kèm theo|ghi rõ|ghi)(?: rõ)? (?:ngày|thời gian|thời điểm)'),
    word('ngày của (?:từng|mỗi|các)'),
  ],
  where: [
    word('ở đâu|tại đâu|nơi đâu|từ đâu|về đâu|đến đâu|đâu'),
    word(`(?:địa điểm|nơi|${VENUE_HALLS.join('|')}) nào`),
  ],
  howmany: [word('bao nhiêu|số lượng|mấy')],
  published: [
    word('(?:được |ngày |bài )?đăng (?:tải |lên )?(?:vào |lúc |từ )?(?:ngày|hôm|lúc|khi|bao giờ|thời gian)'),
    word('ngày đăng(?! (?:bộ|viên|ủy|ký))|đăng tải|xuất bản|ngày phát hành'),
  ],
  what: [word('gì|như thế nào|thế nào|ra sao|tại sao|vì sao|là sao')],
};
// Weak signals: only count when nothing else was asked ("tỷ lệ hộ nghèo của huyện X?").
const VI_WEAK_HOWMANY = word('tỷ lệ|tổng số|số đảng viên|số hộ|số người|số lượt');

/** Words of an English body's name ("provincial Party Organisation Commission"). Closed class. */
const BODY_WORDS_EN = [
  'provincial',
  'district',
  'town',
  'city',
  'commune',
  'party',
  'organi[sz]ation',
  'propaganda',
  'and',
  'education',
  'mass',
  'mobili[sz]ation',
  'inspection',
  'internal',
  'affairs',
  'commission',
  'committee',
  'department',
  "people[’']?s",
  'council',
  'fatherland',
  'front',
  'standing',
  'executive',
  'steering',
  'board',
  'office',
].join('|');

/** Nouns of a person by post that a body's words may qualify ("district Party Secretary"). Closed. */
const PERSON_NOUNS_EN =
  'official|officials|leader|leaders|representative|representatives|cadre|cadres|secretary|secretaries|chairman|chairwoman|chairperson|head|heads|director|directors';

/** Works a place noun may qualify ("Which road project …" asks the project). Closed. */
const WORKS_NOUNS_EN = 'projects?|works|schemes?|programmes?|programs?|plans?|upgrades?';

/** Stands for a capitalised word of the question in {@link namesMarked}. */
const NAME_MARK = 'xname';

const EN = {
  who: [
    word('who|whom|whose|by whom'),
    word(
      // A post may carry its rank first ("which deputy head", "which vice chairman").
      '(?:which|what) (?:(?:deputy|vice|standing|permanent|acting) )?(?:official|officials|leader|leaders|person|people|persons|secretary|secretaries|chairman|chairwoman|chairperson|chair|comrade|comrades|member|members|cadre|cadres|head|heads|director|directors)',
    ),
    word('name of the (?:chair|chairman|leader|person|head|secretary)'),
    // A person named by their body: "Which provincial Party Organisation Commission official …",
    // "Which district Party Secretary …".
    word(`(?:which|what) (?:(?:${BODY_WORDS_EN}) ){1,6}(?:${PERSON_NOUNS_EN})`),
    // … or by their place first ("Which Ha Nam provincial leader …", "Which Hai Phong city Party
    // official …"): capitalised words are blanked to NAME_MARK before this is tried (see `detectKinds`).
    word(
      `(?:which|what) (?:${NAME_MARK} ){1,4}(?:(?:${BODY_WORDS_EN}|${NAME_MARK}) ){0,6}(?:official|officials|leader|leaders|representative|representatives|cadre|cadres|secretary|chairman|chairwoman|chairperson|head|director)`,
    ),
  ],
  when: [
    word('when'),
    word('(?:what|which) (?:date|dates|day|days|time|year|month|quarter|period|periods)'),
    word('deadline|how long ago'),
    word('(?:with|and|give|list|include|including) (?:the |their |its )?(?:dates?|times?)'),
  ],
  where: [
    word('where'),
    word(
      // Not a person the place word qualifies ("Which district Party Secretary …": who).
      `(?:what|which) (?:district|districts|province|provinces|commune|communes|town|towns|city|cities|locality|localities|place|places|venue|location|locations|hall|halls|building|room|ward|wards|village|villages|road|roads|route|routes|area|areas|section|sections)(?! (?:(?:${BODY_WORDS_EN}) ){0,5}(?:${PERSON_NOUNS_EN})(?![\\p{L}]))(?! (?:${WORKS_NOUNS_EN})(?![\\p{L}]))`,
    ),
  ],
  howmany: [
    word('how many|how much'),
    word('(?:what|which) (?:percentage|percent|proportion|share|number|amount|rate|ratio|total|figure)'),
    // "the number of", "the latest reported number of", "the total number of".
    word('the (?:[\\p{L}-]+ ){0,3}?(?:number|count) of'),
    // "What was the per capita income …", "What total spending did … approve" (units.ts).
    word(EN_FIGURE_ASK_SOURCE),
    // "What was the production value, in trillion dong?": asked in a unit, it asks an amount.
    word(EN_IN_SCALE_SOURCE),
  ],
  published: [word('published|posted|publication|publish|post date')],
};
/**
 * "when" opening a clause of time after another question word ("What did he ask for when
 * concluding the briefing?", "… when the meeting closed"): a conjunction, not a "when" question.
 * Closed class: a participle in -ing or a determiner or pronoun opening the clause.
 */
const WHEN_CLAUSE_OPENER = /^\s+(?:[\p{L}]+ing|the|it|he|she|they|its|his|her|this|that)(?![\p{L}])/u;
const EARLIER_WH = word('what|which|who|how');

/** Whether an English "when" of `low` asks a time (not one that opens a clause of time). */
function asksWhenEn(low: string): boolean {
  for (const m of allMatches(EN.when[0]!, low)) {
    const subordinate =
      WHEN_CLAUSE_OPENER.test(low.slice(m.index + m[0].length)) && EARLIER_WH.test(low.slice(0, m.index));
    if (!subordinate) return true;
  }
  return any(EN.when.slice(1), low);
}

const EN_WHAT = word('what|which|describe|explain|why|how(?! (?:many|much|long))');

const LIST_VI = [
  word('liệt kê|kể tên|nêu tên|những ai|có những|tất cả (?:các|những)'),
  word('(?<!đã )từng (?:nơi|cuộc|hội nghị|buổi|đơn vị|địa phương|huyện|xã|tỉnh|người|đồng chí|lần|đợt|kỳ)'),
  word('(?:những|các)(?: [\\p{L}]+){1,5} (?:nào|gì)(?! (?:đó|cũng))'),
];
const LIST_EN = [
  word('list|enumerate|name all|each|every|all(?! (?:of )?(?:the )?(?:same|right))'),
  word('what are the|which are the'),
  word(
    'which (?:districts|provinces|communes|towns|cities|localities|places|meetings|sessions|conferences|briefings|committees|officials|leaders|people|members|resolutions|documents)',
  ),
];

const LATEST_VI = word(
  'mới nhất|gần đây nhất|gần nhất|gần đây|mới đây|sau cùng|cuối cùng|hiện nay|hiện tại|hiện giờ|cập nhật nhất',
);
/**
 * Where the latest figure is to be read ("theo số liệu mới nhất", "lay so lieu moi nhat", "theo tin
 * gần đây nhất"): the phrase frames a latest question and names nothing an article must write.
 * Either spelling; closed: the verbs and nouns of citing a source.
 */
export const LATEST_SOURCE_VI = word(
  '(?:theo|lấy|lay|dựa (?:vào|trên)|dua (?:vao|tren)|căn cứ|can cu) (?:(?:các|cac|những|nhung) )?(?:số liệu|so lieu|tin|bài|bai|báo cáo|bao cao|thông tin|thong tin|bài viết|bai viet)(?: (?:được |duoc )?(?:đăng|dang|báo cáo|bao cao))? (?:mới nhất|moi nhat|gần đây nhất|gan day nhat|gần nhất|gan nhat|mới đây|moi day)',
);

/**
 * A light verb before the paper it delivers ("trình bày tham luận", "phát biểu tham luận"): the
 * paper is the act asked ("đơn vị nào trình bày tham luận" asks who gave papers, not who presented
 * the report), so the verb is neither a role cue nor a word an answer must write. Either spelling.
 */
export const PAPER_LIGHT_VERB = word(
  '(?:trình bày|trinh bay|phát biểu|phat bieu)(?= (?:tham luận|tham luan))',
);

/** English words asking for the most recent information (read by frame-words.ts too). */
export const LATEST_EN = word(
  'most recent|latest|newest|recent|recently|current|currently|last (?:meeting|session|briefing|conference|time|one|review|plenum|congress|working session)',
);

function any(res: readonly RegExp[], s: string): boolean {
  return res.some((re) => re.test(s));
}

/** All matches of `re` in `low` whose first letter is not a mid-sentence capital (a name such as "La Gi"). */
function questionWordAt(re: RegExp, low: string, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const m of allMatches(re, low)) {
    if (!isNameLike(text, m.index)) out.push(m);
  }
  return out;
}

// "mấy" typed bare is also "máy" (machine): "bộ máy", "máy móc".
const MAY_NOT = /(?:bộ|bo)\s+$/u;
const MAY_NEXT_NOT = /^\s*(?:móc|moc|tính|tinh|bay|in|chủ|chu|cày|cay|xúc|xuc|kéo|keo|bơm|bom)(?![\p{L}])/u;
const MAY_WHEN = /^\s*(?:giờ|gio)(?![\p{L}])/u;
const MAY_AFTER_WHAT = /(?:số|so|thứ|thu)\s+$/u;
const MAY_AFTER_WHEN = /(?:ngày|ngay|tháng|thang|năm|nam)\s+$/u;

/** "mấy" then one or two words of a noun then "nào": asks which ones ("mấy xã nào", "may don vi nao"). */
const MAY_WHICH = /^\s+(?:[\p{L}]+\s+){1,2}?(?:nào|nao)(?![\p{L}])/u;

/**
 * Classify a question. `text` is the normalised question, `low` its aligned lower-case form.
 * Vietnamese patterns run for `vi`; English ones always (they never collide with Vietnamese syllables).
 */
export function detectKinds(text: string, low: string, lang: 'vi' | 'en'): KindScan {
  const asks = new Set<AskKind>();
  let list = false;
  let whichOnes = false;
  if (lang === 'vi') {
    if (VI.who.some((re) => questionWordAt(re, low, text).length > 0)) asks.add('who');
    if (any(VI.when, low)) asks.add('when');
    if (questionWordAt(VI.where[0]!, low, text).some((m) => m[0] !== 'dau' || bareDauIsWhere(low, m))) {
      asks.add('where');
    }
    if (any(VI.where.slice(1), low)) asks.add('where');
    for (const m of questionWordAt(VI.howmany[0]!, low, text)) {
      if (!/^m/u.test(m[0])) {
        const before = low.slice(Math.max(0, m.index - 8), m.index);
        if (/(?:ngày|ngay)\s+$/u.test(before)) continue; // "ngày bao nhiêu" asks a date
        asks.add('howmany');
        continue;
      }
      const before = low.slice(Math.max(0, m.index - 8), m.index);
      const after = low.slice(m.index + m[0].length, m.index + m[0].length + 8);
      if (MAY_NOT.test(before) || MAY_NEXT_NOT.test(after)) continue;
      // "mấy xã nào": which ones, not how many ("nào" after the counted noun).
      if (MAY_WHICH.test(low.slice(m.index + m[0].length))) {
        whichOnes = true;
        continue;
      }
      if (MAY_WHEN.test(after) || MAY_AFTER_WHEN.test(before)) asks.add('when');
      else if (MAY_AFTER_WHAT.test(before)) asks.add('what');
      else asks.add('howmany');
    }
    if (any(VI.published, low)) asks.add('published');
    if (questionWordAt(VI.what[0]!, low, text).length > 0) asks.add('what');
    for (const m of questionWordAt(NAO, low, text)) asks.add(kindOfNao(low, m.index, text));
    if (asks.size === 0 && any([VI_WEAK_HOWMANY], low)) asks.add('howmany');
    list = whichOnes || LIST_VI.some((re) => questionWordAt(re, low, text).length > 0);
  }
  for (const kind of ['who', 'when', 'where', 'howmany', 'published'] as const) {
    const asked =
      kind === 'when'
        ? asksWhenEn(low)
        : any(EN[kind], low) || (kind === 'who' && any(EN.who, namesMarked(low, text)));
    if (asked) asks.add(kind);
  }
  if (lang === 'en') {
    if (any([EN_WHAT], stripSpecificWh(low))) asks.add('what');
    list ||= any(LIST_EN, low);
  }
  if (asks.has('published')) asks.add('when');
  if (asks.size === 0) asks.add('what');
  const latest = any([LATEST_VI], low) || any([LATEST_EN], low);
  return { asks, list, latest };
}

/**
 * `low` with each word the question capitalises after its first word (a place or person's name)
 * written as {@link NAME_MARK}: "which ha nam provincial leader" → "which xname xname provincial
 * leader". Needs `low` aligned with `text` (same length); otherwise `low` unchanged.
 */
function namesMarked(low: string, text: string): string {
  if (low.length !== text.length) return low;
  return low.replace(/[\p{L}]+/gu, (w, at: number) =>
    at > 0 && /^\p{Lu}/u.test(text.slice(at)) ? NAME_MARK : w,
  );
}

// Bare "dau" is also "đầu" (6 thang dau nam): it asks "where" only after a locative or at the end.
function bareDauIsWhere(low: string, m: RegExpExecArray): boolean {
  const before = low.slice(Math.max(0, m.index - 6), m.index);
  const after = low.slice(m.index + m[0].length);
  return /(?:ở|o|tại|tai|nơi|noi|từ|tu|về|ve|đến|den)\s+$/u.test(before) || /^\s*(?:[?.!]|$)/u.test(after);
}

// "nào" takes its meaning from the noun before it: "ngày nào" (when), "đồng chí nào" (who),
// "huyện nào" (where), anything else (what: "nghị quyết nào", "lễ hội nào").
function kindOfNao(low: string, at: number, text: string): AskKind {
  const from = Math.max(0, at - 40);
  const before = low.slice(from, at);
  const start = before.search(/[^,.;:?!()"“”]*$/u);
  const clause = before.slice(start);
  // "Lãnh đạo UBND tỉnh Hà Nam nào": a time word capitalised as the end of a name is the name's.
  const time = TAIL_TIME.exec(clause);
  const named = time !== null && /^\s*\p{Lu}/u.test(text.slice(from + start + time.index, at));
  if (time && !named) return 'when';
  // "đơn vị nào": a body ("vị nào" alone is a person).
  if (TAIL_UNIT.test(clause)) return 'what';
  if (TAIL_PERSON.test(clause) || TITLE_OF_BODY.test(clause)) return 'who';
  // "dự án đường nào", "công trình cầu nào": the project is asked, the place noun only qualifies it.
  if (TAIL_WORKS_OF_PLACE.test(clause)) return 'what';
  if (TAIL_PLACE.test(clause) || TAIL_ROUTE.test(clause)) return 'where';
  return 'what';
}

// English "what"/"which" followed by a specific noun (date, district, percentage…) is already counted.
function stripSpecificWh(low: string): string {
  let s = low;
  for (const res of [EN.who.slice(1), EN.when.slice(1), EN.where.slice(1), EN.howmany.slice(1)]) {
    for (const re of res) s = s.replace(globalOf(re), ' ');
  }
  // "Which Hai Phong city Party official …": a person named by place and body asks who, not what.
  return s.replace(WHICH_PERSON_EN, ' ');
}

/** "which/what" and a few words before a noun that is always a person ("official", "leader"). */
const WHICH_PERSON_EN =
  /(?<![\p{L}])(?:which|what)(?: [\p{L}'’-]+){1,8}? (?:officials?|leaders?|representatives?|cadres?)(?![\p{L}])/gu;
