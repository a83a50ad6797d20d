/**
 * Comparisons: "Huyện nào kết nạp nhiều đảng viên mới hơn, Bảo Yên hay Chiêm Hóa?", "Did revenue
 * grow from H1 2022 to H1 2023?". The question is split into one figure question per side (each
 * place, or each period), each side is answered from its own article with its own quote, and the
 * comparison of the two figures leads the answer. A side without a figure makes no comparison.
 */
import type { IndexReader } from '../index/open.ts';
import { lowerAligned, tokenize } from '../query/match.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { extractUnits } from '../query/units.ts';
import type { Retrieval } from '../retrieve/hybrid.ts';
import { type AnswerOptions, selectAnswers } from './answer.ts';
import { LABELS, periodLabel } from './format.ts';
import { entityIsPlace } from './places.ts';
import { type DocAnswer, type DraftAnswer, render } from './render.ts';

interface Side {
  label: string;
  q: ParsedQuestion;
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
      q: { ...base, time: { ...q.time, periods: [period] } },
    }));
  }
  return null;
}

// "nhiều đảng viên mới hơn" → "đảng viên mới"; "more new members" → "new members".
const VI_COMPARED =
  /(?:nhiều|ít|cao|thấp|lớn|nhỏ|đông|nhieu|it|thap|lon|nho|dong)\s+((?:[\p{L}]+\s+){0,3}?[\p{L}]+)\s+(?:hơn|hon)(?![\p{L}])/iu;
const EN_COMPARED =
  /(?:more|fewer|less)\s+((?:[\p{L}]+\s+){0,2}?[\p{L}]+?)(?=\s+(?:than|in|during|between|from|at|did|were|was|,)|\s*[?,]|$)/iu;

/** The unit the comparison is in, as how-many questions give it. */
function comparedUnit(q: ParsedQuestion): string[] {
  if (q.unitPhrases.length > 0) return q.unitPhrases;
  const m = (q.lang === 'vi' ? VI_COMPARED : EN_COMPARED).exec(q.text);
  if (!m?.[1]) return [];
  const asked = `${q.lang === 'vi' ? 'bao nhiêu' : 'how many'} ${m[1]}`;
  return extractUnits(asked, lowerAligned(asked), tokenize(asked));
}

/** Answer a comparison, or null when it does not split into sides that each have a figure. */
export function answerComparison(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  opts: AnswerOptions,
): DraftAnswer | null {
  const sides = sidesOf(q);
  if (!sides) return null;
  const found: { side: Side; answer: DocAnswer; amount: number }[] = [];
  for (const side of sides) {
    const answer = selectAnswers(reader, retrieval, side.q, { ...opts, maxMatches: 1 })[0];
    const amount = answer?.lines.find((l) => l.amount !== undefined)?.amount;
    if (!answer || amount === undefined) return null;
    found.push({ side, answer, amount });
  }
  const L = LABELS[q.lang];
  const sorted = [...found].sort((a, b) => b.amount - a.amount);
  const [hi, lo] = [sorted[0]!, sorted[sorted.length - 1]!];
  const lead =
    hi.amount === lo.amount
      ? L.compareEqual(found.map((f) => f.side.label))
      : L.compareMore(hi.side.label, lo.side.label);
  const draft = render(
    found.map((f) => f.answer),
    q.lang,
  );
  return { ...draft, text: `${lead}\n\n${draft.text}` };
}
