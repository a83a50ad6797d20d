/**
 * What a list or "what" question wants, beyond what the parser's frame says:
 *
 * - `items`: the things one report enumerates ("những cơ quan nào được giao nhiệm vụ", "các xã
 *   nào", "nêu các giải pháp", "which agencies were assigned", "list the tasks"). The question is
 *   about one meeting, so it is answered from the best article, and its sentences are read as a
 *   list (`items.ts`); a body head with an assigning verb asks the report's tasks.
 * - `places`: the places that held a meeting ("những huyện, thị xã nào tổ chức giao ban…",
 *   "which districts held…"): a list over every matching article.
 * - `open`: what a meeting was about ("bàn về nội dung gì", "what was discussed"): answered from
 *   the article's lead (`open-what.ts`).
 *
 * The cue words are the closed classes of `query/list-vocab.ts`.
 */

import { placeByKey } from '../place/relations.ts';
import type { PlaceLevel } from '../place/types.ts';
import { findGlossaryTerms } from '../query/glossary.ts';
import { VI_STOP_EVERY_FOLDED } from '../query/lexicon.ts';
import {
  ASSIGNED_CUES,
  BODY_HEADS,
  BODY_HEADS_EN,
  BODY_NAME_HEADS,
  BODY_NAME_HEADS_ALONE,
  HOLDING_VERBS,
  OPEN_WHAT_EN,
  OPEN_WHAT_EN_ABOUT,
  OPEN_WHAT_VI,
  PLACE_HEADS_EN,
  RESULT_ASKED_CUES,
} from '../query/list-vocab.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { detectTarget, type TargetScan } from '../query/target.ts';
import { PAPER_LIGHT_VERB } from '../query/type.ts';
import type { SectionKind } from '../records/types.ts';
import {
  alternation,
  eitherSpelling,
  MEETING_NOUN_EN_PATTERN,
  MEETING_NOUNS,
  NOT_WORD_AFTER,
  NOT_WORD_BEFORE,
  ORG_KINDS,
  PLACE_LEVELS,
  TITLE_HEADS,
} from '../records/vocab.ts';
import { fold, syllables } from '../text/normalize.ts';
import { containsRun } from '../text/phrase.ts';
import { splitSentences } from '../text/sentences.ts';
import { asksProvinceBody, type ProvinceAsk } from './bodies.ts';
import { itemize } from './items.ts';
import { leadLine } from './open-what.ts';
import { ANSWER_OPTIONS } from './options.ts';
import { listedAfterCopula, listedAfterQualifier } from './place-list.ts';
import type { DocAnswer, Line } from './render.ts';
import { pairText, type SyllablePair, writesPair } from './word-pairs.ts';

/** The kind of list or "what" a question asks, or null when it asks none of these. */
export type ListAsk = 'items' | 'places' | 'open';

/**
 * "những cơ quan nào", "các xã, phường nào", "Huyện nào": a head of the class, maybe several
 * joined by commas, "và" or nothing (the comma dropped as chat drops it), then "nào". The head must open the question or follow "những"/"các"
 * ("cơ quan nào" is no "quận nào"); the bare spelling only for a question typed without diacritics.
 */
