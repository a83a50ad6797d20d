import { readFile } from 'node:fs/promises';

/** Bumped whenever the on-disk layout changes; loading refuses other versions. */
export const FORMAT_VERSION = 2;

/** HNSW build and search parameters, recorded so a reload searches the way the build intended. */
export interface HnswParams {
  /** Graph degree. Default 16: library-facts shows M=32 is 1.5× slower to query for ≤0.01 recall. */
  M: number;
  /** Candidate list while building. Default 100: 200 doubles build time for ≤0.007 recall. */
  efConstruction: number;
  /** Candidate list while searching. Default 64 (recall ≥0.998 at 100k clustered vectors). */
  efSearch: number;
}

export const DEFAULT_HNSW: HnswParams = { M: 16, efConstruction: 100, efSearch: 64 };

/** What the index holds for one source file. */
export interface ManifestDoc {
  /** sha256 of the decoded file text: unchanged hash ⇒ the file is not re-parsed. */
  fileHash: string;
  /** sha256 of the cleaned body: files with the same body share one set of chunks. */
  bodyHash: string;
  source: string;
  /** Size and modification time when indexed: both unchanged ⇒ the file is not even read. */
  size?: number;
  mtimeMs?: number;
}

/** `manifest.json`, written last into a generation, so its presence marks the generation complete. */
export interface Manifest {
  formatVersion: number;
  generation: number;
  createdAt: string;
  /** The embedding model whose vectors are in `vectors.hnsw`; null when the index is keyword-only. */
  model: { id: string; dim: number } | null;
  /** Why vectors are missing, when they are. */
  vectorsMissingReason: string | null;
  hnsw: HnswParams;
  counts: { docs: number; contents: number; chunks: number; vectors: number };
  /** Next free chunk id / HNSW label: labels are never reused, so stale ones cannot alias new chunks. */
  nextChunkId: number;
  docs: Record<string, ManifestDoc>;
}

/** Thrown when an index on disk cannot be used as it is; the message says how to fix it. */
export class IndexMismatchError extends Error {
  override name = 'IndexMismatchError';
}

/** Read and validate a generation's manifest. */
export async function readManifest(path: string): Promise<Manifest> {
  const raw = JSON.parse(await readFile(path, 'utf8')) as Partial<Manifest>;
  if (raw.formatVersion !== FORMAT_VERSION) {
    throw new IndexMismatchError(
      `index: format version ${String(raw.formatVersion)} ≠ supported ${FORMAT_VERSION} in ${path}, run npm run index -- --rebuild`,
    );
  }
  return raw as Manifest;
}

/**
 * Refuse an index whose vectors came from another model or dimension than the embedder at hand.
 * Names both values and the remedy.
 */
export function assertModelMatches(manifest: Manifest, model: { id: string; dim: number }): void {
  if (!manifest.model) return;
  if (manifest.model.dim !== model.dim) {
    throw new IndexMismatchError(
      `index: model dim ${model.dim} ≠ index dim ${manifest.model.dim} (index built with ${manifest.model.id}, model now ${model.id}), run npm run index -- --rebuild`,
    );
  }
  if (manifest.model.id !== model.id) {
    throw new IndexMismatchError(
      `index: model ${model.id} ≠ index model ${manifest.model.id}, run npm run index -- --rebuild`,
    );
  }
}
