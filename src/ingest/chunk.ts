/**
 * Sentence-aware chunks of an article body for embedding and keyword search: about 120–250 words
 * (with an embedding model: 150–300 of its tokens, see {@link TokenBudget}),
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

/**
 * Chunk sizes in a model's tokens instead of words. With a model the limit that matters is the
 * model's (attention cost grows with length, and longer inputs are truncated), and Vietnamese runs
 * at about 1.3 XLM-R tokens per word, so a word count alone can overshoot it.
 */
export interface TokenBudget {
  /** Tokens of a text as the model sees it, prefix and special tokens included. */
  count(text: string): number;
  /** Close a chunk once it reaches this many tokens (prefix and special tokens included). */
  target: number;
  /** Hard cap per chunk, below the model's limit; a longer sentence is cut at word boundaries. */
  max: number;
  /** A last chunk shorter than this is merged into the previous one when it fits. */
  min: number;
}

/** Token budget for embedding models: ≈ the word defaults × 1.3 tokens per word, capped at 300 (library-facts: 256–320). */
export const DEFAULT_TOKEN_BUDGET = { target: 230, max: 300, min: 150 } as const;

/** Chunking parameters, in words (whitespace-separated tokens) unless `tokens` is given. */
export interface ChunkOptions {
  /** Close a chunk once it reaches this many words. Default 180. */
  targetWords?: number;
  /** Hard ceiling; a longer sentence is cut at word boundaries. Default 250. */
  maxWords?: number;
  /** A last chunk shorter than this is merged into the previous one when it fits. Default 120. */
  minWords?: number;
  /** Sentences repeated at the start of the next chunk. Default 1. */
  overlapSentences?: number;
  /** Measure in a model's tokens instead (the word options are then ignored). */
  tokens?: TokenBudget;
}

/** A sentence or a piece of one; `words` is its size in the chunker's measure (words or tokens). */
interface Unit extends Span {
  words: number;
}

/** How units are measured: their size, and the size of each word (to cut an over-long sentence). */
interface Measure {
  size(text: string): number;
  wordSizes(words: string[]): number[];
}

const WORD_MEASURE: Measure = {
  size: (text) => text.match(/\S+/g)?.length ?? 0,
  wordSizes: (words) => words.map(() => 1),
};

/**
 * Tokens without the fixed cost of a text (prefix and special tokens, `count('')`), which is added
 * once per chunk. Tokenizers split at whitespace first, so these sizes add up over a chunk.
 */
function tokenMeasure(count: (text: string) => number): { measure: Measure; overhead: number } {
  const overhead = count('');
  return {
    overhead,
    measure: {
      size: (text) => Math.max(0, count(text) - overhead),
      wordSizes: (words) => words.map((w) => Math.max(1, count(w) - overhead)),
    },
  };
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

/**
 * Sentences, with any sentence longer than `max` cut into even word-boundary pieces. A single word
 * longer than `max` stays whole (the embedder truncates it, and counts that).
 */
function units(body: string, max: number, measure: Measure): Unit[] {
  const out: Unit[] = [];
  for (const s of splitSentences(body)) {
    const size = measure.size(body.slice(s.start, s.end));
    if (size <= max) {
      out.push({ ...s, words: size });
      continue;
    }
    const words = wordSpans(body, s.start, s.end);
    const sizes = measure.wordSizes(words.map((w) => body.slice(w.start, w.end)));
    const total = sizes.reduce((a, b) => a + b, 0);
    const even = Math.ceil(total / Math.ceil(total / max));
    let from = 0;
    let acc = 0;
    for (let i = 0; i < words.length; i++) {
      if (i > from && (acc + sizes[i]! > even || acc + sizes[i]! > max)) {
        out.push({ start: words[from]!.start, end: words[i - 1]!.end, words: acc });
        from = i;
        acc = 0;
      }
      acc += sizes[i]!;
    }
    if (words.length > from)
      out.push({ start: words[from]!.start, end: words[words.length - 1]!.end, words: acc });
  }
  return out;
}

function checkOptions(o: Omit<Required<ChunkOptions>, 'tokens'>): void {
  const bad = (k: keyof typeof o, why: string) => {
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
  const t = options.tokens;
  const { measure, overhead } = t
    ? tokenMeasure((text) => t.count(text))
    : { measure: WORD_MEASURE, overhead: 0 };
  if (t && !(t.max > overhead)) {
    throw new RangeError(
      `chunk: tokens.max=${t.max} must exceed the ${overhead} tokens every text costs (prefix, specials)`,
    );
  }
  // Token sizes are counted without the per-text overhead, which each chunk pays once.
  const o: Omit<Required<ChunkOptions>, 'tokens'> = t
    ? {
        targetWords: Math.max(1, Math.min(t.target, t.max) - overhead),
        maxWords: t.max - overhead,
        minWords: Math.max(0, Math.min(t.min, t.max) - overhead),
        overlapSentences: options.overlapSentences ?? 1,
      }
    : {
        targetWords: options.targetWords ?? 180,
        maxWords: options.maxWords ?? 250,
        minWords: options.minWords ?? 120,
        overlapSentences: options.overlapSentences ?? 1,
      };
  checkOptions(o);
  const us = units(article.body, o.maxWords, measure);
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
