/**
 * A two-syllable word of the question that the cited text writes only with a syllable inside it:
 * "xuất khẩu" asked, "kim ngạch xuất nhập khẩu" written; "hộ nghèo" asked, "420 hộ thoát nghèo"
 * or "hộ cận nghèo" written. Every syllable of the question is in the quote, so a count of
 * syllables finds nothing missing, yet the longer word names something else: the figure is not
 * the one asked for.
 *
 * The question's words are its own phrases (collocations learned from the indexed text, glossary
 * renderings of an English question) and, for a Vietnamese question, its adjacent syllables that a
 * dictionary lists as one word (text/dictionary.ts: "xuất khẩu" where no article writes it whole). Two syllables only: one Vietnamese word; a longer
 * phrase joins words, and a word may stand between them ("tỷ lệ giảm hộ nghèo"). A number
 * ("kết nạp 64 đảng viên"), a function word ("triển khai các nhiệm vụ") or a clause break
 * ("xuất, nhập cảnh") inside the pair splits no word, nor does a syllable after a measure word
 * ({@link MEASURE_HEADS}).
 */
import { VI_STOP } from '../query/lexicon.ts';
import { isDictionaryWord } from '../text/dictionary.ts';
import { fold, syllables } from '../text/normalize.ts';
import type { EvidenceQuery } from './evidence.ts';

// Commas, semicolons, brackets, sentence ends: syllables on either side belong to different clauses.
const CLAUSE_BREAK = /[.,;:!?()[\]{}"“”…\n]+/u;
const DIGIT = /\p{N}/u;
/**
 * Measure words: what follows them is the noun measured, so a syllable after them extends that
 * noun within the measure ("tổng vốn" asked, "tổng nguồn vốn" written: the same total).
 */
const MEASURE_HEADS = ['tổng', 'mức', 'lượng'];
const STOP = [...VI_STOP, ...MEASURE_HEADS];
const STOP_FOLDED = new Set(STOP.map((w) => fold(w)));
const STOP_PLAIN = new Set(STOP);

/**
 * The first two-syllable question word (as the question's form writes it, "xuất khẩu") that
 * `quoted` never writes whole but writes with one content syllable inside; null when none.
 */
export function wordWrittenApart(
  eq: EvidenceQuery,
  question: string,
  vietnamese: boolean,
  quoted: string,
): string | null {
  const form = (s: string) => (eq.folded ? fold(s) : s.toLowerCase());
  const clauses = form(quoted)
    .split(CLAUSE_BREAK)
    .map((c) => syllables(c));
  const stop = eq.folded ? STOP_FOLDED : STOP_PLAIN;
  for (const [a, b] of questionWords(eq, vietnamese ? form(question) : '')) {
    if (eq.ignore.has(a) || eq.ignore.has(b) || stop.has(a) || stop.has(b)) continue;
    if (clauses.some((c) => hasPair(c, a, b))) continue;
    if (clauses.some((c) => hasSplitPair(c, a, b, stop))) return `${a} ${b}`;
  }
  return null;
}

/**
 * The question's two-syllable words: its phrases, then its adjacent syllables a dictionary lists,
 * except a pair that ends one listed word and starts the next ("lao dong kho khan": folded "dong
 * kho" is listed too, but the syllables are "lao động" and "khó khăn").
 */
function questionWords(eq: EvidenceQuery, question: string): [string, string][] {
  const out = eq.phrases.filter((p) => p.length === 2) as [string, string][];
  for (const clause of question.split(CLAUSE_BREAK)) {
    const words = syllables(clause);
    const listed = words.map(
      (w, i) => i + 1 < words.length && isDictionaryWord(w, words[i + 1] as string, eq.folded),
    );
    for (let i = 0; i + 1 < words.length; i++)
      if (listed[i] && !(listed[i - 1] && listed[i + 1]))
        out.push([words[i] as string, words[i + 1] as string]);
  }
  return out;
}

function hasPair(words: readonly string[], a: string, b: string): boolean {
  for (let i = 0; i + 1 < words.length; i++) if (words[i] === a && words[i + 1] === b) return true;
  return false;
}

function hasSplitPair(words: readonly string[], a: string, b: string, stop: ReadonlySet<string>): boolean {
  for (let i = 0; i + 2 < words.length; i++) {
    const inside = words[i + 1] as string;
    if (words[i] === a && words[i + 2] === b && !DIGIT.test(inside) && !stop.has(inside)) return true;
  }
  return false;
}
