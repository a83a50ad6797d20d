/**
 * TEST FIXTURE GENERATOR — not a language model.
 *
 * Writes a tiny BERT-shaped model directory that Transformers.js loads fully offline, so the
 * embedding, indexing and retrieval code can be exercised without any download. Its "network" is a
 * single ONNX `Gather`: each token id looks up a fixed vector, and our mean pooling turns a text into
 * an IDF-weighted bag of words. That is a lexical embedding (texts sharing rare words are near), which
 * is enough for tests and cheap benchmarks, and nothing more: it knows no synonyms or paraphrases.
 *
 * Token vectors are deterministic (seeded by a hash of the token), so the same corpus always gives
 * byte-identical files. A word and its diacritic-free spelling share a component ("hội" and "hoi"
 * are close but not equal), so questions typed without diacritics still land near the right text.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import onnxProto from 'onnx-proto';
import { fold, normalizeText } from '../text/normalize.ts';
import { encodeEncoder, lookupBertConfig, templateProcessing } from './onnx-graph.ts';
import { writeUnigramTestModel } from './test-model-unigram.ts';

const { onnx } = onnxProto;

/** Options for {@link buildTestModel}. */
export interface TestModelOptions {
  /** Output directory (created if missing; files in it are overwritten). */
  out: string;
  /** Folders whose files give the vocabulary (read recursively, files over 10 MB skipped). */
  corpusDirs: string[];
  /** Embedding size. Default 256: on the seed passages it recovers most of what an exact bag of words ranks (128 loses a quarter). */
  dim?: number;
  /**
   * Tokenizer family. `wordpiece` (default): a BERT tokenizer. `unigram`: the shape of
   * multilingual-e5-small (XLM-R SentencePiece Unigram, Metaspace, `<s>`/`<pad>`/`</s>`/`<unk>`,
   * E5 prefixes); see test-model-unigram.ts.
   */
  tokenizer?: TestTokenizer;
}

/** Tokenizer families the test model can be written with. */
export type TestTokenizer = 'wordpiece' | 'unigram';
export const TEST_TOKENIZERS: readonly TestTokenizer[] = ['wordpiece', 'unigram'];

/** What {@link buildTestModel} wrote. */
export interface TestModelResult {
  dir: string;
  vocabSize: number;
  dim: number;
  /** Number of corpus files read. */
  files: number;
  tokenizer: TestTokenizer;
  /** Wall time of the generation in milliseconds. */
  ms: number;
}

export const TEST_MODEL_DEFAULT_DIM = 256;

const SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;
export const MAX_WORD_CHARS = 100;
// Document frequencies are counted per sentence: scraped articles often have few, very long lines.
export const SENTENCE_END = /[\n.;!?]+/;
const MAX_FILE_BYTES = 10 * 1024 * 1024;
// Same splitting rule as Transformers.js' BertPreTokenizer, so vocabulary entries are exactly the
// pre-tokens the tokenizer will look up.
const PUNCT = '\\p{P}\\u0021-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E';
export const PRE_TOKEN = new RegExp(`[^\\s${PUNCT}]+|[${PUNCT}]`, 'gu');
// Weight of the spelling-independent (folded) component versus the exact-spelling component.
const FOLDED_WEIGHT = 0.7;
const EXACT_WEIGHT = 0.714;
// Word pieces of out-of-vocabulary words carry little meaning; keep them from drowning real words.
const PIECE_WEIGHT = 0.3;
// Punctuation and symbols carry no topic.
export const PUNCT_WEIGHT = 0.05;
// Special tokens get tiny (not zero) vectors: never dominate the mean, never yield a zero vector.
export const SPECIAL_WEIGHT = 0.01;

/** Split a text into the lower-cased pre-tokens a BERT tokenizer would see. */
export function preTokens(text: string): string[] {
  return normalizeText(text).toLowerCase().match(PRE_TOKEN) ?? [];
}

/** Every Vietnamese letter with every tone (NFC), plus ASCII letters and digits. */
export function baseAlphabet(): string[] {
  const letters = new Set<string>('abcdefghijklmnopqrstuvwxyz0123456789đ');
  const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  for (const v of vowels) for (const t of tones) letters.add(`${v}${t}`.normalize('NFC'));
  for (let c = 0x21; c <= 0x7e; c++) letters.add(String.fromCharCode(c).toLowerCase());
  return [...letters];
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.isFile() && statSync(full).size <= MAX_FILE_BYTES) out.push(full);
  }
  return out;
}

export interface Vocabulary {
  tokens: string[];
  /** Document frequency of each exact word, and of each folded form; documents = sentences. */
  df: Map<string, number>;
  foldedDf: Map<string, number>;
  docs: number;
  files: number;
}

