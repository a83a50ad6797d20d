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

export class RecordsCache {
  private readonly computed = new Map<string, DocRecords>();
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
    const out = this.stored ? getPlaces(this.db, hashes, BUNDLE_VERSION) : new Map<string, DocPlaces>();
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
    const out = this.stored ? getRecords(this.db, hashes, BUNDLE_VERSION) : new Map<string, DocRecords>();
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
