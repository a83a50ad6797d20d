/**
 * Unit phrases of how-many questions: the noun phrase right after "bao nhiêu"/"mấy"/"how many"
 * ("đảng viên mới", "tấn", "lượt khách"), so the answerer can look for a number next to that noun.
 * English units are translated through the glossary.
 */

import { alternation, FIGURE_NOUNS_EN, SCALES, UNITS } from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';
import { findGlossaryTerms, translatePhrase } from './glossary.ts';
import { type Collocations, compoundAt, isStopToken } from './lexicon.ts';
import { allMatches, isNameLike, type Token, tokenIs, word } from './match.ts';

const VI_ASK = word('bao nhiêu|mấy|số lượng');
const EN_ASK = word('how many|how much');
const EN_UNIT_ASK = word('what (?:percentage|percent|proportion|share)');
// "…, in billion dong?", "in million USD": the unit and scale the answer is asked in (a scale word
// before "dong", which alone is also a place's first syllable: "in Dong Van"). It is more
// precise than the noun after "how much" ("how much revenue … in billion dong"), so it comes first.
export const EN_IN_SCALE_SOURCE =
  'in (?:(?:thousand|million|billion|trillion)s? (?:of )?(?:dong|vnd|usd|us dollars)|usd|us dollars)';
const EN_IN_SCALE = word(EN_IN_SCALE_SOURCE);
/**
 * "What was the per capita income …", "What total spending did … approve": a quantity's noun
 * (records/vocab.ts FIGURE_NOUNS_EN) after "what (was) (the)" and modifiers that are no preposition
 * or verb ("What difficulties were pointed out in budget revenue" asks none). It asks an amount as
 * "how much" does; group 1 is the question words, the unit phrase follows them.
 */
export const EN_FIGURE_ASK_SOURCE = `(what(?: (?:was|is|were|are|will be))?(?: the)?)(?= (?:(?!(?:of|in|at|for|on|to|by|with|from|about|did|do|does|was|were|is|are|has|have|had)(?![\\p{L}]))[\\p{L}'’-]+ ){0,5}?(?:${alternation(FIGURE_NOUNS_EN)})s?(?![\\p{L}]))`;
const EN_FIGURE_ASK = word(EN_FIGURE_ASK_SOURCE);
const MAX_WORDS = 3;
/**
 * An English Party body ("Party organisation", "Party Committee", "Party cell"), lower case: its
 * "members" are Party members. Closed.
 */
export const PARTY_BODY_EN = /\bparty (?:organi[sz]ation|committee|cell|chapter|branch)\b/u;
/**
 * "How many members does the Party organisation of X have?": with a Party body named anywhere in the
 * English question (`low`, lower case), its members are Party members ("đảng viên"), not a
 * committee's seats ("thành viên").
 */
export function asPartyMembers(units: readonly string[], low: string): string[] {
  return PARTY_BODY_EN.test(low) ? units.map((u) => (u === 'thành viên' ? 'đảng viên' : u)) : [...units];
}
// Words that end a unit phrase: verbs, prepositions, time words ("bao nhiêu đảng viên tính đến…").
const VI_UNIT_STOP = new Set([
  'đạt',
  'bằng',
  'giảm',
  'tăng',
  'chiếm',
  'dự',
  'tham',
  'quý',
  'làm',
  'so',
  'trực',
  'thuộc',
]);
const VI_UNIT_STOP_FOLDED = new Set([...VI_UNIT_STOP].map((w) => fold(w)));

function isUnitStop(t: Token): boolean {
  return isStopToken(t) || VI_UNIT_STOP.has(t.low) || (t.fold === t.low && VI_UNIT_STOP_FOLDED.has(t.low));
}

const EN_UNIT_STOP = new Set(
  (
    'did do does were was are is have has had will would can could in of the at for by on during from with and ' +
    'or to been be there a an this that its their as per than since until were ' +
    // Prepositions end a noun phrase too ("2.1 billion dong through Party finance inspections").
    'through via into across after before about among between within against toward towards under over'
  ).split(' '),
);
// A past participle or past tense ("attended", "admitted"): a verb ends the unit.
const PAST_FORM = /^[a-z]{3,}ed$/;
/** Irregular English past forms ("how many workers got jobs", "crossings went through"). Closed class. */
const IRREGULAR_PAST = new Set(
  'got went made took gave came won built held paid sold spent grew fell rose saw brought bought caught lost left kept met ran set drew found became'.split(
    ' ',
  ),
);
const COUNT_NOUNS = ['ngày', 'tháng', 'năm', 'giờ', 'tuần', 'phút', 'lần', 'người', 'lượt'];
const MAY_SKIP = /^(?:mấy|may)$/u;
/** Units written in capitals (the records' unit table): part of a unit phrase although name-like. */
const UNIT_ACRONYMS = new Set(Object.keys(UNITS).filter((k) => /^\p{Lu}{2,}$/u.test(k)));