export function buildVocabulary(corpusDirs: string[]): Vocabulary {
  const files = corpusDirs.flatMap((d) => listFiles(d)).sort();
  const words = new Set<string>();
  const chars = new Set<string>(baseAlphabet());
  const df = new Map<string, number>();
  const foldedDf = new Map<string, number>();
  let docs = 0;
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split(SENTENCE_END)) {
      const tokens = preTokens(line);
      if (tokens.length === 0) continue;
      docs++;
      const seen = new Set<string>();
      const seenFolded = new Set<string>();
      for (const token of tokens) {
        if ([...token].length > MAX_WORD_CHARS) continue;
        const folded = fold(token);
        words.add(token);
        words.add(folded);
        for (const ch of token) chars.add(ch);
        seen.add(token);
        seenFolded.add(folded);
      }
      for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
      for (const t of seenFolded) foldedDf.set(t, (foldedDf.get(t) ?? 0) + 1);
    }
  }
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const singles = [...chars].sort(byCodeUnit);
  const tokens: string[] = [...SPECIALS, ...singles, ...singles.map((c) => `##${c}`)];
  const taken = new Set(tokens);
  for (const w of [...words].sort(byCodeUnit)) {
    if (!taken.has(w)) {
      taken.add(w);
      tokens.push(w);
    }
  }
  return { tokens, df, foldedDf, docs, files: files.length };
}

/** Deterministic unit vector seeded by a string (SHA-256 → xorshift128 → Box–Muller). */
export function seededUnitVector(seed: string, dim: number): Float32Array {
  const h = createHash('sha256').update(seed).digest();
  let s0 = h.readUInt32LE(0) | 1;
  let s1 = h.readUInt32LE(4);
  let s2 = h.readUInt32LE(8);
  let s3 = h.readUInt32LE(12);
  const next = () => {
    const t = s0 ^ (s0 << 11);
    s0 = s1;
    s1 = s2;
    s2 = s3;
    s3 = (s3 ^ (s3 >>> 19) ^ t ^ (t >>> 8)) >>> 0;
    return (s3 + 1) / 4294967297; // (0, 1), never 0 so the log below is finite
  };
  const v = new Float32Array(dim);
  for (let i = 0; i < dim; i += 2) {
    const r = Math.sqrt(-2 * Math.log(next()));
    const a = 2 * Math.PI * next();
    v[i] = r * Math.cos(a);
    if (i + 1 < dim) v[i + 1] = r * Math.sin(a);
  }
  let norm = 0;
  for (let i = 0; i < dim; i++) norm += v[i]! * v[i]!;
  norm = Math.sqrt(norm);
  for (let i = 0; i < dim; i++) v[i]! /= norm;
  return v;
}

/** IDF mapped to [0.05, 1]: words in most sentences weigh little, rare words weigh about 1. */
function idfWeight(df: number, docs: number): number {
  const max = Math.log(docs + 1);
  if (max <= 0) return 1;
  return Math.min(1, Math.max(0.05, Math.log((docs + 1) / (df + 1)) / max + 0.05));
}

export function tokenVector(token: string, vocab: Vocabulary, dim: number): Float32Array {
  if ((SPECIALS as readonly string[]).includes(token)) {
    const v = seededUnitVector(token, dim);
    const w = token === '[PAD]' ? 0 : SPECIAL_WEIGHT;
    for (let i = 0; i < dim; i++) v[i]! *= w;
    return v;
  }
  const isPiece = token.startsWith('##');
  const core = isPiece ? token.slice(2) : token;
  const folded = fold(core);
  const prefix = isPiece ? '##' : '';
  const a = seededUnitVector(`${prefix}fold:${folded}`, dim);
  const b = seededUnitVector(`${prefix}word:${core}`, dim);
  const v = new Float32Array(dim);
  let norm = 0;
  for (let i = 0; i < dim; i++) {
    v[i] = FOLDED_WEIGHT * a[i]! + EXACT_WEIGHT * b[i]!;
    norm += v[i]! * v[i]!;
  }
  norm = Math.sqrt(norm);
  let weight: number;
  if (isPiece) weight = PIECE_WEIGHT;
  else if (/^[\p{P}\p{S}]$/u.test(core)) weight = PUNCT_WEIGHT;
  else if ([...core].length === 1) weight = PIECE_WEIGHT;
  else if (vocab.df.has(core)) weight = idfWeight(vocab.df.get(core)!, vocab.docs);
  else if (vocab.foldedDf.has(folded)) weight = idfWeight(vocab.foldedDf.get(folded)!, vocab.docs);
  else weight = PIECE_WEIGHT;
  for (let i = 0; i < dim; i++) v[i] = (v[i]! / norm) * weight;
  return v;
}

