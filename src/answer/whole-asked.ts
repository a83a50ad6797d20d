/**
 * A figure asked of a whole ("giải ngân vốn đầu tư công toàn tỉnh", "province-wide", "across the
 * district") is not answered by one part's figure: a sentence about a project or a works ("dự án
 * mới giải ngân được 41,3% kế hoạch vốn") that does not say it is the whole's states the part's.
 */
import { fold, syllables } from '../text/normalize.ts';
import { runStarts } from '../text/phrase.ts';

/** Words that ask for the whole of a unit, Vietnamese (folded) and English. Closed. */
const WHOLE_WORDS = [
  'toan tinh',
  'ca tinh',
  'toan huyen',
  'ca huyen',
  'toan thi xa',
  'toan thanh pho',
  'province wide',
  'provincewide',
  'across the province',
  'whole province',
  'entire province',
  'district wide',
  'across the district',
  'whole district',
  'entire district',
];

/** Nouns naming one part a figure may be of: a project, a works, a package. Folded; closed. */
const PART_WORDS = ['du an', 'cong trinh', 'goi thau', 'tuyen duong'];

const spaced = (text: string): string => ` ${syllables(fold(text)).join(' ')} `;

/** The whole-asking words the question writes: folded, and as written (for saying what is not found). */
export function wholeAsked(text: string): { folded: string; written: string } | null {
  const written = syllables(text);
  const words = written.map((w) => fold(w));
  for (const w of WHOLE_WORDS) {
    const parts = w.split(' ');
    const [i] = runStarts(words, parts);
    if (i !== undefined) return { folded: w, written: written.slice(i, i + parts.length).join(' ') };
  }
  return null;
}

/**
 * Whether a figure's sentence is of one part: it names a project or works and no word of the whole
 * ("toàn tỉnh", "cả tỉnh", or the asked whole itself).
 */
export function statesPartFigure(sentence: string, whole: string): boolean {
  const words = spaced(sentence);
  if (!PART_WORDS.some((w) => words.includes(` ${w} `))) return false;
  return !WHOLE_WORDS.some((w) => words.includes(` ${w} `)) && !words.includes(` ${whole} `);
}
