/**
 * Sentence classes: results, limitations, tasks, the leader's directions, the decisions taken
 * and the body's proposals to a higher level. A sentence is classed by the cues of `SECTION_CUES` and by who speaks in it (a director
 * or concluder from the role records); sentences that announce the meeting, captions and
 * sentences with no cue stay unclassed. A direction or a task runs on: the sentences after it in
 * its paragraph, and short imperative paragraphs after a task, continue it.
 */
import type { Span } from '../text/sentences.ts';
import type { RoleRecord, SectionKind, SectionRecord } from './types.ts';
import {
  AGREEING_BODIES,
  alternation,
  NOT_WORD_AFTER,
  NOT_WORD_BEFORE,
  OVERCOME,
  PROPOSAL_ADDRESSEES,
  SECTION_CUES,
} from './vocab.ts';

const cues = (words: readonly string[], flags = 'iu') =>
  new RegExp(`${NOT_WORD_BEFORE}(?:${alternation(words)})${NOT_WORD_AFTER}`, `g${flags}`);
const count = (re: RegExp, s: string) => [...s.matchAll(re)].length;

const DECISION = cues(SECTION_CUES.decision);
/**
 * A body that met agreeing to do something ("UBND tỉnh thống nhất điều chuyển khoảng 1.050 tỷ
 * đồng …", "Ban Thường vụ đồng ý cho …"): the body, then "thống nhất"/"đồng ý" and a lower-case
 * verb. Not "sự đoàn kết, thống nhất" (unity): the body opens the clause.
 */
const BODY_AGREES = new RegExp(
  `(?:^|[,;:]\\s*)(?:${alternation(AGREEING_BODIES)})[^.;:!?,]{0,40}?\\s(?:thống nhất|đồng ý)\\s+\\p{Ll}`,
  'u',
);
const LIMIT_STRONG = cues(SECTION_CUES.limitationStrong);
const LIMIT_WEAK = cues(SECTION_CUES.limitationWeak);
const CONTRAST_OPENER = new RegExp(`^(?:${alternation(SECTION_CUES.contrast)})${NOT_WORD_AFTER}`, 'iu');
// Directing verbs are lower-case: "Ban Chỉ đạo" names a body.
const DIRECTIVE_VERB = cues(SECTION_CUES.directive, 'u');
const TASK = cues(SECTION_CUES.task);
const RESULT = cues(SECTION_CUES.result);
// A request upward: the proposal verb, then (after "quan tâm"/"với" at most) a higher level or the
// colon that opens the list of requests. The verb is lower-case: a noun phrase "Kiến nghị của …"
// opening a sentence is the reply's topic, not a request.
const PROPOSAL = new RegExp(
  `${NOT_WORD_BEFORE}(?:${alternation(SECTION_CUES.proposal)})(?:\\s+(?:với|lên))?(?:\\s*:|\\s+(?:${alternation(PROPOSAL_ADDRESSEES)})${NOT_WORD_AFTER})`,
  'u',
);
const OVERCOME_RE = new RegExp(OVERCOME.join('|'), 'giu');
// "Để thực hiện tốt …, …": a purpose clause opening a sentence sets out what is to be done.
const PURPOSE_OPENER = /^Để\s/u;
// "Nhiệm vụ quý IV năm 2024, huyện tập trung …", "Phương hướng, nhiệm vụ thời gian tới: …": a
// sentence that opens on the tasks of a period sets them out ("Nhiệm vụ phát triển kinh tế …
// đạt kết quả" names no period and is not one).
const TASK_OPENER =
  /^(?:Về\s+)?(?:(?:Phương hướng|Mục tiêu),?\s+)?nhiệm vụ(?:\s+(?:trọng tâm|chủ yếu))?\s+(?:quý|\d+\s+tháng|những tháng|năm|thời gian|giai đoạn|tháng)(?![\p{L}])/iu;
/**
 * Verbs that open an imperative sentence ("Tiếp tục …", "Đẩy mạnh …"): such a sentence right
 * after a task or direction continues it. Closed: the stock verbs of Party resolutions.
 */
const IMPERATIVE_OPENER =
  /^(?:Tiếp tục|Đẩy mạnh|Tăng cường|Đổi mới|Nâng cao|Tích cực|Coi trọng|Chú trọng|Tập trung|Thực hiện|Chủ động|Phối hợp|Xây dựng|Tham mưu|Quan tâm|Làm tốt|Chuẩn bị|Khẩn trương|Bên cạnh đó cần|Cần)(?![\p{L}])/u;
// The sentence that announces the meeting: no section of the report.
const ANNOUNCEMENT =
  /(?:tổ chức|tiến hành)\s+(?:hội nghị|cuộc họp|phiên họp|buổi làm việc|Hội nghị)|(?:có|đã có)\s+buổi\s+làm\s+việc|chủ trì\s+(?:cuộc họp|hội nghị|buổi)/u;
const CAPTION_MAX_WORDS = 14;
/** A paragraph of at most this many words with a class cue is a heading ("Về hạn chế", "Nhiệm vụ thời gian tới:"). */
const HEADING_MAX_WORDS = 6;
/** A paragraph without final punctuation is a photo caption when it is at most this long. */
const UNPUNCTUATED_CAPTION_MAX_WORDS = 30;
/** Roles that only introduce the meeting: a sentence stating only these is no section. */
const PRESENCE_ROLES = new Set(['chair', 'cochair', 'leader', 'attendee']);

/** What sentence classification needs besides the text. */
export interface SectionContext {
  /** Every role statement (`findRoleHits`), to tell the leader's directions. */
  roleHits: readonly RoleRecord[];
  /** Start offsets of sentences that hold a reported (non-target) figure. */
  figureSentences: ReadonlySet<number>;
}