/** The fixture's network: one `Gather` of each token's row of `weights` ([vocabSize, dim]). */
export function onnxModel(weights: Float32Array, vocabSize: number, dim: number): Uint8Array {
  return encodeEncoder({
    name: 'test_fixture_embedding_lookup',
    producer: 'meeting-report-bot test-model (test fixture)',
    initializer: [
      {
        name: 'embeddings',
        dataType: onnx.TensorProto.DataType.FLOAT,
        dims: [vocabSize, dim],
        rawData: new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength),
      },
    ],
    // attention_mask and token_type_ids are declared by encodeEncoder and unused here.
    node: [{ opType: 'Gather', input: ['embeddings', 'input_ids'], output: ['last_hidden_state'] }],
    hidden: dim,
  });
}

function tokenizerJson(tokens: string[]) {
  const vocab: Record<string, number> = {};
  tokens.forEach((t, i) => {
    vocab[t] = i;
  });
  const special = (content: string) => ({
    id: vocab[content],
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIALS.map(special),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: false,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: templateProcessing('[CLS]', '[SEP]', 'bert', (t) => vocab[t]),
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: MAX_WORD_CHARS,
      vocab,
    },
  };
}

/**
 * Generate the test model into `options.out`. Deterministic: the same corpus and dim give the same
 * bytes. Throws `test-model: …` when no corpus folder exists.
 */
export function buildTestModel(options: TestModelOptions): TestModelResult {
  const start = performance.now();
  const dim = options.dim ?? TEST_MODEL_DEFAULT_DIM;
  if (!Number.isInteger(dim) || dim < 2 || dim > 4096) {
    throw new Error(`test-model: dim must be an integer in 2..4096, got ${dim}`);
  }
  const dirs = options.corpusDirs.filter((d) => existsSync(d) && statSync(d).isDirectory());
  if (dirs.length === 0) {
    throw new Error(
      `test-model: no corpus folder found among ${JSON.stringify(options.corpusDirs)} (pass --corpus DIR with text files)`,
    );
  }
  const tokenizer = options.tokenizer ?? 'wordpiece';
  if (!TEST_TOKENIZERS.includes(tokenizer)) {
    throw new Error(`test-model: tokenizer must be one of ${TEST_TOKENIZERS.join(', ')}, got ${tokenizer}`);
  }
  const vocab = buildVocabulary(dirs);
  if (tokenizer === 'unigram') {
    const u = writeUnigramTestModel(path.resolve(options.out), dirs, vocab, dim);
    return {
      dir: u.dir,
      vocabSize: u.vocabSize,
      dim,
      files: vocab.files,
      tokenizer,
      ms: performance.now() - start,
    };
  }
  const weights = new Float32Array(vocab.tokens.length * dim);
  vocab.tokens.forEach((token, i) => {
    weights.set(tokenVector(token, vocab, dim), i * dim);
  });

  const out = path.resolve(options.out);
  mkdirSync(path.join(out, 'onnx'), { recursive: true });
  const config = {
    _name_or_path: 'meeting-report-bot/test-model',
    test_fixture: true,
    // Read by src/embed/prefixes.ts: this model wants no instruction prefixes whatever its folder is called.
    embedding_prefixes: { query: '', passage: '' },
    ...lookupBertConfig(dim, vocab.tokens.length),
  };
  const tokenizerConfig = {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    strip_accents: false,
    tokenize_chinese_chars: true,
    model_max_length: 512,
    clean_up_tokenization_spaces: true,
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    mask_token: '[MASK]',
  };
  writeFileSync(path.join(out, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
  writeFileSync(path.join(out, 'tokenizer_config.json'), `${JSON.stringify(tokenizerConfig, null, 2)}\n`);
  writeFileSync(path.join(out, 'tokenizer.json'), JSON.stringify(tokenizerJson(vocab.tokens)));
  writeFileSync(path.join(out, 'onnx', 'model_quantized.onnx'), onnxModel(weights, vocab.tokens.length, dim));
  writeFileSync(
    path.join(out, 'README.md'),
    [
      '# Test model (test fixture, not a language model)',
      '',
      'Generated by `npm run test-model`. One embedding lookup per token (IDF-weighted, seeded by a',
      'hash of the token); mean pooling makes it a bag-of-words embedding. Use it for offline tests',
      'and benchmarks only. For real answers set EMBEDDING_MODEL to a real model.',
      '',
      `Vocabulary: ${vocab.tokens.length} tokens from ${vocab.files} files; dimension ${dim}.`,
      '',
    ].join('\n'),
  );
  return {
    dir: out,
    vocabSize: vocab.tokens.length,
    dim,
    files: vocab.files,
    tokenizer,
    ms: performance.now() - start,
  };
}
