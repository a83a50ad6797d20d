/**
 * TEST FIXTURE — the shape of `Xenova/multilingual-e5-small`, not a language model.
 *
 * The production model is a BERT encoder with an XLM-RoBERTa SentencePiece tokenizer: a Unigram
 * model (≈250k pieces, scored by log-probability), NFKC normalisation ("Precompiled"), whitespace
 * split plus `Metaspace` (every word starts with `▁`), special tokens `<s>`=0, `<pad>`=1, `</s>`=2,
 * `<unk>`=3, `<mask>` last, a `<s> … </s>` template, E5's `query: ` / `passage: ` prefixes, and a
 * config.json saying `model_type: bert` with `tokenizer_class: XLMRobertaTokenizer` (and BERT's
 * `pad_token_id: 0`, which disagrees with the tokenizer's `<pad>`=1, as e5-small's does). This
 * writer reproduces all of that around the same one-`Gather` lookup network as the WordPiece fixture
 * (see test-model.ts), so the tokenizer family, the special ids, the padding id and the prefixes of
 * the real model run through our code in every test.
 *
 * Pieces: for every whitespace-separated word of the corpus, its letter/digit runs and punctuation
 * marks, the first with `▁` (a word start) and each also without, lower-cased and folded, plus
 * every single character with and without `▁`. A piece's score is its log relative frequency, and
 * single characters score below any word, so Viterbi keeps corpus words whole as SentencePiece does.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fold, normalizeText } from '../text/normalize.ts';
import { lookupBertConfig, templateProcessing } from './onnx-graph.ts';
import {
  baseAlphabet,
  listFiles,
  MAX_WORD_CHARS,
  onnxModel,
  PRE_TOKEN,
  PUNCT_WEIGHT,
  SPECIAL_WEIGHT,
  seededUnitVector,
  tokenVector,
  type Vocabulary,
} from './test-model.ts';

/** SentencePiece's word-start marker (U+2581), which Metaspace puts in place of spaces. */
export const METASPACE = '\u2581';
/** XLM-R's special tokens, in id order 0..3 (`<mask>` takes the last id). */
export const XLMR_SPECIALS = ['<s>', '<pad>', '</s>', '<unk>'] as const;
const MASK = '<mask>';
/** `_name_or_path` of the fixture: contains "e5", so prefixes.ts gives it E5's prefixes by name, as for the real model. */
export const UNIGRAM_FIXTURE_NAME = 'meeting-report-bot/test-model-e5-xlmr-shaped';
// The words of E5's prefixes: in every text, so they must not weigh like topic words.
const PREFIX_WORDS = new Set(['query', 'passage']);
// Log-probability scores: words between these bounds, single characters below every word.
const MAX_WORD_SCORE = -4;
const MIN_WORD_SCORE = -13;
const CHAR_SCORE = -14;

/** The pieces of one whitespace-separated word: first run with `▁`, later runs without. */
export function wordPieces(word: string): string[] {
  const runs = word.match(PRE_TOKEN) ?? [];
  return runs.map((r, i) => (i === 0 ? `${METASPACE}${r}` : r));
}

/** Piece → occurrence count over the corpus, for every spelling variant a question may use. */
function countPieces(files: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (p: string) => counts.set(p, (counts.get(p) ?? 0) + 1);
  for (const file of files) {
    // The tokenizer sees NFKC text (Transformers.js' "Precompiled" normaliser is nmt_nfkc).
    const text = normalizeText(readFileSync(file, 'utf8')).normalize('NFKC');
    for (const word of text.split(/\s+/)) {
      for (const piece of wordPieces(word)) {
        if ([...piece].length > MAX_WORD_CHARS) continue;
        const forms = [piece, piece.toLowerCase(), fold(piece), foldKeepCase(piece)];
        // A word also occurs glued to punctuation (`(Lê`, `"Hội`): its form without `▁` too.
        for (const form of new Set(forms.flatMap((f) => [f, f.replace(METASPACE, '')]))) add(form);
      }
    }
  }
  return counts;
}

