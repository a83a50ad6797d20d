/** What a text is, for models that embed questions and passages differently (E5's prefixes). */
export type EmbedKind = 'query' | 'passage';

/** Turns texts into unit-length vectors; cosine similarity is then a dot product. */
export interface Embedder {
  /** The model as configured (hub id or the directory given), for logs and index metadata. */
  readonly modelId: string;
  /** Vector length, known once the model is loaded. */
  readonly dim: number;
  /**
   * One L2-normalised Float32Array of length `dim` per text, in input order. Identical inputs give
   * identical vectors; alone or in a batch they agree up to float rounding.
   */
  embed(texts: string[], kind: EmbedKind): Promise<Float32Array[]>;
  /**
   * Tokens of `text` as the model sees it (prefix and special tokens included, before truncation).
   * Present for real tokenizers; the indexer then sizes chunks in tokens.
   */
  countTokens?(text: string, kind?: EmbedKind): number;
  /** Longest input in tokens; longer texts are truncated (and counted in `truncated`). */
  readonly maxTokens?: number;
  /** Texts truncated to `maxTokens` so far, so that truncation is never silent. */
  readonly truncated?: number;
  /** Release the model (optional). */
  close?(): Promise<void>;
}
