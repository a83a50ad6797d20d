/**
 * Sentence-aware chunks of an article body for embedding and keyword search: about 120–250 words,
 * consecutive chunks sharing one sentence so a fact cut at a border is still whole somewhere.
 * Every chunk is an exact slice of the body, so quotes and offsets stay verifiable.
 */
import { type Span, splitSentences } from '../text/sentences.ts';
import type { Article } from './types.ts';

/** One chunk: `text === body.slice(start, end)`. */
export interface Chunk {
  docId: string;
  /** 0-based position in the article. */
  ord: number;
  start: number;
  end: number;
  text: string;
}

/** Chunking parameters, in words (whitespace-separated tokens). */
export interface ChunkOptions {
  /** Close a chunk once it reaches this many words. Default 180. */
  targetWords?: number;
  /** Hard ceiling; a longer sentence is cut at word boundaries. Default 250. */
  maxWords?: number;
  /** A last chunk shorter than this is merged into the previous one when it fits. Default 120. */
  minWords?: number;
  /** Sentences repeated at the start of the next chunk. Default 1. */
  overlapSentences?: number;
}

interface Unit extends Span {
  words: number;
}

/** Word spans of `text` within `[start, end)`. */
function wordSpans(text: string, start: number, end: number): Span[] {
  const re = /\S+/g;
  re.lastIndex = start;
  const out: Span[] = [];
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    out.push({ start: m.index, end: Math.min(m.index + m[0].length, end) });
  }
  return out;
}

/** Sentences, with any sentence longer than `maxWords` cut into even word-boundary pieces. */
function units(body: string, maxWords: number): Unit[] {
  const out: Unit[] = [];
  for (const s of splitSentences(body)) {
    const words = wordSpans(body, s.start, s.end);
    if (words.length <= maxWords) {
      out.push({ ...s, words: words.length });
      continue;
    }
    const pieces = Math.ceil(words.length / maxWords);
    const size = Math.ceil(words.length / pieces);
    for (let i = 0; i < words.length; i += size) {
      const part = words.slice(i, i + size);
      out.push({ start: part[0]!.start, end: part[part.length - 1]!.end, words: part.length });
    }
  }
  return out;
}

function checkOptions(o: Required<ChunkOptions>): void {
  const bad = (k: keyof ChunkOptions, why: string) => {
    throw new RangeError(`chunk: ${k}=${o[k]} ${why}`);
  };
  if (!Number.isInteger(o.maxWords) || o.maxWords < 1) bad('maxWords', 'must be a positive integer');
  if (!(o.targetWords >= 1 && o.targetWords <= o.maxWords))
    bad('targetWords', `must be between 1 and maxWords (${o.maxWords})`);
  if (!(o.minWords >= 0 && o.minWords <= o.maxWords))
    bad('minWords', `must be between 0 and maxWords (${o.maxWords})`);
  if (!Number.isInteger(o.overlapSentences) || o.overlapSentences < 0)
    bad('overlapSentences', 'must be an integer ≥ 0');
}

/**
 * Cut an article body into chunks. Sentences are packed until `targetWords` is reached (never
 * beyond `maxWords`); each chunk after the first starts with the last `overlapSentences`
 * sentences of the previous one when they fit. A short body gives one chunk, an empty one none.
 */
export function chunkArticle(article: Pick<Article, 'docId' | 'body'>, options: ChunkOptions = {}): Chunk[] {
  const o: Required<ChunkOptions> = {
    targetWords: options.targetWords ?? 180,
    maxWords: options.maxWords ?? 250,
    minWords: options.minWords ?? 120,
    overlapSentences: options.overlapSentences ?? 1,
  };
  checkOptions(o);
  const us = units(article.body, o.maxWords);
  // Each group is [first unit, last unit] (inclusive) plus the index of its first new unit.
  const groups: { from: number; to: number; fresh: number }[] = [];
  let i = 0;
  while (i < us.length) {
    let from = i;
    let words = 0;
    const prev = groups[groups.length - 1];
    if (prev && o.overlapSentences > 0) {
      const back = Math.max(prev.fresh, prev.to - o.overlapSentences + 1, prev.from + 1);
      let carried = 0;
      for (let k = back; k <= prev.to; k++) carried += us[k]!.words;
      if (back <= prev.to && carried + us[i]!.words <= o.maxWords) {
        from = back;
        words = carried;
      }
    }
    const fresh = i;
    while (i < us.length) {
      const w = us[i]!.words;
      if (i > fresh && (words + w > o.maxWords || words >= o.targetWords)) break;
      words += w;
      i++;
    }
    groups.push({ from, to: i - 1, fresh });
  }
  // A short tail joins the previous chunk when the result still fits.
  const last = groups[groups.length - 1];
  const before = groups[groups.length - 2];
  if (last && before) {
    let tail = 0;
    for (let k = last.fresh; k <= last.to; k++) tail += us[k]!.words;
    let head = 0;
    for (let k = before.from; k <= before.to; k++) head += us[k]!.words;
    if (tail < o.minWords && head + tail <= o.maxWords) {
      before.to = last.to;
      groups.pop();
    }
  }
  return groups.map((g, ord) => {
    const start = us[g.from]!.start;
    const end = us[g.to]!.end;
    return { docId: article.docId, ord, start, end, text: article.body.slice(start, end) };
  });
}
