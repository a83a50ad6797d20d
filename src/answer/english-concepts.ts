/**
 * The content rule for English questions. An English question reaches the Vietnamese articles
 * through the glossary, one English phrase at a time, each with alternative renderings ("cost" →
 * kinh phí | chi phí | tổng mức đầu tư). Counting the renderings' syllables, as the Vietnamese rule
 * counts the question's, would ask the quote for every alternative; counting the English words
 * would judge nothing (they are no index terms). So the rule counts *concepts*: a glossary phrase
 * of the question is carried when the cited text writes every content syllable of one of its
 * renderings, and it asks nothing when one of its renderings is all frame (the meeting's headline,
 * the figure frame, places, function words).
 */

import { findGlossaryTerms } from '../query/glossary.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { withBodyAliases } from '../text/acronyms.ts';
import { fold, syllables } from '../text/normalize.ts';
import { type EvidenceQuery, framedSyllables } from './evidence.ts';

/** One glossary phrase of an English question, with the content syllables of each of its renderings. */
export interface Concept {
  /** The English phrase as the question writes it (lower case). */
  en: string;
  /** Per rendering, its syllables the index knows that are not frame, in the evidence's form. */
  renderings: string[][];
  /**
   * Syllables of its shortest rendering, frame ones included: "kỷ luật" is a word of two even
   * when its folded "ky" is also the frame's "kỳ".
   */
  size: number;
}

/**
 * The glossary phrases of an English question that ask something of the quote: those with a
 * rendering of content syllables only ({@link Concept}). `framed` holds the syllables set aside
 * (the headline, the frame words, names), in the evidence's form. Empty for a Vietnamese question.
 */
export function englishConcepts(
  q: ParsedQuestion,
  eq: EvidenceQuery,
  framed: ReadonlySet<string>,
): Concept[] {
  if (q.lang !== 'en') return [];
  const form = (s: string) => (eq.folded ? fold(s) : s.toLowerCase());
  const out: Concept[] = [];
  for (const g of findGlossaryTerms(q.text.toLowerCase())) {
    const renderings = g.vi.map((vi) =>
      syllables(form(vi)).filter(
        (w) => eq.idf.has(w) && !eq.ignore.has(w) && !framed.has(w) && !TIME_SYLLABLE.test(w),
      ),
    );
    // A rendering left empty is frame, a name or words no article writes: the phrase asks nothing checkable.
    if (renderings.some((r) => r.length === 0)) continue;
    if (out.some((c) => c.en === g.en)) continue;
    out.push({ en: g.en, renderings, size: Math.min(...g.vi.map((vi) => syllables(vi).length)) });
  }
  return out;
}

/**
 * Syllables of a span of time ("first seven months" → "7 tháng"): the time is a constraint the
 * article's periods answer (the paragraph may frame it), never a word the quote must write.
 */
const TIME_SYLLABLE = /^(?:\d+|tháng|thang|quý|quy|năm|nam|tuần|tuan|ngày|ngay)$/u;

/** Whether `have` (the cited text's syllables) writes one rendering of the concept whole. */
function carried(c: Concept, have: ReadonlySet<string>): boolean {
  return c.renderings.some((r) => r.every((w) => have.has(w)));
}

/** How much of an English question's concepts a text carries. */
export interface ConceptCoverage {
  /** The concepts the question asks of the text. */
  asked: number;
  /**
   * Their weight in Vietnamese syllables (each concept's {@link Concept.size}): "economic growth"
   * asks "tăng trưởng", two syllables, as much as the Vietnamese question asks.
   */
  syllables: number;
  /** Those the text does not carry, as the question writes them. */
  missing: string[];
  /** Share carried (1 when none is asked). */
  share: number;
}

/**
 * The concepts of an English question, `skip` set aside as for the Vietnamese rule (the headline,
 * frame words, names): computed once, then measured against each text by {@link conceptCoverage}.
 * None for a Vietnamese question.
 */
export function askedConcepts(q: ParsedQuestion, eq: EvidenceQuery, skip: string): Concept[] {
  return q.lang === 'en' ? englishConcepts(q, eq, framedSyllables(eq, skip)) : [];
}

/** How many of `concepts` (from {@link askedConcepts}) `text` carries. */
export function conceptCoverage(
  concepts: readonly Concept[],
  eq: EvidenceQuery,
  text: string,
): ConceptCoverage {
  if (concepts.length === 0) return { asked: 0, syllables: 0, missing: [], share: 1 };
  const have = withBodyAliases(syllables(eq.folded ? fold(text) : text.toLowerCase()), eq.folded);
  const missing = concepts.filter((c) => !carried(c, have)).map((c) => c.en);
  const weight = concepts.reduce((n, c) => n + c.size, 0);
  return { asked: concepts.length, syllables: weight, missing, share: 1 - missing.length / concepts.length };
}
