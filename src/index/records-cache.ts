/**
 * Read access to the records of a generation: the stored bundles when they are of the current
 * version, otherwise computed from the article and kept in a bounded in-memory cache (an index
 * built before records existed, or by an older extractor, still answers with current records).
 */
import { BUNDLE_VERSION, buildDocRecords, type DocPlaces, type DocRecords } from '../records/bundle.ts';
import type { Db, DocRow } from './db.ts';
import { bodiesOwning, getPlaces, getRecords, hasRecordsTable } from './records-store.ts';

/** Bundles computed on the fly kept per generation (each is a few kilobytes). */
const MAX_COMPUTED = 2000;
/**
 * Stored places and bundles kept parsed, most recently used last. Each question reads the places
 * of up to ~120 candidate bodies, twice (candidate filtering, then selection), and the same
 * articles come back question after question: parsing their JSON each time was 5% of `ask`
 * (profiled at 10k chunks). Entries are shared, as the computed ones always were: read-only.
 */
const MAX_PARSED_PLACES = 5000;
const MAX_PARSED_RECORDS = 1000;

export class RecordsCache {
  private readonly computed = new Map<string, DocRecords>();
  private readonly parsedPlaces = new Map<string, DocPlaces>();
  private readonly parsedRecords = new Map<string, DocRecords>();
  private readonly stored: boolean;

  constructor(
    private readonly db: Db,
    private readonly docOf: (bodyHash: string) => DocRow | undefined,
    private readonly bodyOf: (bodyHash: string) => string | null,
  ) {
    this.stored = hasRecordsTable(db);
  }

  /** Places of each body (bodies without an article are left out). */
  places(hashes: string[]): Map<string, DocPlaces> {
    const out = this.stored
      ? recall(this.parsedPlaces, hashes, MAX_PARSED_PLACES, (h) => getPlaces(this.db, h, BUNDLE_VERSION))
      : new Map<string, DocPlaces>();
    for (const h of hashes) {
      if (out.has(h)) continue;
      const rec = this.compute(h);
      if (rec) out.set(h, rec.places);
    }
    return out;
  }

  /**
   * Bodies about one of the units `keys` (place keys such as `d:343`, `p:34`), at most `limit`;
   * empty for an index without stored records (retrieval alone finds its articles then).
   */
  owning(keys: readonly string[], limit: number): string[] {
    return this.stored ? bodiesOwning(this.db, keys, BUNDLE_VERSION, limit) : [];
  }

  /** Full records of each body. */
  get(hashes: string[]): Map<string, DocRecords> {
    const out = this.stored
      ? recall(this.parsedRecords, hashes, MAX_PARSED_RECORDS, (h) => getRecords(this.db, h, BUNDLE_VERSION))
      : new Map<string, DocRecords>();
    for (const h of hashes) {
      if (out.has(h)) continue;
      const rec = this.compute(h);
      if (rec) out.set(h, rec);
    }
    return out;
  }

  private compute(hash: string): DocRecords | null {
    const hit = this.computed.get(hash);
    if (hit) return hit;
    const doc = this.docOf(hash);
    const body = this.bodyOf(hash);
    if (!doc || body === null) return null;
    const rec = buildDocRecords({ title: doc.title, body, published: doc.published, facts: doc.facts });
    if (this.computed.size >= MAX_COMPUTED) this.computed.clear();
    this.computed.set(hash, rec);
    return rec;
  }
}

/**
 * (Exported for tests.) The entries of `keys` from `memo` (moved to the most recent end), the rest read by `load` and
 * remembered; the least recently used are forgotten beyond `max`. Keys `load` does not return are
 * not remembered (they are computed by the caller).
 */
export function recall<T>(
  memo: Map<string, T>,
  keys: readonly string[],
  max: number,
  load: (missing: string[]) => Map<string, T>,
): Map<string, T> {
  const out = new Map<string, T>();
  const missing: string[] = [];
  for (const k of keys) {
    const hit = memo.get(k);
    if (hit === undefined) {
      missing.push(k);
      continue;
    }
    memo.delete(k);
    memo.set(k, hit);
    out.set(k, hit);
  }
  if (missing.length > 0) {
    for (const [k, v] of load(missing)) {
      memo.set(k, v);
      out.set(k, v);
    }
    for (const k of memo.keys()) {
      if (memo.size <= max) break;
      memo.delete(k);
    }
  }
  return out;
}
