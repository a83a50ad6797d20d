/**
 * What a question wants back — its *target* — independently of how it is phrased: a role in the
 * meeting (who chaired, presented the report, concluded, directed, attended, led the delegation), a
 * date (the meeting's, or a deadline), the venue, a figure (with the kind of figure: a total, the
 * new ones of the period, a target, a rate, a change), a section of the report (results,
 * limitations, tasks, directives, decisions), a person's position, the publication date, or an
 * open "what". Also whether the question is a yes/no check.
 *
 * The cue tables below are closed classes of the domain's vocabulary (role verbs, section nouns,
 * figure-kind words, yes/no frames), in Vietnamese (marked or bare: patterns are diacritic-tolerant)
 * and English. They name no topic, place or person: the question's remaining words are content
 * terms, matched against the articles' own sentences and record subjects.
 */

import {
  alternation,
  eitherSpelling,
  PERCENT_WORDS,
  PERCENT_WORDS_EN,
  VENUE_HALLS,
  VENUE_HALLS_EN,
} from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';
import { DIRECTING_SPEECH_EN, DIRECTING_VERBS_EN } from './directing-verbs.ts';
import { englishBodyNames } from './entities.ts';
import { allMatches, blank, type Span, word } from './match.ts';
import type { AskKind } from './types.ts';
import { whoAskedWords, whoAskedWordsEn } from './who-asked.ts';
import { YES_NO_TAIL_VI } from './yesno-cues.ts';

/** A part someone plays in a meeting (the roles the index records, see `src/records`). */
export type Role = 'chair' | 'presenter' | 'concluder' | 'director' | 'attendee' | 'leader' | 'speaker';
/** A kind of passage in a report. */
export type SectionKind = 'result' | 'limitation' | 'task' | 'directive' | 'decision' | 'proposal';
/** What a figure counts relative to its period. */
export type FigureKind = 'total' | 'new' | 'target' | 'rate' | 'change';

/** What the question wants back. */
export type Target =
  | { kind: 'role'; role: Role }
  /** "Ai là Bí thư Huyện ủy?": whoever holds the title named in the question. */
  | { kind: 'holder' }
  /** "Ông ấy giữ chức gì?": the title of the person the question names. */
  | { kind: 'position' }
  | { kind: 'date'; deadline: boolean }
  | { kind: 'venue' }
  | { kind: 'figure'; figure: FigureKind | null }
  | { kind: 'section'; section: SectionKind }
  | { kind: 'published' }
  | { kind: 'open' };

/** A cue: a diacritic-tolerant, word-bounded pattern and what it signals. */
interface Cue<T> {
  re: RegExp;
  value: T;
}
const cue = <T>(src: string, value: T): Cue<T> => ({ re: word(src, 'iu'), value });

/**
 * Role verbs of questions, most specific first ("phát biểu kết luận" before "phát biểu"). Closed
 * class: the verbs with which Vietnamese reports and their readers name a part in a meeting.
 */
const ROLE_CUES: readonly Cue<Role>[] = [
  cue(
    'đồng chủ trì|cùng chủ trì|chủ trì|chủ tọa|co-?chair(?:ed|s)?|chair(?:ed|s|ing)?|presid(?:e|ed|ing)|(?:ran|hosted|led|in charge of) the (?:[\\p{L}0-9-]+ ){0,4}?(?:meeting|conference|briefing|session|review)',
    'chair',
  ),
  cue(
    'trình bày(?! tham luận)|đọc (?:báo cáo|tờ trình)|(?:ai|người nào|đồng chí nào|ai đã) (?:đọc|doc)|báo cáo tóm tắt|(?:ai|người nào|đồng chí nào|người) báo cáo|thông qua (?:báo cáo|dự thảo)|present(?:ed|s|ing)|present(?= (?:the|a|an|its|his|her|their) )|deliver(?:ed|s|ing)? (?:the|a|an|its) (?:[a-z0-9-]+ ){0,3}report|reported(?! (?:number|figure|total|rate|value|amount|count|data|revenue|numbers|figures))|gave (?:the|a|an|its) (?:[a-z0-9-]+ ){0,3}report',
    'presenter',
  ),
  cue(
    'phát biểu kết luận|kết luận|bế mạc|conclud(?:e|ed|ing)|concluding|conclusions?|closing (?:speech|remarks|address|conclusions?)|summed up|wrap(?:ped|s|ping)? up',
    'concluder',
  ),
  cue(
    'trưởng đoàn|dẫn đoàn|dẫn đầu|đứng đầu|(?:led|lead|leads|leading) the (?:[\\p{L}\\x27\\u2019-]+ ){0,8}?(?:delegation|working group|team)|head(?:ed)? (?:of )?the (?:delegation|working group)|leader of the (?:delegation|working group)',
    'leader',
  ),
  cue(
    'phát biểu chỉ đạo|(?<!ban )chỉ đạo|direct(?:ed|s|ing)|(?:did|does|do|will|to) direct|gave (?:directions|instructions)|instruct(?:ed|s)?|(?:guiding|guidance|directive|directing) (?:speech|remarks|address)',
    'director',
  ),
  cue(
    'tham dự|dự(?! (?:án|kiến|toán|thảo|báo|trữ|phòng|thi))|có mặt(?! (?:tán thành|biểu quyết|đồng ý|nhất trí|bỏ phiếu))|tham gia|attend(?:ed|s|ing|ees?)?|were present|was present|took part|participat(?:ed|es|ing)|represent(?:ed|s|ing)? (?:the )?(?:[\\p{L}\\x27\\u2019-]+ ){0,6}?(?:at|in) the',
    'attendee',
  ),
  cue('phát biểu|spoke|speak(?:s|ers?)?|addressed', 'speaker'),
];

