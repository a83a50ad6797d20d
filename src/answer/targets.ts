/**
 * Answers from meeting records: one operation per question target. Each states only what a record
 * holds and quotes the sentence the record came from, so a role, a figure or a section is answered
 * the same way however the question was phrased.
 *
 * Every function returns `undefined` when the records cannot decide (the caller then falls back to
 * sentence evidence) and `null` when the article does not answer (another article may).
 */

import { translatePhrase } from '../query/glossary.ts';
import { VI_STOP } from '../query/lexicon.ts';
import type { AskKind, ParsedQuestion } from '../query/parse.ts';
import {
  DEADLINE_NOUNS,
  deadlineCueText,
  figureCue,
  isYesNo,
  mentionsRole,
  POST_ACTS_RUN,
  type Role,
  type Target,
  TOTAL_WORDS,
} from '../query/target.ts';
import type { DocRecords } from '../records/bundle.ts';
import { articleCast } from '../records/roles.ts';
import type { FigureRecord, RoleRecord, SectionKind, Span } from '../records/types.ts';
import {
  BODY_BRANCHES,
  CAPACITY_NOUNS,
  FUND_STAGES,
  KIND_CUES,
  MEASURE_NOUNS,
  MEETING_NOUN_EN_PATTERN,
  MEETING_NOUNS,
  MEMBER_ACTS,
  PERCENT_WORDS,
  PERSON_UNITS,
  PLACE_LEVELS,
  PLACE_LEVELS_EN,
  PLAN_NOUNS,
  POVERTY_MOVES,
  REVENUE_NOUNS,
  ROLE_VERBS,
  SECTION_CUES,
  SECTION_QUESTION_WORDS,
} from '../records/vocab.ts';
import { fold, syllables } from '../text/normalize.ts';
import { containsRun, writesAnyFolded } from '../text/phrase.ts';
import { asksPersonOfAct, personOfAct } from './acts.ts';
import { actLabel, actorsOf, askedAct } from './asked-act.ts';
import { attendingBranchesIn } from './bodies.ts';
import {
  clauseAfter,
  clauseBefore,
  countedAct,
  countedNoun,
  countsNoun,
  writesActBefore,
} from './counted-act.ts';
import { askedConcepts, conceptCoverage } from './english-concepts.ts';
import { clauses, contentCoverage, type Evidence, type EvidenceQuery, uncheckable } from './evidence.ts';
import { statesOtherPeriod, statesOtherYear } from './figure-time.ts';
import { enDate, formatChair, LABELS, type Lang, viDate } from './format.ts';
import { yearsOfMeetingAsked } from './meeting-year.ts';
import { ANSWER_OPTIONS } from './options.ts';
import { fullNamesAsked, namesPersons, personNamesAsked } from './places.ts';
import type { Line } from './render.ts';
import { sectionRun } from './section-run.ts';
import { statesStock, stockAsked } from './stock.ts';
import { askedTitleOf, describedTitle, givesTitle, holdsTitle } from './titles.ts';
import { topicUnwritten } from './topic.ts';
import { askedUnit, convertFigure } from './units.ts';

/** What one article answers for a target. */
export interface TargetAnswer {
  lines: Line[];
  /** How well the quoted sentences match the question (for ranking articles against each other). */
  relevance: number;
}

/** Words that ask for a percentage, in both spellings. */
const RATE_WORDS = PERCENT_WORDS.flatMap((w) => [w, fold(w)]).join(' ');
/** The report's cue words of each figure kind ("phấn đấu", "chỉ tiêu" for a target), written and folded. */
const KIND_WORDS: ReadonlyMap<string, string> = new Map(
  KIND_CUES.map((c) => {
    const words = [...c.before, ...(c.after ?? []), ...(c.kind === 'total' ? TOTAL_WORDS : [])];
    return [c.kind, words.flatMap((w) => [w, fold(w)]).join(' ')];
  }),
);

/**
 * Words a sentence answering a figure question is credited with beyond its own: the rate words
 * when it writes a percentage ("9,5%" answers "bao nhiêu phần trăm"), and the cue words of a
 * figure kind that both it and the question write in their own words ("chỉ tiêu" answers "đặt mục
 * tiêu").
 */
export function figureWordsCredited(q: ParsedQuestion, text: string): string {
  const kinds = KIND_CUES.filter((c) => {
    const cues = [...c.before, ...(c.after ?? [])];
    return writesAnyFolded(q.text, cues) && writesAnyFolded(text, cues);
  }).map((c) => KIND_WORDS.get(c.kind) ?? '');
  return [text.includes('%') ? RATE_WORDS : '', ...kinds].join(' ');
}

/** Record roles that answer a question role (a co-chair chaired too). */
export const ROLE_RECORDS: Record<Role, readonly RoleRecord['role'][]> = {
  chair: ['chair', 'cochair'],
  presenter: ['presenter'],
  concluder: ['concluder'],
  director: ['director', 'concluder'],
  attendee: ['attendee'],
  leader: ['leader'],
  speaker: ['speaker', 'concluder', 'director', 'presenter'],
};

/** Answer the question's target from the article's records. */
export function answerTarget(
  rec: DocRecords,
  /** The article's headline and lead: their words name the meeting, not what a figure measures. */
  title: string,
  q: ParsedQuestion,
  eq: EvidenceQuery,
  ranked: Evidence[],
  /** The article's body: a sentence referring back ("cơ sở này") is read with the one before it. */
  body = '',
): TargetAnswer | null | undefined {
  const t = q.target.target;
  switch (t.kind) {
    case 'role':
      return roleAnswer(rec, t.role, q, ranked);
    case 'position':
      return positionAnswer(rec, q, ranked);
    case 'holder':
      return holderAnswer(rec, q, ranked);
    case 'date':
      return t.deadline ? deadlineAnswer(rec, q, ranked, eq, title) : undefined;
    case 'venue':
      return rec.meeting.venue
        ? {
            lines: [
              { label: LABELS[q.lang].venue, value: rec.meeting.venue.text, quote: rec.meeting.venue.span },
            ],
            relevance: scoreOf(ranked, rec.meeting.venue.span.start),
          }
        : // No venue stated: any other sentence of the article ("Hội nghị chỉ ra … tại xã X") is no venue.
          null;
    case 'figure':
      return figureAnswer(rec, title, q, eq, ranked, body);
    case 'section':
      return sectionAnswer(rec, t.section, q, ranked, eq, title);
    default:
      return undefined;
  }
}

/** The ask kind a target answers (the other asks of a question are answered beside it). */
export function askOf(t: Target): AskKind {
  switch (t.kind) {
    case 'role':
    case 'holder':
      return 'who';
    case 'date':
      return 'when';
    case 'venue':
      return 'where';
    case 'figure':
      return 'howmany';
    case 'published':
      return 'published';
    default:
      return 'what';
  }
}

/**
 * Money asked in a question: the nouns of an amount and the verbs of spending, Vietnamese and
 * English. Closed class (not "tốn" folded: "tồn"; not "tiền" folded: "tiến"; not "budget", whose
 * collection rate is asked as often as its amount: it answered a frozen near-miss, near-miss-5).
 */
const MONEY_ASKED =
  /(?<![\p{L}])(?:kinh phí|kinh phi|chi phí|chi phi|số tiền|so tien|bao nhiêu tiền|bao nhieu tien|bn tien|tốn|mức đầu tư|muc dau tu|funding|funds|money|capital|costs?|spent|spend|expenses?|total investment)(?![\p{L}])/iu;
/** The words of money asked as a report writes them, skipped when asking what else is asked. */
const MONEY_WORDS = 'kinh phí chi phí vốn tiền số tiền tốn chi hết tổ chức';
/**
 * A sentence stating the money of the meeting itself: the money noun then, within a few words,
 * the meeting or its holding ("kinh phí tổ chức hội nghị 45 triệu đồng"), or the meeting then a
 * verb of spending ("hội nghị đã chi 45 triệu đồng"). Folded.
 */
const MEETING_MONEY = new RegExp(
  `(?<![a-z])(?:kinh phi|chi phi|so tien|tien|von)(?: [a-z]+){0,3} (?:to chuc|${MEETING_NOUNS.map(fold).join('|')})(?![a-z])|(?<![a-z])(?:${MEETING_NOUNS.map(fold).join('|')})(?: [a-z]+){0,4} (?:chi|ton|het)(?![a-z])`,
  'u',
);

/** English: the meeting's own money ("did the X meeting cost", "spent on the X briefing", "cost of the meeting"). */
const MEETING_MONEY_EN = new RegExp(
  `(?:${MEETING_NOUN_EN_PATTERN})\\s+cost|(?:costs?|spent|spend|expenses?|funding)\\s+(?:of|on|for)\\s+(?:the\\s+)?(?:[\\p{L}\\d:,-]+\\s+){0,12}?(?:${MEETING_NOUN_EN_PATTERN})(?![\\p{L}])`,
  'iu',
);