/** Unit phrases of `text` (tokens `tokens`, aligned lower-case `low`). */
export function extractUnits(
  text: string,
  low: string,
  tokens: readonly Token[],
  learned?: Collocations,
): string[] {
  const out: string[] = [];
  for (const m of allMatches(VI_ASK, low)) {
    if (isNameLike(text, m.index)) continue;
    const end = m.index + m[0].length;
    if (
      MAY_SKIP.test(m[0]) &&
      /(?:số|so|thứ|thu|ngày|ngay|tháng|thang|bộ|bo)\s+$/u.test(low.slice(0, m.index))
    )
      continue;
    // "bao nhiêu %", "bn %": the sign asks a percentage, as "phần trăm" does.
    if (/^\s*%/u.test(low.slice(end))) {
      out.push('phần trăm');
      continue;
    }
    const unit = viUnitAfter(text, tokens, end, learned);
    if (unit) out.push(unit);
  }
  for (const m of allMatches(EN_IN_SCALE, low)) {
    const unit = translatePhrase(
      m[0]
        .slice(3)
        .replace(/s(?= )/, '')
        .replace(/ of /, ' '),
    );
    if (unit) out.push(unit[0]!);
  }
  for (const m of allMatches(EN_ASK, low)) {
    const unit = enUnitAfter(low, m.index + m[0].length);
    // "How much" measures a mass: the noun after it is a unit ("how much money", "how much rice in
    // tonnes" names tonnes elsewhere) or what is measured ("how much support was paid"), never a
    // counted noun the number must stand beside.
    if (unit && (!/much$/.test(m[0]) || measuresIn(unit))) out.push(unit);
  }
  for (const m of allMatches(EN_FIGURE_ASK, low)) {
    const unit = enUnitAfter(low, m.index + (m[1] ?? '').length);
    // "What per-capita income target …" asks the target's value, never a count of targets.
    if (unit && !TARGET_NOT_UNIT.has(unit)) out.push(unit);
  }
  for (const _ of allMatches(EN_UNIT_ASK, low)) out.push('phần trăm');
  out.splice(0, out.length, ...asPartyMembers(out, low));
  if (out.length === 0 && VI_ASK_AT_END.test(low)) {
    const money = MONEY_SUBJECT.exec(fold(low)) ?? MONEY_TOTAL_AT_END.exec(fold(low));
    // As the question spells it (folding keeps the length): "kinh phí", or "kinh phi" typed bare.
    const at = money?.indices?.[1];
    if (at) out.push(low.slice(at[0], at[1]));
  }
  // "What state budget revenue estimate …": a plan is what a figure is set as, never a noun it counts.
  return [...new Set(out)].filter((u) => !PLAN_NOT_UNIT.has(u));
}

/** Plan nouns a figure question may end on ("revenue estimate", "capital plan"): no unit. Closed. */
const PLAN_NOT_UNIT = new Set(['dự toán', 'kế hoạch']);
/** Target nouns after "what …" (renderings of "target", "goal"): the value set, no unit. Closed. */
const TARGET_NOT_UNIT = new Set(['chỉ tiêu', 'mục tiêu']);

/**
 * Units, scale words and money nouns: what a "how much" phrase may name as its unit. Compared with
 * diacritics (glossary renderings carry them): folded, "hỗ trợ" would start with "hộ".
 */
const MEASURE_HEADS = [
  ...Object.keys(UNITS),
  ...Object.keys(SCALES),
  'tiền',
  'kinh phí',
  'vốn',
  'ngân sách',
  'phần trăm',
].map((w) => w.toLowerCase());

/** Whether a translated unit phrase starts with a unit, a scale or a money noun. */
function measuresIn(unit: string): boolean {
  const f = unit.toLowerCase();
  return MEASURE_HEADS.some((h) => f === h || f.startsWith(`${h} `));
}

/**
 * Nouns of money that head a how-many question's subject when "bao nhiêu" ends it and names no
 * unit ("Kinh phí thực hiện … là bao nhiêu?", "6 tháng đầu năm, tổng nguồn vốn … đạt bao
 * nhiêu?", "Thu ngân sách … là bao nhiêu?"): the figure asked is an amount of money, so a count
 * written in the same sentence ("3 chương trình") is no answer. The noun must open the question (a
 * leading time phrase and comma aside, "tổng", "số", "nguồn", "thu", "chi" before it): "giải
 * ngân vốn … đạt bao nhiêu" asks a rate as often as an amount and keeps the subject coverage
 * check. Folded; the captured noun is one of `MONEY_WORDS` of `answer/units.ts`. Closed class.
 */