const VI_HEAD = (heads: readonly string[], folded: boolean, after = '') => {
  const head = folded ? eitherSpelling(heads) : alternation(heads);
  return new RegExp(
    `(?:^|(?:những|các|nhung|cac)\\s+)(?:${head})(?:(?:\\s*,\\s*|\\s+(?:và|va)\\s+|\\s+)(?:${head}))*\\s+(?:nào|nao)${NOT_WORD_AFTER}${after}`,
    'iu',
  );
};
// The places or bodies held the meeting: the holding verb follows the head ("huyện nào (đã) tổ chức"), or
// the head ends the question after it ("… đã làm việc với những huyện nào?").
const HOLDING = `(?:${eitherSpelling(HOLDING_VERBS)})${NOT_WORD_AFTER}`;
// "có hội nghị giao ban", "đã có cuộc họp": having a meeting is holding one.
const HOLDING_OR_MEETING = `(?:${HOLDING}|(?:${eitherSpelling(MEETING_NOUNS)})${NOT_WORD_AFTER})`;
/** Words between a head and its holding verb: tense and "have" ("đã", "có", "từng", "cũng"). */
const PRE_VERB = `(?:(?:${eitherSpelling(['đã', 'có', 'từng', 'cũng'])})\\s+){0,2}`;
// Heads of the holders: place levels, bodies, and the kinds of organisation ("thị ủy, thành ủy nào").
const HOLDER_HEADS = [...PLACE_LEVELS, ...BODY_HEADS, ...ORG_KINDS.map((k) => k.toLowerCase())];
// The larger unit they belong to may stand between the head and the verb ("những địa phương nào
// của tỉnh X tổ chức …", "huyện nào thuộc tỉnh X đã giao ban"): a few words after "của/thuộc/ở".
const WITHIN = '(?:\\s+(?:của|thuộc|ở|trong|cua|thuoc|o)(?:\\s+[^\\s,.;:?!]+){1,4}?)?';
const PLACE_HOLDS_VI = [false, true].map(
  (folded) =>
    [
      VI_HEAD(HOLDER_HEADS, folded, `${WITHIN}\\s+${PRE_VERB}${HOLDING_OR_MEETING}`),
      VI_HEAD(HOLDER_HEADS, folded, '\\s*[?.!]*\\s*$'),
    ] as const,
);
const EN_HEAD = `(?:${alternation([...PLACE_HEADS_EN, ...BODY_HEADS_EN])})`;
// "which districts or towns held …", "which provinces had steering committee meetings".
const PLACE_HOLDS_EN = new RegExp(
  // "Which districts and towns of X province held …": heads joined by "and"/"or", then "of/in" a few words.
  `${NOT_WORD_BEFORE}(?:which|what)\\s+(?:[\\p{L}-]+\\s+){0,2}${EN_HEAD}(?:\\s*(?:,|and|or)\\s*${EN_HEAD})*(?:\\s+(?:of|in)(?:\\s+[^\\s,.;:?!]+){1,4}?)?\\s+(?:(?:have|has|had|did)\\s+)?(?:${HOLDING}|(?:held|had|have|has|hold)\\s+(?:[\\p{L}-]+\\s+){0,3}${MEETING_NOUN_EN_PATTERN}${NOT_WORD_AFTER})`,
  'iu',
);
// A place named inside the frame ("Những huyện nào của tỉnh Lào Cai có giao ban?", "Which Tuyen
// Quang districts …") is a constraint, read apart: the frame is tested without it.
const PLACE_LINK = `(?:(?:${eitherSpelling(['của', 'thuộc', 'ở', 'tại'])}|in|of)\\s+)?(?:(?:${eitherSpelling(PLACE_LEVELS)})\\s+)?`;

/**
 * {@link withoutPlaces} and {@link listAsk} of each parsed question (a question is never changed
 * after parsing: a reframed one is a new object). The answer step reads the list kind of one
 * question up to four times, and each reading compiled one pattern per place of the question.
 */
const placesRemoved = new WeakMap<ParsedQuestion, string>();
const listKinds = new WeakMap<ParsedQuestion, ListAsk | null>();

/** `q.text` without its places (and the word linking each to the frame). */
function withoutPlaces(q: ParsedQuestion): string {
  let out = placesRemoved.get(q);
  if (out === undefined) {
    out = removePlaces(q);
    placesRemoved.set(q, out);
  }
  return out;
}

/** The question less its places and the names it writes ("Which Na Ri Thuong communes" → "Which communes"). */
function withoutNames(q: ParsedQuestion): string {
  let text = withoutPlaces(q);
  for (const e of q.entities) text = text.split(e).join(' ');
  return text.replace(/\s{2,}/gu, ' ');
}

