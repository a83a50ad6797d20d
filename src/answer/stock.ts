/**
 * A stock asked ("Đảng bộ huyện có bao nhiêu đảng viên?", "How many Party members does the district
 * Party organisation have in total?") is answered only by a figure that states what a body or
 * place holds ("toàn Đảng bộ hiện có 3.120 đảng viên"), never by the objects of an act the
 * question does not name ("kiểm tra 9 đảng viên", "kết nạp 97 đảng viên"): those count a period's
 * work, and citing them as the membership is a confidently wrong answer.
 */
import { TOTAL_WORDS } from '../query/target.ts';
import type { FigureRecord } from '../records/types.ts';
import {
  LINK_WORDS,
  MEASURE_NOUNS,
  MEASURE_UNITS,
  MEETING_NOUNS,
  ORG_KINDS,
  PERCENT_WORDS,
  PLACE_LEVELS,
} from '../records/vocab.ts';
import { fold, syllables } from '../text/normalize.ts';
import type { EvidenceQuery } from './evidence.ts';
import type { AskedUnit } from './units.ts';

/** Bodies that hold members or households beside the meeting bodies (`ORG_KINDS`). Closed. */
const HOLDER_WORDS = ['Đảng bộ', 'Party', 'organisation', 'organization', 'committee'];

/**
 * The Party's structure, written beside a membership ("có 14 chi bộ trực thuộc với 386 đảng
 * viên"). "trực" and "thuộc" stand alone too: a figure's counted noun takes the word after the
 * number, which may part a two-syllable word between two figures' subjects. Closed.
 */
const STRUCTURE_WORDS = [
  'tổ chức cơ sở đảng',
  'tổ chức đảng',
  'đảng bộ cơ sở',
  'chi bộ',
  'trực thuộc',
  'trực',
  'thuộc',
];

/** Words of a question that ask what is held, not what was done. Closed. */
const HOLDING_WORDS = ['có', 'hiện', 'toàn', 'tất cả', 'have', 'has', 'had', 'hold', 'holds'];

/** Words restating the figure before in another unit ("giảm còn 2,14%, tương ứng 97 hộ"). Closed. */
const RESTATING_WORDS = ['tương ứng', 'tương đương', 'tức là'];

/** Syllables of the words that name a holder, its place level, a total or holding, in both forms. */
const FRAME: ReadonlySet<string> = new Set(
  [...ORG_KINDS, ...HOLDER_WORDS, ...PLACE_LEVELS, ...TOTAL_WORDS, ...HOLDING_WORDS].flatMap((w) => {
    const s = syllables(w.toLowerCase());
    return [...s, ...s.map(fold)];
  }),
);

/** Meeting nouns: a question naming the meeting asks about the meeting ("kỳ họp có bao nhiêu đại biểu"). */
const MEETING_SYLLABLES: ReadonlySet<string> = new Set(
  MEETING_NOUNS.flatMap((w) => syllables(w.toLowerCase())).flatMap((s) => [s, fold(s)]),
);

/**
 * Whether the question asks how many of a counted noun a body or place holds: a count unit
 * ("đảng viên", "hộ") is asked and every other content word of the question names the holder, a
 * total or holding ("Đảng bộ huyện … có tổng cộng bao nhiêu đảng viên").
 */
export function stockAsked(
  eq: EvidenceQuery,
  unit: AskedUnit | null,
  unitPhrase: string | undefined,
): boolean {
  // Measures (money, shares, area, weight, visits) have their own checks: "trồng bao nhiêu ha rừng"
  // typed "trong bao nhieu ha rung" loses its verb to a stop word, and is no holding.
  if (unit?.unit == null || unit.scale !== null || MEASURE_UNITS.has(unit.unit) || unitPhrase === undefined)
    return false;
  const form = (s: string) => (eq.folded ? fold(s) : s.toLowerCase());
  const counted = new Set(syllables(form(`${unitPhrase} ${unit.unit}`)));
  const content = [...eq.idf.keys()].filter((t) => !eq.ignore.has(t) && !counted.has(t));
  if (content.some((t) => MEETING_SYLLABLES.has(t))) return false;
  return content.every((t) => FRAME.has(t));
}

/** Phrases a stock's subject may write beside the counted noun, as folded syllables, longest first. */
const STRIPPED: readonly string[][] = [
  ...ORG_KINDS,
  'Đảng bộ',
  ...STRUCTURE_WORDS,
  ...RESTATING_WORDS,
  ...LINK_WORDS,
  ...PLACE_LEVELS,
  ...TOTAL_WORDS,
  ...HOLDING_WORDS,
  ...PERCENT_WORDS,
  ...MEASURE_NOUNS,
]
  .map((w) => syllables(fold(w)))
  .sort((a, b) => b.length - a.length);

const STRIPPED_SYLLABLES: ReadonlySet<string> = new Set(STRIPPED.flat());

/** `words` without every occurrence of the syllable sequences of `phrases` (tried longest first). */
function without(words: readonly string[], phrases: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = phrases.find((p) => p.length > 0 && p.every((s, k) => words[i + k] === s));
    if (hit) i += hit.length;
    else out.push(words[i++] as string);
  }
  return out;
}

/**
 * Whether a figure states a stock: its kind is 'total' ("tổng số", "hiện có"), or it is a plain
 * result whose subject, without the holder's proper name, link, holding and measure words and the
 * counted noun (`counted`, the question's words for it), names nothing done ("Đảng bộ huyện có …
 * với 3.120 đảng viên", "tỷ lệ hộ nghèo toàn huyện … tương ứng 1.126 hộ").
 */
export function statesStock(f: FigureRecord, counted: string): boolean {
  if (f.kind === 'total') return true;
  if (f.kind !== 'result') return false;
  // Proper names (the place) are capitalised in the subject; a body's capitalised words ("Ủy ban
  // Kiểm tra") are stripped as its kind, so they never excuse the act they share a word with.
  const names = new Set(
    f.subject
      .split(/\s+/u)
      .filter((w) => /^\p{Lu}/u.test(w))
      .flatMap((w) => syllables(fold(w)))
      .filter((w) => !STRIPPED_SYLLABLES.has(w)),
  );
  // The counted noun as the report writes it and as the question does ("hộ", "hộ nghèo").
  // Compared folded: a question typed bare names the noun bare.
  const nouns = [counted, f.unit ?? ''].map((w) => syllables(fold(w))).sort((a, b) => b.length - a.length);
  const rest = without(without(syllables(fold(f.subject)), nouns), STRIPPED);
  return rest.every((s) => names.has(s));
}