/** Nouns and verbs that ask for a section of the report. Closed class: the report's own headings. */
const SECTION_CUES: readonly Cue<SectionKind>[] = [
  cue(
    'hạn chế|khó khăn|tồn tại|vướng mắc|bất cập|yếu kém|thiếu sót|nguyên nhân|limitations?|difficult(?:y|ies)|shortcomings?|weakness(?:es)?|problems?|challenges?|obstacles?|issues',
    'limitation',
  ),
  cue(
    'nhiệm vụ|phương hướng|giải pháp|thời gian tới|sắp tới|quý tới|năm tới|tháng cuối năm|tasks?|next (?:quarter|period|year|months?)|coming (?:quarter|period|months?)|plans? for|priorit(?:y|ies)|solutions?|what (?:should|will|must)',
    'task',
  ),
  cue(
    'biểu quyết|thông qua|quyết định|nhất trí|thống nhất|decid(?:e|ed|ing)|decisions?|approv(?:e|ed|al)|adopt(?:ed)?|agree(?:d|s)?|vot(?:e|ed)|pass(?:ed)?',
    'decision',
  ),
  // Before the directions: "request from the province" is a proposal, "requested" alone a direction.
  cue(
    'kiến nghị|đề xuất|đề đạt|propos(?:e|ed|es|als?)|recommend(?:ed|s|ations?)?|request(?:ed|s)? (?:from|of) the|(?:requests|petitions?) to|ask(?:ed|s)?(?: [\\p{L}-]+){1,4} for(?! the (?:meeting|conference|session))',
    'proposal',
  ),
  cue(
    `yêu cầu|đề nghị|(?<!ban )chỉ đạo|lưu ý|nhấn mạnh|được giao|giao nhiệm vụ|${alternation(DIRECTING_VERBS_EN)}|${DIRECTING_SPEECH_EN}|stress(?:ed)?|emphasi[sz](?:e|ed)|instructions?|directions?`,
    'directive',
  ),
  cue(
    'kết quả|đạt được|thành tích|nổi bật|chuyển biến|results?|achievements?|achiev(?:e|ed)|accomplish(?:ed|ments?)|outcomes?|progress',
    'result',
  ),
];

/**
 * Words asking for a total ("tổng cộng", "altogether"): they frame the figure and are no content the
 * cited sentence must repeat ("nâng tổng số … lên 71" answers "kết nạp tổng cộng bao nhiêu").
 */
export const TOTAL_WORDS = [
  'tổng số',
  'tổng cộng',
  'tất cả',
  'toàn bộ',
  'hiện có',
  'in total',
  'total',
  'altogether',
  'overall',
];

/** Unit nouns "mới" may follow as the unit formed in 2025 ("xã mới", "tỉnh mới"), with folded forms. Closed. */
const NEW_UNIT_NOUNS_VI = ['xã', 'phường', 'tỉnh', 'đặc khu', 'xa', 'phuong', 'tinh'];
/** What "mới" may open as a unit's forming ("mới thành lập", "mới sáp nhập"). Closed. */
const NEW_UNIT_PARTICIPLES_VI = ['thành lập', 'được thành lập', 'sáp nhập', 'hợp nhất', 'sắp xếp'];
/** Unit nouns "new" may name ("the new Tien Hai commune", "new wards"). Closed. */
const NEW_UNIT_NOUNS_EN = ['communes?', 'wards?', 'provinces?', 'special zones?'];
/** What "newly" may open as a unit's forming ("newly merged", "newly formed"). Closed. */
const NEW_UNIT_PARTICIPLES_EN = ['formed', 'established', 'merged', 'created', 'set up', 'founded'];

/** Figure-kind words. Closed class: how reports qualify a number. */
const FIGURE_CUES: readonly Cue<FigureKind>[] = [
  // "tăng trưởng" (growth) is a rate reported as such ("tốc độ tăng trưởng GRDP đạt 11,4%"), not
  // a change asked of a figure. (English "growth" stays a change: the glossary renders "economic
  // growth" to "tăng trưởng", which the change path answers.)
  cue(
    'phấn đấu|chỉ tiêu|mục tiêu|kế hoạch|dự kiến|target(?:s|ed)?|aim(?:s|ed)?|goal|plan(?:s|ned)? to|expect(?:s|ed)? to',
    'target',
  ),
  cue(
    'tăng(?! trưởng)|giảm|so với|so cùng kỳ|increase(?:d|s)?|decrease(?:d|s)?|rise|rose|fell|grow(?:th)?|compared',
    'change',
  ),
  cue('tỷ lệ|phần trăm|bao nhiêu %|tăng trưởng|rate|percent(?:age)?|proportion|share|ratio', 'rate'),
  // Not a unit formed in 2025 ("the new Tien Hai commune", "xã mới thành lập", "newly merged ward"):
  // that names the place, no figure new this period.
  cue(
    `(?<!(?:${NEW_UNIT_NOUNS_VI.join('|')}) )mới(?! (?:nhất|đây|${NEW_UNIT_PARTICIPLES_VI.join('|')}))|kết nạp|thêm|newly(?! (?:${NEW_UNIT_PARTICIPLES_EN.join('|')}))|new(?!(?: [\\p{L}'’-]+){0,2} (?:${NEW_UNIT_NOUNS_EN.join('|')})(?![\\p{L}]))|admit(?:ted)?|recruit(?:ed)?`,
    'new',
  ),
  cue(TOTAL_WORDS.join('|'), 'total'),
];