/**
 * Money asked of the meeting itself ("Kinh phí tổ chức hội nghị X là bao nhiêu?", "How much did
 * the X meeting cost?"): every amount of its article (a budget's revenue, a fund for houses, a
 * province's grant) measures something else unless its clause writes the meeting's own money
 * (`MEETING_MONEY`). Money asked with a subject ("kinh phí hỗ trợ nhà tạm") is the ranking's concern.
 */
function moneyMeasuresElse(
  q: ParsedQuestion,
  eq: EvidenceQuery,
  f: FigureRecord,
  ranked: Evidence[],
  context: string,
): boolean {
  if (!MONEY_ASKED.test(q.text)) return false;
  const clause = figureClause(f, ranked);
  if (MEETING_MONEY.test(syllables(fold(q.text)).join(' ')) || MEETING_MONEY_EN.test(q.text))
    return !MEETING_MONEY.test(syllables(fold(clause)).join(' '));
  // Money asked and nothing else beyond the meeting's names, which may name what the money is for
  // ("Ban Chỉ đạo các chương trình mục tiêu quốc gia … sơ kết"): an amount spent or allotted answers,
  // a revenue does not. (The coverage of an empty text is 1 only when nothing else is asked.)
  if (contentCoverage('', eq, `${context} ${MONEY_WORDS} ${fold(MONEY_WORDS)}`) < 1) return false;
  return !writesAnyFolded(`${f.subject} ${clause}`, MONEY_SPENT_NOUNS);
}

/**
 * Nouns with which a sentence states money spent or allotted ("kinh phí", "nguồn vốn", "số tiền").
 * Closed class; a budget's revenue ("thu ngân sách") is not among them.
 */
const MONEY_SPENT_NOUNS = ['kinh phí', 'chi phí', 'vốn', 'tiền'];

/** The semicolon clause of its sentence that holds a figure ("…; thu ngân sách đạt 26,3 tỷ đồng"). */
function figureClause(f: FigureRecord, ranked: Evidence[]): string {
  const e = ranked.find((x) => x.start <= f.span.start && f.span.start < x.end);
  if (!e) return '';
  const at = f.at.start - e.start;
  let from = 0;
  for (const part of clauses(e.text)) {
    if (from <= at && at < from + part.length + 1) return part;
    from += part.length + 1;
  }
  return e.text;
}

/** "Tổng" before a noun ("tổng kinh phí", "tong von") or "in total": a total asked. */
const TOTAL_ASKED = /(?<![\p{L}])(?:tổng|tong|in total|total)(?![\p{L}])/iu;
/** Nouns after "mỗi" / "each" / "per" that ask no amount per item ({@link PER_ITEM_ASKED}). Closed. */
const PER_ITEM_NOT = [
  ...['năm', 'quý', 'tháng', 'tuần', 'ngày', 'kỳ', 'year', 'quarter', 'month', 'week', 'day', 'term'],
  ...['capita', 'cent', 'the', 'its', 'their', 'this', 'that', 'a', 'an'],
  ...['địa phương', 'đơn vị', 'locality', 'unit', ...PLACE_LEVELS_EN],
];
/** Words before a figure that make it an amount per item ("mỗi nhà", "bình quân", "trung bình"). */
const PER_ITEM_BEFORE = /(?<![\p{L}])(?:mỗi|bình quân|trung bình)(?:\s+[\p{L}]+){0,2}\s*$/iu;

/**
 * An amount per item asked: "mỗi" or "each" before a noun, "per" before one ("per household"),
 * as written with diacritics (bare "moi" is also "mới", new). Not a period ("mỗi năm", "each
 * quarter": a rate over time), not a place or unit ("mỗi huyện kết nạp bao nhiêu", "each
 * district": a figure per place, grouped), not "per the briefing" (according to) and not "per
 * capita" / "per cent", whose figures are written without "mỗi" ("thu nhập bình quân đầu người
 * đạt 45 triệu đồng").
 */
const PER_ITEM_ASKED = new RegExp(
  `(?<![\\p{L}])(?:mỗi|each|per)\\s+(?!(?:${[...PER_ITEM_NOT, ...PLACE_LEVELS].join('|')})(?![\\p{L}]))\\p{L}`,
  'iu',
);

/** The figure is an amount per item: "mỗi nhà 60 triệu đồng", "bình quân 50 triệu đồng/nhà". */
function perItem(f: FigureRecord, ranked: Evidence[]): boolean {
  const e = ranked.find((x) => x.start <= f.at.start && f.at.end <= x.end);
  if (!e) return false;
  const before = e.text.slice(Math.max(0, f.at.start - e.start - 40), f.at.start - e.start);
  const after = e.text.slice(f.at.end - e.start, f.at.end - e.start + 3);
  return PER_ITEM_BEFORE.test(before) || /^\s*\/\s*\p{L}/u.test(after);
}

/** Text of the ranked sentence starting at `start`. */
function sentenceText(ranked: Evidence[], start: number): string {
  return ranked.find((e) => e.start <= start && start < e.end)?.text ?? '';
}

/** Score of the ranked sentence starting at `start` (0 when it scored nothing). */
function scoreOf(ranked: Evidence[], start: number): number {
  return ranked.find((e) => e.start <= start && start < e.end)?.score ?? 0;
}

/** People of one role, grouped by the sentence that names them, in order of appearance. */
function roleAnswer(
  rec: DocRecords,
  role: Role,
  q: ParsedQuestion,
  ranked: Evidence[],
): TargetAnswer | null | undefined {
  const lang = q.lang;
  // "Ai điều hành phần thảo luận?": an act no role cue names is answered by whoever the article
  // writes doing it, never by the chair the unnamed role defaults to.
  const act = q.target.role === null ? askedAct(q) : null;
  // "Những ai trả lời chất vấn …?": everyone the article writes doing it; otherwise the one who does.
  const actors = act
    ? actorsOf(act, castRecords(rec, ranked), (r) => sentenceText(ranked, r.span.start)).slice(
        0,
        q.list ? ANSWER_OPTIONS.maxRoleSentences : 1,
      )
    : [];
  if (actors.length > 0) {
    return {
      lines: actors.map((actor) => ({
        label: actLabel(q, actor),
        value: formatChair({
          name: actor.record.person,
          title: actor.record.title ?? titleOf(rec, actor.record.person),
        }),
        quote: actor.record.span,
        persons: [actor.record.person],
      })),
      relevance: Math.max(ranked[0]?.score ?? 0, 0.01),
    };
  }
  // An act asked that the article writes no one doing is not the chair's: it does not say.
  if (act !== null && role === 'chair') return null;
  let found = rec.roles.filter((r) => ROLE_RECORDS[role].includes(r.role));
  // "Ai đại diện MTTQ dự họp?": only an attendee holding a post of that body answers; the article
  // naming none of them does not say (never the other guests in their place).
  const forBranches = role === 'attendee' ? attendingBranchesIn(q.text) : new Set<string>();
  if (forBranches.size > 0) {
    found = found.filter((r) => holdsBranch(r.title ?? titleOf(rec, r.person), forBranches));
    if (found.length === 0) return null;
  }
  // "Đồng chí Bí thư Huyện ủy phát biểu chỉ đạo là ai?": of several in the role, the one holding
  // the post the question describes (never the Phó Bí thư beside them).
  const described = found.length > 1 ? describedTitle(q.text, q.lang) : null;
  if (described !== null) {
    const holding = found.filter((r) => holdsTitle(r.title ?? titleOf(rec, r.person) ?? '', described));
    if (holding.length > 0) found = holding;
  }
  // A working visit has a head of delegation rather than a chair.
  if (found.length === 0 && role === 'chair') found = rec.roles.filter((r) => r.role === 'leader');
  if (found.length === 0) {
    if (role === 'chair') return undefined;
    // No named person: the sentence that states the role ("Dự hội nghị có các đồng chí Ủy viên Ban
    // Thường vụ…") is quoted as it stands, never the chair in its place.
    const s = ranked.find((e) => e.score > 0 && mentionsRole(e.text, role));
    return s
      ? { lines: [{ label: null, value: '', quote: { start: s.start, end: s.end } }], relevance: s.score }
      : null;
  }
  // A chair inferred from the concluding speaker is said to be one: the article names no chair.
  const label =
    role === 'chair' && found.every((r) => r.inferred)
      ? LABELS[lang].chairInferred
      : LABELS[lang].roles[role];
  const bySpan = new Map<number, RoleRecord[]>();
  const seen = new Set<string>();
  for (const r of found) {
    const key = fold(r.person);
    if (seen.has(key)) continue;
    seen.add(key);
    bySpan.set(r.span.start, [...(bySpan.get(r.span.start) ?? []), r]);
  }
  const lines = [...bySpan.values()].slice(0, ANSWER_OPTIONS.maxRoleSentences).map((group) => ({
    label,
    value: group
      .map((r) => formatChair({ name: r.person, title: r.title ?? titleOf(rec, r.person) }))
      .join('; '),
    quote: group[0]!.span,
    persons: group.map((r) => r.person),
  }));
  // Ranked against other articles by how well the article as a whole matches, as chair answers always were.
  return { lines, relevance: Math.max(ranked[0]?.score ?? 0, 0.01) };
}