function removePlaces(q: ParsedQuestion): string {
  let text = q.text;
  for (const p of q.places) {
    const name = p.surface.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    text = text.replace(new RegExp(`${PLACE_LINK}${name}${NOT_WORD_AFTER}`, 'iu'), ' ');
  }
  return text.replace(/\s{2,}/gu, ' ');
}
const BODY_LIST_VI = [VI_HEAD(BODY_HEADS, false), VI_HEAD(BODY_HEADS, true)] as const;
const PLACE_LIST_VI = [VI_HEAD(PLACE_LEVELS, false), VI_HEAD(PLACE_LEVELS, true)] as const;
// The body's owner may stand between ("Which Kien Xuong district Party Committee agencies were assigned …"): a few words of a name, no verb.
const BODY_LIST_EN = new RegExp(
  `${NOT_WORD_BEFORE}(?:which|what|list(?: all)?(?: the)?|name(?: the)?)\\s+(?:(?!(?:did|do|does|was|were|is|are|has|have|had)\\s)[\\p{L}-]+\\s+){0,5}?(?:${alternation(BODY_HEADS_EN)})${NOT_WORD_AFTER}`,
  'iu',
);
const PLACE_LIST_EN = new RegExp(
  `${NOT_WORD_BEFORE}(?:which|what|list(?: all)?(?: the)?|name(?: the)?)\\s+(?:[\\p{L}]+\\s+)?(?:${alternation(PLACE_HEADS_EN)})${NOT_WORD_AFTER}`,
  'iu',
);
/** The question lists places ("những địa phương nào", "which localities"): its items are places, not its noun. */
export function listsPlaces(q: ParsedQuestion): boolean {
  return PLACE_LIST_VI[q.folded ? 1 : 0].test(q.text) || PLACE_LIST_EN.test(q.text);
}

/** "liệt kê", "nêu các", "kể tên", "list the", "enumerate": an explicit list of things. */
const EXPLICIT_LIST = new RegExp(
  `${NOT_WORD_BEFORE}(?:${eitherSpelling(['liệt kê', 'kể tên', 'nêu các', 'nêu những', 'những gì'])}|list(?: all)?(?: the)?|enumerate)${NOT_WORD_AFTER}`,
  'iu',
);
const ASSIGNED = new RegExp(`${NOT_WORD_BEFORE}(?:${eitherSpelling(ASSIGNED_CUES)})${NOT_WORD_AFTER}`, 'iu');
// "giao ban" (a briefing) is the meeting; "giao Ban Tổ chức …" assigns a board a task: the board is
// capitalised. Case-sensitive on the second word for that reason.
const GIAO_BAN = /(?<!\p{L})[Gg]iao ban(?!\p{L})/gu;
/** An assigning verb in the question, the meeting "giao ban" not counted. */
const assigns = (text: string): boolean => ASSIGNED.test(text.replace(GIAO_BAN, ' '));
const HOLDS = new RegExp(`${NOT_WORD_BEFORE}(?:${eitherSpelling(HOLDING_VERBS)})${NOT_WORD_AFTER}`, 'iu');
const OPEN_WHAT = new RegExp(
  `${NOT_WORD_BEFORE}(?:${eitherSpelling(OPEN_WHAT_VI)}|${alternation(OPEN_WHAT_EN)})${NOT_WORD_AFTER}`,
  'iu',
);

/**
 * What a supervision or inspection looks into ("Đoàn giám sát … để giám sát nội dung gì?", "đoàn giám
 * sát chuyên đề 2024 về nội dung gì", up to three words between): the
 * object of that act, stated in its own sentence, not what the meeting was about. Closed: the
 * checking acts of reports, either spelling.
 */
const CHECKED_CONTENT = new RegExp(
  `${NOT_WORD_BEFORE}(?:${eitherSpelling(['giám sát', 'kiểm tra', 'thanh tra', 'khảo sát', 'rà soát'])})(?:\\s+[\\p{L}\\d]+){0,3}?\\s+(?:(?:${eitherSpelling(['về', 'những', 'các'])})\\s+)?(?:${eitherSpelling(['nội dung'])})${NOT_WORD_AFTER}`,
  'iu',
);

/** English: a supervision or inspection team's object ("What topic is the supervision team … to examine?"). */
const CHECKED_CONTENT_EN =
  /(?<![a-z])(?:supervision|supervise|supervising|inspection|inspect|inspecting|examine|examining)(?![a-z])/iu;

const PROVINCE_HEAD_VI = [VI_HEAD(['tỉnh'], false), VI_HEAD(['tỉnh'], true)] as const;
const PROVINCE_HEAD_EN = /(?<![\p{L}\p{N}])(?:which|what)\s+(?:[\p{L}-]+\s+){0,2}provinces(?![\p{L}\p{N}])/iu;

