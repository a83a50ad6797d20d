/**
 * What an index on disk holds, checked from outside the product: which documents (by file hash)
 * the live generation serves, whether its manifest, SQLite file and HNSW file agree, and what the
 * embedding cache already holds. Used by the crash and disk-fault suites.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import hnswlib from 'hnswlib-node';
import { expect } from 'vitest';
import type { Embedder } from '../../src/embed/types.ts';
import { EmbedCache } from '../../src/index/embed-cache.ts';
import { IndexReader } from '../../src/index/open.ts';
import { listArticleFiles, readArticleText } from '../../src/ingest/scan.ts';
import { fold } from '../../src/text/normalize.ts';
import { sha256, sqliteCounts } from './reliability.ts';

/** docId → sha256 of the decoded text: what a generation built from a folder would record. */
export type DocState = Record<string, string>;

/** The state a complete build of `sourceDir` would publish (hashes computed as the build does). */
export async function sourceState(sourceDir: string): Promise<DocState> {
  const { files } = await listArticleFiles(sourceDir);
  const state: DocState = {};
  for (const f of files) {
    const read = await readArticleText(f.path);
    if (read.ok) state[f.docId] = sha256(read.text);
  }
  return state;
}

export interface LiveGeneration {
  generation: number;
  dir: string;
  state: DocState;
  nextChunkId: number;
  chunks: number;
}

/**
 * Open the live generation as the bot would, and check it is whole: the manifest's counts equal
 * the SQLite tables, every chunk has exactly one live vector (labels of deleted chunks are marked
 * deleted), the HNSW file is complete, and keyword and vector search both return hits.
 */
export async function checkLiveGeneration(
  indexDir: string,
  embedder: Embedder | null,
  probe: string,
): Promise<LiveGeneration> {
  const reader = await IndexReader.open(indexDir, { embedder });
  try {
    const m = reader.manifest;
    const sqlite = sqliteCounts(path.join(reader.dir, 'index.sqlite'));
    expect(sqlite).toEqual({ docs: m.counts.docs, chunks: m.counts.chunks, contents: m.counts.contents });
    expect(Object.keys(m.docs).sort()).toEqual(reader.docs.map((d) => d.docId).sort());
    for (const d of reader.docs) expect(m.docs[d.docId]?.bodyHash).toBe(d.bodyHash);
    const terms = fold(probe).match(/[\p{L}\p{N}]+/gu) ?? [];
    expect(reader.keyword({ column: 'folded', terms }, 3).length).toBeGreaterThan(0);
    if (m.model) {
      expect(m.counts.vectors).toBe(m.counts.chunks);
      // hnswlib's own loader refuses a file whose length does not match its header.
      const graph = new hnswlib.HierarchicalNSW('cosine', m.model.dim);
      graph.readIndexSync(path.join(reader.dir, 'vectors.hnsw'));
      const db = new Database(path.join(reader.dir, 'index.sqlite'), { readonly: true });
      const chunkIds = new Set(
        (db.prepare('SELECT id FROM chunks').all() as { id: number }[]).map((r) => r.id),
      );
      db.close();
      let live = 0;
      for (const label of graph.getIdsList()) {
        let alive = true;
        try {
          graph.getPoint(label);
        } catch {
          alive = false;
        }
        // A label is live exactly when its chunk is in this generation's table.
        expect(alive, `label ${label}`).toBe(chunkIds.has(label));
        if (alive) live++;
      }
      expect(live).toBe(chunkIds.size);
      if (embedder) {
        const [vec] = await embedder.embed([probe], 'query');
        expect(reader.vector(vec!, 3).length).toBeGreaterThan(0);
      }
    }
    const state: DocState = {};
    for (const [id, d] of Object.entries(m.docs)) state[id] = d.fileHash;
    return {
      generation: m.generation,
      dir: reader.dir,
      state,
      nextChunkId: m.nextChunkId,
      chunks: m.counts.chunks,
    };
  } finally {
    reader.close();
  }
}

/** Keys (sha256 of the text) of every vector cached for `modelId`; empty when there is no cache yet. */
export function cachedKeys(indexDir: string, modelId: string): Set<string> {
  const file = path.join(indexDir, 'embed-cache.sqlite');
  if (!existsSync(file)) return new Set();
  const db = new Database(file);
  try {
    return new Set(
      (db.prepare('SELECT key FROM vectors WHERE model = ?').all(modelId) as { key: string }[]).map(
        (r) => r.key,
      ),
    );
  } finally {
    db.close();
  }
}

/** Texts of the chunks of a generation with id ≥ `fromId` (the chunks a build added). */
export function chunksFrom(genDir: string, fromId: number): string[] {
  const db = new Database(path.join(genDir, 'index.sqlite'), { readonly: true });
  try {
    return (
      db.prepare('SELECT text FROM chunks WHERE id >= ? ORDER BY id').all(fromId) as { text: string }[]
    ).map((r) => r.text);
  } finally {
    db.close();
  }
}

export const cacheKey = EmbedCache.key;

/** Generation folders and stray files left in INDEX_DIR. */
export function indexEntries(indexDir: string): string[] {
  return readdirSync(indexDir).sort();
}
