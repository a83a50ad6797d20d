import type { Answer } from '../engine/types.ts';
import { hasDiacritics } from '../text/normalize.ts';
import { asDate, asNumber, hasDate, hasNumber } from './equiv.ts';

/** One line of an evaluation file (the format of ../shared/eval/questions.jsonl). */
export interface EvalQuestion {
  id: string;
  q: string;
  lang: string;
  type: string;
  docs: string[];
  must: string[][];
}

/** The verdict on one answer. */
export interface EvalResult {
  id: string;
  type: string;
  /** `vi`, `vi-plain` (typed without diacritics) or `en`. */
  lang: string;
  correct: boolean;
  answered: boolean;
  mustOk: boolean;
  /**
   * The required words are in what the answer states, not only in a quote it cites: a figure
   * answered "43.620 ha — “… 5.310 ha …”" passes `mustOk` for 5.310 but states another value.
   */
  statedOk: boolean;
  docsOk: boolean;
  citedDocs: string[];
  goldCited: number;
  totalMs: number;
}

const nfcLower = (s: string) => s.normalize('NFC').toLowerCase();

const LETTER = /\p{L}/u;
const DIGIT = /\d/;
const SEPARATOR = /[.,]/;

/**
 * Whether `needle` occurs in `hay` (both NFC lower case) with a boundary on each side: a digit edge
 * touches no digit, nor a `.`/`,` that joins another digit group (`6/10/2020` is not inside
 * `16/10/2020`, `742` not inside `3.742`), and a letter edge touches no letter (`Không` is not
 * inside `Khổng`, `No` not inside `Nov`).
 */
function occursBounded(hay: string, needle: string): boolean {
  if (needle === '') return true;
  const first = needle[0] as string;
  const last = needle[needle.length - 1] as string;
  const clashBefore = (i: number): boolean => {
    const c = hay[i - 1] ?? '';
    if (DIGIT.test(first)) return DIGIT.test(c) || (SEPARATOR.test(c) && DIGIT.test(hay[i - 2] ?? ''));
    return LETTER.test(first) && LETTER.test(c);
  };
  const clashAfter = (end: number): boolean => {
    const c = hay[end] ?? '';
    if (DIGIT.test(last)) return DIGIT.test(c) || (SEPARATOR.test(c) && DIGIT.test(hay[end + 1] ?? ''));
    return LETTER.test(last) && LETTER.test(c);
  };
  let from = 0;
  for (;;) {
    const i = hay.indexOf(needle, from);
    if (i < 0) return false;
    if (!clashBefore(i) && !clashAfter(i + needle.length)) return true;
    from = i + 1;
  }
}

/**
 * A `must` alternative is found when it occurs case-insensitively (NFC) with a non-digit, non-letter
 * boundary (see {@link occursBounded}), or, when it is a date or a number, when the answer states
 * the same date or number in another written form (`12/1/2021` = `12-01-2021` = `January 12, 2021`;
 * `3.742` = `3742` = `3,742`; see equiv.ts).
 */
export function containsAlternative(answer: string, alt: string): boolean {
  const hay = nfcLower(answer);
  const needle = nfcLower(alt);
  if (occursBounded(hay, needle)) return true;
  const date = asDate(needle);
  if (date) return hasDate(hay, date);
  const value = asNumber(needle);
  return value !== null && hasNumber(hay, value);
}

/**
 * Correct when the answer contains an alternative of every `must` group and the citations cover
 * every gold document (a syndicated copy cited in its place counts); a `none` question is correct
 * only when it is not answered.
 */
export function scoreAnswer(q: EvalQuestion, a: Answer): EvalResult {
  const cited = new Set<string>();
  for (const c of a.citations) {
    cited.add(c.docId);
    for (const copy of c.alsoIn ?? []) cited.add(copy.docId);
  }
  const citedDocs = [...new Set(a.citations.map((c) => c.docId))];
  const lang = q.lang === 'vi' && !hasDiacritics(q.q) ? 'vi-plain' : q.lang;
  const base = { id: q.id, type: q.type, lang, answered: a.answered, citedDocs, totalMs: a.timings.totalMs };
  if (q.type === 'none') {
    return { ...base, correct: !a.answered, mustOk: true, statedOk: true, docsOk: true, goldCited: 0 };
  }
  const mustOk = q.must.every((group) => group.some((alt) => containsAlternative(a.answer, alt)));
  const stated = statedPart(a.answer);
  const statedOk = q.must.every((group) => group.some((alt) => containsAlternative(stated, alt)));
  // Syndicated copies listed together in `docs` are alternatives of one another.
  const docsOk = q.docs.every((d) => cited.has(d));
  const goldCited = citedDocs.filter(
    (d) =>
      q.docs.includes(d) ||
      a.citations.some((c) => c.docId === d && c.alsoIn?.some((x) => q.docs.includes(x.docId))),
  ).length;
  return { ...base, correct: a.answered && mustOk && docsOk, mustOk, statedOk, docsOk, goldCited };
}

/** Sources lists start at a line of this (the answer layer's labels). */
const SOURCES_LINE = /\n(?:Nguồn|Sources):/u;
/** A quoted passage of the answer. */
const QUOTED = /“[^”]*”/gu;

/** What an answer states: its text less the passages it quotes and its sources list. */
export function statedPart(answer: string): string {
  const m = SOURCES_LINE.exec(answer);
  return (m ? answer.slice(0, m.index) : answer).replace(QUOTED, ' ');
}

/** Percentile of a sample (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Summary figures of an evaluation run. */
export interface EvalSummary {
  total: number;
  correct: number;
  accuracy: number;
  byType: Record<string, { total: number; correct: number }>;
  byLang: Record<string, { total: number; correct: number }>;
  /** Cited documents that are gold, over all documents cited in answers to answerable questions. */
  citationPrecision: number;
  /** `none` questions that got an answer anyway (should be 0). */
  noneAnswered: number;
  /** Correct answers whose required words are only in a quote they cite, not in what they state. */
  quoteOnly: number;
  p50Ms: number;
  p95Ms: number;
}

export function summarize(results: EvalResult[]): EvalSummary {
  const tally = (key: (r: EvalResult) => string) => {
    const out: Record<string, { total: number; correct: number }> = {};
    for (const r of results) {
      const k = key(r);
      out[k] ??= { total: 0, correct: 0 };
      out[k].total++;
      if (r.correct) out[k].correct++;
    }
    return out;
  };
  const answerable = results.filter((r) => r.type !== 'none');
  const cited = answerable.reduce((n, r) => n + r.citedDocs.length, 0);
  const gold = answerable.reduce((n, r) => n + r.goldCited, 0);
  const correct = results.filter((r) => r.correct).length;
  const ms = results.map((r) => r.totalMs);
  return {
    total: results.length,
    correct,
    accuracy: results.length ? correct / results.length : 0,
    byType: tally((r) => r.type),
    byLang: tally((r) => r.lang),
    citationPrecision: cited ? gold / cited : 1,
    noneAnswered: results.filter((r) => r.type === 'none' && r.answered).length,
    quoteOnly: results.filter((r) => r.correct && !r.statedOk).length,
    p50Ms: percentile(ms, 50),
    p95Ms: percentile(ms, 95),
  };
}