/**
 * True when a list of places asks for provinces ("Những tỉnh nào …", "which provinces …"): a
 * district's meeting is then listed under its province, which the gazetteer knows even when the
 * article never writes it.
 */
export function asksProvinces(q: ParsedQuestion): boolean {
  return PROVINCE_HEAD_VI[q.folded ? 1 : 0].test(q.text) || PROVINCE_HEAD_EN.test(q.text);
}

/**
 * The administrative level a places list asks for, by its head: district-level units ("huyện,
 * thị xã nào", "Huyện ủy nào", "which districts/towns") or communes ("xã, phường nào", "which
 * communes"). Null for provinces (a district's meeting is listed under its province), for heads
 * of no single level ("địa phương", "thành phố", "localities") and for mixed heads.
 * Closed table: the level words of the gazetteer's types and of the organisation kinds.
 */
const LEVEL_HEADS: readonly { level: PlaceLevel; vi: readonly string[]; en: readonly string[] }[] = [
  {
    level: 'district',
    vi: ['huyện', 'thị xã', 'quận', 'huyện ủy', 'thị ủy', 'quận ủy'],
    en: ['districts', 'towns', 'district', 'town'],
  },
  { level: 'commune', vi: ['xã', 'phường', 'thị trấn'], en: ['communes', 'wards', 'commune', 'ward'] },
];
const LEVEL_HEAD_RES = LEVEL_HEADS.map(({ level, vi }) => ({
  level,
  vi: [VI_HEAD(vi, false), VI_HEAD(vi, true)] as const,
}));
/** The level noun an English "which/what" asks (group 1): the nearest one ("Which communes of … district"). */
const LEVEL_HEAD_EN = new RegExp(
  `${NOT_WORD_BEFORE}(?:which|what)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${alternation(LEVEL_HEADS.flatMap((h) => h.en))})${NOT_WORD_AFTER}`,
  'iu',
);
const LEVEL_OF_EN = new Map(LEVEL_HEADS.flatMap(({ level, en }) => en.map((w) => [w, level] as const)));

/** A level noun and "nào" anywhere: one place asked ("… là xã nào?"), not only a list. */
const ONE_LEVEL_HEAD_RES = LEVEL_HEADS.map(({ level, vi }) => ({
  level,
  vi: [false, true].map(
    (folded) =>
      new RegExp(
        `${NOT_WORD_BEFORE}(?:${folded ? eitherSpelling(vi) : alternation(vi)})\\s+(?:nào|nao)${NOT_WORD_AFTER}`,
        'iu',
      ),
  ) as [RegExp, RegExp],
}));

/**
 * The level of the places a places list asks for (see `LEVEL_HEADS`), or null. With `one`, also a
 * single place asked by its level ("… là xã nào?", "which commune").
 */
export function askedPlaceLevel(q: ParsedQuestion, one = false): PlaceLevel | null {
  const text = withoutPlaces(q);
  const f = q.folded ? 1 : 0;
  const en = LEVEL_HEAD_EN.exec(text)?.[1]?.toLowerCase();
  const heads = one ? ONE_LEVEL_HEAD_RES : LEVEL_HEAD_RES;
  const levels = new Set(heads.filter((h) => h.vi[f].test(text)).map((h) => h.level));
  const enLevel = en ? LEVEL_OF_EN.get(en) : undefined;
  if (enLevel) levels.add(enLevel);
  return levels.size === 1 ? ([...levels][0] ?? null) : null;
}

/**
 * The province as a whole is asked ("Tỉnh ủy X", "tỉnh X kết nạp bao nhiêu"), not as the container
 * of the places a list asks for ("Những địa phương nào của tỉnh X …", "Which districts of X province").
 */
export function asksProvinceLevel(q: ParsedQuestion): ProvinceAsk {
  return asksProvinceBody(q.text, listAsk(q) === 'places' ? [] : q.places);
}

