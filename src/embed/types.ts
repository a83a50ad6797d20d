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
  /** Release the model (optional). */
  close?(): Promise<void>;
}
