/**
 * Comparisons: "Huyện nào kết nạp nhiều đảng viên mới hơn, Bảo Yên hay Chiêm Hóa?", "Did revenue
 * grow from H1 2022 to H1 2023?". The question is split into one figure question per side (each
 * place, or each period), each side is answered from its own article with its own quote, and the
 * comparison of the two figures leads the answer. A side without a figure makes no comparison.
 */

import type { IndexReader } from '../index/open.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import type { Retrieval } from '../retrieve/hybrid.ts';
import { fold, syllables } from '../text/normalize.ts';
import { type AnswerOptions, selectAnswers } from './answer.ts';
import { lineFigure } from './figure-time.ts';
import { LABELS, periodLabel } from './format.ts';
import { entityIsPlace } from './places.ts';
import { type DocAnswer, type DraftAnswer, render } from './render.ts';
import { unitsOf } from './units.ts';

interface Side {
  label: string;
  q: ParsedQuestion;
  /** The side's period, when the sides are periods. */
  period?: string;
}

/** Split a comparison into its sides: its places, else its periods; null when it has fewer than two. */
function sidesOf(q: ParsedQuestion): Side[] | null {
  const figure = {
    ...q.target,
    compare: false,
    target: { kind: 'figure' as const, figure: q.target.figure },
  };
  const base = {
    ...q,
    asks: new Set(['howmany'] as const),
    list: false,
    target: figure,
    unitPhrases: comparedUnit(q),
  };
  if (q.places.length >= 2) {
    return q.places.map((p) => ({
      label: p.candidates[0]?.name ?? p.surface,
      q: {
        ...base,
        places: [p],
        entities: q.entities.filter((e) => !entityIsPlace(e, q.places) || entityIsPlace(e, [p])),
      },
    }));
  }
  if (q.time.periods.length >= 2) {
    return q.time.periods.map((period) => ({
      label: periodLabel(period, q.lang),
      period,
      q: { ...base, time: { ...q.time, periods: [period] } },
    }));
  }
  return null;
}

// "nhiều đảng viên mới hơn" → "đảng viên mới"; "more new members" → "new members".
const VI_COMPARED =
  /(?:nhiều|ít|cao|thấp|lớn|nhỏ|đông|nhieu|it|thap|lon|nho|dong)\s+((?:[\p{L}]+\s+){0,3}?[\p{L}]+)\s+(?:hơn|hon)(?![\p{L}])/iu;
// "so sánh số đảng viên mới kết nạp …" → "đảng viên mới kết nạp".
const VI_COMPARED_NOUN =
  /(?:so sánh|so sanh)\s+(?:(?:số lượng|so luong|số|so|tổng số|tong so)\s+)?((?:[\p{L}]+\s+){0,3}?[\p{L}]+)(?=\s+(?:của|cua|giữa|giua|ở|o|tại|tai|trong|quý|quy|năm|nam|giai|\d)|\s*[?,]|$)/iu;
const EN_COMPARED =
  /(?:more|fewer|less)\s+((?:[\p{L}]+\s+){0,2}?[\p{L}]+?)(?=\s+(?:than|in|during|between|from|at|did|were|was|,)|\s*[?,]|$)/iu;

/** The unit the comparison is in, as how-many questions give it. */
function comparedUnit(q: ParsedQuestion): string[] {
  if (q.unitPhrases.length > 0) return q.unitPhrases;
  const m =
    q.lang === 'vi' ? (VI_COMPARED.exec(q.text) ?? VI_COMPARED_NOUN.exec(q.text)) : EN_COMPARED.exec(q.text);
  return m?.[1] ? unitsOf(m[1], q.lang) : [];
}

/** Articles weighed for one side before the best that states the side's figure is taken. */
const MAX_SIDE_ANSWERS = 4;

/** The answer's figure is stated for one of the periods (its record's period, else the meeting's). */
export function statesPeriod(a: DocAnswer, periods: readonly string[]): boolean {
  if (periods.length === 0) return false;
  return a.lines.some((l) => {
    const period = lineFigure(a.cand.records, l)?.period ?? a.cand.records?.meeting.periods[0] ?? null;
    return period !== null && periods.includes(period);
  });
}

// The words that frame a comparison, not what is compared. Closed class: comparatives and links.
const FRAME_WORDS = [
  'so sánh',
  'so với',
  'tăng',
  'giảm',
  'hay',
  'hơn',
  'nhiều',
  'ít',
  'cao',
  'thấp',
  'lớn',
  'nhỏ',
  'và',
  'giữa',
  'compare',
  'compared',
  'than',
  'more',
  'fewer',
  'less',
  'higher',
  'lower',
  'or',
  'increase',
  'decrease',
];
const FRAME_SYLLABLES = new Set(FRAME_WORDS.flatMap((w) => [...syllables(w), ...syllables(fold(w))]));

/**
 * The question's term weights for one side: without the comparison's own words and without the
 * other sides' places, so each side's article is measured on what that side asks.
 */