/** Read the list or "what" kind of a question (none for yes/no, comparisons and meeting counts). */
export function listAsk(q: ParsedQuestion): ListAsk | null {
  let kind = listKinds.get(q);
  if (kind === undefined) {
    kind = readListAsk(q);
    listKinds.set(q, kind);
  }
  return kind;
}

function readListAsk(q: ParsedQuestion): ListAsk | null {
  if (q.target.yesNo || q.target.compare || q.latest) return null;
  const t = q.target.target;
  // A role or a figure is answered by its own operation; a figure per place is a group-by.
  if (t.kind === 'role' || t.kind === 'figure' || t.kind === 'holder') return null;
  // "Which localities held meetings, and when?": places listed with their dates (a deadline is no list).
  const dated = t.kind === 'date';
  if (dated && t.deadline) return null;
  const f = q.folded ? 1 : 0;
  // "Which Ba Be communes …": the place's name (linked or not) stands between the question word and the level.
  const placeHead =
    PLACE_LIST_VI[f].test(q.text) || PLACE_LIST_EN.test(q.text) || PLACE_LIST_EN.test(withoutNames(q));
  // "Những huyện nào tổ chức giao ban quý I?": the places of the meetings, over every article.
  const [holdsAfter, atEnd] = PLACE_HOLDS_VI[f]!;
  const frame = withoutPlaces(q);
  const held =
    holdsAfter.test(frame) || (atEnd.test(frame) && HOLDS.test(frame)) || PLACE_HOLDS_EN.test(frame);
  if (held && (t.kind === 'open' || dated) && q.target.role === null) return 'places';
  if (dated) return null;
  // What the meeting was about; not what a person of it was asked or said ("Trưởng phòng Tài nguyên
  // và Môi trường bị chất vấn về vấn đề gì?": the sentence stating it answers, not the lead).
  if (
    t.kind === 'open' &&
    (OPEN_WHAT.test(q.text) || OPEN_WHAT_EN_ABOUT.test(q.text)) &&
    !namesPost(q) &&
    !CHECKED_CONTENT.test(q.text) &&
    !(q.lang === 'en' && CHECKED_CONTENT_EN.test(q.text))
  )
    return 'open';
  if (placeHead || BODY_LIST_VI[f].test(q.text) || BODY_LIST_EN.test(q.text)) return 'items';
  if (t.kind === 'section' && (q.list || EXPLICIT_LIST.test(q.text))) return 'items';
  if (t.kind === 'open' && EXPLICIT_LIST.test(q.text) && listedSection(q)) return 'items';
  return null;
}

/**
 * The report section an explicit list names ("List the tasks …", "Nêu các giải pháp …"): the list
 * verb is a question frame, so the question is read as "What tasks …" / "Những giải pháp nào …".
 */
function listedSection(q: ParsedQuestion): SectionKind | null {
  const frame = q.lang === 'en' ? 'What ' : 'Những ';
  const text = q.text.replace(EXPLICIT_LIST, frame);
  const scan = detectTarget(text, new Set(['what']), q.lang);
  return scan.target.kind === 'section' ? scan.target.section : null;
}

/**
 * The question as the answer layer should read it for its list kind: items are one report's (no
 * listing of meetings, the "what" of a sentence rather than a place or a venue; a body head with
 * an assigning verb asks the tasks); places are a listing of meetings.
 */
export function reframe(q: ParsedQuestion, kind: ListAsk): ParsedQuestion {
  if (kind === 'places') return { ...q, list: true };
  const asks = new Set(q.asks);
  asks.delete('where');
  asks.add('what');
  // The frame ("what was discussed") is answered by the lead: its words are no content to match.
  if (kind === 'open') return { ...q, list: false, asks, text: q.text.replace(OPEN_WHAT, ' ') };
  const section = q.target.target.kind === 'open' ? listedSection(q) : null;
  const target: TargetScan =
    q.target.target.kind !== 'open'
      ? q.target
      : // "Which communes did the council chair name as …": the places are asked, the chair only
        // said them.
        q.target.role && (kind !== 'items' || askedPlaceLevel(q) === null)
        ? { ...q.target, target: { kind: 'role', role: q.target.role } }
        : section || assigns(withoutPlaces(q))
          ? { ...q.target, target: { kind: 'section', section: section ?? 'task' } }
          : q.target;
  // The list flag stays as parsed: items asked of several matching meetings are each one's.
  return { ...q, asks, target };
}

