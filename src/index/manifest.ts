import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { EfCalibration } from './ef-calibration.ts';

/** Bumped whenever the on-disk layout changes; loading refuses other versions. */
export const FORMAT_VERSION = 2;

/** HNSW build and search parameters, recorded so a reload searches the way the build intended. */
export interface HnswParams {
  /** Graph degree. Default 16: library-facts shows M=32 is 1.5× slower to query for ≤0.01 recall. */
  M: number;
  /** Candidate list while building. Default 100: 200 doubles build time for ≤0.007 recall. */
  efConstruction: number;
  /**
   * Candidate list while searching. Default 64 (recall ≥0.998 at 100k clustered vectors); a build
   * not given one serves the smallest that reaches recall@10 0.98 on its own vectors (ef-calibration.ts).
   */
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
  /**
   * The parser that read the files (`ingest/parse.ts` `PARSER_VERSION`). Absent in manifests
   * written before it existed. Another version makes the next build re-parse every file.
   */
  parserVersion?: number;
  docs: Record<string, ManifestDoc>;
  /**
   * How `hnsw.efSearch` was chosen from this index's own vectors (`ef-calibration.ts`). Absent when
   * the build was given an efSearch, had too few vectors, or predates calibration.
   */
  efCalibration?: EfCalibration;
  /**
   * Size and sha256 of every other file of the generation (`index.sqlite`, `vectors.hnsw`), so a
   * truncated, swapped or altered file is refused before it is served. Absent in manifests written
   * before it existed; those generations are checked structurally only.
   */
  files?: Record<string, GenerationFile>;
}

/** A file of a generation as the build wrote it. */
export interface GenerationFile {
  size: number;
  /** sha256, hex. */
  sha256: string;
}

/** Thrown when an index on disk cannot be used as it is; the message says how to fix it. */
export class IndexMismatchError extends Error {
  override name = 'IndexMismatchError';
}

/** Thrown when a generation's files are damaged (unreadable, truncated, altered); the message names the file and the cause. */
export class DamagedIndexError extends Error {
  override name = 'DamagedIndexError';
}

const count = z.number().int().nonnegative();
/**
 * The fields readers and builds rely on. Loose: fields added later (by newer code) are kept, so an
 * older reader neither drops nor rejects them.
 */
const MANIFEST_SCHEMA = z.looseObject({
  formatVersion: z.number(),
  generation: z.number().int().positive(),
  createdAt: z.string(),
  model: z.object({ id: z.string(), dim: z.number().int().positive() }).nullable(),
  vectorsMissingReason: z.string().nullable(),
  hnsw: z.object({ M: z.number(), efConstruction: z.number(), efSearch: z.number() }),
  counts: z.object({ docs: count, contents: count, chunks: count, vectors: count }),
  nextChunkId: z.number().int().positive(),
  docs: z.record(
    z.string(),
    z.object({ fileHash: z.string(), bodyHash: z.string(), source: z.string() }).loose(),
  ),
  files: z.record(z.string(), z.object({ size: count, sha256: z.string() })).optional(),
  efCalibration: z
    .object({
      efSearch: z.number().int().positive(),
      recall: z.number(),
      reached: z.boolean(),
      queries: count,
      vectors: count,
    })
    .optional(),
});
/**
 * The same without the per-document check, for manifests whose documents {@link docsLookValid}
 * already passed: zod spent 120 ms of CPU on the 30k documents of a 100k-chunk index at every load.
 */
const MANIFEST_HEAD_SCHEMA = MANIFEST_SCHEMA.extend({ docs: z.unknown() });

/**
 * The per-document check of {@link MANIFEST_SCHEMA} as a plain loop, at least as strict as zod's:
 * when it fails, the full schema runs, so a bad manifest is described in zod's words as before.
 */
function docsLookValid(docs: unknown): boolean {
  if (typeof docs !== 'object' || docs === null || Array.isArray(docs)) return false;
  for (const doc of Object.values(docs)) {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return false;
    const d = doc as Record<string, unknown>;
    if (typeof d.fileHash !== 'string' || typeof d.bodyHash !== 'string' || typeof d.source !== 'string')
      return false;
  }
  return true;
}

/**
 * Read and validate a generation's manifest. A missing, unreadable, non-JSON or incomplete file
 * throws {@link DamagedIndexError} naming the file and what is wrong (never the parser's own text);
 * another format version throws {@link IndexMismatchError}.
 */
export async function readManifest(path: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new DamagedIndexError(`${path} ${code === 'ENOENT' ? 'is missing' : `cannot be read (${code})`}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DamagedIndexError(
      `${path} is not valid JSON (${text.trim() === '' ? 'the file is empty' : `${text.length} characters, cut short or overwritten`})`,
    );
  }
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof raw === 'object' && raw !== null && typeof version === 'number' && version !== FORMAT_VERSION) {
    throw new IndexMismatchError(
      `index: format version ${version} ≠ supported ${FORMAT_VERSION} in ${path}, run npm run index -- --rebuild`,
    );
  }
  const fast = typeof raw === 'object' && raw !== null && docsLookValid((raw as { docs?: unknown }).docs);
  const parsed = (fast ? MANIFEST_HEAD_SCHEMA : MANIFEST_SCHEMA).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? issue.path.join('.') : 'the top level';
    throw new DamagedIndexError(`${path} is not a valid manifest (${field}: ${issue?.message ?? 'invalid'})`);
  }
  return raw as Manifest;
}

/** Thrown when the index's vectors come from another model than the one loaded. */
export class ModelMismatchError extends IndexMismatchError {
  override name = 'ModelMismatchError';
}

/**
 * Refuse an index whose vectors came from another model or dimension than the embedder at hand
 * ({@link ModelMismatchError}, which keyword search can still serve). Names both values and the remedy.
 */
export function assertModelMatches(manifest: Manifest, model: { id: string; dim: number }): void {
  if (!manifest.model) return;
  if (manifest.model.dim !== model.dim) {
    throw new ModelMismatchError(
      `index: model dim ${model.dim} ≠ index dim ${manifest.model.dim} (index built with ${manifest.model.id}, model now ${model.id}), run npm run index -- --rebuild`,
    );
  }
  if (manifest.model.id !== model.id) {
    throw new ModelMismatchError(
      `index: model ${model.id} ≠ index model ${manifest.model.id}, run npm run index -- --rebuild`,
    );
  }
}
