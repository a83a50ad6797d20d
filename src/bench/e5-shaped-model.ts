/**
 * A model with multilingual-e5-small's shape and cost, and random weights — for measuring what the
 * real model costs (embedding speed, query encoding, load time, memory) without a download. Its
 * vectors mean nothing: never use it for answers or recall.
 *
 * Shape as the int8 export of Xenova/multilingual-e5-small: a BERT encoder, 12 layers, hidden 384,
 * 12 heads, feed-forward 1536, 512 positions, a 250k-piece vocabulary; weights int8 with dynamic
 * quantisation (DynamicQuantizeLinear → MatMulInteger, as onnxruntime's quantize_dynamic writes),
 * the word-embedding table int8 behind DequantizeLinear. Tokenizer: the XLM-R-shaped fixture's
 * (test-model-unigram.ts) padded with filler pieces to 250k, so loading and tokenising cost what
 * they do for the real one.
 *
 * Token counts matter as much as the network: encoding costs about 1 ms of CPU per token here. The
 * fixture's pieces come from the corpus, so a word the corpus lacks (any English word, Vietnamese
 * question words such as "nào", "nhiêu") falls apart into single characters — 46–95 tokens for an
 * English question that XLM-R's 250k pieces, trained on 100 languages, cover in about one piece per
 * word. Giving the writer the benchmark's questions puts their words in the vocabulary too, so a
 * question costs about what it would with the real tokenizer (a little less for English words that
 * XLM-R splits in two: those are not modelled).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import onnxProto from 'onnx-proto';
import { encodeEncoder } from '../embed/onnx-graph.ts';
import { buildTestModel } from '../embed/test-model.ts';
import { METASPACE } from '../embed/test-model-unigram.ts';

const { onnx } = onnxProto;
const ATTR = onnx.AttributeProto.AttributeType;

/** Encoder dimensions. */
export interface EncoderShape {
  layers: number;
  hidden: number;
  heads: number;
  intermediate: number;
  vocab: number;
  positions: number;
}

/** multilingual-e5-small's dimensions. */
export const E5_SMALL_SHAPE: Readonly<EncoderShape> = {
  layers: 12,
  hidden: 384,
  heads: 12,
  intermediate: 1536,
  vocab: 250_037,
  positions: 512,
};

/** Standard deviation of the random float weights (BERT's initialiser range). */
const WEIGHT_STD = 0.02;
// A uniform int8 in [-127, 127] has standard deviation ≈ 73.3.
const INT8_STD = 127 / Math.sqrt(3);

type Shape = Readonly<EncoderShape>;

/** xorshift32 bytes: fast and deterministic (crypto randomness is not needed for noise). */
function randomInt8(n: number, seed: number): Int8Array {
  const out = new Int8Array(n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = ((s >>> 0) % 255) - 127;
  }
  return out;
}

function randomFloat(n: number, seed: number, std: number): Float32Array {
  const q = randomInt8(n, seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = (q[i]! / INT8_STD) * std;
  return out;
}

/** Builds the graph node by node with unique names. */
class Graph {
  readonly nodes: object[] = [];
  readonly initializers: object[] = [];
  private n = 0;
  private seed = 1;

  name(prefix: string): string {
    return `${prefix}_${this.n++}`;
  }

  node(opType: string, inputs: string[], attrs: object[] = [], outputs = 1): string[] {
    const outs = Array.from({ length: outputs }, () => this.name(opType.toLowerCase()));
    this.nodes.push({ opType, input: inputs, output: outs, attribute: attrs, name: this.name('n') });
    return outs;
  }

  one(opType: string, inputs: string[], attrs: object[] = []): string {
    return this.node(opType, inputs, attrs)[0]!;
  }

  tensor(dataType: number, dims: number[], raw: ArrayBufferView): string {
    const name = this.name('w');
    this.initializers.push({
      name,
      dataType,
      dims,
      rawData: new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength),
    });
    return name;
  }

  floats(dims: number[], values: Float32Array): string {
    return this.tensor(onnx.TensorProto.DataType.FLOAT, dims, values);
  }

  scalarF(v: number): string {
    return this.floats([], Float32Array.of(v));
  }

  int64s(values: number[]): string {
    return this.tensor(
      onnx.TensorProto.DataType.INT64,
      [values.length],
      BigInt64Array.from(values.map(BigInt)),
    );
  }

  nextSeed(): number {
    this.seed = (this.seed * 1_103_515_245 + 12_345) >>> 0;
    return this.seed;
  }

  /** y = x · W + b with W int8 and x quantised per call, as onnxruntime's dynamic quantisation does. */
  quantMatMul(x: string, k: number, n: number): string {
    const w = this.tensor(onnx.TensorProto.DataType.INT8, [k, n], randomInt8(k * n, this.nextSeed()));
    const wScale = this.scalarF(WEIGHT_STD / INT8_STD);
    const wZero = this.tensor(onnx.TensorProto.DataType.INT8, [], Int8Array.of(0));
    const [xq, xScale, xZero] = this.node('DynamicQuantizeLinear', [x], [], 3) as [string, string, string];
    const acc = this.one('MatMulInteger', [xq, w, xZero, wZero]);
    const asFloat = this.one(
      'Cast',
      [acc],
      [{ name: 'to', type: ATTR.INT, i: onnx.TensorProto.DataType.FLOAT }],
    );
    const scale = this.one('Mul', [xScale, wScale]);
    const y = this.one('Mul', [asFloat, scale]);
    return this.one('Add', [y, this.floats([n], new Float32Array(n))]);
  }

  layerNorm(x: string, dim: number): string {
    return this.one(
      'LayerNormalization',
      [x, this.floats([dim], new Float32Array(dim).fill(1)), this.floats([dim], new Float32Array(dim))],
      [
        { name: 'axis', type: ATTR.INT, i: -1 },
        { name: 'epsilon', type: ATTR.FLOAT, f: 1e-12 },
      ],
    );
  }
}