// "How many … did the secretary ask the districts to admit?": a number someone is directed to reach
// is a target, whatever verb of change or admission follows ("phấn đấu kết nạp" in Vietnamese
// reports). Only in a how-many question: "which project did he ask to finish" asks no figure.
// "Ask the province for X to build …" requests money (a proposal), not a number to reach: no "for"
// between the verb and "to".
const DIRECTED_TO = word(
  `(?:${alternation(DIRECTING_VERBS_EN)})(?:\\s+(?!for(?![\\p{L}]))[\\p{L}'’-]+){0,4}?\\s+to(?=\\s+\\p{L})`,
  'iu',
);

const ABOUT_ASKED = /(?<![\p{L}])about\s*\??\s*$/iu;
/** The Vietnamese nouns of a deadline ("hạn chót", "thời hạn"): the frame of a deadline question. Closed. */
export const DEADLINE_NOUNS = ['hạn chót', 'thời hạn', 'hạn cuối', 'hạn hoàn thành', 'chậm nhất'];
const DEADLINE = word(
  `${DEADLINE_NOUNS.join('|')}|${DEADLINE_NOUNS.map((n) => fold(n)).join('|')}|trước ngày (?:nào|mấy)|truoc ngay (?:nao|may)|(?:hoàn thành|xong) (?:khi nào|trước|vào)|deadline|due|by when|by what (?:date|day|time)|(?:complete|finish)(?:ed)? by|(?:must|should|to) be (?:completed|finished|done)`,
  'iu',
);
// The venue asked by its kind of place ("tại hội trường nào", "in which hall") too: a closed class.
const VENUE = word(
  `ở đâu|tại đâu|địa điểm|nơi nào|nơi tổ chức|where|venue|location|held at|(?:${VENUE_HALLS.join('|')}) nào|(?:which|what) (?:${VENUE_HALLS_EN.join('|')})`,
  'iu',
);
/**
 * The acts of a delegation's visit to a site ("khảo sát thực tế", "thăm", "field visit"): a place
 * asked of them is where the visit went. Closed class: the site-visit verbs of the reports.
 */
const SITE_VISIT = word(
  'khảo sát|khao sat|thị sát|thi sat|thăm|tham quan|kiểm tra thực tế|kiem tra thuc te|field (?:visit|trip)s?|site visits?|visit(?:ed|s)?|inspect(?:ed|s|ions?)?|survey(?:ed|s)?|tour(?:ed|s)?',
  'iu',
);
/**
 * Events a meeting plans or reports that are no meeting themselves ("Ngày hội Đại đoàn kết … tổ
 * chức ở đâu?", "Where will the festival be held?"): a place asked of them is the event's, which
 * the sentence about it says, not the meeting's venue. Closed class: the events of the reports.
 */
const EVENT_ASKED = word(
  'ngày hội|ngay hoi|lễ hội|le hoi|hội thi|hoi thi|hội diễn|hoi dien|lễ khởi công|le khoi cong|lễ khánh thành|le khanh thanh|lễ ra quân|le ra quan|festival|ceremony|contest|competition',
  'iu',
);
/** "What was the venue of …": the venue asked with "what" (no "where"). */
const VENUE_ASKED_EN = word('(?:what|which) (?:was|is|were) the (?:venue|location)', 'iu');
// "làm việc với nơi nào", "họp với đâu": the body met (the counterpart), not where it happened.
const COUNTERPART_PLACE = word('với (?:những |các )?(?:nơi nào|đâu)', 'iu');
const POSITION = word(
  'giữ chức|chức vụ|chức danh|cương vị|(?:his|her|their) (?:position|title|post|role|job)|what (?:position|title|post) does',
  'iu',
);
// "Who heads / headed the Propaganda Commission?": the verb of the post, asking its holder.
// "ai đang giữ chức …", "ai hiện là …": an aspect word may stand between.
const HOLDER = word(
  '(?:ai|who|người nào|đồng chí nào) (?:(?:hiện đang|hiện nay|hiện|đang|currently|now) )?(?:là|is|was|làm|giữ chức|heads|headed)',
  'iu',
);
/**
 * The personnel acts that give a post ("được bầu", "được điều động, chỉ định giữ chức …", "được
 * hiệp thương cử"), folded. Closed class: the acts of Party and State personnel work.
 */