const MONEY_SUBJECT =
  /^(?:[^,?]{0,40},\s*)?(?:tong\s+)?(?:so\s+)?(?:(?:nguon|thu|chi|tong)\s+)?(kinh phi|von|ngan sach|tien)(?![\p{L}])/du;
/**
 * A total of money right before the closing "bao nhiêu" ("… tổng vốn bao nhiêu?", "tổng kinh phí
 * là bao nhiêu"): a total is an amount, never a rate. Folded; closed class as `MONEY_SUBJECT`.
 */
const MONEY_TOTAL_AT_END =
  /(?<![\p{L}])tong\s+(?:so\s+)?(?:nguon\s+)?(kinh phi|von|ngan sach|tien)\s+(?:(?:la|dat|co)\s+)?(?:bao nhieu|bn)\s*\??\s*$/du;
/** "… (là|đạt|được) bao nhiêu?" ending the question, nothing after the question word. */
const VI_ASK_AT_END = /(?:bao nhiêu|bao nhieu|bn)\s*\??\s*$/u;

function viUnitAfter(
  text: string,
  tokens: readonly Token[],
  from: number,
  learned: Collocations | undefined,
): string | null {
  const i0 = tokens.findIndex((t) => t.start >= from);
  if (i0 < 0) return null;
  const first = tokens[i0]!;
  if (!/^\s+$/u.test(text.slice(from, first.start))) return null; // punctuation right after: no unit
  // Candidate words: up to the first break (punctuation, digit, name, stop word).
  const cand: Token[] = [];
  for (let i = i0; i < tokens.length && cand.length < 6; i++) {
    const t = tokens[i]!;
    if (cand.length > 0 && !/^\s+$/u.test(text.slice(tokens[i - 1]!.end, t.start))) break;
    if (/\p{N}/u.test(t.text)) break;
    // A unit written in capitals ("triệu USD") is no name; any other capitalised word ends the phrase.
    if (isNameLike(text, t.start)) {
      if (cand.length > 0 && UNIT_ACRONYMS.has(t.text)) cand.push(t);
      break;
    }
    cand.push(t);
  }
  if (cand.length === 0) return null;
  const known = compoundAt(cand, 0, learned);
  let n: number;
  if (known > 0) n = known;
  else {
    n = 0;
    // A counted time or person noun is a unit although it is a stop word elsewhere ("mấy ngày").
    if (COUNT_NOUNS.some((w) => tokenIs(cand[0]!, w))) n = 1;
    while (n < cand.length && n < MAX_WORDS && !isUnitStop(cand[n]!)) n++;
  }
  if (n === 0) return null;
  return text.slice(cand[0]!.start, cand[n - 1]!.end).toLowerCase();
}

function enUnitAfter(low: string, from: number): string | null {
  const words: string[] = [];
  let joined = false;
  for (const m of low.slice(from).matchAll(/[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu)) {
    const w = m[0];
    // Adjectives joined before the noun ("makeshift and dilapidated houses"): read on to the noun.
    // After a plural, "and" joins another count ("households and individuals").
    if (w === 'and' && words.length > 0 && words.length < 3 && !/s$/u.test(words[words.length - 1]!)) {
      joined = true;
      continue;
    }
    if (!/^[\p{L}]/u.test(w) || EN_UNIT_STOP.has(w) || words.length >= 4) break;
    // A past form after the noun is the verb ("how many members attended"); first, or joined to an
    // adjective, it qualifies ("farmed", "makeshift and dilapidated").
    if (words.length > 0 && !joined && (PAST_FORM.test(w) || IRREGULAR_PAST.has(w))) break;
    joined = false;
    words.push(w);
  }
  if (words.length === 0) return null;
  const phrase = words.join(' ');
  const whole = translatePhrase(phrase);
  if (whole) return whole[0]!;
  const parts = findGlossaryTerms(phrase);
  if (parts.length > 0) {
    // An English noun phrase ends in its head: "community digital technology teams" counts teams,
    // "infringing posts" posts. Among parts ending together, the longest.
    const head = parts.reduce((a, b) => (b.end > a.end || (b.end === a.end && b.start < a.start) ? b : a));
    return head.vi[0]!;
  }
  return phrase;
}
