import type { Answer } from '../engine/types.ts';
import { hasDiacritics } from '../text/normalize.ts';

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
  docsOk: boolean;
  citedDocs: string[];
  goldCited: number;
  totalMs: number;
}

const nfcLower = (s: string) => s.normalize('NFC').toLowerCase();

/**
 * A `must` alternative is found when it occurs case-insensitively (NFC) and, when it starts with a
 * digit, is not preceded by one: `6/10/2020` must not match inside `16/10/2020`.
 */
export function containsAlternative(answer: string, alt: string): boolean {
  const hay = nfcLower(answer);
  const needle = nfcLower(alt);
  let from = 0;
  for (;;) {
    const i = hay.indexOf(needle, from);
    if (i < 0) return false;
    const before = hay[i - 1] ?? '';
    if (!(/^\d/.test(needle) && /\d/.test(before))) return true;
    from = i + 1;
  }
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
    return { ...base, correct: !a.answered, mustOk: true, docsOk: true, goldCited: 0 };
  }
  const mustOk = q.must.every((group) => group.some((alt) => containsAlternative(a.answer, alt)));
  // Syndicated copies listed together in `docs` are alternatives of one another.
  const docsOk = q.docs.every((d) => cited.has(d));
  const goldCited = citedDocs.filter(
    (d) =>
      q.docs.includes(d) ||
      a.citations.some((c) => c.docId === d && c.alsoIn?.some((x) => q.docs.includes(x.docId))),
  ).length;
  return { ...base, correct: a.answered && mustOk && docsOk, mustOk, docsOk, goldCited };
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
    p50Ms: percentile(ms, 50),
    p95Ms: percentile(ms, 95),
  };
}