export const POST_ACTS = [
  'bo nhiem',
  'bau',
  'chi dinh',
  'dieu dong',
  'luan chuyen',
  'hiep thuong cu',
  'hiep thuong',
  'cu',
  'phan cong',
  'gioi thieu',
  'phe chuan',
];
/** One act or several joined ("điều động, chỉ định", "bầu và phê chuẩn"), folded. */
export const POST_ACTS_RUN = `(?:${POST_ACTS.join('|')})(?:(?:, ?| va )(?:${POST_ACTS.join('|')}))*`;
/** The English participles of {@link POST_ACTS}. */
const POST_ACTS_EN = [
  'appointed',
  'elected',
  'appointment',
  'named',
  'chosen',
  'selected',
  'designated',
  'assigned',
  'transferred',
  'nominated',
];
/** The base forms of {@link POST_ACTS_EN} ("Whom did the council elect …?"). */
const POST_ACTS_EN_BASE = ['elect', 'appoint', 'name', 'choose', 'select', 'designate', 'assign', 'nominate'];
/** An English personnel act ("elected", "appointed"): read by the holder frame (answer/acts.ts). */
const POST_ACT_EN = word(POST_ACTS_EN.join('|'), 'iu');
// "Ai được bổ nhiệm Trưởng phòng …", "who was elected vice-chairman …", "whom did the council elect
// as …": the person a personnel act
// gave the post (answered from the sentence stating the act, answer/acts.ts), checked folded.
const HOLDER_ACT = new RegExp(
  `(?<![\\p{L}])(?:(?:ai|nguoi nao|dong chi nao) (?:da )?duoc ${POST_ACTS_RUN}|${POST_ACTS_RUN} (?:ai|nguoi nao|dong chi nao) (?:lam|giu chuc)|who (?:was|were|has been|have been) (?:[\\p{L}]+ ){0,2}?(?:${POST_ACTS_EN.join('|')})|whom? (?:did|does|will) (?:[\\p{L}'’]+ ){1,12}?(?:${POST_ACTS_EN_BASE.join('|')}))(?![\\p{L}])`,
  'iu',
);
// "Chủ tịch UBND huyện X là ai?": the title first, the question word last (checked folded, so a
// question typed without diacritics reads the same).
// "… giờ là ai", also before a closing remark ("… là ai, theo tin mới nhất").
// A chat question may close on a particle ("… là ai vậy", "… la ai z"), or name its source or
// time unpunctuated ("… la ai theo tin moi nhat", "… là ai hiện nay").
const HOLDER_LAST =
  /(?<![\p{L}])(?:la|lam) (?:ai|nguoi nao|dong chi nao)(?:\s+(?:vay|v|z|a|nhi|nhe|the|day|ha))?(?:\s*\??\s*$|\s*,|\s+(?:theo|hien nay|hien tai|bay gio)(?![\p{L}]))/iu;
// A title in "ai là Bí thư …", "who is the Secretary …": the holder of a post, not a meeting role.
const TITLE_NOUN = word(
  'bí thư|phó bí thư|chủ tịch|phó chủ tịch|trưởng ban|phó trưởng ban|giám đốc|chánh văn phòng|trưởng phòng|secretary|chairman|chairwoman|chairperson|vice[- ]chair|director|head|heads|headed|chief',
  'iu',
);

/**
 * Yes/no frames. Closed class: "có phải … không", "… đúng không", "… phải không", "… có … không";
 * English auxiliaries at the start ("Did X chair…?", "Was it…?", "Is it true that…").
 */
const YES_NO_VI = [
  word('có phải', 'iu'),
  word('(?:đúng|phải|chính xác|vậy) không\\s*\\??\\s*$', 'iu'),
  word('(?:đúng|phải) (?:chứ|ko|k|hả|hông|không)\\s*\\??\\s*$', 'iu'),
  word('có [\\p{L}\\p{N}/]+(?: [\\p{L}\\p{N}/]+){0,14} không\\s*\\??\\s*$', 'iu'),
  // A statement closed by a checking particle ("… chủ trì hả?"); marked forms only, as bare "a",
  // "ha" are also syllables of names.
  /(?<![\p{L}])(?:hả|à|nhỉ|phải hông)\s*\??\s*$/iu,
];
const YES_NO_EN = /^\s*(?:did|was|were|is|are|does|do|has|have|had|is it true|was it|can you confirm)\b/iu;
// "có bao nhiêu … không", "có những … nào không" ask for content, not a verdict.
/** The start of a period, "tháng đầu" / "năm đầu" / "6t đầu", in either spelling. */
const PERIOD_START = /(?<![\p{L}])(?:\d+\s*t|tháng|thang|năm|nam)\s+(?:đầu|dau)(?![\p{L}])/giu;
const NOT_YES_NO = word(
  'bao nhiêu|mấy|nào|ai|gì|đâu|khi nào|how many|how much|which|who|what|when|where',
  'iu',
);

/**
 * Where in `text` the cue tables of this file match (role verbs, section nouns, figure kinds,
 * deadline, venue and position words): words of the question's frame, not content to match.
 */
export function cueSpans(text: string): Span[] {
  const res = [...ROLE_CUES, ...SECTION_CUES, ...FIGURE_CUES]
    .map((c) => c.re)
    .concat([DEADLINE, VENUE, POSITION, POST_ACT_EN]);
  return res.flatMap((re) =>
    [...allMatches(re, text)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    })),
  );
}

/**
 * The words of `text` that ask for a deadline ("xong trước", "thời hạn", "by when") and, when it asks
 * for one, its modal verbs wherever they stand ("phải kiện toàn xong trước", "must be completed"):
 * the question's frame, never the task whose deadline is asked. Empty when no deadline is asked.
 */
export function deadlineCueText(text: string): string {
  const cues = [...allMatches(DEADLINE, text)].map((m) => m[0]);
  if (cues.length === 0) return '';
  return [...cues, ...[...allMatches(DEADLINE_MODAL, text)].map((m) => m[0])].join(' ');
}
// Modal and finishing verbs of a deadline question ("phải xong … trước ngày nào"): the cue, not
// the task. Not "cần": folded, "can" is also "cán" (cán bộ).
const DEADLINE_MODAL = word('phải|phai|must|should|need to|have to|has to|hoàn thành|hoan thanh|xong', 'iu');

function first<T>(cues: readonly Cue<T>[], text: string): T | null {
  for (const c of cues) if (c.re.test(text)) return c.value;
  return null;
}

