/**
 * When no article satisfies everything the question pins down: say so, name what is not met, and
 * show the closest article as the closest, never as the answer ("Các bài không nói về năm 2022;
 * gần nhất là …"). The reply is not an answer (`answered: false`); its one citation is the closest
 * article's best sentence for the question.
 */
import type { ParsedQuestion } from '../query/parse.ts';
import type { DocPlaces } from '../records/bundle.ts';
import type { Candidate } from './candidates.ts';
import { type UnmetConstraint, unmetConstraints } from './constraints.ts';
import { type EvidenceQuery, rankSentences } from './evidence.ts';
import { placeFit } from './places.ts';
import { type DraftAnswer, render } from './render.ts';

/** Most unmet constraints an article may have and still be shown as the closest. */
const MAX_UNMET = 2;

/** A candidate and what of the question it does not satisfy. */
export interface Miss {
  cand: Candidate;
  unmet: UnmetConstraint[];
}

/** The closest miss: fewest unmet constraints, then best retrieved; null when none is close. */
export function closestMiss(misses: readonly Miss[]): Miss | null {
  // Retrieval first: `unmet` may be computed when read (it scans the body).
  let near = misses.filter((m) => m.cand.retrieval > 0 && m.unmet.length > 0 && m.unmet.length <= MAX_UNMET);
  // "Các bài không nói về Đăk Hà" is false when an article about Đăk Hà missed on something else
  // (another year, too little of what is asked): then no place is named as unmet.
  const placed = (m: Miss): boolean => !m.unmet.some((u) => u.kind === 'place');
  if (near.some((m) => !placed(m)) && misses.some(placed)) near = near.filter(placed);
  near.sort((a, b) => a.unmet.length - b.unmet.length || b.cand.retrieval - a.cand.retrieval);
  return near[0] ?? null;
}

/** The "not found; the closest is …" reply for a miss. */
export function closestReply(miss: Miss, q: ParsedQuestion, eq: EvidenceQuery): DraftAnswer | null {
  const best = rankSentences(miss.cand.body, eq).find((e) => e.score > 0);
  if (!best) return null;
  const draft = render(
    [{ cand: miss.cand, lines: [{ label: null, value: '', quote: best }], relevance: 0 }],
    q.lang,
  );
  const what = [...new Set(miss.unmet.map((u) => u.label))].join(', ');
  const lead =
    q.lang === 'en'
      ? `The articles do not say anything about ${what}; the closest is:`
      : `Các bài không nói về ${what}; gần nhất là:`;
  return { answered: false, text: `${lead}\n${draft.text}`, citations: draft.citations };
}

/**
 * The candidates that met the question's filters but name too little of what it names (`kept`
 * holds those that name enough), each with what it does not satisfy ("thị trấn Bát Xát" for the
 * district's report): when nothing answers, one of them is the closest, named as such.
 */
export function uncoveredMisses(
  q: ParsedQuestion,
  all: readonly Candidate[],
  kept: readonly Candidate[],
  places: ReadonlyMap<string, DocPlaces> | null,
): Miss[] {
  const keptSet = new Set(kept);
  return all
    .filter((c) => !keptSet.has(c))
    .map((cand) => {
      const doc = places?.get(cand.doc.bodyHash);
      const fit = (p: Parameters<typeof placeFit>[0]) => (doc ? placeFit(p, doc) : null);
      return { cand, unmet: unmetConstraints(q, cand.check, cand.hay, { placeFit: fit }) };
    });
}