function sideRetrieval(retrieval: Retrieval, side: Side, sides: readonly Side[]): Retrieval {
  const others = new Set(
    sides
      .filter((s) => s !== side)
      .flatMap((s) =>
        s.q.places.flatMap((p) => [...syllables(p.surface.toLowerCase()), ...syllables(fold(p.surface))]),
      ),
  );
  const own = new Set(
    side.q.places.flatMap((p) => [...syllables(p.surface.toLowerCase()), ...syllables(fold(p.surface))]),
  );
  const idf = new Map(
    [...retrieval.keyword.idf].filter(([t]) => !FRAME_SYLLABLES.has(t) && (own.has(t) || !others.has(t))),
  );
  return { ...retrieval, keyword: { ...retrieval.keyword, idf } };
}

interface Compared {
  side: Side;
  answer: DocAnswer;
  amount: number;
}

/** One figure per side, each from its own article; null when a side states none. */
function compareSides(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  opts: AnswerOptions,
): Compared[] | null {
  const sides = sidesOf(q);
  if (!sides) return null;
  const found: Compared[] = [];
  for (const side of sides) {
    const own = sideRetrieval(retrieval, side, sides);
    let answers = selectAnswers(reader, own, side.q, { ...opts, maxMatches: MAX_SIDE_ANSWERS });
    // The figure stated for the side's period (or the question's), not one of another period that
    // the same article or another report of the place states.
    const periods = side.period ? [side.period] : side.q.time.periods;
    if (periods.length > 0) answers = answers.filter((a) => statesPeriod(a, periods));
    const answer = answers[0];
    const amount = answer?.lines.find((l) => l.amount !== undefined)?.amount;
    if (!answer || amount === undefined) return null;
    found.push({ side, answer, amount });
  }
  return found;
}

/** Answer a comparison, or null when it does not split into sides that each have a figure. */
export function answerComparison(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  opts: AnswerOptions,
): DraftAnswer | null {
  const found = compareSides(reader, retrieval, q, opts);
  if (!found) return null;
  const draft = render(
    found.map((f) => f.answer),
    q.lang,
  );
  return { ...draft, text: `${leadOf(found, q)}\n\n${draft.text}` };
}

/**
 * A yes/no comparison ("Did Yen Minh admit more new members in Q3 than in Q2?"): the side named
 * first is claimed higher (or lower, with "fewer", "ít hơn"); the verdict follows from the two
 * figures, each quoted. Null when a side states no figure.
 */
export function verifyComparison(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  opts: AnswerOptions,
): DraftAnswer | null {
  const found = compareSides(reader, retrieval, q, opts);
  const [first, second] = found ?? [];
  if (found?.length !== 2 || !first || !second) return null;
  const lower = CLAIMS_LOWER.test(q.text);
  const verdict =
    first.amount === second.amount ? 'no' : first.amount > second.amount !== lower ? 'yes' : 'no';
  const draft = render(
    found.map((f) => f.answer),
    q.lang,
  );
  return { ...draft, text: `${leadOf(found, q)}\n\n${draft.text}`, verdict };
}

// The comparative claims the first side is the smaller. Closed class: comparatives of less.
const CLAIMS_LOWER =
  /(?<![\p{L}])(?:fewer|less|lower|smaller|decreas(?:e|ed)|ít|thấp|nhỏ|giảm|it|thap|nho|giam)(?![\p{L}])/iu;

/**
 * The comparison first: for places, which is higher; for periods of one place, whether the figure
 * rose or fell from the earlier period to the later.
 */
function leadOf(found: readonly Compared[], q: ParsedQuestion): string {
  const L = LABELS[q.lang];
  if (found.length === 2 && q.places.length < 2) {
    const [a, b] = [...found].sort((x, y) => periodOrder(x.side.period, y.side.period));
    const earlier = a!;
    const later = b!;
    const dir = later.amount > earlier.amount ? 'up' : later.amount < earlier.amount ? 'down' : 'same';
    return CHANGE[q.lang](dir, later.side.label, earlier.side.label);
  }
  const sorted = [...found].sort((a, b) => b.amount - a.amount);
  const [hi, lo] = [sorted[0]!, sorted[sorted.length - 1]!];
  return hi.amount === lo.amount
    ? L.compareEqual(found.map((f) => f.side.label))
    : L.compareMore(hi.side.label, lo.side.label);
}

/** Chronological order of two period ids (`2024-Q2` before `2024-Q3`, `2023` before `2024-H1`). */
function periodOrder(a: string | undefined, b: string | undefined): number {
  return (a ?? '').localeCompare(b ?? '');
}

/** "Quý III năm 2024 tăng so với quý II năm 2024." */
const CHANGE: Record<'vi' | 'en', (dir: 'up' | 'down' | 'same', later: string, earlier: string) => string> = {
  vi: (dir, later, earlier) =>
    `${capitalise(later)} ${dir === 'up' ? 'tăng' : dir === 'down' ? 'giảm' : 'không đổi'} so với ${earlier}.`,
  en: (dir, later, earlier) =>
    `${capitalise(later)}: ${dir === 'up' ? 'an increase' : dir === 'down' ? 'a decrease' : 'no change'} from ${earlier}.`,
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