/** Everything of the target that {@link detectTarget} reads off the question. */
export interface TargetScan {
  target: Target;
  /** A yes/no check ("Có phải ông Hùng chủ trì không?"): the claim is verified, not answered. */
  yesNo: boolean;
  /** The role the question mentions, even when the target is not a role (a yes/no claim "X chủ trì"). */
  role: Role | null;
  /** The figure kind the question mentions. */
  figure: FigureKind | null;
  /** The question compares ("nhiều … hơn", "which … more", "so sánh"): one figure per place or period. */
  compare: boolean;
}

/**
 * Read the target of a question from its text (normalised, shorthand expanded) and the ask kinds
 * `detectKinds` found.
 */
export function detectTarget(text: string, asks: ReadonlySet<AskKind>, lang: 'vi' | 'en'): TargetScan {
  const role = first(ROLE_CUES, text);
  // "đạt bao nhiêu phần trăm kế hoạch": the plan is what a rate is measured against, not a target asked.
  const figure =
    asks.has('howmany') && DIRECTED_TO.test(text)
      ? 'target'
      : first(
          FIGURE_CUES,
          text
            .replace(RATE_OF_PLAN, ' phần trăm ')
            .replace(AGAINST_PLAN, ' phần trăm ')
            .replace(NAMED_PROGRAMMES, ' chương trình ')
            .replace(PLAN_DOCUMENT, ' văn bản '),
        );
  const section = askedSection(text, lang);
  const yesNo = isYesNo(text, lang);
  const target = ((): Target => {
    if (asks.has('published')) return { kind: 'published' };
    // "bầu ai giữ chức Phó Chủ tịch …" asks the holder, not the post.
    if (
      POSITION.test(text) &&
      !asks.has('when') &&
      !(asks.has('who') && (HOLDER.test(text) || HOLDER_ACT.test(fold(text))))
    )
      return { kind: 'position' };
    if (asks.has('who')) {
      const folded = fold(text);
      const actAsked = HOLDER_ACT.test(folded);
      const asksHolder = HOLDER.test(text) || HOLDER_LAST.test(folded) || actAsked;
      // "Who was elected Vice Chair …": a personnel act asked gives the post its role word names
      // ("chair" in "Vice Chair"); that is no question of who chaired.
      if (asksHolder && (TITLE_NOUN.test(text) || TITLE_NOUN.test(folded)) && (role === null || actAsked))
        return { kind: 'holder' };
      // "Ai được bầu bổ sung vào Ban Thường vụ …?": the person the act gave a seat, no title named.
      if (actAsked) return { kind: 'holder' };
      // No role of the reports named ("Ai là thư ký hội nghị?"): not the chair by default, but
      // someone the answering sentence names by the question's own words (who-asked.ts); likewise
      // an English one ("Who took the minutes …"). A follow-up asking nothing of its own ("Còn ai
      // nữa?", "Who else?") keeps the chair.
      if (role === null && lang === 'vi' && whoAskedWords(text) !== null) return { kind: 'open' };
      if (role === null && lang === 'en' && whoAskedWordsEn(text) !== null) return { kind: 'open' };
      return { kind: 'role', role: role ?? 'chair' };
    }
    if (asks.has('howmany')) return { kind: 'figure', figure };
    if (asks.has('when')) return { kind: 'date', deadline: DEADLINE.test(text) };
    // "Đoàn đã khảo sát thực tế ở địa điểm nào?": the place of a visit, not the meeting's venue.
    if (asks.has('where') && (SITE_VISIT.test(text) || EVENT_ASKED.test(text))) return { kind: 'open' };
    if (asks.has('where') && VENUE.test(text) && !COUNTERPART_PLACE.test(text)) return { kind: 'venue' };
    if (lang === 'en' && VENUE_ASKED_EN.test(text)) return { kind: 'venue' };
    if (section) return { kind: 'section', section };
    // "What was the … meeting about?": its topic, whatever figure word its name holds ("national
    // target programmes").
    if (lang === 'en' && ABOUT_ASKED.test(text)) return { kind: 'open' };
    // "What was the main reason for the low disbursement rate?": a cause, not the rate it names.
    if (lang === 'en' && WHY_ASKED_EN.test(text)) return { kind: 'open' };
    // "What is the total of …?", "What was the poverty rate?": a figure asked without "how many".
    if (figure && figure !== 'change' && lang === 'en' && asks.has('what')) return { kind: 'figure', figure };
    // "What is the deadline for …?", "Thời hạn … là gì?": a deadline asked without a "when" word.
    if (DEADLINE.test(text) && !asks.has('where')) return { kind: 'date', deadline: true };
    return { kind: 'open' };
  })();
  return { target, yesNo, role, figure, compare: COMPARE.test(text) };
}

/** How an English question asks a cause: "why", "what caused", "the main reason(s) for …". Closed. */
export const WHY_EN = 'why|for what reason|what caused|reasons?|causes';
const WHY_ASKED_EN = new RegExp(`(?<![\\p{L}])(?:${WHY_EN})(?![\\p{L}])`, 'iu');

// The noun a Vietnamese question asks about: the words right before "gì"/"nào" ("những hạn chế
// gì", "giải pháp nào"), skipping "những", "là", "các"; and the subject when it ends in "là gì".
const VI_ASKED =
  /([\p{L}]+(?:\s+[\p{L}]+)?)\s+(?:(?:những|nhung|các|cac|cái|cai)\s+)?(?:(?:là|la)\s+)?(?:gì|gi|nào|nao)(?![\p{L}])/iu;
