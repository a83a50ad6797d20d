/**
 * Places a question names, linked to the gazetteer. Read on the question with its time and
 * ordinal expressions blanked, so "Q1 2021" is a quarter and never "Quận 1".
 */
import { findPlaces } from '../place/find.ts';
import type { Place } from '../place/types.ts';

/** A place the question names, with the units it may be. */
export interface QuestionPlace {
  /** As written in the question. */
  surface: string;
  /** Candidate units, best first. */
  candidates: Place[];
}

// Question phrases that spell a place name once diacritics are gone ("là gì" → La Gi). Closed
// class: the interrogatives and copulas of a question.
const QUESTION_PHRASES =
  /(?<![\p{L}])(?:là gì|la gi|là ai|la ai|ở đâu|o dau|bao nhiêu|bao nhieu|thế nào|the nao|ra sao|khi nào|khi nao|lúc nào|luc nao)(?![\p{L}])/giu;

/** Places of `masked` (the question with non-place expressions replaced by spaces, offsets kept). */
export function scanPlaces(text: string, masked: string): QuestionPlace[] {
  // Same length, so offsets agree: the mask only blanks characters.
  const blanked = masked.length === text.length ? maskLike(text, masked) : text;
  const source = blanked.replace(QUESTION_PHRASES, (m) => ' '.repeat(m.length));
  return findPlaces(source, { include2025: true, chat: true }).map((m) => ({
    surface: text.slice(m.start, m.end),
    candidates: m.candidates,
  }));
}

/** The original text (case kept: capitals decide names) with the masked characters blanked. */
function maskLike(text: string, masked: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += masked[i] === ' ' && text[i] !== ' ' ? ' ' : text[i];
  return out;
}