const perm = (p: number[]) => [{ name: 'perm', type: ATTR.INTS, ints: p }];

function encoderLayer(g: Graph, x: string, maskBias: string, s: Shape): string {
  const headDim = s.hidden / s.heads;
  const heads = g.int64s([0, 0, s.heads, headDim]);
  const split = (t: string, p: number[]) => g.one('Transpose', [g.one('Reshape', [t, heads])], perm(p));
  const q = split(g.quantMatMul(x, s.hidden, s.hidden), [0, 2, 1, 3]);
  const k = split(g.quantMatMul(x, s.hidden, s.hidden), [0, 2, 3, 1]);
  const v = split(g.quantMatMul(x, s.hidden, s.hidden), [0, 2, 1, 3]);
  const scores = g.one('Mul', [g.one('MatMul', [q, k]), g.scalarF(1 / Math.sqrt(headDim))]);
  const probs = g.one(
    'Softmax',
    [g.one('Add', [scores, maskBias])],
    [{ name: 'axis', type: ATTR.INT, i: -1 }],
  );
  const ctx = g.one('Transpose', [g.one('MatMul', [probs, v])], perm([0, 2, 1, 3]));
  const merged = g.one('Reshape', [ctx, g.int64s([0, 0, s.hidden])]);
  const h = g.layerNorm(g.one('Add', [g.quantMatMul(merged, s.hidden, s.hidden), x]), s.hidden);
  const up = g.quantMatMul(h, s.hidden, s.intermediate);
  // GELU (erf form), as BERT: 0.5 · x · (1 + erf(x / √2)).
  const erf = g.one('Erf', [g.one('Mul', [up, g.scalarF(Math.SQRT1_2)])]);
  const gelu = g.one('Mul', [g.one('Mul', [up, g.one('Add', [erf, g.scalarF(1)])]), g.scalarF(0.5)]);
  const down = g.quantMatMul(gelu, s.intermediate, s.hidden);
  return g.layerNorm(g.one('Add', [down, h]), s.hidden);
}

