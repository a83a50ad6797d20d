import type { Citation } from '../engine/types.ts';
import type { IndexReader } from '../index/open.ts';
import { findCuedDates, findFullDates, resolveYear } from '../ingest/dates.ts';
import type { Chair } from '../ingest/types.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import type { Retrieval } from '../retrieve/hybrid.ts';
import { type Candidate, gatherCandidates } from './candidates.ts';
import { hasConstraints } from './constraints.ts';
import {
  type Evidence,
  type EvidenceQuery,
  focusQuote,
  prepareEvidenceQuery,
  rankSentences,
  type Shape,
} from './evidence.ts';
import { enDate, LABELS, type Lang, periodLabel, viDate } from './format.ts';

/** The answer before it is rendered: per-document facts, each with the quote that supports it. */
export interface DraftAnswer {
  answered: boolean;
  text: string;
  citations: Citation[];
}

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

interface Line {
  label: string | null;
  value: string;
  quote: { start: number; end: number };
}

interface DocAnswer {
  cand: Candidate;
  lines: Line[];
  relevance: number;
}

// "ở đâu", "địa điểm nào": the venue of the meeting, not which commune or district.
const VENUE_QUESTION =
  /ở đâu|tại đâu|địa điểm|nơi nào|o dau|tai dau|dia diem|noi nao|\bwhere\b(?! else)|\bvenue\b/iu;
// "Huyện nào …?", "Which district …?": the answer is the article's own place, named in its headline.
const IDENTIFY_QUESTION =
  /^\s*(?:(?:huyện|tỉnh|xã|thị xã|thành phố|địa phương|đơn vị|nơi)\s+nào|(?:huyen|tinh|xa|thi xa|thanh pho|dia phuong|don vi|noi)\s+nao|which\s+(?:district|province|town|city|commune|locality))/iu;
// "đánh giá nhiệm vụ kỳ nào?", "which period did it review?"
const PERIOD_QUESTION = /kỳ nào|ky nao|giai đoạn nào|giai doan nao|thời kỳ nào|which period|what period/iu;
const MEETING_WORDS = /(?<![\p{L}])(?:chủ trì|trưởng đoàn|kết luận|điều hành)(?![\p{L}])/iu;

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
  if (!newsDigest) cands = cands.filter((c) => c.support >= minSupport);
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

function meetingKey(c: Candidate): string {
  return c.doc.facts.meetingDates[0] ?? c.doc.published ?? '';
}

function latestFirst(cands: Candidate[]): Candidate[] {
  return [...cands].sort((a, b) => meetingKey(b).localeCompare(meetingKey(a)));
}

/**
 * Two reports of the same meeting (same date, same headline subject) are an original and its
 * correction: keep the later publication, which supersedes the earlier.
 */
function supersede(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of [...cands].sort((a, b) => (b.doc.published ?? '').localeCompare(a.doc.published ?? ''))) {
    const date = c.doc.facts.meetingDates[0];
    const dup = out.some(
      (o) =>
        date !== undefined &&
        o.doc.facts.meetingDates[0] === date &&
        titleOverlap(o.doc.title, c.doc.title) >= 0.6,
    );
    if (!dup) out.push(c);
  }
  return out;
}

