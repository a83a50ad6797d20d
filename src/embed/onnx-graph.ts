/**
 * What every generated model (the WordPiece and XLM-R-shaped test fixtures, the e5-shaped cost
 * model of the benchmark) writes the same way: the ONNX model around a graph with BERT's inputs
 * and output, and the tokenizer's `<cls> A <sep>` post-processor. One place, so that the fixtures
 * cannot drift apart in what Transformers.js sees of them.
 */
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

/** A graph input or output of the given element type and shape (strings are symbolic dimensions). */
export function valueInfo(name: string, elemType: number, dims: readonly (string | number)[]) {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
      },
    },
  };
}

/** The body of an encoder graph: its weights and nodes, reading `input_ids` (and the others) and writing `last_hidden_state`. */
export interface EncoderGraph {
  /** Graph name stored in the file. */
  name: string;
  /** `producerName` of the model. */
  producer: string;
  /** ONNX initializers (weights). */
  initializer: object[];
  /** ONNX nodes; the last one must output `last_hidden_state`. */
  node: object[];
  /** Hidden size: the last dimension of `last_hidden_state`. */
  hidden: number;
  /** ONNX IR version. Default 7. */
  irVersion?: number;
  /** Default-domain opset. Default 13. */
  opset?: number;
}

/**
 * Encode a BERT-shaped model: inputs `input_ids`, `attention_mask`, `token_type_ids` (int64
 * [batch, sequence], all three declared even when unused, because Transformers.js feeds what the
 * session lists and real BERT exports list all three), output `last_hidden_state` (float
 * [batch, sequence, hidden]).
 */
export function encodeEncoder(g: EncoderGraph): Uint8Array {
  const { FLOAT, INT64 } = onnx.TensorProto.DataType;
  const tokens = ['batch', 'sequence'];
  const model = onnx.ModelProto.create({
    irVersion: g.irVersion ?? 7,
    opsetImport: [{ domain: '', version: g.opset ?? 13 }],
    producerName: g.producer,
    graph: {
      name: g.name,
      initializer: g.initializer,
      node: g.node,
      input: [
        valueInfo('input_ids', INT64, tokens),
        valueInfo('attention_mask', INT64, tokens),
        valueInfo('token_type_ids', INT64, tokens),
      ],
      output: [valueInfo('last_hidden_state', FLOAT, [...tokens, g.hidden])],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

/**
 * tokenizer.json's `TemplateProcessing` post-processor: `cls A sep` for one text; for a pair,
 * BERT's `cls A sep B sep` (B of type 1) or RoBERTa's `cls A sep sep B sep` (all type 0).
 * @param ids the vocabulary id of a special token.
 */
export function templateProcessing(
  cls: string,
  sep: string,
  pairStyle: 'bert' | 'roberta',
  ids: (token: string) => number | undefined,
) {
  const special = (id: string, type_id: number) => ({ SpecialToken: { id, type_id } });
  const seq = (id: 'A' | 'B', type_id: number) => ({ Sequence: { id, type_id } });
  const single = [special(cls, 0), seq('A', 0), special(sep, 0)];
  const pair =
    pairStyle === 'bert'
      ? [...single, seq('B', 1), special(sep, 1)]
      : [...single, special(sep, 0), seq('B', 0), special(sep, 0)];
  const st = (t: string) => ({ id: t, ids: [ids(t)], tokens: [t] });
  return {
    type: 'TemplateProcessing',
    single,
    pair,
    special_tokens: { [cls]: st(cls), [sep]: st(sep) },
  };
}

/**
 * config.json fields of a one-lookup BERT-shaped fixture (no encoder layers): the model type
 * Transformers.js dispatches on and the sizes it checks.
 */
export function lookupBertConfig(dim: number, vocabSize: number) {
  return {
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: dim,
    vocab_size: vocabSize,
    max_position_embeddings: 512,
    num_hidden_layers: 0,
    num_attention_heads: 1,
    intermediate_size: dim,
    type_vocab_size: 2,
    // BERT's default, as in multilingual-e5-small's config (whose tokenizer's <pad> is 1).
    pad_token_id: 0,
  };
}
