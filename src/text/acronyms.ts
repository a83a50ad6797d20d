import { fold, syllables } from './normalize.ts';
import { containsRun } from './phrase.ts';

/**
 * Bodies that reports and readers write both in full and as an acronym ("Ủy ban MTTQ huyện",
 * "Ủy ban Mặt trận Tổ quốc huyện"). Closed class: the acronyms of Vietnamese Party and government
 * bodies. A question in one form is about a sentence in the other.
 */
export const BODY_ACRONYMS: readonly { acronym: string; full: string }[] = [
  { acronym: 'MTTQ', full: 'Mặt trận Tổ quốc' },
  { acronym: 'UBND', full: 'Ủy ban nhân dân' },
  { acronym: 'HĐND', full: 'Hội đồng nhân dân' },
  { acronym: 'UBKT', full: 'Ủy ban Kiểm tra' },
  { acronym: 'BCĐ', full: 'Ban Chỉ đạo' },
  { acronym: 'BTV', full: 'Ban Thường vụ' },
  { acronym: 'BCH', full: 'Ban Chấp hành' },
];

/** Each body in both spellings (lower case, and folded), as syllables. */
const FORMS = [false, true].map((folded) => {
  const form = (s: string) => (folded ? fold(s) : s.toLowerCase());
  return BODY_ACRONYMS.map((b) => ({ acronym: form(b.acronym), full: syllables(form(b.full)) }));
});

/**
 * The syllables of a text (lower case, or folded when `folded`) together with the other form of
 * every body it writes: "mttq" brings "mặt trận tổ quốc", and "mặt trận tổ quốc" brings "mttq". So a
 * sentence's words cover a question that names the body the other way.
 */
export function withBodyAliases(words: readonly string[], folded: boolean): Set<string> {
  const out = new Set(words);
  for (const b of FORMS[folded ? 1 : 0] ?? []) {
    if (out.has(b.acronym)) for (const s of b.full) out.add(s);
    else if (containsRun(words, b.full)) out.add(b.acronym);
  }
  return out;
}

/**
 * The syllables of every body a set of question terms names twice, as its acronym and in full
 * ("People's Council" is rendered "hội đồng nhân dân hđnd"): the acronym alone says it, since a
 * sentence's words carry both forms ({@link withBodyAliases}). Counted once, the body weighs what it
 * weighs in a question naming it one way; counted twice, a sentence not naming it (the figure's own,
 * under a headline that does) fell short for an English question only.
 */
export function doubledBodySyllables(terms: { has(term: string): boolean }, folded: boolean): string[] {
  return (FORMS[folded ? 1 : 0] ?? [])
    .filter((b) => terms.has(b.acronym) && b.full.every((s) => terms.has(s)))
    .flatMap((b) => b.full);
}
