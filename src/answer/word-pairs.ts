/**
 * A question's words as pairs of adjacent content syllables ("học sinh", "sinh nghèo", "nghèo
 * vượt", "vượt khó"): Vietnamese writes a word in one to four syllables, so a pair is a word or
 * the seam of two, and an article about the same thing writes most of them side by side. Single
 * syllables do not tell: "tổ chức lễ hội lồng tông" typed bare shares "to", "chuc", "hoi", "long",
 * "tong" with any briefing that "tổ chức hội nghị" and writes "tổng". Pairs are compared as
 * syllable sequences, so punctuation between two syllables does not part them ("phòng, chống").
 */
import type { SurfaceLookup } from '../index/surface-forms.ts';
import { alternation } from '../records/vocab.ts';
import { withBodyAliases } from '../text/acronyms.ts';
import { fold, syllables } from '../text/normalize.ts';
import { type EvidenceQuery, framedSyllables } from './evidence.ts';

/** Two adjacent content syllables of the question, in the form of the evidence query. */
export type SyllablePair = readonly [string, string];

const form = (s: string, folded: boolean): string => (folded ? fold(s) : s.toLowerCase());

/**
 * The question's adjacent content syllables, in order: both weighed by the index (idf), neither a
 * number, a name, place or question word (`eq.ignore`) nor a word of `skip` or the meeting frame.
 */
export function contentPairs(text: string, eq: EvidenceQuery, skip: string): SyllablePair[] {
  const framed = framedSyllables(eq, skip);
  return pairsOf(
    syllables(form(withoutTermNumerals(text), eq.folded)),
    (w) => eq.idf.has(w) && !eq.ignore.has(w) && !framed.has(w),
  );
}

/**
 * A set of frame phrases ("chủ trì", "Bí thư Huyện ủy", "diễn ra") blanked as whole phrases, not
 * syllable by syllable: "dân" of "Hội đồng nhân dân" leaves "ngư dân" a word, "vụ" of "Ban
 * Thường vụ" leaves "đầu vụ" one. Build once; {@link phrasePairs} applies it.
 */
export class FramePhrases {
  private readonly re: { plain: RegExp; folded: RegExp };

  constructor(phrases: readonly string[]) {
    const build = (ps: string[]) =>
      new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation([...new Set(ps)])})(?![\\p{L}\\p{N}])`, 'gu');
    const low = phrases.map((p) => p.toLowerCase()).filter(Boolean);
    this.re = { plain: build(low), folded: build(low.map((p) => fold(p))) };
  }

  /** `text` (in the form `folded` says) with every frame phrase replaced by a break. */
  blank(text: string, folded: boolean): string {
    return text.replace(folded ? this.re.folded : this.re.plain, BREAK);
  }
}

/** What a blanked phrase leaves: a number, which is in no pair. */
const BREAK = ' 0 ';

/** A council's or committee's term by its Roman numeral ("khóa X", "khoá XII", "khoa xi"). */
const TERM_NUMERAL_WORD = /(?<![\p{L}])(khóa|khoá|khoa)\s+[ivxlc]+(?![\p{L}])/giu;

/**
 * `text` with a term's Roman numeral read as the number it is: "khóa X thông qua" is no pair
 * "x thông" an article must write (the term itself is checked as a constraint, constraints.ts).
 */
const withoutTermNumerals = (text: string): string => text.replace(TERM_NUMERAL_WORD, '$1 0');

/**
 * The question's adjacent content syllables once the frame phrases are blanked: both weighed by
 * the index (idf), neither a number, a name, place or question word (`eq.ignore`) nor a function
 * word of `stop` (folded or not, as the evidence query).
 */
export function phrasePairs(
  text: string,
  eq: PairQuery,
  frame: FramePhrases,
  stop: ReadonlySet<string>,
): SyllablePair[] {
  const blanked = frame.blank(form(withoutTermNumerals(text), eq.folded), eq.folded);
  return pairsOf(syllables(blanked), (w) => eq.idf.has(w) && !eq.ignore.has(w) && !stop.has(w));
}

/** What {@link phrasePairs} reads of an evidence query: its form and which syllables weigh. */
export interface PairQuery {
  folded: boolean;
  idf: { has(w: string): boolean };
  ignore: { has(w: string): boolean };
}

/**
 * A folded evidence query read through marked syllables: a restored reading's "dân vận" weighs as
 * the index's "dan van". For a bare question read with its diacritics (`ParsedQuestion.read`).
 */
export function markedView(eq: EvidenceQuery): PairQuery {
  return {
    folded: false,
    idf: { has: (w) => eq.idf.has(fold(w)) },
    ignore: { has: (w) => eq.ignore.has(fold(w)) },
  };
}

/** Adjacent words both `content` and no number ("trao 250" is checked as a count, constraints.ts). */
function pairsOf(words: readonly string[], content: (w: string) => boolean): SyllablePair[] {
  const out: SyllablePair[] = [];
  const ok = (w: string) => !/\d/u.test(w) && content(w);
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i] as string, words[i + 1] as string];
    if (ok(a) && ok(b)) out.push([a, b]);
  }
  return out;
}

/** The syllables of a text as one spaced string, for {@link writesPair}. */
export function pairText(text: string, folded: boolean): string {
  return ` ${syllables(form(text, folded)).join(' ')} `;
}

/** `text` (from {@link pairText}) writes the pair side by side. */
export function writesPair(text: string, [a, b]: SyllablePair): boolean {
  return text.includes(` ${a} ${b} `);
}

/** The syllables `said` carries, aliases of bodies included ("ubnd" carries "ủy ban nhân dân"). */
export function carriedSyllables(said: string, folded: boolean): Set<string> {
  return withBodyAliases(syllables(form(said, folded)), folded);
}

// A capitalised word after a lower-case word, and the lower-case word after it: "hội Lồng tông".
const NAME_OPENING =
  /(?<=(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*\s+)(\p{Lu}[\p{Ll}\p{M}]*)\s+(\p{Ll}[\p{Ll}\p{M}]*)/gu;

/**
 * The pairs that open a name inside a clause of `text` ("tổ chức Lễ hội Lồng tông" → "le hoi",
 * "long tong", folded) that the index never writes side by side. A capital says a name begins, but
 * Vietnamese also capitalises institutions by convention ("công tác Đảng đoàn thể"), so only a pair
 * no article writes is decisive: no article then reports what the question names. Empty without
 * the index's pair vocabulary.
 */
export function unwrittenNamePairs(text: string, forms: SurfaceLookup): Set<string> {
  const out = new Set<string>();
  if (!forms.pairsFrom) return out;
  for (const m of text.matchAll(NAME_OPENING)) {
    const [a, b] = [fold(m[1] as string).toLowerCase(), fold(m[2] as string).toLowerCase()];
    if (!forms.pairsFrom(`${a}${b}`).has(`${a}${b}`)) out.add(`${a} ${b}`);
  }
  return out;
}
