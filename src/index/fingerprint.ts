import { createHash } from 'node:crypto';
import { fold } from '../text/normalize.ts';
import { splitSentences } from '../text/sentences.ts';

/** Sentences shorter than this are left out: a caption or credit alone says little. */
const MIN_WORDS = 8;

/**
 * Keys of a body's substantial sentences (folded, punctuation dropped, hashed). Two files whose
 * sentences are nearly all shared carry the same article, even when one copy adds a photo caption
 * or a credit line (see {@link isSyndicatedCopy}).
 */
export function sentenceKeys(body: string): string[] {
  const keys = new Set<string>();
  for (const s of splitSentences(body)) {
    const words = fold(body.slice(s.start, s.end)).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length >= MIN_WORDS)
      keys.add(createHash('sha256').update(words.join(' ')).digest('base64url').slice(0, 22));
  }
  return [...keys];
}

/**
 * A copy when at least 80% of the smaller body's sentences are in the other, over at least three
 * sentences: re-posts add captions, footers and credits but keep the text.
 */
export function isSyndicatedCopy(shared: number, aCount: number, bCount: number): boolean {
  const smaller = Math.min(aCount, bCount);
  return smaller >= 3 && shared >= 0.8 * smaller;
}