function titleOverlap(a: string, b: string): number {
  const wa = new Set(a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const wb = new Set(b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const inter = [...wa].filter((w) => wb.has(w)).length;
  return inter / Math.max(1, Math.min(wa.size, wb.size));
}

function answerDoc(
  cand: Candidate,
  q: ParsedQuestion,
  eq: EvidenceQuery,
  wantsListing: boolean,
): DocAnswer | null {
  const L = LABELS[q.lang];
  const ranked = rankSentences(cand.body, eq);
  const lines: Line[] = [];
  let relevance = ranked[0]?.score ?? 0;

  if (q.asks.has('who') || wantsListing) {
    const chair = chairLine(cand, ranked, L.chair);
    if (chair) lines.push(chair);
    else if (q.asks.has('who')) return null;
  }
  if (q.asks.has('published')) {
    if (!cand.doc.published) return null;
    const first = ranked.length > 0 ? firstSentence(cand.body) : null;
    if (first) lines.push({ label: L.published, value: fmtDate(cand.doc.published, q.lang), quote: first });
  }
  if (q.asks.has('when') || wantsListing || q.latest) {
    const when = whenLine(cand, ranked, L.date, q);
    if (when) lines.push(when);
    else if (q.asks.has('when')) return null;
    const period = cand.doc.facts.periods[0];
    if (when && period && PERIOD_QUESTION.test(q.text)) {
      lines.push({ label: L.period, value: periodLabel(period, q.lang), quote: when.quote });
    }
  }
  const evidenceAsk =
    q.asks.has('howmany') || (q.asks.has('what') && !wantsListing) || (q.asks.has('where') && !wantsListing);
  if (evidenceAsk) {
    const best = ranked.find((e) => e.shaped && e.score > 0);
    if (!best) return null;
    relevance = best.score;
    lines.push({ label: null, value: '', quote: withFollower(cand.body, ranked, focusQuote(best, eq)) });
  }
  if (lines.length === 0) return null;
  // Between articles that both answer, the one naming more of the question's names comes first.
  return { cand, lines, relevance: relevance * (0.5 + 0.5 * cand.check.coverage) };
}

/**
 * A short sentence often only announces what the next one says ("…thông qua nghị quyết chuyên
 * đề." then "Nghị quyết xác định…"): quote both.
 */
function withFollower(
  body: string,
  ranked: Evidence[],
  span: { start: number; end: number },
): { start: number; end: number } {
  const words = body.slice(span.start, span.end).split(/\s+/).length;
  if (words >= 12) return span;
  const next = ranked.filter((e) => e.start >= span.end).sort((a, b) => a.start - b.start)[0];
  if (!next || body.slice(span.end, next.start).includes('\n\n')) return span;
  return { start: span.start, end: next.end };
}

function chairLine(cand: Candidate, ranked: Evidence[], label: string): Line | null {
  const chairs = cand.doc.facts.chairs;
  if (chairs.length > 0) {
    const quote = sentenceWith(ranked, chairs) ?? ranked[0];
    if (!quote) return null;
    return { label, value: chairs.map(fmtChair).join('; '), quote: { start: quote.start, end: quote.end } };
  }
  const s = ranked.find((e) => MEETING_WORDS.test(e.text));
  return s ? { label: null, value: '', quote: { start: s.start, end: s.end } } : null;
}

/** The sentence naming the chair(s), preferring one that says "chủ trì". */
function sentenceWith(ranked: Evidence[], chairs: Chair[]): Evidence | undefined {
  const names = chairs.map((c) => c.name);
  const naming = ranked.filter((e) => names.some((n) => e.text.includes(n)));
  const order = [...naming].sort((a, b) => a.start - b.start);
  return order.find((e) => MEETING_WORDS.test(e.text)) ?? order[0];
}

function fmtChair(c: Chair): string {
  return c.title ? `${c.name} (${c.title})` : c.name;
}

function fmtDate(iso: string, lang: Lang): string {
  return lang === 'en' ? enDate(iso) : viDate(iso);
}

/**
 * The date asked for: the meeting's own date, unless another dated sentence fits the question
 * clearly better (a deadline, a planned congress).
 */
function whenLine(cand: Candidate, ranked: Evidence[], label: string, q: ParsedQuestion): Line | null {
  const meeting = cand.doc.facts.meetingDates[0];
  const ref = cand.doc.published ?? meeting ?? null;
  const dated = ranked.filter((e) => e.shaped);
  const meetingSentence = meeting ? ranked.find((e) => datesIn(e.text, ref).includes(meeting)) : undefined;
  const other = dated.find((e) => e !== meetingSentence);
  if (other && (!meetingSentence || other.score > meetingSentence.score * 1.3)) {
    const value = dateText(other.text, ref, q.lang);
    if (value) return { label, value, quote: { start: other.start, end: other.end } };
  }
  if (meeting && meetingSentence) {
    return {
      label,
      value: fmtDate(meeting, q.lang),
      quote: { start: meetingSentence.start, end: meetingSentence.end },
    };
  }
  return null;
}

function datesIn(text: string, ref: string | null): string[] {
  const out = findFullDates(text).map((d) => d.iso);
  if (ref) for (const m of findCuedDates(text)) out.push(resolveYear(m, ref) ?? '');
  return out.filter(Boolean);
}

function dateText(text: string, ref: string | null, lang: Lang): string | null {
  const iso = datesIn(text, ref)[0];
  if (iso) return fmtDate(iso, lang);
  const month = /tháng\s+(\d{1,2})(?:\s*[/-]\s*(\d{4}))?/iu.exec(text);
  if (month) return month[2] ? `tháng ${month[1]}/${month[2]}` : `tháng ${month[1]}`;
  return null;
}

function firstSentence(body: string): { start: number; end: number } | null {
  const m = /\S[^\n]*/u.exec(body);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

function render(answers: DocAnswer[], lang: Lang): DraftAnswer {
  const L = LABELS[lang];
  const citations: Citation[] = [];
  const blocks: string[] = [];
  for (const a of answers) {
    const { doc, copies, body } = a.cand;
    // One citation per distinct quote of the article, numbered in order of first use.
    const markers: string[] = [];
    const facts: string[] = [];
    for (const line of a.lines) {
      const quote = body.slice(line.quote.start, line.quote.end).trim();
      let c = citations.find((x) => x.docId === doc.docId && x.quote === quote);
      if (!c) {
        c = {
          n: citations.length + 1,
          docId: doc.docId,
          title: doc.title,
          published: doc.published,
          source: doc.source,
          quote,
          ...(copies.length > 0 ? { alsoIn: copies.map((d) => ({ docId: d.docId, source: d.source })) } : {}),
        };
        citations.push(c);
      }
      markers.push(`[${c.n}]`);
      facts.push(line.label ? `${line.label}: ${line.value} [${c.n}]` : `“${quote}” [${c.n}]`);
    }
    const header = answers.length > 1 ? `• ${doc.title}` : doc.title;
    blocks.push([header, ...facts.map((f) => (answers.length > 1 ? `  ${f}` : f))].join('\n'));
  }
  const sources = citations
    .filter((c, i, all) => all.findIndex((x) => x.docId === c.docId) === i)
    .map((c) => {
      const ns = citations
        .filter((x) => x.docId === c.docId)
        .map((x) => `[${x.n}]`)
        .join('');
      const also = c.alsoIn?.length ? ` (${L.alsoIn} ${c.alsoIn.map((d) => d.source).join(', ')})` : '';
      return `${ns} ${c.title} — ${c.published ?? '?'} — ${c.source}${also}`;
    });
  return {
    answered: true,
    text: `${blocks.join('\n\n')}\n\n${L.sources}:\n${sources.join('\n')}`,
    citations,
  };
}

function notFound(lang: Lang): DraftAnswer {
  return { answered: false, text: LABELS[lang].notFound, citations: [] };
}