/** The ONNX bytes of an e5-small-shaped encoder with random int8 weights. */
export function e5ShapedOnnx(shape: Shape = E5_SMALL_SHAPE): Uint8Array {
  const { FLOAT, INT64, INT8 } = onnx.TensorProto.DataType;
  const g = new Graph();
  const d = shape.hidden;
  // Word embeddings: int8 table, dequantised after the lookup.
  const table = g.tensor(INT8, [shape.vocab, d], randomInt8(shape.vocab * d, g.nextSeed()));
  const words = g.one('DequantizeLinear', [
    g.one('Gather', [table, 'input_ids']),
    g.scalarF(WEIGHT_STD / INT8_STD),
    g.tensor(INT8, [], Int8Array.of(0)),
  ]);
  const seqLen = g.one('Gather', [g.one('Shape', ['input_ids']), g.tensor(INT64, [], BigInt64Array.of(1n))]);
  const positions = g.one('Range', [
    g.tensor(INT64, [], BigInt64Array.of(0n)),
    seqLen,
    g.tensor(INT64, [], BigInt64Array.of(1n)),
  ]);
  const pos = g.one('Gather', [
    g.floats([shape.positions, d], randomFloat(shape.positions * d, g.nextSeed(), WEIGHT_STD)),
    positions,
  ]);
  const types = g.one('Gather', [
    g.floats([2, d], randomFloat(2 * d, g.nextSeed(), WEIGHT_STD)),
    'token_type_ids',
  ]);
  let x = g.layerNorm(g.one('Add', [g.one('Add', [words, pos]), types]), d);
  // Attention mask → additive bias [batch, 1, 1, seq]: 0 for tokens, −10000 for padding.
  const mask = g.one('Cast', ['attention_mask'], [{ name: 'to', type: ATTR.INT, i: FLOAT }]);
  const inverted = g.one('Sub', [g.scalarF(1), mask]);
  const maskBias = g.one('Unsqueeze', [g.one('Mul', [inverted, g.scalarF(-10_000)]), g.int64s([1, 2])]);
  for (let l = 0; l < shape.layers; l++) x = encoderLayer(g, x, maskBias, shape);
  const out = g.one('Identity', [x]);
  return encodeEncoder({
    name: 'e5_small_shaped_random',
    producer: 'meeting-report-bot e5-shaped cost model (random weights)',
    initializer: g.initializers,
    node: [...g.nodes, { opType: 'Identity', input: [out], output: ['last_hidden_state'], name: 'out' }],
    hidden: d,
    irVersion: 8,
    opset: 17,
  });
}

/** Options of {@link writeE5ShapedModel}. */
export interface E5ShapedOptions {
  /**
   * Texts whose words join the vocabulary beside the corpus's: the questions the benchmark will
   * encode, so that they are tokenised about as XLM-R would (see the file comment). Default none.
   */
  questions?: readonly string[];
}

/**
 * Write the cost model into `out`: the XLM-R-shaped fixture's tokenizer (vocabulary from
 * `corpusDirs` and `options.questions`) padded to the full vocabulary, config.json with e5-small's
 * dimensions, and the random-weight encoder. Returns the ONNX file's size in bytes.
 */
export function writeE5ShapedModel(
  out: string,
  corpusDirs: string[],
  shape: Shape = E5_SMALL_SHAPE,
  options: E5ShapedOptions = {},
): number {
  const questions = options.questions ?? [];
  const extra = questions.length > 0 ? mkdtempSync(path.join(os.tmpdir(), 'e5-vocab-')) : null;
  try {
    if (extra) writeFileSync(path.join(extra, 'questions.txt'), `${questions.join('\n')}\n`);
    buildTestModel({
      out,
      corpusDirs: extra ? [...corpusDirs, extra] : corpusDirs,
      dim: 8,
      tokenizer: 'unigram',
    });
  } finally {
    if (extra) rmSync(extra, { recursive: true, force: true });
  }
  const tokFile = path.join(out, 'tokenizer.json');
  const tok = JSON.parse(readFileSync(tokFile, 'utf8')) as {
    model: { vocab: [string, number][] };
    added_tokens: { id: number; content: string }[];
  };
  const vocab = tok.model.vocab;
  const mask = vocab.pop()!;
  // Filler pieces (never produced from real text) bring the trie and lookup tables to full size.
  for (let i = 0; vocab.length < shape.vocab - 1; i++)
    vocab.push([`${METASPACE}\u0371${i.toString(36)}`, -15]);
  vocab.push(mask);
  const maskToken = tok.added_tokens.find((t) => t.content === mask[0]);
  if (maskToken) maskToken.id = vocab.length - 1;
  writeFileSync(tokFile, JSON.stringify(tok));
  const configFile = path.join(out, 'config.json');
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>;
  Object.assign(config, {
    _name_or_path: 'meeting-report-bot/e5-small-shaped-random-weights',
    cost_model: true,
    hidden_size: shape.hidden,
    num_hidden_layers: shape.layers,
    num_attention_heads: shape.heads,
    intermediate_size: shape.intermediate,
    vocab_size: shape.vocab,
    max_position_embeddings: shape.positions,
  });
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
  const bytes = e5ShapedOnnx(shape);
  writeFileSync(path.join(out, 'onnx', 'model_quantized.onnx'), bytes);
  return bytes.length;
}
