/**
 * Figures: every reported quantity with its value in base units, its unit, the phrase it
 * measures, its kind (total, new, target, rate, change, result) and its period. Read from the
 * number outwards: scale word and unit after it, approximator before it, the clause before it
 * for the subject and the kind cues, the words after it for the counted noun.
 */
import type { Span } from '../text/sentences.ts';
import { NUMBER_SOURCE, parseVietNumber } from './numbers.ts';
import { findPeriodHits, type PeriodHit } from './periods.ts';
import type { FigureKind, FigureRecord } from './types.ts';
import {
  alternation,
  KIND_CUES,
  LINK_WORDS,
  MEASURE_UNITS,
  NOT_WORD_AFTER,
  NOT_WORD_BEFORE,
  ORDINAL_MARKERS,
  QUALIFIERS,
  RATIO_LINKS,
  SCALES,
  TIME_UNITS,
  tail,
  UNITS,
} from './vocab.ts';

/** What figure extraction needs besides the text. */
export interface FigureContext {
  /** Year that completes period expressions written without one (the meeting's or publication's); null when undated. */
  year: number | null;
  /** The meeting's reporting period (the parser's first), for "trong quý/năm" and unmarked results. */
  ownPeriod: string | null;
  /** Start offsets of sentences that set tasks or give directions: their figures are targets. */
  plannedSentences: ReadonlySet<number>;
}