/**
 * The per-article answers in the shape the list kind asks: items one per line, each cited with
 * its own passage; an open "what" with the article's lead instead of a sentence sharing a word.
 */
export function shapeAnswers(kind: ListAsk | null, answers: DocAnswer[]): DocAnswer[] {
  if (kind === 'items') return answers.map((a) => ({ ...a, lines: itemize(a.cand.body, a.lines) }));
  if (kind !== 'open') return answers;
  return answers.map((a) => {
    const lead = leadLine(a.cand.body);
    return lead ? { ...a, lines: [lead] } : a;
  });
}

/** Heads of posts a question may name a person by (closed, `TITLE_HEADS`), folded, and in English. */
const POST_HEADS = new RegExp(
  `(?<![\\p{L}])(?:${[...new Set([...TITLE_HEADS, 'Trưởng phòng', 'Phó Trưởng phòng'].map((h) => fold(h).toLowerCase()))].join('|')}|head of|director|chairman|chairwoman|secretary)(?![\\p{L}])`,
  'u',
);

/** The question names a person by a post ("Trưởng phòng Tài nguyên và Môi trường", "the director"). */
function namesPost(q: ParsedQuestion): boolean {
  return POST_HEADS.test(fold(q.text).toLowerCase());
}

/** The type words of each level before a name (`LEVEL_HEADS`: "xã Huổi Só", "huyện Bắc Hà", "Thị ủy Sa Pa"). */
const NAMED_AT_LEVEL = new Map(
  LEVEL_HEADS.map(({ level, vi }) => [
    level,
    // "thị xã Sa Pa" names no commune; "thêm 3 xã (Quảng Thạch, …)" lists them in brackets.
    new RegExp(`${NOT_WORD_BEFORE}(?<!(?:thị|thi)\\s)(?:${alternation(vi)})\\s+(?:\\(\\s*)?\\p{Lu}`, 'iu'),
  ]),
);
/** Each level's places listed after a copula ("3 xã đạt chuẩn … là Nhân Thịnh, Chân Lý"). */
const LISTED_AT_LEVEL = new Map(
  LEVEL_HEADS.map(({ level, vi }) => [level, listedAfterCopula(vi.map((w) => w.toLowerCase()))]),
);
/** Each level's places listed after a qualified plural type word ("các xã cù lao A, B và C"). */
const QUALIFIED_AT_LEVEL = new Map(
  LEVEL_HEADS.map(({ level, vi }) => [level, listedAfterQualifier(vi.map((w) => w.toLowerCase()))]),
);
// Case matters for the name after the type word ("một số xã còn buông lỏng" names none).
const namesAtLevel = (re: RegExp, text: string): boolean =>
  [...text.matchAll(new RegExp(re.source, 'giu'))].some((m) => /\p{Lu}$/u.test(m[0]));
/** The text names a place of `level`: after its type word, in a list after a copula or a qualifier. */
const namesPlaceAt = (level: PlaceLevel, named: RegExp, text: string): boolean =>
  namesAtLevel(named, text) ||
  [...text.matchAll(LISTED_AT_LEVEL.get(level) ?? /$^/gu)].length > 0 ||
  [...text.matchAll(QUALIFIED_AT_LEVEL.get(level) ?? /$^/gu)].length > 0;

/**
 * The place level an items list asks for ("Những xã nào … đạt thấp?", "Which communes …"), when
 * the sentence answering must name places of it; null when the question asks no level.
 */
export function placeItemsLevel(q: ParsedQuestion): PlaceLevel | null {
  return listAsk(q) === 'items' ? askedPlaceLevel(q) : null;
}

/** The text names a place of `level` (see {@link keepNamedPlaces}). */
export function namesPlaceOfLevel(level: PlaceLevel, text: string): boolean {
  const named = NAMED_AT_LEVEL.get(level);
  return named !== undefined && namesPlaceAt(level, named, text);
}

