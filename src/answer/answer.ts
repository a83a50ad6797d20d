import type { IndexReader } from '../index/open.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import type { Retrieval } from '../retrieve/hybrid.ts';
import { gatherCandidates, termSupport } from './candidates.ts';
import { hasConstraints } from './constraints.ts';
import { prepareEvidenceQuery, type Shape } from './evidence.ts';
import type { Lang } from './format.ts';
import { answerDoc, IDENTIFY_QUESTION, VENUE_QUESTION } from './lines.ts';
import { type DocAnswer, type DraftAnswer, notFound, render } from './render.ts';
import { latestFirst, meetingKey, supersede } from './select.ts';

export type { DraftAnswer } from './render.ts';

/** Options of {@link answerQuestion}. */
export interface AnswerOptions {
  /** Most articles named in a list answer. Default 10. */
  maxList?: number;
  /** Most articles named when several match a specific question. Default 4. */
  maxMatches?: number;
  /** Articles whose evidence scores below this share of the best are left out. Default 0.5. */
  relevanceRatio?: number;
  /** Least (idf-weighted) share of the question's names an article must contain. Default 0.5. */
  minCoverage?: number;
  /** Least (idf-weighted) share of the question's terms an article must contain. Default 0.4. */
  minSupport?: number;
}

/**
 * Build a grounded, extractive answer: filter the candidate articles by what the question pins
 * down (entities, periods, dates, session number), pick the article(s) that answer, and state each
 * fact with a quote from that article's body. Nothing is stated that no quote contains.
 */
export function answerQuestion(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  opts: AnswerOptions = {},
): DraftAnswer {
  const { maxList = 10, maxMatches = 4, relevanceRatio = 0.5, minCoverage = 0.5, minSupport = 0.4 } = opts;
  const lang: Lang = q.lang;
  let cands = gatherCandidates(reader, retrieval, q).filter((c) => c.check.timeOk && c.check.ordinalOk);
  if (q.entities.length + q.numbers.length > 0) cands = cands.filter((c) => c.check.coverage >= minCoverage);
  // "Bản tin mới nhất?": nothing to match on but recency; the newest reports are the answer.
  const newsDigest = q.latest && !hasConstraints(q) && [...q.asks].every((a) => a === 'what');
  // Otherwise an article must speak to the question, not merely be the nearest one.
  if (!newsDigest) {
    const idf = retrieval.keyword.idf;
    cands = cands.filter((c) => termSupport(c.hay.text, q.folded, idf) >= minSupport);
  }
  cands = supersede(cands);
  if (q.latest) cands = latestFirst(cands).slice(0, q.list ? maxList : hasConstraints(q) ? 1 : 5);

  const shape: Shape = q.asks.has('howmany')
    ? 'quantity'
    : q.asks.has('where')
      ? VENUE_QUESTION.test(q.text)
        ? 'venue'
        : IDENTIFY_QUESTION.test(q.text)
          ? null
          : 'place'
      : q.asks.has('when')
        ? 'date'
        : null;
  const eq = prepareEvidenceQuery(q, retrieval.keyword.idf, shape);
  // A list question over several articles lists the meetings; over one, it lists what that article says.
  // "Latest report about X?" asks for the meeting itself (title, date, chair), like a list entry.
  const latestMeeting = q.latest && [...q.asks].every((a) => a === 'what');
  const listing =
    latestMeeting || (q.list && cands.length > 1 && !q.asks.has('howmany') && !q.asks.has('what'));
  let answers = cands.map((c) => answerDoc(c, q, eq, listing)).filter((a): a is DocAnswer => a !== null);
  if (answers.length === 0) return notFound(lang);

  if (!q.list && !q.latest) {
    answers.sort((a, b) => b.relevance - a.relevance || b.cand.retrieval - a.cand.retrieval);
    const top = answers[0]!.relevance;
    const limit = hasConstraints(q) ? maxMatches : 1;
    answers = answers.filter((a) => a.relevance >= top * relevanceRatio).slice(0, limit);
  } else if (q.list) {
    answers = answers.slice(0, maxList);
    answers.sort((a, b) => meetingKey(a.cand).localeCompare(meetingKey(b.cand)));
  }
  return render(answers, lang);
}