// Placeholder nouns ("thông qua nội dung gì", "quyết định vấn đề nào"): the verb before them is
// what is asked. Closed class: the nouns that stand for "something" in a question.
const VI_PLACEHOLDER =
  /([\p{L}]+\s+[\p{L}]+)\s+(?:(?:những|nhung|các|cac)\s+)?(?:nội dung|noi dung|vấn đề|van de|văn bản|van ban|việc|viec|điều|dieu|cái|cai)\s+(?:(?:là|la)\s+)?(?:gì|gi|nào|nao)(?![\p{L}])/iu;
const VI_LISTED = /(?:những|nhung|các|cac)\s+([^?]+?)\s+(?:gì|gi|nào|nao)(?![\p{L}])/iu;
/** The ending that VI_ASKED, VI_PLACEHOLDER, VI_BEFORE_IS and VI_LISTED all need. */
const VI_QUESTION_WORD = /(?:gì|gi|nào|nao)(?![\p{L}])/iu;
// The (at most four) words before "là gì": the noun phrase of "X là gì".
const VI_BEFORE_IS = /((?:[\p{L}]+\s+){0,3}[\p{L}]+)\s+(?:là|la)\s+(?:gì|gi)(?![\p{L}])/iu;
const VI_SUBJECT_IS =
  /(?:là|la)\s+(?:gì|gi)(?![\p{L}])|(?:ra sao|thế nào|the nao|như thế nào|nhu the nao)\s*\??\s*$/iu;
// English: the noun after "what/which" ("what tasks", "which shortcomings"), or the verb of
// "what did the meeting decide/approve".
// Up to two qualifiers (a closed class) may stand before the noun ("what were the main achievements").
const EN_ASKED =
  /(?<![\p{L}])(?:what|which)\s+(?:(?:are|were|is|was)\s+(?:the\s+)?)?(?:(?:main|key|major|notable|outstanding|important|principal|remaining|specific|other|top|biggest|most)\s+){0,2}([\p{L}]+)/iu;
// The clause after the auxiliary: its verb may stand anywhere ("what did the committee adopt at
// its July meeting").
// A passive clause ("what was the Board asked to do") is read the same way.
// The asked noun may stand between ("what resolution did the committee pass").
const EN_VERB =
  /(?<![\p{L}])(?:what|which)(?:\s+[\p{L}]+){0,2}?\s+(?:did|does|do|has|have|will|was|were)\s+(.+?)\s*\??\s*$/iu;

/**
 * Vietnamese verbs of directing and deciding whose object is the question word, a few words on
 * ("đề nghị UBND thị xã tập trung những gì", "biểu quyết thông qua nghị quyết gì", "kết luận gì"):
 * the verb is what is asked even when the words right before "gì" are a plain verb or a document
 * noun. Closed class: the report's own verbs for a direction, a conclusion and a decision; the
 * asked object must follow within {@link VERB_OBJECT_MAX_WORDS} words in the same sentence (commas
 * may part the addressees: "yêu cầu các cấp ủy, chính quyền những gì").
 */
const VERB_OBJECT_MAX_WORDS = 6;
const VI_VERB_ASKED: readonly Cue<SectionKind>[] = [
  cue(
    `(?:biểu quyết|thông qua|quyết định|nhất trí|thống nhất)(?:\\s+[^\\s.;:?!]+){0,${VERB_OBJECT_MAX_WORDS}}?\\s+(?:gì|nào)`,
    'decision',
  ),
  cue(
    `(?:kiến nghị|đề xuất|đề đạt)(?:\\s+[^\\s.;:?!]+){0,${VERB_OBJECT_MAX_WORDS}}?\\s+(?:gì|nào)`,
    'proposal',
  ),
  cue(
    `(?:yêu cầu|đề nghị|(?<!ban )chỉ đạo|lưu ý|nhấn mạnh|chú trọng|kết luận|được giao|giao nhiệm vụ|(?<!bàn |chuyển )giao(?!\\s+(?:ban|thông|dịch|lưu)(?![\\p{L}])))(?:\\s+[^\\s.;:?!]+){0,${VERB_OBJECT_MAX_WORDS}}?\\s+(?:gì|nào)`,
    'directive',
  ),
];

/**
 * The report section a question asks for: only when the section word is what is asked ("những hạn
 * chế gì", "nhiệm vụ … là gì", "what tasks"), not when it is part of a name ("Nghị quyết nhiệm vụ
 * năm 2021 có chủ đề là gì?" asks a theme).
 */
