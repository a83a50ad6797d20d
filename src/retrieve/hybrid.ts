import type { Embedder } from '../embed/types.ts';
import type { ChunkRow } from '../index/db.ts';
import type { IndexReader } from '../index/open.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { capPerGroup, reciprocalRankFusion } from './fuse.ts';
import { buildKeywordQuery, type PreparedKeywordQuery } from './keyword-query.ts';

/** A chunk found for a question. */
export interface RetrievedChunk extends ChunkRow {
  /** Fused score (reciprocal-rank fusion of keyword and vector ranks). */
  score: number;
  keywordRank: number | null;
  vectorRank: number | null;
}

/** Options of {@link retrieve}. */
export interface RetrieveOptions {
  /** Chunks returned. Default 8. */
  k?: number;
  /** Candidates taken from each retriever before fusion. Default 50. */
  candidates?: number;
  /** Most chunks one article (body) may contribute. Default 2. */
  perDocCap?: number;
}

export interface Retrieval {
  chunks: RetrievedChunk[];
  /** Every fused candidate, uncapped, best first (the answer step looks past the top k). */
  pool: RetrievedChunk[];
  keyword: PreparedKeywordQuery;
  dense: boolean;
}

/**
 * Hybrid retrieval: BM25 over FTS5 and cosine over HNSW, fused by rank, capped per article. With no
 * vectors (keyword-only index or no model) it is BM25 alone.
 */
export async function retrieve(
  reader: IndexReader,
  embedder: Embedder | null,
  q: ParsedQuestion,
  opts: RetrieveOptions = {},
): Promise<Retrieval> {
  const { k = 8, candidates = 50, perDocCap = 2 } = opts;
  const keyword = buildKeywordQuery(reader, q);
  const kwHits = reader.keyword(keyword.query, candidates);
  const rankings: number[][] = [kwHits.map((h) => h.id)];
  let dense = false;
  if (embedder && reader.vectors && q.text.trim().length > 0) {
    const [vec] = await embedder.embed([q.text], 'query');
    if (vec) {
      rankings.push(reader.vector(vec, candidates).map((h) => h.id));
      dense = true;
    }
  }
  const fused = reciprocalRankFusion(rankings);
  const rows = reader.chunks([...fused.keys()]);
  const rankOf = (list: number[] | undefined, id: number) => {
    const i = list?.indexOf(id) ?? -1;
    return i < 0 ? null : i;
  };
  const pool: RetrievedChunk[] = [];
  for (const [id, score] of [...fused].sort((a, b) => b[1] - a[1])) {
    const row = rows.get(id);
    if (!row) continue;
    pool.push({ ...row, score, keywordRank: rankOf(rankings[0], id), vectorRank: rankOf(rankings[1], id) });
  }
  const chunks = capPerGroup(pool, (c) => c.bodyHash, perDocCap).slice(0, k);
  return { chunks, pool, keyword, dense };
}
