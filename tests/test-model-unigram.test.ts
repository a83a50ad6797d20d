/**
 * The multilingual-e5-small-shaped fixture: files and ids as the real model has them, tokenised by
 * Transformers.js' own Unigram code, loaded and embedded by our loader.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AutoTokenizer, env } from '@xenova/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder } from '../src/embed/load.ts';
import { dot } from '../src/embed/pooling.ts';
import { E5_PREFIXES } from '../src/embed/prefixes.ts';
import { buildTestModel, type TestModelResult } from '../src/embed/test-model.ts';
import { METASPACE, wordPieces } from '../src/embed/test-model-unigram.ts';
import type { TransformersEmbedder } from '../src/embed/transformers.ts';
import { normalizeText } from '../src/text/normalize.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.join(root, 'seeds');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'test-model-unigram-'));
const out = path.join(tmp, 'e5-shaped');
const json = (f: string) => JSON.parse(readFileSync(path.join(out, f), 'utf8'));
const QUESTION = 'Ai chủ trì hội nghị giao ban Khối Đảng quý I năm 2021 ở Mường Lay?';

let model: TestModelResult;
let embedder: TransformersEmbedder;
/** Transformers.js' tokenizer for the fixture, loaded the library's own way. */
let tokenizer: Awaited<ReturnType<typeof AutoTokenizer.from_pretrained>>;

beforeAll(async () => {
  model = buildTestModel({ out, corpusDirs: [seedsDir], tokenizer: 'unigram' });
  const saved = { allowRemoteModels: env.allowRemoteModels, localModelPath: env.localModelPath };
  env.allowRemoteModels = false;
  env.localModelPath = `${tmp}${path.sep}`;
  try {
    tokenizer = await AutoTokenizer.from_pretrained('e5-shaped');
  } finally {
    Object.assign(env, saved);
  }
  const loaded = await loadEmbedder({ model: out, modelsDir: path.join(tmp, 'cache'), offline: true });
  if (!loaded.ok) throw new Error(loaded.warning);
  embedder = loaded.embedder;
});

afterAll(async () => {
  await embedder?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('the XLM-R-shaped test model', () => {
  it('has e5-small’s config and tokenizer layout', () => {
    expect(model.tokenizer).toBe('unigram');
    expect(json('config.json')).toMatchObject({
      model_type: 'bert',
      tokenizer_class: 'XLMRobertaTokenizer',
      pad_token_id: 0,
      max_position_embeddings: 512,
      test_fixture: true,
    });
    expect(json('tokenizer_config.json')).toMatchObject({
      tokenizer_class: 'XLMRobertaTokenizer',
      bos_token: '<s>',
      eos_token: '</s>',
      pad_token: '<pad>',
      unk_token: '<unk>',
      mask_token: '<mask>',
    });
    const tok = json('tokenizer.json');
    expect(tok.model.type).toBe('Unigram');
    expect(tok.pre_tokenizer.pretokenizers.map((p: { type: string }) => p.type)).toEqual([
      'WhitespaceSplit',
      'Metaspace',
    ]);
    const vocab = tok.model.vocab as [string, number][];
    expect(vocab.slice(0, 4).map(([p]) => p)).toEqual(['<s>', '<pad>', '</s>', '<unk>']);
    expect(vocab[vocab.length - 1]![0]).toBe('<mask>');
    expect(tok.model.unk_id).toBe(3);
    expect(vocab).toHaveLength(model.vocabSize);
  });

  it('is tokenised by Transformers.js into whole Vietnamese words with <s> … </s>', () => {
    const ids = tokenizer.encode(`passage: ${QUESTION}`);
    const pieces = tokenizer.model.convert_ids_to_tokens(ids);
    expect(ids[0]).toBe(0);
    expect(ids[ids.length - 1]).toBe(2);
    expect(pieces).toEqual([
      '<s>',
      '▁passage',
      ':',
      ...['▁A', 'i'],
      ...'chủ trì hội nghị giao ban Khối Đảng quý I năm 2021 ở Mường Lay'
        .split(' ')
        .map((w) => METASPACE + w),
      '?',
      '</s>',
    ]);
    expect(tokenizer.pad_token_id).toBe(1);
    // Folded and lower-cased spellings are pieces too; characters outside the corpus fuse into <unk>.
    expect(tokenizer.model.convert_ids_to_tokens(tokenizer.encode('muong lay 日本'))).toEqual([
      '<s>',
      '▁muong',
      '▁lay',
      '▁',
      '<unk>',
      '</s>',
    ]);
    expect(tokenizer.decode(tokenizer.encode(QUESTION), { skip_special_tokens: true })).toBe(QUESTION);
  });

  it('keeps every seed word of the corpus whole (one piece, no <unk>)', () => {
    const text = normalizeText(readFileSync(path.join(seedsDir, readdirSync(seedsDir).sort()[0]!), 'utf8'));
    const words = text.split(/\s+/).filter(Boolean).slice(0, 300);
    const ids = tokenizer.encode(words.join(' '));
    const expected = words.flatMap((w) => wordPieces(w.normalize('NFKC')));
    expect(ids).not.toContain(3);
    expect(tokenizer.model.convert_ids_to_tokens(ids).slice(1, -1)).toEqual(expected);
  });

  it('loads through our loader with E5 prefixes (detected from its name) and counts them as tokens', async () => {
    expect(embedder.backend).toBe('onnxruntime-node');
    expect(embedder.dim).toBe(model.dim);
    expect(embedder.prefixes).toEqual(E5_PREFIXES);
    expect(embedder.maxTokens).toBe(512);
    // "passage: " is two pieces (▁passage, :) on top of <s> … </s>.
    expect(embedder.countTokens('giao ban', 'passage')).toBe(2 + 2 + 2);
    expect(embedder.countTokens('giao ban', 'query')).toBe(2 + 2 + 2);
  });

  it('embeds alone as in a padded batch (<pad> is id 1 here) and finds the right passage', async () => {
    const texts = ['giao ban', QUESTION, 'Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm'];
    const batch = await embedder.embed(texts, 'passage');
    for (let i = 0; i < texts.length; i++) {
      const [alone] = await embedder.embed([texts[i]!], 'passage');
      for (let d = 0; d < model.dim; d += 17) expect(alone![d]).toBeCloseTo(batch[i]![d]!, 6);
    }
    const [q] = await embedder.embed(['ai chu tri giao ban khoi dang muong lay'], 'query');
    expect(dot(q!, batch[1]!)).toBeGreaterThan(dot(q!, batch[2]!) + 0.2);
  });
});