const wordCount = (s: string) => s.split(/\s+/u).filter(Boolean).length;

function limitationOf(s: string): boolean {
  const plain = s.replace(OVERCOME_RE, ' ');
  const strong = count(LIMIT_STRONG, plain);
  const weak = count(LIMIT_WEAK, plain);
  return strong >= 1 || weak >= 2 || (weak >= 1 && CONTRAST_OPENER.test(s));
}

/** Classify the body's sentences; unclassed sentences have no record. */
export function extractSections(
  body: string,
  sentences: readonly Span[],
  ctx: SectionContext,
): SectionRecord[] {
  const out: SectionRecord[] = [];
  let carry: SectionKind | null = null;
  // The class a heading opens, kept until the next heading, direction or decision.
  let heading: SectionKind | null = null;
  // The class of the list a colon opened, for its item paragraphs.
  let listOf: SectionKind | null = null;
  let paraStart = -1;
  sentences.forEach((span, i) => {
    const s = body.slice(span.start, span.end);
    const para = body.lastIndexOf('\n', span.start) + 1;
    const paraEnd = body.indexOf('\n', span.end);
    const alone = para === span.start && (paraEnd < 0 ? body.length : paraEnd) === span.end;
    const newParagraph = para !== paraStart;
    paraStart = para;
    // A direction runs to the end of its paragraph; a task also into imperative paragraphs.
    if (newParagraph && carry === 'directive') carry = null;
    if (newParagraph && carry === 'task' && !IMPERATIVE_OPENER.test(s)) carry = null;
    const words = wordCount(s);
    if (alone && words <= HEADING_MAX_WORDS) {
      const opened = limitationOf(s)
        ? 'limitation'
        : count(TASK, s) > 0
          ? 'task'
          : count(RESULT, s) > 0
            ? 'result'
            : null;
      if (opened) {
        heading = opened;
        carry = null;
        return;
      }
    }
    const roles = ctx.roleHits.filter((r) => r.span.start === span.start).map((r) => r.role);
    const caption =
      alone &&
      !ctx.figureSentences.has(span.start) &&
      // Under a heading, short punctuated paragraphs are its items, not captions.
      ((words <= CAPTION_MAX_WORDS && heading === null && !s.endsWith(':')) ||
        (!/[.!?…:;]$/u.test(s) && words <= UNPUNCTUATED_CAPTION_MAX_WORDS));
    // "X trình bày báo cáo kết quả …" announces the report; with a figure of its own it also reports.
    const presenceOnly =
      roles.length > 0 &&
      roles.every(
        (r) => PRESENCE_ROLES.has(r) || (r === 'presenter' && !ctx.figureSentences.has(span.start)),
      );
    let kind: SectionKind | null = null;
    if (i === 0 || ANNOUNCEMENT.test(s) || caption || presenceOnly) {
      kind = null;
    } else if (count(DECISION, s) > 0 || BODY_AGREES.test(s)) {
      kind = 'decision';
    } else if (roles.includes('presenter') && ctx.figureSentences.has(span.start)) {
      // "Trình bày báo cáo, đồng chí X cho biết: … ban hành 11 văn bản lãnh đạo, chỉ đạo …": the
      // report's results, whatever direction words they name; the sentences after it are too.
      kind = 'result';
    } else if (roles.includes('director') && count(DIRECTIVE_VERB, s) > 0) {
      kind = 'directive';
    } else if (carry === 'directive') {
      kind = 'directive';
    } else if (limitationOf(s)) {
      kind = 'limitation';
    } else if (
      count(TASK, s) > 0 ||
      TASK_OPENER.test(s) ||
      PURPOSE_OPENER.test(s) ||
      (carry === 'task' && IMPERATIVE_OPENER.test(s))
    ) {
      kind = 'task';
    } else if (PROPOSAL.test(s)) {
      kind = 'proposal';
    } else if (ctx.figureSentences.has(span.start) || count(RESULT, s) > 0) {
      kind = 'result';
    }
    // The items of a list a sentence opens with a colon ("… kiến nghị tỉnh quan tâm một số nội
    // dung:", then one paragraph per request) are of its class, through the item ending with ".".
    if (listOf && alone && /[;.]$/u.test(s)) kind = listOf;
    else listOf = null;
    if (kind && s.endsWith(':')) listOf = kind;
    else if (listOf && s.endsWith('.')) listOf = null;
    if (kind === 'directive' || kind === 'decision') heading = null;
    else if (heading && (kind === null || kind === 'result') && i > 0 && !caption && !presenceOnly)
      kind = heading;
    if (kind === 'directive' || kind === 'task') carry = kind;
    else if (kind !== null) carry = null;
    if (kind) out.push({ kind, span });
    // "… đạt 312,6 tỷ đồng, bằng 61,2% dự toán; tuy nhiên thu tiền sử dụng đất mới đạt 28,4% …": a
    // result sentence that turns to a shortcoming mid-way holds a limitation from its turn on.
    if (kind === 'result' || kind === null) {
      const turn = limitationTurn(s);
      if (turn !== null && !caption && !presenceOnly && i > 0)
        out.push({ kind: 'limitation', span: { start: span.start + turn, end: span.end } });
    }
  });
  return out;
}

/** A contrast word after a clause break ("; tuy nhiên", ", song"), at its start. */
const MID_CONTRAST = new RegExp(
  `[,;]\\s*(?=(?:${alternation(SECTION_CUES.contrast)})${NOT_WORD_AFTER})`,
  'giu',
);

/** Where a sentence turns to a shortcoming after a clause break, or null when it does not. */
function limitationTurn(s: string): number | null {
  for (const m of s.matchAll(MID_CONTRAST)) {
    const at = m.index + m[0].length;
    if (limitationOf(s.slice(at))) return at;
  }
  return null;
}