function askedSection(text: string, lang: 'vi' | 'en'): SectionKind | null {
  const heads: string[] = [];
  if (lang === 'vi') {
    // Every pattern here but VI_SUBJECT_IS ends in "gì"/"nào": without one they cannot match, and
    // those opening on a run of letters are costly to fail (tried from every letter; profiled).
    const asks = VI_QUESTION_WORD.test(text);
    const m = asks ? VI_ASKED.exec(text) : null;
    if (m?.[1]) heads.push(m[1]);
    const p = asks ? VI_PLACEHOLDER.exec(text) : null;
    if (p?.[1]) heads.push(p[1]);
    // "Nhiệm vụ trọng tâm … là gì?": the subject at the start is what is asked; "… nv trọng tâm
    // là gì": so is the noun phrase right before "là".
    if (VI_SUBJECT_IS.test(text)) {
      heads.push(text.split(/\s+/).slice(0, 3).join(' '));
      const before = asks ? VI_BEFORE_IS.exec(text) : null;
      if (before?.[1]) heads.push(before[1]);
    }
    // "Còn những khó khăn, vướng mắc nào?": the listed nouns before the question word.
    const list = asks ? VI_LISTED.exec(text) : null;
    if (list?.[1]) heads.push(list[1]);
  } else {
    // A body's English name is no section asked ("the venue of … the Disbursement Task Force").
    const plain = blank(text, englishBodyNames(text));
    // "What requests did X district put to the province?": what the asker's body proposed, not a
    // direction given to it.
    if (REQUESTS_PUT_TO_EN.test(plain)) return 'proposal';
    const m = EN_ASKED.exec(plain);
    if (m?.[1]) heads.push(m[1]);
    const v = EN_VERB.exec(plain);
    if (v?.[1]) heads.push(v[1]);
  }
  for (const h of heads) {
    // A Vietnamese head is a few words, read by priority; an English clause by its first cue.
    const kind = lang === 'vi' ? first(SECTION_CUES, h) : earliest(SECTION_CUES, h);
    if (kind === 'decision') return agreedAct(h) ?? kind;
    // "Which issues did delegates raise during the question session?": the questions asked, no
    // limitation the report states.
    if (kind === 'limitation' && QUESTION_SESSION.test(text)) return null;
    if (kind) return kind;
  }
  // No section noun is asked: a directing or deciding verb whose object is the question word.
  return lang === 'vi' ? nearestBefore(VI_VERB_ASKED, text) : null;
}

/** A request put by the subject to another body ("requests did X put to", "requests has X made to"). Closed. */
const REQUESTS_PUT_TO_EN = word(
  "(?:requests?|petitions?|proposals?) (?:did|does|do|has|have|had)(?: [\\p{L}'’-]+){1,6}? (?:put|make|made|submit(?:ted)?|raise[sd]?|present(?:ed)?|send|sent|address(?:ed)?|bring|brought)(?: (?:forward|up))? to",
  'iu',
);

/** A council's question session named ("phiên chất vấn", "the question-and-answer session"). Closed. */
const QUESTION_SESSION = word(
  'chất vấn|chat van|question-and-answer|question and answer|question session|question time|q&a',
  'iu',
);

/** Words joining an agreeing verb to the act agreed ("agreed to propose"), as the text starts. */
const AGREED_TO = /^\s*(?:to\s+)?/iu;

/**
 * "thống nhất đề xuất UBND tỉnh điều gì", "agreed to propose …": what was agreed is the act right
 * after the agreeing verb, a section of its own (a proposal, a direction); null when none follows.
 */
function agreedAct(head: string): SectionKind | null {
  // The cues' patterns carry no `g` flag: `exec` keeps no state between calls.
  const m = SECTION_CUES.find((c) => c.value === 'decision')?.re.exec(head);
  if (!m) return null;
  const rest = head.slice(m.index + m[0].length).replace(AGREED_TO, '');
  return SECTION_CUES.find((c) => c.value !== 'decision' && c.re.exec(rest)?.index === 0)?.value ?? null;
}

/** The cue whose match starts last in `text` (the verb nearest the question word), or null. */
function nearestBefore<T>(cues: readonly Cue<T>[], text: string): T | null {
  let best: { at: number; value: T } | null = null;
  for (const c of cues) {
    for (const m of allMatches(c.re, text)) {
      if (!best || m.index > best.at) best = { at: m.index, value: c.value };
    }
  }
  return best?.value ?? null;
}

/** The cue matching earliest in `text` (the word nearest the question word), or null. */
function earliest<T>(cues: readonly Cue<T>[], text: string): T | null {
  let best: { at: number; value: T } | null = null;
  for (const c of cues) {
    const m = c.re.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, value: c.value };
  }
  return best?.value ?? null;
}

// A rate against a plan, a target or an estimate. Closed class: the references of a percentage.
// "Tỷ lệ thu ngân sách so với dự toán": measured against the plan is a rate of the plan, not a change
// (a change is measured against a past period, "so với cùng kỳ"). Closed class: the plan words.
// Programmes whose name holds a figure-kind word ("chương trình mục tiêu quốc gia", "national
// target programmes"): the name is no target asked. Closed class: the programmes' fixed names.
// "vốn mtqg" ("mục tiêu quốc gia" without "chương trình") names the same programmes.
const NAMED_PROGRAMMES =
  /(?:(?:chương trình|chuong trinh|ct) )?(?:mục tiêu|muc tieu|mt) (?:quốc gia|quoc gia|qg)|national target program(?:me)?s?/giu;
// A plan acted on as a document ("điều chỉnh kế hoạch đầu tư công", "phê duyệt kế hoạch sử dụng
// đất"): the plan is what the act is about, its figures are its own, not a target asked. Closed
// class: the acts of a council or committee on a document.
const DOCUMENT_ACTS =
  '(?:điều chỉnh|dieu chinh|phê duyệt|phe duyet|thông qua|thong qua|ban hành|ban hanh|bổ sung|bo sung)';
/** The plan as the object of such an act, before it or, in the passive, a clause after ("… được điều chỉnh"). */
const PLAN_DOCUMENT = new RegExp(
  `${DOCUMENT_ACTS}\\s+(?:kế hoạch|ke hoach)|(?:kế hoạch|ke hoach)(?=(?:\\s+[\\p{L}\\p{N}]+){0,12}?\\s+(?:được|duoc)\\s+${DOCUMENT_ACTS})`,
  'giu',
);
const AGAINST_PLAN =
  /(?:so với|so voi|compared (?:with|to)|against)\s+(?:the\s+)?(?:kế hoạch|ke hoach|chỉ tiêu|chi tieu|dự toán|du toan|plan|target|estimate)/giu;
