/**
 * A claim that a vote was unanimous ("… được 100% đại biểu có mặt tán thành không?", "Was it
 * passed unanimously?"): the vote the article records for the thing voted on decides. A share of
 * those present written "47/49 đại biểu" is all of them only when both numbers agree, so the
 * verdict is "Đúng" for 36/36 and "Không" for 47/49, with the vote quoted.
 */
import type { IndexReader } from '../index/open.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import type { FigureRecord } from '../records/types.ts';
import type { Retrieval } from '../retrieve/hybrid.ts';
import { fold } from '../text/normalize.ts';
import { type AnswerOptions, selectAnswers } from './answer.ts';
import { claimEvidenceQuery } from './claims.ts';
import { contentCoverage } from './evidence.ts';
import { ANSWER_OPTIONS } from './options.ts';
import type { DocAnswer } from './render.ts';

/** Words claiming all of the voters (folded, lower case). Closed: the phrasings of unanimity. */
const UNANIMOUS =
  /(?<![\p{L}\p{N}])(?:100\s*(?:%|phan tram)|tuyet doi|unanimous(?:ly)?|all (?:the )?(?:delegates|members))(?![\p{L}])/u;

/** Words of a vote (folded, lower case). Closed: the verbs of voting and passing. */
const VOTE_WORDS =
  /(?<![\p{L}])(?:tan thanh|bieu quyet|thong qua|nhat tri|pass(?:ed)?|approved?|adopted|vot(?:e|ed|es|ing)|in favou?r)(?![\p{L}])/u;

/** A sentence recording a vote: its share of voters is a vote's only beside these words. */
const VOTE_SENTENCE = /(?<![\p{L}])(?:tan thanh|bieu quyet|nhat tri)(?![\p{L}])/u;

const folded = (text: string): string => fold(text).toLowerCase();

/** The yes/no question claims a vote was unanimous. */
export function claimsUnanimity(q: ParsedQuestion): boolean {
  if (!q.target.yesNo) return false;
  const t = folded(q.text);
  return VOTE_WORDS.test(t) && UNANIMOUS.test(t);
}

/** The question without its words of unanimity, as a plain question (the claim is checked, not looked up). */
function withoutUnanimity(q: ParsedQuestion): ParsedQuestion {
  const low = folded(q.text);
  let text = q.text;
  // Folding keeps every character in place for the scripts asked here; otherwise the text stays.
  if (low.length === text.length)
    for (const m of [...low.matchAll(new RegExp(UNANIMOUS.source, 'gu'))].reverse())
      text = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
  return {
    ...q,
    text,
    numbers: q.numbers.filter((n) => n !== '100'),
    terms: q.terms.filter((t) => !CUE_TERMS.has(t)),
    target: { ...q.target, yesNo: false },
  };
}

/** The terms the words of unanimity leave in a parsed question. */
const CUE_TERMS: ReadonlySet<string> = new Set([
  '100',
  'tuyệt',
  'đối',
  'tuyet',
  'doi',
  'unanimously',
  'unanimous',
]);

/** The end of a vote's clause: the first clause or sentence break after its figure. */
const CLAUSE_END = /[.;\n]/u;

/**
 * The votes an article records (a share of voters in a sentence with a vote's words), each with its
 * clause: from the end of the sentence's previous vote (or the sentence's start) to the first break
 * after its figure, so that of two votes in one sentence each is read with what it passed.
 */
function votesOf(body: string, figures: readonly FigureRecord[]): { f: FigureRecord; clause: string }[] {
  const votes = figures
    .filter((f) => f.outOf !== null && VOTE_SENTENCE.test(folded(body.slice(f.span.start, f.span.end))))
    .sort((x, y) => x.at.start - y.at.start);
  const out: { f: FigureRecord; clause: string }[] = [];
  let from = -1;
  let sentence = -1;
  for (const f of votes) {
    if (f.span.start !== sentence) [from, sentence] = [f.span.start, f.span.start];
    const after = CLAUSE_END.exec(body.slice(f.at.end, f.span.end));
    const end = after ? f.at.end + after.index : f.span.end;
    out.push({ f, clause: body.slice(from, end) });
    from = end;
  }
  return out;
}

/**
 * Verify a claim of unanimity: of the votes the best-matching article records (a share of voters
 * beside a vote's words), the one whose clause bears out the claim's words decides. Null when the
 * article records no such vote (the claim is then left to the other checks: silence is never a "no").
 */
export function verifyUnanimity(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  opts: AnswerOptions,
): { answer: DocAnswer; verdict: 'yes' | 'no' } | null {
  const plain = withoutUnanimity(q);
  const a = selectAnswers(reader, retrieval, plain, opts)[0];
  if (!a?.cand.records) return null;
  const own = claimEvidenceQuery(plain, retrieval.keyword.idf);
  const votes = votesOf(a.cand.body, a.cand.records.figures)
    .map(({ f, clause }) => ({ f, cover: contentCoverage(clause, own, a.cand.doc.title) }))
    .sort((x, y) => y.cover - x.cover);
  const best = votes[0];
  if (!best || best.cover < ANSWER_OPTIONS.voteClaimCoverage) return null;
  const all = (f: FigureRecord) => f.value === f.outOf;
  const rival = votes.find((v) => all(v.f) !== all(best.f));
  if (rival && best.cover - rival.cover < ANSWER_OPTIONS.voteClaimLead) return null;
  const { f } = best;
  return {
    answer: { ...a, lines: [{ label: null, value: '', quote: { start: f.span.start, end: f.span.end } }] },
    verdict: all(f) ? 'yes' : 'no',
  };
}
