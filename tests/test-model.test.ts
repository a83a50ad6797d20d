import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildTestModel,
  preTokens,
  seededUnitVector,
  TEST_MODEL_DEFAULT_DIM,
} from '../src/embed/test-model.ts';
import { fold } from '../src/text/normalize.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.join(root, 'seeds');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'test-model-'));
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const read = (dir: string, f: string) => readFileSync(path.join(dir, f));

describe('buildTestModel', () => {
  it('writes the files Transformers.js needs, quickly, with the default dim', () => {
    const out = path.join(tmp, 'a');
    const r = buildTestModel({ out, corpusDirs: [seedsDir] });
    expect(r.ms).toBeLessThan(5000);
    expect(r.dim).toBe(TEST_MODEL_DEFAULT_DIM);
    expect(r.files).toBe(5);
    for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model_quantized.onnx']) {
      expect(existsSync(path.join(out, f)), f).toBe(true);
    }
    const config = JSON.parse(read(out, 'config.json').toString());
    expect(config).toMatchObject({
      model_type: 'bert',
      hidden_size: r.dim,
      vocab_size: r.vocabSize,
      test_fixture: true,
    });
    const tokCfg = JSON.parse(read(out, 'tokenizer_config.json').toString());
    expect(tokCfg).toMatchObject({
      pad_token: '[PAD]',
      unk_token: '[UNK]',
      cls_token: '[CLS]',
      sep_token: '[SEP]',
      mask_token: '[MASK]',
    });
    // Weights: vocab × dim float32 values dominate the ONNX file.
    expect(read(out, 'onnx/model_quantized.onnx').length).toBeGreaterThan(r.vocabSize * r.dim * 4);
  });

  it('takes its vocabulary from the corpus: lower-cased words, folded forms, single characters and pieces', () => {
    const out = path.join(tmp, 'b');
    buildTestModel({ out, corpusDirs: [seedsDir], dim: 16 });
    const tok = JSON.parse(read(out, 'tokenizer.json').toString());
    const vocab = tok.model.vocab as Record<string, number>;
    expect(tok.normalizer).toMatchObject({ type: 'BertNormalizer', lowercase: true, strip_accents: false });
    expect(['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'].map((t) => vocab[t])).toEqual([0, 1, 2, 3, 4]);
    const seedWords = preTokens(readFileSync(path.join(seedsDir, '000_0c95c87bab80c7cf.txt'), 'utf8'));
    for (const w of seedWords.slice(0, 200)) {
      expect(vocab[w], w).toBeTypeOf('number');
      expect(vocab[fold(w)], fold(w)).toBeTypeOf('number');
    }
    for (const c of ['a', 'ệ', 'đ', '##ệ', '##q', '7']) expect(vocab[c], c).toBeTypeOf('number');
    // Ids are dense 0..n-1.
    expect(Object.values(vocab).sort((a, b) => a - b)).toEqual(Object.keys(vocab).map((_, i) => i));
  });

  it('is deterministic: the same corpus gives byte-identical files', () => {
    const [x, y] = [path.join(tmp, 'x'), path.join(tmp, 'y')];
    buildTestModel({ out: x, corpusDirs: [seedsDir], dim: 32 });
    buildTestModel({ out: y, corpusDirs: [seedsDir], dim: 32 });
    for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model_quantized.onnx']) {
      expect(read(x, f).equals(read(y, f)), f).toBe(true);
    }
  });

  it('rejects a bad dim and a missing corpus with the value and the fix', () => {
    expect(() => buildTestModel({ out: path.join(tmp, 'z'), corpusDirs: [seedsDir], dim: 1 })).toThrow(
      'test-model: dim must be an integer in 2..4096, got 1',
    );
    expect(() => buildTestModel({ out: path.join(tmp, 'z'), corpusDirs: [path.join(tmp, 'none')] })).toThrow(
      '(pass --corpus DIR with text files)',
    );
  });

  it('seeds unit vectors by string', () => {
    const a = seededUnitVector('hội', 64);
    expect(a).toEqual(seededUnitVector('hội', 64));
    expect(a).not.toEqual(seededUnitVector('hoi', 64));
    expect(a.reduce((s, x) => s + x * x, 0)).toBeCloseTo(1, 5);
  });
});

describe('npm run test-model (scripts/test-model.ts)', () => {
  it('prints where it wrote and the vocabulary size', () => {
    const out = path.join(tmp, 'cli');
    const stdout = execFileSync(
      tsx,
      ['scripts/test-model.ts', '--out', out, '--corpus', seedsDir, '--dim', '32'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(stdout).toMatch(
      new RegExp(`wrote a TEST FIXTURE model to ${out} \\(vocab \\d+ tokens from 5 files, dim 32`),
    );
    expect(stdout).toContain(`EMBEDDING_MODEL=${out}`);
    expect(existsSync(path.join(out, 'onnx', 'model_quantized.onnx'))).toBe(true);
  });

  it('exits non-zero with a message on a bad option', () => {
    const r = spawnSync(tsx, ['scripts/test-model.ts', '--out', path.join(tmp, 'bad'), '--dim', 'abc'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('test-model: dim must be an integer in 2..4096, got NaN');
  });
});