const RATE_OF_PLAN = new RegExp(
  [
    `(?:%|${eitherSpelling(PERCENT_WORDS)}|(?:${alternation(PERCENT_WORDS_EN)})(?: of)?)\\s+(?:so với\\s+|so voi\\s+|of\\s+)?(?:kế hoạch|ke hoach|chỉ tiêu|chi tieu|dự toán|du toan|the plan|the target|the estimate)`,
    // "what share of the annual target was that": the part of a plan reached.
    "(?:share|proportion|percent|percentage) of (?:the |its |their )?(?:annual |yearly |full-year |year's )?(?:plan|target|estimate)",
  ].join('|'),
  'giu',
);

// Comparatives. Closed class: "nhiều/ít/cao/thấp … hơn", "so sánh", English comparatives. A
// comparative before a number is a bound ("thấp hơn 25%", "less than 25%"), compared with nothing
// the question names (answer/rate-bound.ts reads it).
/** A comparison asked (no `g` flag: safe with `.test`); also read by the support check. */
export const COMPARE =
  /(?<![\p{L}])(?:(?:nhiều|ít|cao|thấp|lớn|nhỏ|đông|nhieu|it|cao|thap|lon|nho|dong)(?:\s+[\p{L}]+){0,4}\s+(?:hơn|hon)(?!\s*\d)|so sánh|so sanh|tăng hay giảm|tang hay giam|(?:increase|rise|grow)(?:d)? or (?:decrease|fall|decline)(?:d)?|(?:more|fewer|less|higher|lower|larger|smaller|bigger)(?!\s+than\s+\d)|compare[sd]?)(?![\p{L}])/iu;

export function isYesNo(text: string, lang: 'vi' | 'en'): boolean {
  if (lang === 'en')
    return YES_NO_EN.test(text) && !/^\s*(?:did|does|do)\s+\S+\s+(?:how|what|which)\b/iu.test(text);
  if (!YES_NO_VI.some((re) => re.test(text)) && !YES_NO_TAIL_VI.test(text)) return false;
  // "có phải" frames a claim even when it holds a question word later ("có phải ai đó…" is rare).
  if (YES_NO_VI[0]!.test(text)) return true;
  // "7 tháng đầu năm" typed bare ("7t dau"): its "dau" is "đầu", no "đâu" asking where.
  return !NOT_YES_NO.test(text.replace(PERIOD_START, ' '));
}

/** True when a sentence uses one of the question cues of `role` ("dự", "tham dự" for attendees). */
export function mentionsRole(sentence: string, role: Role): boolean {
  return ROLE_CUES.some((c) => c.value === role && c.re.test(sentence));
}

/** The title a yes/no question claims a person holds ("X là Bí thư Huyện ủy Y không?"), or null. */
export function titleNamed(text: string): string | null {
  return titleClaim(text)?.title ?? null;
}
/** The claim names a post with a verb of holding it ("X giữ chức Phó Bí thư …"): no act is claimed. */
export function claimsPostHeld(text: string): boolean {
  return titleClaim(text)?.held ?? false;
}
/** The title claimed and whether a verb of holding it links it to the person, or null. */
function titleClaim(text: string): { title: string; held: boolean } | null {
  const m = TITLE_NOUN.exec(text);
  const before = m ? text.slice(0, m.index) : '';
  if (!m || !TITLE_LINK.test(before)) return null;
  const held = HOLDING_LINK.test(before);
  // "được bổ nhiệm giữ chức Giám đốc …", "giới thiệu … để bầu giữ chức": the act giving the post is
  // claimed, not a post held (answer/acts.ts).
  if (held && GIVING_ACT.test(before)) return null;
  return { title: text.slice(m.index).replace(TITLE_TAIL, '').trim(), held };
}
// The verbs of holding a post among the links, right before the title.
const HOLDING_LINK = /(?:giữ|giu|đảm nhiệm|dam nhiem)(?:\s+\S+){0,2}\s+$/iu;
// Acts that give or take a post. Closed class: the personnel acts (answer/acts.ts states them).
const GIVING_ACT =
  /(?<![\p{L}])(?:bầu|bau|bổ nhiệm|bo nhiem|chỉ định|chi dinh|điều động|dieu dong|luân chuyển|luan chuyen|giới thiệu|gioi thieu|trúng cử|trung cu|hiệp thương|hiep thuong|thôi|thoi|miễn nhiệm|mien nhiem|phân công|phan cong)(?![\p{L}])/iu;
// "là", "làm", "giữ chức" right before the title. Closed class: the copulas of a title and the
// verbs of holding a post.
const TITLE_LINK =
  /(?:^|\s)(?:là|la|làm|lam|(?:giữ|giu|đảm nhiệm|dam nhiem)(?:\s+(?:chức|chuc)(?:\s+(?:vụ|vu|danh))?)?)\s+$/iu;
// The yes/no tail after the title ("… không?", "… phải không?").
const TITLE_TAIL = /(?:\s+(?:(?:phải|phai|đúng|dung)\s+)?(?:không|khong|chứ|chu|à|hả|ha))?\s*\??\s*$/iu;

/** The figure kind a phrase names ("kết nạp mới" → new, "chỉ tiêu" → target), or null. */
export function figureCue(phrase: string): FigureKind | null {
  return first(FIGURE_CUES, phrase);
}
