/**
 * Keeping the vector side from growing with edits. hnswlib only marks deleted vectors, so an
 * index edited often fills with dead entries (15 small edit rounds left 1,984 entries for 1,438
 * live chunks), and the embedding cache keeps the vectors of every text ever embedded.
 */
import type { Db } from './db.ts';
import type { EmbedCache } from './embed-cache.ts';

/** Rebuild the graph when marked-deleted entries would pass this share of it. */
export const MAX_DELETED_SHARE = 0.2;

/**
 * True when the graph should be rebuilt rather than extended: after this update, more than
 * {@link MAX_DELETED_SHARE} of its entries would be marked deleted. Rebuilding costs no embedding
 * (every live chunk's vector is in the embedding cache), only graph inserts.
 */
export function shouldCompact(stored: number, live: number, adding: number): boolean {
  const total = stored + adding;
  return total > 0 && (stored - live) / total > MAX_DELETED_SHARE;
}

/**
 * Stale rows the embedding cache may hold, as a share of the index's chunks, before a build prunes
 * it. Pruning reads every chunk's text (1.6 s at 100k chunks): done at every edit it was a sixth of
 * re-indexing one changed article, while the cache it keeps small grows by a few rows per edit.
 */
export const MAX_STALE_CACHE_SHARE = 0.1;

/**
 * Drop cached vectors that no chunk of `db` uses (replaced or removed texts, other models) once
 * there may be more than {@link MAX_STALE_CACHE_SHARE} of them. Cheap test first: the cache's row
 * count against the index's chunks. Returns the number of rows deleted.
 */
export function pruneEmbedCache(
  cache: EmbedCache,
  db: Db,
  model: string,
  maxStaleShare = MAX_STALE_CACHE_SHARE,
): number {
  const chunks = (db.prepare('SELECT count(*) AS n FROM chunks').get() as { n: number }).n;
  if (cache.count() <= chunks * (1 + maxStaleShare)) return 0;
  const texts = (db.prepare('SELECT text FROM chunks').pluck().all() as string[]).values();
  return cache.prune(model, texts);
}