/**
 * The article's role records and, for each person of its cast no record names, a record of each
 * sentence naming them (role `speaker`: a mention, whatever its act).
 */
function castRecords(rec: DocRecords, ranked: Evidence[]): RoleRecord[] {
  // A person with a role record may act in another sentence too ("Đồng chí X, Phó Chủ tịch UBND
  // huyện; đồng chí Y … đã trả lời" after X presented the report): every sentence naming them is read.
  const recorded = new Set(rec.roles.map((r) => `${r.person}@${r.span.start}`));
  const sentences = [...ranked].sort((a, b) => a.start - b.start);
  const out = [...rec.roles];
  for (const p of articleCast(sentences.map((s) => s.text).join('\n'))) {
    for (const s of sentences)
      if (s.text.includes(p.name) && !recorded.has(`${p.name}@${s.start}`))
        out.push({
          role: 'speaker',
          person: p.name,
          title: p.title,
          inferred: false,
          span: { start: s.start, end: s.end },
        });
  }
  return out;
}

/** A title names a post of one of `branches` ("Chủ tịch Ủy ban MTTQ huyện" of the front). */
function holdsBranch(title: string | null, branches: ReadonlySet<string>): boolean {
  if (title === null) return false;
  const t = ` ${fold(title).toLowerCase()} `;
  return BODY_BRANCHES.some(
    (b) => branches.has(b.branch) && b.forms.some((f) => t.includes(` ${fold(f).toLowerCase()} `)),
  );
}

/** The title an article gives a person anywhere (first titled mention). */
function titleOf(rec: DocRecords, person: string): string | null {
  const key = fold(person);
  return rec.roles.find((r) => fold(r.person) === key && r.title)?.title ?? null;
}

/** Question words that name a person: its entities that a role record's person ends with ("ông Hùng"). */
function personsAsked(rec: DocRecords, q: ParsedQuestion): RoleRecord[] {
  const names = q.entities.map((e) => fold(e));
  return rec.roles.filter((r) => {
    const p = fold(r.person);
    return names.some((n) => n.length > 0 && (p === n || p.endsWith(` ${n}`)));
  });
}

function positionAnswer(rec: DocRecords, q: ParsedQuestion, ranked: Evidence[]): TargetAnswer | null {
  // "X được giới thiệu để bầu giữ chức gì?": the post the act gives, not the one X holds now.
  if (POST_ACT_ASKED.test(fold(q.text).toLowerCase())) {
    // The person as the records name them, else as the question writes them (one the act names
    // only in passing is in no role record).
    const names = [...personsAsked(rec, q).map((r) => r.person), ...q.entities];
    const given = names.map((n) => postGiven(n, ranked)).find((g) => g !== null);
    if (given) {
      return {
        lines: [
          {
            label: LABELS[q.lang].position,
            value: `${given.person}: ${given.post}`,
            quote: { start: given.e.start, end: given.e.end },
            persons: [given.person],
          },
        ],
        relevance: given.e.score + 1,
      };
    }
  }
  const mentions = personsAsked(rec, q).filter((r) => r.title);
  const r = mentions[0];
  if (!r?.title) return null;
  return {
    lines: [
      {
        label: LABELS[q.lang].position,
        value: `${r.person}: ${r.title}`,
        quote: r.span,
        persons: [r.person],
      },
    ],
    relevance: scoreOf(ranked, r.span.start) + 1,
  };
}

/** A personnel act asked ("được giới thiệu", "bầu", "bổ nhiệm"), folded. */
const POST_ACT_ASKED = new RegExp(`(?<![\\p{L}])(?:${POST_ACTS_RUN})(?![\\p{L}])`, 'u');
/** The post after its cue ("giữ chức Bí thư Đảng ủy phường"), up to a term, a successor, a tally or a clause's end. */
const POST_AFTER_CUE =
  /(?<![\p{L}])(?:giữ chức(?: vụ| danh)?|vào chức(?: vụ| danh)?)\s+(\p{Lu}[^,;.()]*?)(?=\s+(?:nhiệm kỳ|thay|với|từ ngày|kể từ)(?![\p{L}])|[,;.()]|$)/u;

/**
 * The post a sentence's personnel act gives `person` ("giới thiệu đồng chí X, Phó Trưởng Ban …,
 * để Ban Chấp hành Đảng bộ phường Y bầu giữ chức Bí thư Đảng ủy phường"): in the clause naming
 * them, after an act and a post cue following the name. The best-ranked such sentence; null when none.
 */
function postGiven(person: string, ranked: Evidence[]): { person: string; post: string; e: Evidence } | null {
  for (const e of ranked) {
    for (const clause of e.text.split(';')) {
      const at = clause.indexOf(person);
      if (at < 0 || !POST_ACT_ASKED.test(fold(clause.slice(0, at)).toLowerCase())) continue;
      const post = POST_AFTER_CUE.exec(clause.slice(at + person.length))?.[1]?.trim();
      if (post) return { person, post, e };
    }
  }
  return null;
}

/**
 * "Ai là Bí thư Huyện ủy X?", "Chủ tịch UBND huyện X là ai?": the person the article gives that
 * title (its head, body and level; a deputy holds another post), or null when nobody in the article
 * holds it — the meeting's chair is no answer for another post. A question whose title cannot be
 * read falls back to the person whose title shares the most question syllables.
 */
function holderAnswer(
  rec: DocRecords,
  q: ParsedQuestion,
  ranked: Evidence[],
): TargetAnswer | null | undefined {
  // "bầu ai giữ chức …": the person a sentence states elected or appointed, not whoever holds
  // the title at the meeting (the one dismissed, or another deputy).
  const asked = askedTitleOf(q.text, q.lang);
  const acted = actedPerson(q, ranked, asked);
  if (acted) return acted;
  // No sentence states the asked election or appointment: whoever holds the title at the meeting
  // (the one dismissed, another deputy) is not the person it gave the post.
  if (asksPersonOfAct(q.text)) return null;
  const holder = asked ? titledHolder(rec, asked, ranked) : overlapHolder(rec, q);
  if (!holder) return asked ? null : undefined;
  const { r, score } = holder;
  return {
    lines: [
      {
        label: null,
        value: formatChair({ name: r.person, title: r.title }),
        quote: r.span,
        persons: [r.person],
      },
    ],
    relevance: scoreOf(ranked, r.span.start) + score,
  };
}

/**
 * The best-scoring sentence stating the personnel act the question asks, with its person; with a
 * title asked, only a sentence writing it ("bổ nhiệm … giữ chức Trưởng phòng Tài nguyên và Môi
 * trường" does not appoint the Trưởng phòng Y tế).
 */
function actedPerson(q: ParsedQuestion, ranked: Evidence[], asked: string | null): TargetAnswer | null {
  let best: { e: Evidence; person: string } | null = null;
  for (const e of ranked) {
    // "bầu đồng chí A giữ chức Phó Bí thư; bầu đồng chí B giữ chức Chủ nhiệm …": the clause that
    // writes the asked post names its person.
    for (const clause of e.text.split(';')) {
      if (asked && !givesTitle(clause, asked)) continue;
      const person = personOfAct(q.text, clause);
      if (person && (!best || e.score > best.e.score)) best = { e, person };
      if (person) break;
    }
  }
  if (!best) return null;
  return {
    lines: [
      {
        label: null,
        value: best.person,
        quote: { start: best.e.start, end: best.e.end },
        persons: [best.person],
      },
    ],
    relevance: best.e.score + 1,
  };
}

/** The best-placed person holding the folded title `asked` (ties: the earliest mention). */
function titledHolder(
  rec: DocRecords,
  asked: string,
  ranked: Evidence[],
): { r: RoleRecord; score: number } | null {
  const holders = rec.roles.filter((r) => r.title && holdsTitle(`${r.person} (${r.title})`, asked));
  const best = holders.sort(
    (a, b) => scoreOf(ranked, b.span.start) - scoreOf(ranked, a.span.start) || a.span.start - b.span.start,
  )[0];
  return best ? { r: best, score: 1 } : null;
}

