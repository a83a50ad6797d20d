/**
 * A republished article is a *copy* when it only adds or drops page furniture (a caption, a credit
 * line, a footer), and a *version* when it edits the report itself (a corrected figure, another
 * chair's name). Copies share one stored body and are cited under both sources; versions are kept
 * apart, so the newer one (a correction) is the one cited.
 */
import { fold } from '../text/normalize.ts';
import { splitSentences } from '../text/sentences.ts';

/** Sentences shorter than this are captions or credits, not report text. */
const MIN_WORDS = 8;
/** Two sentences this similar (Jaccard on words) but not equal are one sentence edited. */
const EDITED_SIMILARITY = 0.6;

function sentenceWords(body: string): string[][] {
  return splitSentences(body)
    .map((s) => fold(body.slice(s.start, s.end)).match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => w.length >= MIN_WORDS);
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let inter = 0;
  for (const w of sa) if (sb.has(w)) inter++;
  return inter / (sa.size + sb.size - inter);
}

/**
 * True when `next` edits `prev`: some sentence of one is a near-copy of a sentence of the other
 * with words or figures changed ("2.145 đảng viên" → "2.415 đảng viên").
 */
export function isEditedVersion(next: string, prev: string): boolean {
  const a = sentenceWords(next);
  const b = sentenceWords(prev);
  const keysB = new Set(b.map((w) => w.join(' ')));
  const keysA = new Set(a.map((w) => w.join(' ')));
  const onlyA = a.filter((w) => !keysB.has(w.join(' ')));
  const onlyB = b.filter((w) => !keysA.has(w.join(' ')));
  return onlyA.some((x) => onlyB.some((y) => jaccard(x, y) >= EDITED_SIMILARITY));
}
