/**
 * The cost model of the benchmark's --real-cost mode, in a tiny shape: a valid ONNX BERT encoder
 * with int8 dynamic quantisation that onnxruntime-node runs, padding-invariant, 384-wide in full size.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { E5_SMALL_SHAPE, writeE5ShapedModel } from '../src/bench/e5-shaped-model.ts';
import { loadEmbedder } from '../src/embed/load.ts';
import { dot } from '../src/embed/pooling.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'e5-shaped-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('writeE5ShapedModel', () => {
  it('writes an encoder onnxruntime-node runs, the same alone as in a padded batch', async () => {
    const out = path.join(tmp, 'tiny');
    const shape = { ...E5_SMALL_SHAPE, layers: 2, hidden: 48, heads: 4, intermediate: 96, vocab: 8000 };
    const bytes = writeE5ShapedModel(out, [path.resolve('seeds')], shape);
    // The int8 word-embedding table dominates: one byte per weight.
    expect(bytes).toBeGreaterThan(shape.vocab * shape.hidden);
    const tok = JSON.parse(readFileSync(path.join(out, 'tokenizer.json'), 'utf8'));
    expect(tok.model.vocab).toHaveLength(shape.vocab);
    expect(JSON.parse(readFileSync(path.join(out, 'config.json'), 'utf8'))).toMatchObject({
      num_hidden_layers: 2,
      hidden_size: 48,
      vocab_size: shape.vocab,
      tokenizer_class: 'XLMRobertaTokenizer',
    });
    const r = await loadEmbedder({ model: out, modelsDir: path.join(tmp, 'cache'), offline: true });
    if (!r.ok) throw new Error(r.reason);
    try {
      expect(r.embedder.backend).toBe('onnxruntime-node');
      expect(r.embedder.dim).toBe(48);
      const texts = [
        'giao ban',
        'Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024 tại huyện Mộc Châu',
      ];
      const batch = await r.embedder.embed(texts, 'passage');
      for (let i = 0; i < texts.length; i++) {
        const [alone] = await r.embedder.embed([texts[i]!], 'passage');
        expect(dot(alone!, batch[i]!)).toBeCloseTo(1, 4);
      }
      expect(dot(batch[0]!, batch[1]!)).toBeLessThan(0.9999);
    } finally {
      await r.embedder.close();
    }
  });

  it('tokenises the questions it is given about one piece per word, as XLM-R would', async () => {
    const shape = { ...E5_SMALL_SHAPE, layers: 1, hidden: 16, heads: 2, intermediate: 32, vocab: 8000 };
    const question = 'Who presided over the briefing?';
    const counts: number[] = [];
    for (const [name, questions] of [
      ['without', []],
      ['with', [question]],
    ] as const) {
      const out = path.join(tmp, `vocab-${name}`);
      writeE5ShapedModel(out, [path.resolve('seeds')], shape, { questions });
      const r = await loadEmbedder({ model: out, modelsDir: path.join(tmp, 'cache'), offline: true });
      if (!r.ok) throw new Error(r.reason);
      counts.push(r.embedder.countTokens(question, 'query'));
      await r.embedder.close();
    }
    // <s> ▁query : ▁Who ▁presided ▁over ▁the ▁briefing ? </s>
    expect(counts[1]).toBe(10);
    // The seeds are Vietnamese: without the question, its English words fall apart into letters.
    expect(counts[0]).toBeGreaterThan(15);
  });
});