/** Words that end what a list of bodies asks them by: the meeting, its place, linking words (folded). */
const ACT_END = new Set(
  [...MEETING_NOUNS, ...ORG_KINDS, ...PLACE_LEVELS, 'tại', 'của', 'trong', 'ở', 'ra', 'về', 'cho'].map(
    (w) => fold(w).toLowerCase().split(' ')[0] as string,
  ),
);

/**
 * What a list of bodies asks them by, right after "nào" ("những đơn vị nào (đã) tham luận tại …",
 * "… được biểu dương"): its content syllables, folded, up to the meeting or a linking word; a light
 * verb before the paper delivered is none of them. Empty when the head ends the question.
 */
function bodyActWords(q: ParsedQuestion): string[] {
  const m = BODY_LIST_VI[q.folded ? 1 : 0].exec(q.text);
  if (!m) return [];
  const after = q.text.slice(m.index + m[0].length).replace(PAPER_LIGHT_VERB, ' ');
  const out: string[] = [];
  for (const w of syllables(fold(after).toLowerCase())) {
    if (ACT_END.has(w)) break;
    if (!VI_STOP_EVERY_FOLDED.has(w) && !/\d/u.test(w)) out.push(w);
  }
  return out;
}

/**
 * A test of whether a text writes the act a list of bodies asks them by ("những đơn vị nào tham
 * luận" → "tham luận", side by side), read from the question once; null when the question asks no
 * such act (fewer than two syllables, or in English no rendering of two).
 */
export function bodyActWriter(q: ParsedQuestion): ((text: string) => boolean) | null {
  if (q.lang === 'en') {
    const renderings = bodyActRenderings(q);
    if (renderings.length === 0) return null;
    return (text) => {
      const words = syllables(fold(text).toLowerCase());
      return renderings.some((r) => containsRun(words, r));
    };
  }
  const act = bodyActWords(q);
  if (act.length < 2) return null;
  const pairs = act.slice(1).map((w, i): SyllablePair => [act[i] as string, w]);
  return (text) => {
    const said = pairText(text, true);
    return pairs.some((p) => writesPair(said, p));
  };
}

/** English words that end what a list of bodies asks them by: the meeting's preposition. Closed. */
const ACT_END_EN = /\s(?:at|in|during|from|by|under|according)\s/iu;

/**
 * An English list of bodies' act ("Which units gave presentations at …" → tham luận): the glossary
 * renderings of the words between the head and the meeting, folded syllables, two at least each.
 */
function bodyActRenderings(q: ParsedQuestion): string[][] {
  const m = BODY_LIST_EN.exec(q.text);
  if (!m) return [];
  const rest = ` ${q.text.slice(m.index + m[0].length)} `;
  const end = ACT_END_EN.exec(rest);
  const act = (end ? rest.slice(0, end.index) : rest).toLowerCase();
  return findGlossaryTerms(act)
    .flatMap((g) => g.vi.map((v) => syllables(fold(v).toLowerCase())))
    .filter((r) => r.length >= 2);
}

/**
 * The answers of a list of bodies whose quotes write the act it asks them by, side by side ("tham
 * luận"): the sentence that only shares the meeting's words ("các tổ … tham gia tích cực") lists no
 * body that did it. A section asked (the tasks "giao" names) and the results of each body are read
 * by their own rules.
 */
export function keepActWritten(q: ParsedQuestion, kind: ListAsk | null, answers: DocAnswer[]): DocAnswer[] {
  if (kind !== 'items' || q.target.target.kind === 'section' || q.target.target.kind === 'role')
    return answers;
  // The results reported of each body are its own sentences (`bodiesOfResults`), not the word "kết quả".
  if (RESULT_ASKED.test(q.text)) return answers;
  const writesAct = bodyActWriter(q);
  if (writesAct === null) return answers;
  return answers.filter((a) => a.lines.some((l) => writesAct(a.cand.body.slice(l.quote.start, l.quote.end))));
}

/**
 * The answers of an items list that asks for places ("những xã nào …", "which districts …") that
 * name a place of that level, in a quoted line ("các xã Huổi Só, Sính Phình"), as a place the
 * article is about (each article of several is its own place: "Đoàn công tác … về huyện Bắc Hà") or
 * in the article's title with the level's type word (known to the gazetteer or not): a
 * sentence that only says "ở một số xã", in an article about a district, is no answer to which ones.
 */