/** The person whose title shares the most question syllables, at least the title head and one more. */
function overlapHolder(rec: DocRecords, q: ParsedQuestion): { r: RoleRecord; score: number } | null {
  const asked = new Set(syllables(fold(q.text)));
  let best: { r: RoleRecord; score: number } | null = null;
  for (const r of rec.roles) {
    if (!r.title) continue;
    const words = syllables(fold(r.title));
    const shared = words.filter((w) => asked.has(w)).length;
    const score = shared / Math.max(1, words.length);
    if (shared >= 2 && (!best || score > best.score)) best = { r, score };
  }
  return best && best.score >= ANSWER_OPTIONS.minTitleOverlap ? best : null;
}

function formatDeadline(date: string, lang: Lang): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return lang === 'en' ? enDate(date) : viDate(date);
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) return `${lang === 'en' ? 'month' : 'tháng'} ${Number(month[2])}/${month[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(date);
  if (quarter) return lang === 'en' ? `Q${quarter[2]} ${quarter[1]}` : `quý ${quarter[2]}/${quarter[1]}`;
  return date;
}

/**
 * The clause of a sentence that holds a record's phrase (a deadline, a figure): the sentence cut at
 * its semicolons, which separate the tasks of a conclusion ("hoàn thành A trước 31/1/2024; chăm lo
 * B") and the results of a report ("kiểm tra 21 tổ chức đảng; thi hành kỷ luật 3 đảng viên").
 */
function clauseAt(ranked: Evidence[], d: { span: Span; at: Span }): string {
  const e = ranked.find((x) => x.start <= d.span.start && d.span.start < x.end);
  if (!e) return '';
  const at = d.at.start - e.start;
  const from = e.text.lastIndexOf(';', at) + 1;
  const to = e.text.indexOf(';', at);
  return e.text.slice(from, to < 0 ? undefined : to);
}

/**
 * What an English deadline question says around the task, rendered: the deadline itself ("What
 * deadline was set", rendered "thời hạn"), who set it ("the chair of … asked", a role verb) and the
 * finishing ("complete … by", "finish removing …"), which the Vietnamese cue "hoàn thành … trước"
 * holds and a clause may not repeat.
 */
const DEADLINE_FRAME_EN = [...DEADLINE_NOUNS, ...Object.keys(ROLE_VERBS), 'hoàn thành', 'xong'].join(' ');

function deadlineAnswer(
  rec: DocRecords,
  q: ParsedQuestion,
  ranked: Evidence[],
  eq: EvidenceQuery,
  title: string,
): TargetAnswer | null {
  // A deadline answers only for the task the question names: the clause setting it must carry the
  // question's content words ("xóa nhà tạm trước ngày nào" is not "giải ngân … trước 31/1/2024").
  // Words no passage holds (unexpanded shorthand) and function words can be carried by no clause.
  // The deadline cue itself ("phải xong trước ngày nào") is frame, not the task.
  // Who set it and how ("đồng chí Lưu Quang Thịnh yêu cầu …") frame the task: the article's names
  // are checked as such, and the clause stating the task ("rà soát …, báo cáo … trước ngày 30/4")
  // need repeat neither them nor the request verb of the sentence it ends.
  const frame = [
    deadlineCueText(q.text),
    ...(eq.unseen ?? []),
    ...VI_STOP,
    ...q.entities,
    ...SECTION_CUES.directive,
  ].join(' ');
  // In a short article the lead is the deadline's own sentence, whose words are the task's.
  const skipFor = (clause: string): string => `${withoutSentence(title, clause)} ${frame}`;
  // English reaches the article through the glossary's alternatives, whose syllable weights its
  // clauses match too unevenly to judge (right deadlines measured 0–0.5): the clause carries the
  // question's concepts instead, one rendering of each (english-concepts.ts).
  // The concepts depend on the lead only, which a deadline's clause leaves whole unless it opens
  // the article: read once per distinct lead.
  const concepts = new Map<string, ReturnType<typeof askedConcepts>>();
  const conceptsFor = (skip: string): ReturnType<typeof askedConcepts> => {
    let c = concepts.get(skip);
    if (!c) {
      c = askedConcepts(q, eq, `${skip} ${DEADLINE_FRAME_EN}`);
      concepts.set(skip, c);
    }
    return c;
  };
  // A commune the question names ("… set for Le Ninh commune's Party committee"): a sentence naming
  // it sets that commune's tasks, and its clauses share the sentence's words (the commune's body
  // opens it, the deadline closes its last clause).
  const communes = q.places
    .filter((p) => p.candidates.length > 0 && p.candidates.every((c) => c.level === 'commune'))
    .map((p) => p.candidates[0]!.name);
  const forCommune = (d: (typeof rec.meeting.deadlines)[number]): boolean =>
    communes.length > 0 && writesAnyFolded(sentenceText(ranked, d.span.start), communes);
  const carried = (d: (typeof rec.meeting.deadlines)[number], named: boolean): number => {
    const clause = named ? sentenceText(ranked, d.span.start) : clauseAt(ranked, d);
    const skip = skipFor(clause);
    return q.lang === 'en'
      ? conceptCoverage(conceptsFor(skip), eq, clause).share
      : contentCoverage(clause, eq, skip);
  };
  const least = q.lang === 'en' ? ANSWER_OPTIONS.minConceptShareEn : ANSWER_OPTIONS.minDeadlineCoverage;
  const fits = rec.meeting.deadlines
    .map((d) => {
      const named = forCommune(d);
      return { d, named, share: carried(d, named) };
    })
    .filter((x) => x.share >= least);
  // The clause that carries the task best sets its deadline ("đề án nhân sự … trước 30/9", not the
  // next task's "xong trước 31/10" that shares only the cue); the sentence's rank breaks ties.
  // Several tasks each with a deadline: the one set for the commune asked comes first.
  const best = fits.sort(
    (a, b) =>
      Number(b.named) - Number(a.named) ||
      b.share - a.share ||
      scoreOf(ranked, b.d.span.start) - scoreOf(ranked, a.d.span.start) ||
      a.d.span.start - b.d.span.start,
  )[0]?.d;
  if (!best) return null;
  return {
    // The sentence says what the deadline is for: quoted beside the date.
    lines: [
      {
        label: LABELS[q.lang].deadline,
        value: `${formatDeadline(best.date, q.lang)} — “${sentenceText(ranked, best.span.start).trim()}”`,
        quote: best.span,
      },
    ],
    relevance: scoreOf(ranked, best.span.start) + 0.01,
  };
}

/**
 * The figure asked for: of the asked unit (converted to the asked scale), of the asked kind (a
 * target only when a target is asked), measuring what the question's content words name.
 */
function figureAnswer(
  rec: DocRecords,
  title: string,
  q: ParsedQuestion,
  eq: EvidenceQuery,
  ranked: Evidence[],
  body: string,
): TargetAnswer | null | undefined {
  const unit = askedUnit(q.unitPhrases);
  // "bao nhiêu chỉ tiêu" counts targets met: a kind word that is the counted noun itself is no kind.
  const asked = q.target.target.kind === 'figure' ? q.target.target.figure : null;
  const countsCue = unit !== null && unit.unit === null && figureCue(unit.words.join(' ')) === asked;
  const wantKind = countsCue ? null : asked;
  let figs = rec.figures.filter(
    (f) =>
      (unit === null ||
        unitFits(f, unit.unit, unit.words, body) ||
        (unit.unit === null && classifiedFits(f, unit.words, body, sentenceText(ranked, f.span.start)))) &&
      !restatedByQuestion(f, q, ranked),
  );
  // Money named as what is measured ("tổng kinh phí … là bao nhiêu", "how much funding"): an amount
  // in đồng, never the count of what it paid for ("xóa 96 nhà tạm").
  // Money asked: when no amount of the article answers, no other sentence states it.
  const none = wantKind !== 'rate' && MONEY_ASKED.test(q.text) ? null : undefined;
  if (unit === null && none === null) figs = figs.filter((f) => f.unit === 'đồng');
  // "Đảng bộ có bao nhiêu đảng viên?": only a stated stock answers; the objects of the period's
  // acts ("kiểm tra 9 đảng viên") are no membership, and no sentence of this article states it.
  const counted = q.unitPhrases[0];
  if (counted !== undefined && stockAsked(eq, unit, counted, q.text)) {
    figs = figs.filter(statesStock);
    if (figs.length === 0) return null;
  }
  if (figs.length === 0) return none;
  // "Sản lượng … bao nhiêu tấn": a figure whose subject names another measure ("kho lạnh … quy mô
  // 5.000 tấn") measures something else, however many of the question's words its sentence shares.
  // (An English question's measure is in its rendered terms: "harvest" → "sản lượng".)
  // A revenue is asked as written: an English "revenue" renders the budget's ("thu ngân sách"),
  // though a trade's "lychee revenue" is its doanh thu.
  const askedWords = `${q.text} ${q.terms.join(' ')}`;
  const measures = [
    ...MEASURE_NOUNS.filter((m) => writesAnyFolded(askedWords, [m])),
    ...REVENUE_NOUNS.filter((m) =>
      q.lang === 'vi'
        ? writesAnyFolded(q.text, [m])
        : m !== BUDGET_REVENUE && writesAnyFolded(q.terms.join(' '), [m]),
    ),
  ];
  if (measures.length > 0) figs = figs.filter((f) => !measuredElse(f.subject, measures));
  if (figs.length === 0) return none;
  // "bao nhiêu hộ tái nghèo": only a count of that movement of the poverty count answers, never a
  // count of households helped in another way, nor those who escaped it.
  const moves = POVERTY_MOVES.filter((m) => writesAnyFolded(askedWords, [m]));
  if (moves.length > 0) figs = figs.filter((f) => writesAnyFolded(f.subject, moves));
  if (figs.length === 0) return null;
  // "kỷ luật mấy đảng viên": a count of members under another act of the Party's ("kết nạp 14 đảng
  // viên mới", "chuyển sinh hoạt cho 264 đảng viên") is no count of the act asked. A clause writing
  // no act ("Công tác kết nạp: 14 đồng chí" after a colon) is not dropped for it.
  const memberActs =
    unit?.unit === 'đảng viên' ? MEMBER_ACTS.filter((a) => writesAnyFolded(askedWords, a)) : [];
  const memberAct = memberActs.length === 1 ? memberActs[0] : undefined;
  if (memberAct) {
    // Nor is the membership a body holds ("hiện có 43 tổ chức đảng với 1.148 đảng viên").
    figs = figs.filter((f) => {
      const before = clauseBefore(body, f.at.start);
      const clause = before + clauseAfter(body, f.at.start);
      const acts = MEMBER_ACTS.filter((a) => writesAnyFolded(clause, a));
      return acts.includes(memberAct) || (acts.length === 0 && !HOLDS_MEMBERS.test(before));
    });
    if (figs.length === 0) return null;
  }
  // "đã giải ngân được bao nhiêu vốn": an amount of money whose subject writes the stage asked, when
  // the article states one, not the fund's total in the sentence before it. (A rate's subject often
  // leaves the stage to the sentence before it: "Trong đó, Chương trình … đạt 55,1%".)
  const stages = FUND_STAGES.filter((m) => writesAnyFolded(askedWords, [m]));
  const unstaged = (f: FigureRecord) => f.unit === 'đồng' && !writesAnyFolded(f.subject, stages);
  if (stages.length > 0 && figs.some((f) => f.unit === 'đồng' && !unstaged(f)))
    figs = figs.filter((f) => !unstaged(f));
  // "giải quyết bao nhiêu hồ sơ": of figures of one sentence ("tiếp nhận 3.214 hồ sơ, đã giải
  // quyết 3.158 hồ sơ"), the one whose number follows the act asked (counted-act.ts).
  // Only figures counting the same thing in a sentence with one written after the act give way to
  // it: "hỗ trợ xóa 96 nhà tạm …, mỗi nhà 60 triệu đồng" states the amount under the same act.
  const act = countedAct(q);
  const actBefore = (f: FigureRecord) => act !== null && writesActBefore(clauseBefore(body, f.at.start), act);
  const sameCount = (f: FigureRecord) => `${f.span.start}|${f.unit ?? countedNoun(body, f.at.end)}`;
  const actCounts = new Set(figs.filter(actBefore).map(sameCount));
  figs = figs.filter((f) => !actCounts.has(sameCount(f)) || actBefore(f));
  // "bao nhiêu tài khoản" (no known unit): when a number of the article is followed by the asked
  // noun ("đã kích hoạt 98.214 tài khoản"), one followed by another noun counts something else,
  // however much of the question its phrase names ("215.367 hồ sơ đề nghị cấp tài khoản …", "ở 3
  // huyện"). A classifier ("187 căn") counts what its sentence names (classifiedFits).
  const noun = unit !== null && unit.unit === null ? unit.words : [];
  const countsAsked = (f: FigureRecord) => f.unit === null && countsNoun(body, f.at.end, noun);
  const countsOther = (f: FigureRecord) =>
    f.unit === null && !countsAsked(f) && !CLASSIFIERS.has(countedNoun(body, f.at.end));
  const nounSentences = new Set(figs.filter(countsAsked).map((f) => f.span.start));
  // A count of places ("ở 3 huyện") counts no other noun asked, anywhere in the article.
  const placeAsked = PLACE_LEVEL_WORDS.some((l) => l.every((w, i) => noun[i] === w));
  const countsPlaces = (f: FigureRecord) =>
    noun.length > 0 && !placeAsked && PLACE_LEVEL_WORDS.some((l) => countsNoun(body, f.at.end, l));
  figs = figs.filter((f) => !countsOther(f) || (!nounSentences.has(f.span.start) && !countsPlaces(f)));
  // "Bà X được bầu với bao nhiêu đại biểu tán thành?": when a sentence naming the person asked
  // states a figure, another's ("nghị quyết … được 32/33 đại biểu tán thành") is not theirs.
  const persons = fullNamesAsked(q);
  const ofPerson = (f: FigureRecord) => namesPersons(sentenceText(ranked, f.span.start), persons);
  if (persons.length > 0 && figs.some(ofPerson)) figs = figs.filter(ofPerson);
  // The asked period decides before the asked kind: "6 tháng kết nạp bao nhiêu" is the half-year's
  // count ("nâng tổng số … 6 tháng đầu năm lên 71"), not the quarter's "kết nạp 43" beside it.
  // A figure whose sentence names no period of its own has the headline's ("quý III" for a figure
  // of the nine months the body reviews), or one inherited from a neighbouring sentence's
  // comparison ("so với cuối năm 2022"): it is not dropped for it. One whose sentence writes
  // another period ("Cả năm 2022, … kết nạp được 109") is another period's figure.
  const periods = q.time.periods;
  if (figs.some((f) => f.period !== null && periods.includes(f.period)))
    figs = figs.filter(
      (f) =>
        f.period === null ||
        periods.includes(f.period) ||
        !statesOtherPeriod(sentenceText(ranked, f.span.start), periods),
    );
  // The asked year decides as the period does: "năm 2023 thu ngân sách được bao nhiêu" is not the
  // clause setting 2024's ("nghị quyết dự toán thu ngân sách … năm 2024 là 452 tỷ đồng"). A year
  // naming the meeting ("kỳ họp cuối năm 2023") is the meeting's, not its figures'.
  const meetingYears = yearsOfMeetingAsked(q.text);
  // With a period asked, the period decides (above); its year beside a comparison base ("6 tháng
  // đầu năm 2024 … so với cùng kỳ năm 2023") is no year asked alone.
  const years = periods.length > 0 ? [] : q.time.years.filter((y) => !meetingYears.has(y));
  // (A clause stating no year was also held to its paragraph's year: a paragraph's "giá so sánh
  // 2010" or a comparison in parentheses dated it wrongly, and it cost dev questions.)
  const otherYear = (f: FigureRecord) => statesOtherYear(figureClause(f, ranked), years);
  if (years.length > 0 && figs.some((f) => !otherYear(f))) figs = figs.filter((f) => !otherYear(f));

  // A plan's amount is recorded as a target ("tổng kế hoạch vốn … được giao là 7.215,6 tỷ đồng"): a
  // question naming the plan ("total capital plan", "dự toán") asks it whatever kind it asks.
  // Not a claim: "Did X reach …?" checks the result, which a plan beside it would stand for.
  // (verify.ts asks a claim's figure with `yesNo` cleared: the claim's own words tell it.)
  const planAsked = !isYesNo(q.text, q.lang) && namesPlan(q);
  if (wantKind !== 'target' && !planAsked && figs.some((f) => f.kind !== 'target'))
    figs = figs.filter((f) => f.kind !== 'target');
  let ofKind = figs;
  if (wantKind === 'rate' && figs.some((f) => f.unit === '%')) ofKind = figs.filter((f) => f.unit === '%');
  // The kind asked ("mới", "tổng số", "phấn đấu") decides between figures of one unit when the article has it.
  else if (wantKind && figs.some((f) => f.kind === wantKind))
    ofKind = figs.filter((f) => f.kind === wantKind);
  const best = bestFigure(ofKind, title, q, eq, ranked, unit, wantKind, body);
  const found = best === undefined ? none : best;
  const estimateAsked = wantKind === 'target' && EXPECTED_EN.test(q.text);
  if (found || ofKind === figs || (!FALLBACK_KINDS[wantKind ?? ''] && !estimateAsked)) return found;
  // "Tổng số hộ nghèo" asks for the amount stated, which the article may give without a total word
  // ("số hộ nghèo hiện còn là 2.077 hộ"), while its totals measure something else: the stated
  // amounts are tried next, still held to what the question names.
  const fallback = figs.filter(
    (f) =>
      FALLBACK_KINDS[wantKind ?? '']?.includes(f.kind) ||
      (estimateAsked && f.kind === 'result' && f.qualifier === 'about'),
  );
  return (
    (fallback.length > 0 ? bestFigure(fallback, title, q, eq, ranked, unit, wantKind, body) : null) ?? found
  );
}

/**
 * The question writes the figure itself ("tổng vốn 3 chương trình … là bao nhiêu": "3 chương
 * trình"): part of what is asked about, not its answer; a number the question writes (its `numbers`). The figure as written and the word after
 * it (a bare count, "3", is followed by what it counts) are compared as whole syllables, folded.
 */
function restatedByQuestion(f: FigureRecord, q: ParsedQuestion, ranked: Evidence[]): boolean {
  // A yes/no claim's figure is verified by asking without it (verify.ts drops it from `numbers`).
  const number = f.text.match(/^[\d.,]+/u)?.[0];
  if (!number || !q.numbers.includes(number)) return false;
  const e = ranked.find((x) => x.start <= f.at.start && f.at.start < x.end);
  const next = e ? (syllables(e.text.slice(f.at.end - e.start))[0] ?? '') : '';
  const written = syllables(fold(`${f.text} ${f.unit === null ? next : ''}`)).join(' ');
  return written.includes(' ') && ` ${syllables(fold(q.text)).join(' ')} `.includes(` ${written} `);
}

/** The question names a plan or an estimate ("kế hoạch", "dự toán", an English "plan" rendered). */
export function namesPlan(q: ParsedQuestion): boolean {
  return writesAnyFolded(`${q.text} ${q.terms.join(' ')}`, PLAN_NOUNS);
}

/**
 * The words right before a body's membership ("… chi bộ với 2.187 đảng viên", "hiện có 1.148",
 * "tổng số đảng viên là 5.947"): what it holds, not what an act counted. Closed class.
 */
const HOLDS_MEMBERS = /(?<![\p{L}])(?:với|hiện có|tổng số(?: đảng viên)?(?: là)?)\s*$/iu;

/** The budget's revenue, what an English "revenue" renders (glossary): never asked by that word alone. */
const BUDGET_REVENUE = 'thu ngân sách';

/**
 * The nouns a subject writes its measure with (measures, capacities, revenues, movements of the
 * poverty count), each with its folded syllables (built once).
 */
const SUBJECT_MEASURES = [...MEASURE_NOUNS, ...CAPACITY_NOUNS, ...REVENUE_NOUNS, ...POVERTY_MOVES].map(
  (m) => ({
    m,
    folded: ` ${syllables(fold(m)).join(' ')} `,
  }),
);

/**
 * A figure's subject names a measure (its last measure or capacity noun) other than every one the
 * question asks; a subject naming none ("ngô" of "diện tích lúa 500 ha, ngô 200 ha") is not.
 */
function measuredElse(subject: string, asked: readonly string[]): boolean {
  const words = ` ${syllables(fold(subject).toLowerCase()).join(' ')} `;
  let last: string | null = null;
  let at = -1;
  for (const { m, folded } of SUBJECT_MEASURES) {
    const i = words.lastIndexOf(folded);
    if (i > at) [last, at] = [m, i];
  }
  return last !== null && !asked.includes(last);
}

/**
 * Figure kinds tried when none of the asked kind measures what the question names: a total is
 * also stated as a plain result. Other kinds have no stand-in (a rate is no count, a count of new
 * members no total).
 */
const FALLBACK_KINDS: Readonly<Record<string, readonly FigureRecord['kind'][]>> = { total: ['result'] };
/**
 * "… was expected to harvest": English renders a report's estimate ("sản lượng ước đạt 136.500
 * tấn") as expected, as it renders a plan ("dự kiến"): with no plan stated, an estimated result
 * answers it. "Aim to", "target" name a plan only ("phấn đấu kết nạp 210" is not "đã kết nạp 97").
 */
export const EXPECTED_EN = /(?<![\p{L}])expect(?:s|ed)? to(?![\p{L}])/iu;

/**
 * Whether a figure's sentence has several clauses (semicolons outside parentheses), the figure's
 * own clause (with its subject and the kind words credited to it) carries almost none of the
 * question's content weight and another clause carries it: the figure is that clause's neighbour.
 */
function clauseMeasuresElse(
  f: FigureRecord,
  /** Words the figure is credited with beyond its text (the asked kind's cue words). */
  credited: string,
  context: string,
  eq: EvidenceQuery,
  ranked: Evidence[],
): boolean {
  const e = ranked.find((x) => x.start <= f.span.start && f.span.start < x.end);
  if (!e) return false;
  const parts = clauses(e.text);
  if (parts.length < 2) return false;
  const skip = [context, ...(eq.unseen ?? []), ...VI_STOP].join(' ');
  const at = f.at.start - e.start;
  let from = 0;
  let own = 1;
  let elsewhere = 0;
  for (const part of parts) {
    const holds = from <= at && at < from + part.length + 1;
    const text = holds ? `${f.subject} ${part} ${credited}` : part;
    const cover = contentCoverage(text, eq, skip);
    if (holds) own = cover;
    else elsewhere = Math.max(elsewhere, cover);
    from += part.length + 1;
  }
  // Refused only when another clause carries what is asked: the figure is then that clause's
  // neighbour, not a figure whose subject the sentence states once for all its clauses.
  return own < ANSWER_OPTIONS.minFigureClauseCoverage && elsewhere >= ANSWER_OPTIONS.minContentCoverage;
}

/** The best of `figs` for the question, converted to the asked unit; null when it measures something else. */
function bestFigure(
  figs: FigureRecord[],
  title: string,
  q: ParsedQuestion,
  eq: EvidenceQuery,
  ranked: Evidence[],
  unit: ReturnType<typeof askedUnit>,
  wantKind: FigureRecord['kind'] | null,
  body: string,
): TargetAnswer | null | undefined {
  const skip = subjectSkip(q, wantKind);
  const scored = figs
    .filter((f) => !unaskedPart(f, figs, q, title, ranked))
    .map((f) => ({
      f,
      score: figureScore(f, q, eq, ranked, wantKind, skip) + antecedentScore(f, ranked, body),
    }))
    .sort((a, b) => b.score - a.score || a.f.span.start - b.f.span.start);
  // "Mỗi nhà được hỗ trợ bao nhiêu?", "How much did each household get?": only an amount per
  // item answers; the count of items beside it ("hỗ trợ xóa 96 nhà tạm, mỗi nhà 60 triệu đồng")
  // does not, and an article with no amount per item does not say.
  const perItemAsked = PER_ITEM_ASKED.test(q.text);
  const best = perItemAsked ? scored.find((s) => s.score > 0 && perItem(s.f, ranked)) : scored[0];
  if (perItemAsked && !best) return scored[0] && scored[0].score > 0 ? null : undefined;
  if (!best || best.score <= 0) return undefined;
  // A total asked ("tổng kinh phí", "in total") measured best by an amount per item ("mỗi nhà 60
  // triệu đồng", "bình quân 50 triệu đồng/nhà"): the article states no total.
  if ((wantKind === 'total' || TOTAL_ASKED.test(q.text)) && perItem(best.f, ranked)) return null;
  // No unit to go by ("thu ngân sách đạt bao nhiêu?"): the figure must measure what the question
  // names, or the article does not say.
  // "… xử phạt cơ sở này 35 triệu đồng": what "this facility" is, the sentence before says.
  const antecedent = referredBack(ranked, best.f.span.start, body);
  const sentence = sentenceText(ranked, best.f.span.start);
  let said = `${best.f.subject} ${antecedent?.text ?? ''} ${sentence}`;
  // The headline and lead name the meeting; in a short article the lead is the figure's own
  // sentence, whose words are what it measures, not the meeting's names.
  const named = withoutSentence(title, sentence);
  // A percentage answers the words that ask for one ("tỷ lệ", "phần trăm").
  const context = best.f.unit === '%' ? `${named} ${RATE_WORDS}` : named;
  // A figure of the kind asked states the kind's words: "chỉ tiêu kết nạp bao nhiêu" is answered by
  // "phấn đấu kết nạp 210 đảng viên", a target stated in other target words.
  if (wantKind !== null && best.f.kind === wantKind) said = `${said} ${KIND_WORDS.get(wantKind) ?? ''}`;
  if (unit?.unit == null && contentCoverage(said, eq, context) < ANSWER_OPTIONS.minContentCoverage)
    return null;
  if (moneyMeasuresElse(q, eq, best.f, ranked, context)) return null;
  // "người" widened to another people unit ("23 đảng viên" for "bao nhiêu người tham dự") names no
  // content of its own: the figure's own sentence, not the headline, must say what is counted.
  const widened = unit?.unit === 'người' && best.f.unit !== 'người';
  if (widened && contentCoverage(said, eq, '') < ANSWER_OPTIONS.widenedUnitCoverage) return null;
  // What the figure measures is asked in words the glossary cannot render ("tea area"): a figure
  // matched only by its kind and unit may measure something else.
  if (unit?.unit == null && uncheckable(q, eq, title, said, ANSWER_OPTIONS.minContentCoverage)) return null;
  // A sentence of several results ("kiểm tra 21 tổ chức đảng …; thi hành kỷ luật 3 đảng viên"):
  // the clause holding the figure must itself name some of what is asked, or the figure is the
  // neighbouring result's.
  const credited = wantKind !== null && best.f.kind === wantKind ? (KIND_WORDS.get(wantKind) ?? '') : '';
  if (clauseMeasuresElse(best.f, credited, context, eq, ranked)) return null;
  const value = convertFigure(best.f, unit, q.lang);
  // Ranked against other articles by its sentence, like an answer from sentence evidence.
  const quote = antecedent ? { start: antecedent.start, end: best.f.span.end } : best.f.span;
  return {
    lines: [{ label: null, value, quote, amount: best.f.value }],
    // Between articles: how well the article matches as a whole and how well the figure's sentence does.
    relevance: 0.5 * (ranked[0]?.score ?? 0) + 0.5 * scoreOf(ranked, best.f.span.start) + 0.01,
  };
}

/**
 * A noun and a demonstrative that refer back to the sentence before ("cơ sở này", "công trình nói
 * trên"); a time noun's "này" ("kỳ này", "năm này") names the report's own span instead. Closed:
 * the demonstratives ("đó" is also "trong đó", "trên" also "trên địa bàn") and the time nouns.
 */
const REFERS_BACK =
  /(?<=\p{Ll}\s)(?<!(?:kỳ|lần|tháng|năm|quý|đợt|dịp|tuần|ngày|đoạn)\s)(?:này|nói trên)(?![\p{L}])/u;
/**
 * A sentence opening with what the one before did ("Qua kiểm tra, …", "Qua đó, …", "Qua giám
 * sát, …"): its figure is that inspection's, named there. Closed: the checking acts of reports.
 */
const OPENS_BACK = /^\s*(?:Qua|Thông qua)\s+(?:đó|kiểm tra|giám sát|rà soát|thẩm định|xác minh)(?![\p{L}])/u;
/**
 * A sentence whose subject is a bare document or works noun, its verb right after ("Nghị quyết được
 * thông qua với 31/33 …", "Dự án có tổng mức đầu tư …"): the one the sentence before names.
 * Closed: the nouns of what a meeting passes or a report funds.
 */
const OPENS_WITH_BARE_NOUN =
  /^\s*(Nghị quyết|Dự án|Đề án|Tờ trình|Công trình|Chương trình|Kế hoạch)\s+(?:được|đã|có|với|sẽ)(?![\p{L}])/u;

/**
 * The sentence before the one at `start`, in the same paragraph, when that one refers back to it
 * by a demonstrative ({@link REFERS_BACK}); null otherwise or when the body is unknown.
 */
function referredBack(ranked: Evidence[], start: number, body: string): Evidence | null {
  const own = ranked.find((e) => e.start <= start && start < e.end);
  if (
    !own ||
    body === '' ||
    !(REFERS_BACK.test(own.text) || OPENS_BACK.test(own.text) || OPENS_WITH_BARE_NOUN.test(own.text))
  )
    return null;
  // Earlier sentences of the same paragraph, nearest first.
  const earlier = ranked
    .filter((e) => e.end <= own.start && !body.slice(e.end, own.start).includes('\n'))
    .sort((a, b) => b.end - a.end);
  // A bare noun refers to the nearest sentence writing it ("Nghị quyết về điều chỉnh kế hoạch …").
  const noun = OPENS_WITH_BARE_NOUN.exec(own.text)?.[1];
  const naming = noun ? earlier.find((e) => e.text.toLowerCase().includes(noun.toLowerCase())) : undefined;
  return naming ?? earlier[0] ?? null;
}

/** Characters of a sentence's opening that find it in a lead cut short. */
const OPENING_CHARS = 40;

/**
 * `lead` (a headline and the body's opening) without `sentence`, or without its opening and all
 * after it when the lead is cut inside the sentence.
 */
function withoutSentence(lead: string, sentence: string): string {
  const s = sentence.trim();
  if (s === '') return lead;
  const at = lead.indexOf(s.slice(0, OPENING_CHARS));
  if (at < 0) return lead;
  const end = lead.startsWith(s, at) ? at + s.length : lead.length;
  return `${lead.slice(0, at)} ${lead.slice(end)}`;
}

/** The figure is in the asked unit, or counts the asked noun ("hộ nghèo" → a figure whose subject says "hộ"). */
function unitFits(f: FigureRecord, unit: string | null, words: readonly string[], body: string): boolean {
  // "Bao nhiêu người" counts people in whatever noun the report counts them.
  if (unit === 'người') return f.unit !== null && PERSON_UNITS.has(f.unit);
  if (unit !== null) return f.unit === unit;
  // The counted noun written after the number ("14 lớp" for "bao nhiêu lớp học"), or the whole
  // phrase in what the figure measures ("đại biểu" is not "Đại đoàn kết").
  const head = words[0];
  if (head !== undefined && syllables(fold(f.text)).slice(1).includes(fold(head))) return true;
  // Written in the body after the number when the figure's text is the number alone ("98.214 tài
  // khoản" for "bao nhiêu tài khoản định danh điện tử").
  if (countsNoun(body, f.at.end, words)) return true;
  return ` ${syllables(fold(f.subject)).join(' ')} `.includes(` ${words.map(fold).join(' ')} `);
}

/** The place levels (vocab.ts) as folded syllables: what "ở 3 huyện", "12 xã" count. */
const PLACE_LEVEL_WORDS: readonly (readonly string[])[] = PLACE_LEVELS.map((l) => syllables(fold(l)));

/**
 * Classifiers a report counts items in instead of their noun ("xóa nhà tạm …, khởi công 312 căn,
 * hoàn thành 187 căn"), folded. Closed class.
 */
const CLASSIFIERS: ReadonlySet<string> = new Set(['can', 'chiec', 'ngoi', 'con', 'cai']);

/**
 * A count in a classifier ("187 căn") fits the counted noun asked ("bao nhiêu nhà", "how many
 * houses") when its sentence writes that noun.
 */
function classifiedFits(f: FigureRecord, words: readonly string[], body: string, sentence: string): boolean {
  const head = words[0];
  if (head === undefined || body === '') return false;
  const after = syllables(fold(body.slice(f.at.end, f.at.end + 16)))[0];
  return after !== undefined && CLASSIFIERS.has(after) && syllables(fold(sentence)).includes(fold(head));
}

/** Syllables of the words asking for a percentage, as written and folded. */
const RATE_SYLLABLES: ReadonlySet<string> = new Set(
  PERCENT_WORDS.flatMap((w) => [...syllables(w.toLowerCase()), ...syllables(fold(w))]),
);
const NO_WORDS: ReadonlySet<string> = new Set();
/** Syllables of the measure nouns ("diện tích", "sản lượng"), as written and folded. */
const MEASURE_SYLLABLES: ReadonlySet<string> = new Set(
  MEASURE_NOUNS.flatMap((w) => [...syllables(w), ...syllables(fold(w))]),
);

/**
 * Question syllables that name no figure's subject: a rate asked is matched by the figure's kind, so
 * "tỷ lệ" in one subject must not outweigh the words naming what is measured ("tỷ lệ hộ nghèo 3,85%,
 * hộ cận nghèo 4,12%" asked for the near-poor rate); "diện tích hồ tiêu": the crop names the figure,
 * the measure noun every area of the article.
 */
function subjectSkip(q: ParsedQuestion, wantKind: string | null): ReadonlySet<string> {
  if (wantKind === 'rate') return RATE_SYLLABLES;
  if (writesAnyFolded(q.text, MEASURE_NOUNS)) return MEASURE_SYLLABLES;
  // "How much money did the fund raise?", "bao nhiêu tiền": money asked in general is the amount's
  // unit, not what it measures; its renderings ("kinh phí") would favour any sentence of spending.
  return GENERIC_MONEY_ASKED.test(q.text) ? GENERIC_MONEY_SYLLABLES : NO_WORDS;
}

/** Money asked in general, not a kind of it ("vốn đầu tư", "kinh phí"). Closed class. */
const GENERIC_MONEY_ASKED = /(?<![\p{L}])(?:money|tiền|tien)(?![\p{L}])/iu;
/** Syllables of the words money asked in general renders to (glossary "money"), as written and folded. */
const GENERIC_MONEY_SYLLABLES: ReadonlySet<string> = new Set(
  (translatePhrase('money') ?? ['tiền']).flatMap((w) => [
    ...syllables(w.toLowerCase()),
    ...syllables(fold(w)),
  ]),
);

/** Idf weight of the question's content words in the figure's subject and sentence, kind and period agreeing. */
function figureScore(
  f: FigureRecord,
  q: ParsedQuestion,
  eq: EvidenceQuery,
  ranked: Evidence[],
  wantKind: string | null,
  /** Syllables that name no figure's subject here (see {@link subjectSkip}). */
  skip: ReadonlySet<string>,
): number {
  const subject = new Set(syllables(eq.folded ? fold(f.subject) : f.subject.toLowerCase()));
  let s = 0;
  for (const [t, w] of eq.idf) if (!eq.ignore.has(t) && !skip.has(t) && subject.has(t)) s += w;
  // The sentence counts too, less: it may speak of several figures.
  s += SENTENCE_WEIGHT * scoreOf(ranked, f.span.start);
  if (wantKind && f.kind === wantKind) s *= 1.5;
  else if (wantKind === null && (f.kind === 'total' || f.kind === 'result')) s *= 1.2;
  if (f.period && q.time.periods.includes(f.period)) s *= 1.3;
  // A figure whose subject names the asked place ("UBND huyện Thuận Châu" in a table row, "Thuận
  // Châu đạt 63,5%" in a sentence of several districts) is that place's, not its neighbour's.
  if (namesAskedPlace(f.subject, q)) s *= PLACE_SUBJECT_BOOST;
  return s;
}

/**
 * What the sentence a figure's sentence refers back to adds to its score ("Nghị quyết về điều chỉnh
 * kế hoạch đầu tư công năm 2023. … Nghị quyết được thông qua với 31/33 …"): weighed as the
 * figure's own sentence is in {@link figureScore}.
 */
function antecedentScore(f: FigureRecord, ranked: Evidence[], body: string): number {
  const before = referredBack(ranked, f.span.start, body);
  return before ? SENTENCE_WEIGHT * before.score : 0;
}

/** Weight of a figure's sentence beside its subject in {@link figureScore}: it may speak of several figures. */
const SENTENCE_WEIGHT = 0.3;

/** Weight of a figure whose subject names a place the question asks about (see {@link figureScore}). */
const PLACE_SUBJECT_BOOST = 1.5;

/** The subject writes one of the question's places (whole syllables, folded). */
function namesAskedPlace(subject: string, q: ParsedQuestion): boolean {
  const words = syllables(fold(subject).toLowerCase());
  return q.places.some((p) => containsRun(words, syllables(fold(p.surface).toLowerCase())));
}

/**
 * "Trong đó, Chương trình giảm nghèo bền vững đạt 55,1%": a part of a figure of the same unit
 * stated before it, which answers only when the question names the part by a word of its own
 * ("giảm nghèo"), one the headline does not write ("chương trình" names the whole as well).
 */
function unaskedPart(
  f: FigureRecord,
  figs: readonly FigureRecord[],
  q: ParsedQuestion,
  title: string,
  ranked: Evidence[],
): boolean {
  if (!PART_OPENER.test(sentenceText(ranked, f.span.start))) return false;
  const whole = figs.find(
    (g) =>
      g.unit === f.unit &&
      g.span.end <= f.span.start &&
      !PART_OPENER.test(sentenceText(ranked, g.span.start)),
  );
  // The part's own words are those neither the headline nor the whole's sentence writes ("giải
  // ngân" is both's).
  return whole !== undefined && !namesPart(f, q, `${title} ${sentenceText(ranked, whole.span.start)}`);
}

/** The question writes a pair of the figure's subject syllables that `written` (the whole's words) does not. */
function namesPart(f: FigureRecord, q: ParsedQuestion, written: string): boolean {
  const own = (t: string) => ` ${syllables(fold(t).toLowerCase()).join(' ')} `;
  const [asked, headline] = [own(q.text), own(written)];
  const words = syllables(fold(f.subject).toLowerCase());
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = ` ${words[i]} ${words[i + 1]} `;
    if (asked.includes(pair) && !headline.includes(pair)) return true;
  }
  return false;
}

/** A sentence that details the parts of the figure before it ("Trong đó, …", "Cụ thể: …"). */
const PART_OPENER = /^\s*(?:trong đó|cụ thể|riêng)(?![\p{L}])/iu;

/** The best sentences of a section of the report, each cited. */
/** Section kinds that answer an asked kind: tasks are also set as directives ("đề nghị các cơ quan…"). */
const SECTION_ANSWERS: Record<SectionKind, readonly SectionKind[]> = {
  task: ['task', 'directive'],
  directive: ['directive', 'task'],
  decision: ['decision'],
  limitation: ['limitation'],
  result: ['result'],
  proposal: ['proposal'],
};

/** A sentence naming proposals (`SECTION_CUES.proposal`), as the reply to them does. */
const PROPOSAL_NAMED = new RegExp(`(?<![\\p{L}])(?:${SECTION_CUES.proposal.join('|')})(?![\\p{L}])`, 'iu');

/** Section cue and question words as one space-separated text (skipped as content). */
const SECTION_WORDS = [...Object.values(SECTION_CUES).flat(), ...SECTION_QUESTION_WORDS].join(' ');

/**
 * How much a sentence enumerates: a report states its tasks or limitations as one list ("cần: …;
 * …; …"), while a sentence merely mentioning the period ahead lists nothing.
 */
function enumeration(text: string): number {
  return (text.includes(':') ? 2 : 0) + text.split(';').length - 1 + (text.split(',').length - 1) / 4;
}

function sectionAnswer(
  rec: DocRecords,
  kind: SectionKind,
  q: ParsedQuestion,
  ranked: Evidence[],
  eq: EvidenceQuery,
  headline: string,
): TargetAnswer | null {
  let spans = rec.sections.filter((s) => SECTION_ANSWERS[kind].includes(s.kind));
  // Proposals are often stated only in the reply to them ("ghi nhận các kiến nghị của huyện về …"):
  // then the sentences of the other sections that name them answer.
  if (spans.length === 0 && kind === 'proposal')
    spans = rec.sections.filter((s) => PROPOSAL_NAMED.test(sentenceText(ranked, s.span.start)));
  // The article has no passage of that kind: it does not answer (never another passage in its place).
  if (spans.length === 0) return null;
  // Nothing asked beyond the section and the meeting ("Hội nghị … đề ra những nhiệm vụ gì?"): the
  // words that match name the section, so the passages that list more weigh more.
  const nothingElse = contentCoverage('', eq, `${headline} ${SECTION_WORDS}`) === 1;
  const all = spans.map((s) => {
    const score = scoreOf(ranked, s.span.start);
    return { s, score: nothingElse ? score * (1 + enumeration(sentenceText(ranked, s.span.start))) : score };
  });
  // "HĐND quyết định gì đối với ông Trần Quốc Bảo?": of the decisions, the sentences naming the
  // person they concern, when some do. Not of directions or tasks: the person a question names
  // there is mostly their speaker ("đồng chí X yêu cầu thực hiện những nghị quyết nào"), whose
  // run names them only before it.
  const persons = kind === 'decision' ? personNamesAsked(q) : [];
  const naming =
    persons.length > 0 ? all.filter((x) => namesPersons(sentenceText(ranked, x.s.span.start), persons)) : [];
  const scored = naming.length > 0 ? naming : all;
  const top = Math.max(...scored.map((x) => x.score));
  // With no content word to match ("còn hạn chế gì?"), the section's opening sentences answer.
  const chosen =
    top > 0
      ? scored
          .filter((x) => x.score >= top * ANSWER_OPTIONS.sectionRelevanceRatio)
          .sort((a, b) => b.score - a.score)
          .slice(0, ANSWER_OPTIONS.maxSectionSentences)
          .sort((a, b) => a.s.span.start - b.s.span.start)
      : scored.slice(0, ANSWER_OPTIONS.maxSectionSentences);
  // Between articles: how well the section's sentences match the question.
  const matched = Math.max(...spans.map((s) => scoreOf(ranked, s.span.start)));
  // The whole run of the section the chosen sentences open, not only the sentences that scored.
  const sentences = [...ranked].sort((a, b) => a.start - b.start);
  const run = sectionRun(
    chosen.map((x) => x.s.span),
    // The person's sentences are their own run: the decisions around them concern others.
    scored.map((x) => x.s.span),
    sentences,
    ANSWER_OPTIONS.maxSectionRunSentences,
  );
  // A topic asked of the section ("nhiệm vụ gì về chuyển đổi số"): the sentences quoted must write
  // it, or the section says nothing about it (never its best sentence about something else).
  const quoted = run.spans.map((span) => sentenceText(ranked, span.start)).join(' ');
  if (topicUnwritten(q, quoted, eq)) return null;
  const lines: Line[] = run.spans.map((span) => ({ label: null, value: '', quote: span }));
  if (run.more > 0 && lines.length > 0) lines[lines.length - 1]!.more = run.more;
  return { lines, relevance: matched + 0.01 };
}