/** Diacritics stripped, case kept (`Mường` → `Muong`): how a capitalised question without marks reads. */
function foldKeepCase(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

function pieceVector(piece: string, vocab: Vocabulary, dim: number): Float32Array {
  if ((XLMR_SPECIALS as readonly string[]).includes(piece) || piece === MASK) {
    const v = seededUnitVector(piece, dim);
    const w = piece === '<pad>' ? 0 : SPECIAL_WEIGHT;
    for (let i = 0; i < dim; i++) v[i]! *= w;
    return v;
  }
  const core = (piece.startsWith(METASPACE) ? piece.slice(1) : piece).toLowerCase();
  if (core === '' || PREFIX_WORDS.has(core)) {
    const v = seededUnitVector(`piece:${core}`, dim);
    for (let i = 0; i < dim; i++) v[i]! *= PUNCT_WEIGHT;
    return v;
  }
  // Same vector as the WordPiece fixture's for the lower-cased word: both fixtures embed alike.
  return tokenVector(core, vocab, dim);
}

/** tokenizer.json in the layout of Xenova/multilingual-e5-small's. */
function unigramTokenizerJson(pieces: [string, number][]) {
  const id = (t: string) => pieces.findIndex(([p]) => p === t);
  const added = (content: string, lstrip = false) => ({
    id: id(content),
    content,
    single_word: false,
    lstrip,
    rstrip: false,
    normalized: false,
    special: true,
  });
  const metaspace = {
    type: 'Metaspace',
    replacement: METASPACE,
    add_prefix_space: true,
    prepend_scheme: 'always',
  };
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [...XLMR_SPECIALS.map((t) => added(t)), added(MASK, true)],
    // XLM-R's exported normaliser. Transformers.js 2.17 applies nmt_nfkc for any charsmap, so the
    // (large, binary) map of the real file is left out.
    normalizer: {
      type: 'Sequence',
      normalizers: [
        { type: 'Precompiled', precompiled_charsmap: null },
        { type: 'Replace', pattern: { Regex: ' {2,}' }, content: ' ' },
      ],
    },
    pre_tokenizer: { type: 'Sequence', pretokenizers: [{ type: 'WhitespaceSplit' }, metaspace] },
    post_processor: templateProcessing('<s>', '</s>', 'roberta', id),
    decoder: metaspace,
    model: { type: 'Unigram', unk_id: id('<unk>'), vocab: pieces },
  };
}

/**
 * Write the XLM-R-shaped fixture into `out` (absolute), embedding pieces with the WordPiece
 * fixture's word vectors (`vocab` gives the document frequencies). Deterministic.
 */
export function writeUnigramTestModel(
  out: string,
  corpusDirs: string[],
  vocab: Vocabulary,
  dim: number,
): { dir: string; vocabSize: number } {
  const files = corpusDirs.flatMap((d) => listFiles(d)).sort();
  const counts = countPieces(files);
  let total = 0;
  for (const n of counts.values()) total += n;
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const chars = new Set(baseAlphabet());
  for (const piece of counts.keys()) for (const ch of piece) if (ch !== METASPACE) chars.add(ch);
  for (const ch of [...chars]) chars.add(ch.toUpperCase());
  const pieces: [string, number][] = XLMR_SPECIALS.map((t) => [t, 0]);
  const taken = new Set<string>(XLMR_SPECIALS);
  const push = (p: string, score: number) => {
    if (taken.has(p)) return;
    taken.add(p);
    pieces.push([p, score]);
  };
  push(METASPACE, CHAR_SCORE);
  for (const ch of [...chars].sort(byCodeUnit)) {
    push(ch, CHAR_SCORE);
    push(`${METASPACE}${ch}`, CHAR_SCORE);
  }
  for (const w of PREFIX_WORDS) push(`${METASPACE}${w}`, MAX_WORD_SCORE);
  for (const [p, n] of [...counts].sort((a, b) => byCodeUnit(a[0], b[0]))) {
    const score = Math.min(MAX_WORD_SCORE, Math.max(MIN_WORD_SCORE, Math.log(n / total)));
    push(p, Math.round(score * 1e4) / 1e4);
  }
  pieces.push([MASK, 0]);

  const weights = new Float32Array(pieces.length * dim);
  pieces.forEach(([p], i) => {
    weights.set(pieceVector(p, vocab, dim), i * dim);
  });
  mkdirSync(path.join(out, 'onnx'), { recursive: true });
  const config = {
    _name_or_path: UNIGRAM_FIXTURE_NAME,
    test_fixture: true,
    ...lookupBertConfig(dim, pieces.length),
    tokenizer_class: 'XLMRobertaTokenizer',
  };
  const tokenizerConfig = {
    tokenizer_class: 'XLMRobertaTokenizer',
    model_max_length: 512,
    clean_up_tokenization_spaces: true,
    bos_token: '<s>',
    cls_token: '<s>',
    eos_token: '</s>',
    sep_token: '</s>',
    pad_token: '<pad>',
    unk_token: '<unk>',
    mask_token: MASK,
  };
  writeFileSync(path.join(out, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
  writeFileSync(path.join(out, 'tokenizer_config.json'), `${JSON.stringify(tokenizerConfig, null, 2)}\n`);
  writeFileSync(path.join(out, 'tokenizer.json'), JSON.stringify(unigramTokenizerJson(pieces)));
  writeFileSync(path.join(out, 'onnx', 'model_quantized.onnx'), onnxModel(weights, pieces.length, dim));
  writeFileSync(
    path.join(out, 'README.md'),
    [
      '# Test model, multilingual-e5-small shaped (test fixture, not a language model)',
      '',
      'Generated by `npm run test-model -- --tokenizer unigram`. XLM-R SentencePiece (Unigram) tokenizer',
      'and special tokens, E5 prefixes, BERT config; the network is one embedding lookup per piece, so',
      'mean pooling gives a bag-of-words embedding. For offline tests and benchmarks only.',
      '',
      `Vocabulary: ${pieces.length} pieces from ${files.length} files; dimension ${dim}.`,
      '',
    ].join('\n'),
  );
  return { dir: out, vocabSize: pieces.length };
}