// A quantity: number, optional range end, optional scale word, optional unit. The number may not
// continue a date, a fraction, a code or a word ("28/9/2022", "15/16", "05-CT", "Covid-19", "4G").
const FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}/.,\\-–])(${NUMBER_SOURCE})(?![\\p{L}\\p{N}/]|[.,]\\d|-\\p{L})` +
    `(?:\\s*(?:-|–|đến)\\s*(${NUMBER_SOURCE})(?![\\p{L}\\p{N}/]|[.,]\\d))?` +
    `(?:\\s+(${alternation(Object.keys(SCALES))})${NOT_WORD_AFTER})?` +
    `(?:\\s*(${alternation(Object.keys(UNITS))})(?![\\p{L}\\p{N}²]))?`,
  'gu',
);
// A part of a whole: "13/15 chỉ tiêu", "389/402 đơn thư". Told from a day/month by its noun and
// by a whole above 12 or no date cue before it (see `fractionOk`).
const FRACTION = new RegExp(
  `(?<![\\p{L}\\p{N}/.,\\-–])(\\d{1,3}(?:\\.\\d{3})*)\\s*/\\s*(\\d{1,3}(?:\\.\\d{3})*)(?![\\p{L}\\p{N}/]|[.,]\\d)` +
    `(?:\\s*(${alternation(Object.keys(UNITS))})(?![\\p{L}\\p{N}²]))?`,
  'gu',
);
// Words that introduce a date, not a fraction ("ngày 10/10", "Quốc khánh 2/9"). Closed: date cues.
const DATE_CUE_BEFORE = /(?:ngày|sáng|chiều|tối|trưa|hôm|tháng|trước|sau|từ|đến|Quốc khánh|dịp)\s*$/iu;
const MAX_MONTH = 12;
const TIME_AFTER = new RegExp(`^\\s+(?:${alternation(TIME_UNITS)})${NOT_WORD_AFTER}`, 'u');
const ORDINAL_BEFORE = new RegExp(`${NOT_WORD_BEFORE}(?:${alternation(ORDINAL_MARKERS)})\\s+$`, 'u');
// A capitalised word right before a bare number names it ("Lực lượng 35"), unless it opens the sentence ("Mở 18 lớp").
const NAME_BEFORE = /\S\s+\p{Lu}[\p{Ll}\p{M}]*\s+$/u;
const COUNT_NOUN_AFTER = /^\s+\p{Ll}/u;
const QUALIFIER_BEFORE = new RegExp(`${NOT_WORD_BEFORE}(${alternation(Object.keys(QUALIFIERS))})\\s+$`, 'iu');
const CLAUSE_BREAK = /[,;:()[\]“”"]/gu;
/** A short closed quotation: a programme's, fund's or movement's name. */
const QUOTED_NAME = /[“"][^“”"\n]{1,80}[”"]/gu;
const LINKS_AT_END = new RegExp(`(?:\\s+|^)(?:${alternation(LINK_WORDS)})$`, 'iu');
const LEADING_PERIOD =
  /^(?:(?:trong|ước tính|tính đến|đến nay|riêng)\s+)?(?:\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?(?:\s+\d{4})?|quý\s+[IVX\d]+(?![\p{L}\p{N}])(?:\s*(?:năm\s+|\/)\d{4})?|năm\s+\d{4}|(?:cả\s+)?(?:quý|năm|kỳ|tháng)(?=\s))(?:\s+(?:vừa\s+)?qua(?![\p{L}]))?\s*/iu;
// Function words that end the counted noun phrase after a figure. Closed: prepositions, auxiliaries, conjunctions.
const PHRASE_STOP = new Set(
  (
    'đã đang sẽ được bị từ của với tại trong so cho để vào và trên dưới theo khi nhưng song đạt bằng tăng ' +
    'giảm là có thuộc ở đến tới lên do nhằm nâng mới chiếm gồm trở'
  ).split(' '),
);
const MAX_PHRASE_WORDS = 6;
const MAX_LIST_ITEM_WORDS = 4;
const MAX_LIST_HEAD_WORDS = 6;
/** How far before a number its qualifier, ordinal marker or linking verb can be (characters). */
const NEAR_CHARS = 40;
const LEADING_PUNCT = /^[\s,;:()[\]“”"]+/u;
/** A closed bracketed remark (no brackets inside). */
const PARENTHETICAL = /\([^()]*\)/gu;
const MAX_SUBJECT_WORDS = 16;

const cues = (kind: FigureKind) => KIND_CUES.find((c) => c.kind === kind)!;
const cueRe = (words: readonly string[]) =>
  new RegExp(`${NOT_WORD_BEFORE}(?:${alternation(words)})${NOT_WORD_AFTER}`, 'iu');
const TARGET_CUE = cueRe(cues('target').before);
// A change: the verb right before the number, the comparison within a few words after it.
const CHANGE_VERB = new RegExp(`(?:^|\\s)(?:${alternation(cues('change').before)})(?:\\s+thêm)?\\s*$`, 'iu');
const COMPARED = new RegExp(`^[^.;]{0,60}?(?:${alternation(cues('change').after ?? [])})`, 'iu');
const TOTAL_CUE = cueRe(cues('total').before);
const HAS_AT_END = /(?:^|\s)có\s*$/iu;
const NEW_CUE = cueRe(cues('new').before);
// "96 đảng viên mới": the word right after the counted noun.
const NEW_AFTER = new RegExp(`^(?:\\S+\\s+)?(?:${alternation(cues('new').after ?? [])})(?![\\p{L}])`, 'u');
const RATE_CUE = /(?:^|\s)tỷ lệ(?![\p{L}])/iu;
/**
 * The plan's capital as the figure's own subject ("…, tổng kế hoạch vốn đầu tư công năm 2024 của
 * tỉnh được giao là 7.215,6 tỷ đồng"): a planned amount, as a table's "Kế hoạch vốn" column states
 * it. Within the figure's comma-free stretch only: "được giao kế hoạch vốn, có 21 chủ đầu tư …"
 * counts investors.
 */
const PLAN_CAPITAL = /(?:^|[,;:]\s*|\s)(?:tổng\s+)?(?:kế hoạch vốn|vốn kế hoạch)(?![\p{L}])[^,;:]*$/iu;
const PARTY_MEMBERS = /đảng viên/iu;
const ADMITTED = /kết nạp(?:\s+được)?\s*$/iu;

/** Lower-case the first letter of a phrase that starts a sentence ("Tổng thu" → "tổng thu"), not an acronym. */
function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/**
 * The counted noun phrase after a figure and the length of text it spans; `noun` is the phrase
 * without the standard or grade it has (what the kind cues read: "nông thôn mới" is no new count).
 */
function phraseAfter(rest: string): { phrase: string; length: number; noun: string } {
  const words: string[] = [];
  let length = 0;
  const re = /^\s+([^\s,;:.()“”"]+)/u;
  for (let i = 0; i < MAX_PHRASE_WORDS; i++) {
    const m = re.exec(rest.slice(length));
    if (!m || /\p{N}/u.test(m[1]!)) break;
    const w = m[1]!;
    const low = w.toLowerCase();
    // "mới" ends the phrase ("14 đảng viên mới"), as a word of it after "nông thôn".
    const named = low === 'mới' && (i === 0 || words.at(-1)?.toLowerCase() === 'thôn');
    if (PHRASE_STOP.has(low) && !named) break;
    words.push(w);
    length += m[0].length;
    if (low === 'mới') break;
  }
  const noun = words.join(' ');
  // "11 xã đạt chuẩn nông thôn mới nâng cao và 5 xã đạt chuẩn nông thôn mới kiểu mẫu": the standard
  // a counted noun meets is part of what is counted.
  const status = words.length > 0 ? STANDARD_MET.exec(rest.slice(length)) : null;
  if (status) return { phrase: `${noun} ${status[1]!.trim()}`, length: length + status[0].length, noun };
  // "41 xã nông thôn mới nâng cao, 9 xã nông thôn mới kiểu mẫu": the programme's grade after its name.
  const grade = /nông thôn mới$/iu.test(noun) ? NEW_RURAL_GRADE.exec(rest.slice(length)) : null;
  if (grade) return { phrase: `${noun} ${grade[1]!.trim()}`, length: length + grade[0].length, noun };
  return { phrase: noun, length, noun };
}
/** A count's own phrase ending "trong năm", "trong quý", "trong kỳ", "trong tháng": the period's flow. */
const WITHIN_PERIOD = /^\s*trong\s+(?:năm|quý|kỳ|tháng)(?![\p{L}])/iu;
/** The grades of the new-rural programme above its base standard. Closed class. */
const NEW_RURAL_GRADE = /^(\s+(?:nâng\s+cao|kiểu\s+mẫu))(?![\p{L}])/iu;
/**
 * "đạt chuẩn …" after a counted noun: the status it has, up to a break, a number, or a function
 * word that ends the noun phrase ("và", "trong năm", "lên"); at most eight words.
 */
const STANDARD_MET =
  /^(\s+đạt\s+chuẩn(?:\s+(?!(?:và|trong|lên|của|tại|ở|so|với|đến|từ|theo|năm|được)(?![\p{L}]))[^\s\d,;:.()“”"]+){0,8})/iu;

/** Source and purpose words right after an amount of money ("từ nguồn dự phòng …", "để sửa chữa …"), up to the next number or break. */
const MONEY_PURPOSE = /^\s+((?:từ|để|nhằm)\s[^\d,;.:()“”"]{2,80}?)(?=\s+\d|\s*[,;.:()“”"]|\s*$)/u;

function moneyPurposeAfter(rest: string): string {
  return MONEY_PURPOSE.exec(rest)?.[1]?.trim() ?? '';
}

/**
 * The clause before a figure: from the last break (punctuation, or the end of the previous
 * figure's phrase) to the number. A clause of fewer than three words reaches back over commas,
 * which in Vietnamese also separate the items of a noun ("nông, lâm nghiệp, thủy sản tăng…").
 */
function clauseBefore(
  written: string,
  floor: number,
  first: boolean,
): { clause: string; predicate: string; links: string[] } {
  // A closed parenthetical is a remark inside the clause, not its end: "UBND xã Ninh Phước (tiếp
  // nhận các dự án của huyện cũ) đạt 26,4%" measures the commune. Blanked, so offsets still hold.
  // A closed quotation is a name inside the clause ("Quỹ “Vì người nghèo” huyện vận động được"): its
  // marks are blanked, its words kept.
  const left = written
    .replace(PARENTHETICAL, (m) => ' '.repeat(m.length))
    .replace(QUOTED_NAME, (m) => ` ${m.slice(1, -1)} `);
  const breaks = [...left.matchAll(CLAUSE_BREAK)].map((m) => ({ at: m.index, comma: m[0] === ',' }));
  let b = breaks.length - 1;
  if (b >= 0 && breaks[b]!.at < floor) b = -1;
  const startOf = (i: number) => (i >= 0 ? Math.max(floor, breaks[i]!.at + 1) : floor);
  const wordsIn = (from: number, to: number) =>
    left
      .slice(from, to)
      .split(/[\s,]+/u)
      .filter(Boolean).length;
  let start = startOf(b);
  const links: string[] = [];
  const predicateOf = (from: number) => {
    let p = left.slice(from).replace(LEADING_PUNCT, '').replace(LEADING_PERIOD, '').trim();
    links.length = 0;
    for (let i = 0; i < 3; i++) {
      const end = tail(p, NEAR_CHARS);
      const m = LINKS_AT_END.exec(end);
      if (!m) break;
      links.push(m[0].trim().toLowerCase());
      p = p.slice(0, p.length - end.length + m.index).trim();
    }
    return p;
  };
  let p = predicateOf(start);
  let items = 0;
  // Reach back over a short item of a noun list: "nông, lâm nghiệp, thủy sản tăng …".
  // An empty clause reaches back too when no figure precedes ("X đạt thấp, mới bằng 38% dự toán").
  while ((p !== '' || first) && p.split(/\s+/u).length < 3 && b >= 0 && breaks[b]!.comma) {
    const prevStart = startOf(b - 1);
    if (prevStart >= breaks[b]!.at || wordsIn(prevStart, breaks[b]!.at) > MAX_LIST_ITEM_WORDS) break;
    b--;
    start = prevStart;
    p = predicateOf(start);
    items++;
  }
  // The first item of such a list carries the head noun: "giá trị sản xuất nông, lâm nghiệp, …".
  if (items > 0 && b >= 0 && breaks[b]!.comma) {
    const headStart = startOf(b - 1);
    if (headStart < breaks[b]!.at && wordsIn(headStart, breaks[b]!.at) <= MAX_LIST_HEAD_WORDS) {
      start = headStart;
      p = predicateOf(start);
    }
  }
  const words = p.split(/\s+/u).filter(Boolean);
  return {
    clause: left.slice(start).trim(),
    predicate: words.slice(-MAX_SUBJECT_WORDS).join(' '),
    links: [...links],
  };
}

/** A clause opened by a coordinating word: it continues the previous figure's clause. */
const JOINED_TO_PREVIOUS = /^(?:và|hoặc)\s/u;

function kindOf(
  clause: string,
  rightText: string,
  after: string,
  unit: string | null,
  planned: boolean,
): FigureKind | null {
  if (planned || TARGET_CUE.test(clause) || PLAN_CAPITAL.test(clause)) return 'target';
  if (CHANGE_VERB.test(tail(clause, NEAR_CHARS)) && COMPARED.test(rightText)) return 'change';
  if (unit === '%' || RATE_CUE.test(clause)) return 'rate';
  const total = TOTAL_CUE.exec(clause);
  // "nâng tổng số đảng viên kết nạp trong 9 tháng lên 97": a running total of admissions is a
  // flow, not the membership.
  if (total && NEW_CUE.test(clause.slice(total.index + total[0].length))) return 'new';
  if (total || HAS_AT_END.test(tail(clause, NEAR_CHARS))) return 'total';
  if (NEW_CUE.test(clause) || NEW_AFTER.test(after)) return 'new';
  return null;
}

/** Period expressions a sentence's figures may refer to, found once per sentence. */
interface PeriodScope {
  /** Hits in the sentence (offsets relative to it), without comparison baselines ("so với năm 2022"). */
  hits: PeriodHit[];
  /** The framing period of the paragraph before the sentence ("9 tháng năm 2022, …"), if any. */
  paragraph: string | null;
}

function periodScope(
  body: string,
  span: Span,
  ctx: FigureContext,
  paragraphs: Map<number, PeriodHit[]>,
): PeriodScope {
  // A term ("nhiệm kỳ 2020 - 2025") is the period only of a report on the whole term.
  const keep = (h: PeriodHit) => !/^\d{4}-\d{4}$/u.test(h.id) || h.id === ctx.ownPeriod;
  const s = body.slice(span.start, span.end);
  const hits = findPeriodHits(s, ctx.year).filter(
    (h) => keep(h) && !/so với(?:\s+cùng kỳ)?\s*$/iu.test(tail(s.slice(0, h.at), NEAR_CHARS)),
  );
  const paraStart = body.lastIndexOf('\n', span.start) + 1;
  let paraHits = paragraphs.get(paraStart);
  if (!paraHits) {
    const paraEnd = body.indexOf('\n', paraStart);
    paraHits = findPeriodHits(body.slice(paraStart, paraEnd < 0 ? body.length : paraEnd), ctx.year).filter(
      keep,
    );
    paragraphs.set(paraStart, paraHits);
  }
  // The paragraph's framing period: its first, before this sentence.
  const first = paraHits[0];
  return { hits, paragraph: first && paraStart + first.end <= span.start ? first.id : null };
}

/** The period a figure counts: the nearest expression before it in its sentence, else its paragraph's, else the meeting's. */
function periodOf(scope: PeriodScope, rel: number, kind: FigureKind, ctx: FigureContext): string | null {
  const resolve = (id: string) => (id === 'own' ? ctx.ownPeriod : id);
  if (kind === 'target') {
    // Targets name their horizon after the number ("… 120 đảng viên trong năm 2022").
    const ahead = scope.hits.find((h) => h.at > rel && h.id !== 'own');
    if (ahead) return ahead.id;
  }
  const before = scope.hits.filter((h) => h.end <= rel);
  if (before.length > 0) return resolve(before[before.length - 1]!.id);
  if (kind === 'target') return null;
  if (scope.paragraph) return resolve(scope.paragraph);
  return ctx.ownPeriod;
}

/** A quantity found in a sentence, before it is read. */
interface Candidate {
  index: number;
  whole: string;
  num: string;
  numMax: string | undefined;
  scaleWord: string | undefined;
  unitWord: string | undefined;
  outOf: number | null;
}

/** A fraction is a part of a whole when its whole exceeds a month number or no date cue precedes it. */
function fractionOk(
  s: string,
  index: number,
  part: number,
  whole: number,
  rest: string,
  unit: boolean,
): boolean {
  if (part > whole || whole === 0) return false;
  if (!unit && !COUNT_NOUN_AFTER.test(rest)) return false;
  return whole > MAX_MONTH || !DATE_CUE_BEFORE.test(tail(s.slice(0, index), NEAR_CHARS));
}

/** Quantities and fractions of a sentence, in order. */
function candidates(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.matchAll(FIGURE)) {
    out.push({
      index: m.index,
      whole: m[0],
      num: m[1]!,
      numMax: m[2],
      scaleWord: m[3],
      unitWord: m[4],
      outOf: null,
    });
  }
  for (const m of s.matchAll(FRACTION)) {
    const part = parseVietNumber(m[1]!);
    const whole = parseVietNumber(m[2]!);
    const rest = s.slice(m.index + m[0].length);
    if (part === null || whole === null || !fractionOk(s, m.index, part, whole, rest, m[3] !== undefined))
      continue;
    out.push({
      index: m.index,
      whole: m[0],
      num: m[1]!,
      numMax: undefined,
      scaleWord: undefined,
      unitWord: m[3],
      outOf: whole,
    });
  }
  return out.sort((a, b) => a.index - b.index);
}

// An introducing colon ("đề ra các chỉ tiêu: …"), not a clock time ("10:15").
const LIST_COLON = /(?<!\d):(?!\d)/u;

/**
 * The figure stands in a list that a target cue introduces with a colon ("Quý IV, huyện đề ra các
 * chỉ tiêu: sản lượng thủy sản đạt 128.000 tấn; …; giảm thêm 150 hộ nghèo"): each item, however
 * far from the cue, is a target. `left` is the sentence up to the figure.
 */
function listedAsTargets(left: string): boolean {
  const colon = LIST_COLON.exec(left);
  if (colon === null) return false;
  const lead = left.slice(0, colon.index);
  // "Các chỉ tiêu chưa đạt gồm: tỷ lệ … 52,4%": targets judged, their items results.
  return TARGET_CUE.test(lead) && !TARGETS_JUDGED.test(lead);
}

/** A colon that opens the items of a group just named ("…, trong đó:", "… gồm:"). */
const GROUP_LIST_COLON = /(?:^|[\s,])(?:trong\s+đó|bao\s+gồm|gồm(?:\s+có)?|cụ\s+thể\s+như|như)\s*:/iu;
/** Most words of a group's phrase carried to its items. */
const MAX_GROUP_WORDS = 8;

/**
 * The group a list's items belong to, when the figure stands in such a list: the words before
 * "trong đó:" / "gồm:" without its numbers ("chủ đầu tư giải ngân dưới"); null otherwise.
 */
function listHead(left: string): string | null {
  const m = GROUP_LIST_COLON.exec(left);
  if (!m) return null;
  const words = left
    .slice(0, m.index)
    .replace(/[\d.,%;:()“”"]+/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
  return words.length > 0 ? words.slice(-MAX_GROUP_WORDS).join(' ') : null;
}

/** Words that judge targets rather than set them ("chỉ tiêu chưa đạt", "đạt và vượt"). Closed class. */
const TARGETS_JUDGED = /(?<![\p{L}])(?:chưa đạt|không đạt|đã đạt|đạt được|đạt và vượt|vượt)(?![\p{L}])/iu;

/** "trong đó" (of which) between two figures: the second is a part of the first. */
const OF_WHICH = /(?<![\p{L}])trong đó(?![\p{L}])/iu;
/** Most words before "trong đó" that still qualify the previous figure ("lúa bị ảnh hưởng"). */
const MAX_CARRIED_WORDS = 6;

/** A figure with what the next one in its sentence may inherit. */
interface Found {
  record: FigureRecord;
  predicate: string;
  /** Offset in the sentence where this figure's number and counted phrase end. */
  end: number;
}

/** Figures of the body, sentence by sentence, in order. */
export function extractFigures(body: string, sentences: readonly Span[], ctx: FigureContext): FigureRecord[] {
  const out: FigureRecord[] = [];
  const paragraphs = new Map<number, PeriodHit[]>();
  for (const span of sentences) {
    const s = body.slice(span.start, span.end);
    let prev: Found | null = null;
    let scope: PeriodScope | null = null;
    for (const m of candidates(s)) {
      const { whole, num, numMax, scaleWord, unitWord, outOf } = m;
      const left = s.slice(0, m.index);
      const rest = s.slice(m.index + whole.length);
      const value = parseVietNumber(num);
      if (value === null) continue;
      const hasUnit = unitWord !== undefined || scaleWord !== undefined;
      const near = tail(left, NEAR_CHARS);
      if (ORDINAL_BEFORE.test(near)) continue;
      if (!hasUnit) {
        if (TIME_AFTER.test(rest) || NAME_BEFORE.test(near) || !COUNT_NOUN_AFTER.test(rest)) continue;
        if (/^\d{4}$/u.test(num) && value >= 1900 && value <= 2099) continue;
      }
      const max = numMax !== undefined ? parseVietNumber(numMax) : null;
      // "2020 - 2025" is a term, not a range.
      if (max !== null && !hasUnit && value >= 1900 && value <= 2099) continue;
      let unit = unitWord === undefined ? null : (UNITS[unitWord] ?? UNITS[unitWord.toLowerCase()] ?? null);
      if (unit === 'đồng chí') unit = PARTY_MEMBERS.test(s) ? 'đảng viên' : 'người';
      if (unit === 'quần chúng ưu tú' && ADMITTED.test(near)) unit = 'đảng viên';
      const { phrase: after, length: afterLength, noun } = phraseAfter(rest);
      const { clause, predicate, links } = clauseBefore(left, prev?.end ?? 0, prev === null);
      const counted = [unit !== null && !MEASURE_UNITS.has(unit) ? unit : '', after]
        .filter(Boolean)
        .join(' ');
      // "sử dụng 2.760 triệu đồng từ nguồn dự phòng ngân sách huyện để sửa chữa …": an amount's
      // source and purpose after it say whose money it is.
      const purpose = unit === 'đồng' ? moneyPurposeAfter(rest.slice(afterLength)) : '';
      let subject = [predicate, counted, purpose].filter(Boolean).join(' ');
      let kind = kindOf(
        clause,
        rest,
        noun,
        unit,
        ctx.plannedSentences.has(span.start) || listedAsTargets(left),
      );
      // "có 15/16 chỉ tiêu đạt": a part of a whole is no stock.
      if (outOf !== null && kind === 'total') kind = null;
      // "Huyện có 2 xã đạt chuẩn nông thôn mới trong năm": what the period added, not the stock.
      if (kind === 'total' && !TOTAL_CUE.test(clause) && WITHIN_PERIOD.test(rest.slice(afterLength)))
        kind = 'new';
      // "đặt mục tiêu … đạt trên 60% và đến hết ngày 31/01/2025 giải ngân 100%": a figure joined by
      // "và" to a target is the target's next step.
      if (prev?.record.kind === 'target' && JOINED_TO_PREVIOUS.test(clause)) kind = 'target';
      if (!predicate && prev) {
        if (kind === 'change') {
          // "…, tăng 312 tác phẩm so với năm 2022": the change of the previous figure's subject.
          subject = prev.record.subject;
        } else if (links.some((l) => RATIO_LINKS.includes(l))) {
          // "58 đảng viên, đạt 72,5% chỉ tiêu": a ratio of the previous figure.
          subject = after ? `${prev.record.subject} so với ${after}` : prev.record.subject;
        } else if (links.includes('với')) {
          // "mở 14 lớp học với trên 1.300 học viên": what the previous figure came with.
          subject = `${prev.record.subject} với ${counted}`;
          kind ??= prev.record.kind;
        } else if (/[;:]/u.test(left.slice(prev.end))) {
          // A new clause with no predicate of its own: only the counted noun.
          subject = counted;
        } else {
          // "kiểm tra 27 tổ chức đảng, 61 đảng viên": the same verb, another noun.
          subject = [prev.predicate, counted].filter(Boolean).join(' ') || prev.record.subject;
          // A rate's sibling without a percent sign is a count ("2,87% (1.126 hộ)").
          if (prev.record.kind !== 'rate' || unit === '%') kind ??= prev.record.kind;
        }
      }
      // "1.260 ha lúa bị ảnh hưởng, trong đó 318 ha thiệt hại …": the words before "trong đó" end the
      // previous figure's phrase; this one, a part of it, is measured by the words after.
      const between = prev ? s.slice(prev.end, m.index) : '';
      // Only that plain shape: a list opened by "trong đó có:" is read by its clauses below.
      const ofWhich = prev && !/[;:]/u.test(between) ? OF_WHICH.exec(between) : null;
      if (prev && ofWhich) {
        const carriedOver = between
          .slice(0, ofWhich.index)
          .replace(/[\s,]+$/u, '')
          .trim();
        if (carriedOver && carriedOver.split(/\s+/u).length <= MAX_CARRIED_WORDS)
          prev.record.subject = `${prev.record.subject} ${carriedOver}`.trim();
        const own = between
          .slice(ofWhich.index + ofWhich[0].length)
          .replace(/^[\s,:]+/u, '')
          .trim();
        subject = [own, counted].filter(Boolean).join(' ');
      }
      // "9 chủ đầu tư giải ngân dưới 30%, trong đó: …; UBND xã X đạt 26,4%": each item is one of
      // the group the list opens with, and measures what the group did.
      const head = listHead(left);
      if (head && !subject.includes(head)) subject = `${head} ${subject}`;
      const scale = scaleWord ? SCALES[scaleWord.toLowerCase()]! : 1;
      const qualifierWord = QUALIFIER_BEFORE.exec(near)?.[1]?.toLowerCase();
      const start = span.start + m.index;
      const record: FigureRecord = {
        value: value * scale,
        valueMax: max === null ? null : max * scale,
        outOf,
        text: whole,
        unit,
        scale,
        qualifier: qualifierWord ? QUALIFIERS[qualifierWord]! : null,
        subject: lowerFirst((subject || unit || '').trim()),
        kind: kind ?? 'result',
        period: null,
        at: { start, end: start + whole.length },
        span,
      };
      scope ??= periodScope(body, span, ctx, paragraphs);
      record.period = periodOf(scope, m.index, record.kind, ctx);
      out.push(record);
      const carried: string = predicate || (prev ? prev.predicate : '');
      prev = { record, predicate: carried, end: m.index + whole.length + afterLength };
    }
  }
  return out;
}
