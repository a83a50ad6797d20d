import { fold, hasDiacritics, syllables } from './normalize.ts';

/** A letter or digit: a phrase must not start or end inside a word ("sách" is not in "sáchx"). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where `phrase` occurs in `text` as whole syllables: exactly (case aside) when the phrase carries
 * Vietnamese marks, so `ngân sách` never matches `chính sách`, and folded (no marks, đ = d) when it
 * is typed without them. Offsets are in `text`.
 */
export function phraseMatches(text: string, phrase: string): { start: number; end: number }[] {
  const needle = phrase.replace(/\s+/g, ' ').trim();
  if (!needle) return [];
  const exact = hasDiacritics(needle);
  // Folding maps each character of NFC Vietnamese text to one character, so offsets carry over.
  const hay = exact
    ? text.toLowerCase()
    : Array.from(text, (c) => (fold(c).length === 1 ? fold(c) : c)).join('');
  const want = exact ? needle.toLowerCase() : fold(needle);
  if (hay.length !== text.length) return [];
  const spaced = hay.replace(/\s/g, ' ');
  const out: { start: number; end: number }[] = [];
  for (let i = spaced.indexOf(want); i >= 0; i = spaced.indexOf(want, i + 1)) {
    const before = i > 0 ? text[i - 1]! : ' ';
    const after = i + want.length < text.length ? text[i + want.length]! : ' ';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) out.push({ start: i, end: i + want.length });
  }
  return out;
}

/**
 * Whether `text` writes any of `phrases` as whole syllables, diacritics and case aside ("dien tich"
 * typed bare writes "diện tích").
 */
export function writesAnyFolded(text: string, phrases: readonly string[]): boolean {
  const words = ` ${syllables(fold(text)).join(' ')} `;
  return phrases.some((c) => words.includes(` ${syllables(fold(c)).join(' ')} `));
}

/** The adjacent pairs of `words`, space-joined ("chuyển đổi", "đổi số" of chuyển, đổi, số); none for fewer than two. */
export function syllablePairs(words: readonly string[]): string[] {
  return words.slice(1).map((w, i) => `${words[i]} ${w}`);
}

/** Whether `words` holds the syllables of `run` from index `at` (words compared exactly; an empty run is held anywhere). */
export function runAt(words: readonly string[], run: readonly string[], at: number): boolean {
  return run.every((w, k) => words[at + k] === w);
}

/** Where `run` starts in `words`, in order (whole syllables, compared exactly). */
export function runStarts(words: readonly string[], run: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + run.length <= words.length; i++) if (runAt(words, run, i)) out.push(i);
  return out;
}

/** Whether `words` holds `run` as consecutive syllables. */
export function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) if (runAt(words, run, i)) return true;
  return false;
}