export function keepNamedPlaces(q: ParsedQuestion, kind: ListAsk | null, answers: DocAnswer[]): DocAnswer[] {
  if (kind !== 'items') return answers;
  const level = askedPlaceLevel(q);
  const named = level ? NAMED_AT_LEVEL.get(level) : undefined;
  if (!level || !named) return answers;
  return answers.filter(
    (a) =>
      (a.cand.records?.places.own ?? []).some((k) => placeByKey(k)?.level === level) ||
      // A place the gazetteer does not know (a new unit, a renamed one) is still the article's own
      // when its title names it with the level's type word ("Đảng bộ huyện Sơn Dương sơ kết …").
      namesAtLevel(named, a.cand.doc.title) ||
      a.lines.some((l) => namesPlaceAt(level, named, a.cand.body.slice(l.quote.start, l.quote.end))),
  );
}

// A sentence opening with a body's name, after a short lead ending in a colon or comma ("Cụ thể: Ban Tuyên giáo …", "Trong đó, Ban Tổ chức …").
const BODY_OPENING = new RegExp(
  `^(?:[^.:;]{0,20}[:,]\\s*)?(?:(?:${alternation(BODY_NAME_HEADS)})\\s+\\p{Lu}|(?:${alternation(BODY_NAME_HEADS_ALONE)})${NOT_WORD_AFTER})`,
  'u',
);
const RESULT_ASKED = new RegExp(
  `${NOT_WORD_BEFORE}(?:${eitherSpelling(RESULT_ASKED_CUES)})${NOT_WORD_AFTER}`,
  'iu',
);
// "Ban Dân vận thị ủy đã phối hợp …": the body's name, then "đã" — what it did, a result.
const DONE_AFTER_BODY = /^[^,.;:]{0,60}?\s(?:đã|da)\s/u;
/** Fewest bodies for the list to be read from the bodies' own sentences. */
const MIN_BODY_ITEMS = 2;

/**
 * "Những cơ quan nào … được nêu kết quả", "which agencies reported results": a list of bodies
 * asked about the results is the results section's sentences that open with a body's name, one
 * item each ("Ban Tuyên giáo đã …", "Ủy ban Kiểm tra …", "Ban Dân vận …"), however long the
 * section; an article with fewer than two such sentences keeps its answer.
 */
export function bodiesOfResults(q: ParsedQuestion, kind: ListAsk | null, answers: DocAnswer[]): DocAnswer[] {
  // "giao ban" is a meeting's name, not work given.
  if (kind !== 'items' || assigns(withoutPlaces(q)) || !RESULT_ASKED.test(q.text)) return answers;
  if (!BODY_LIST_VI[q.folded ? 1 : 0].test(q.text) && !BODY_LIST_EN.test(q.text)) return answers;
  return answers.map((a) => {
    const results = new Set(
      (a.cand.records?.sections ?? []).filter((s) => s.kind === 'result').map((s) => s.span.start),
    );
    const spans = splitSentences(a.cand.body).filter((span) => {
      const text = a.cand.body.slice(span.start, span.end);
      return BODY_OPENING.test(text) && (results.has(span.start) || DONE_AFTER_BODY.test(text));
    });
    if (spans.length < MIN_BODY_ITEMS) return a;
    const lines: Line[] = spans
      .slice(0, ANSWER_OPTIONS.maxListItems)
      .map((quote) => ({ label: null, value: '', quote, item: true }));
    const more = spans.length - lines.length;
    if (more > 0) lines[lines.length - 1]!.more = more;
    return { ...a, lines };
  });
}

/**
 * Least (idf-weighted) share of the question's terms each article of a list of places must hold:
 * every place listed must have held the meeting the question describes ("làm việc với Ban Thường
 * vụ …"), not merely share its period.
 */
const PLACE_LIST_SUPPORT = 0.6;

/** Selection options for the list kind (a list of places is held to the whole question). */
export function listOptions<T extends { minSupport?: number }>(kind: ListAsk | null, opts: T): T {
  return kind === 'places'
    ? { ...opts, minSupport: Math.max(opts.minSupport ?? 0, PLACE_LIST_SUPPORT) }
    : opts;
}
