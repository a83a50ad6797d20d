import { BUNDLE_VERSION, buildDocRecords } from '../records/bundle.ts';
import type { Db } from './db.ts';
import { putRecords, staleRecordBodies } from './records-store.ts';

/**
 * Recompute the records of bodies stored by an older extractor (or before records existed), from
 * the stored body and its first-published document, so a new generation never keeps stale ones.
 */
export function refreshStaleRecords(db: Db): number {
  const stale = staleRecordBodies(db, BUNDLE_VERSION);
  const doc = db.prepare(
    'SELECT title, published, facts FROM docs WHERE body_hash = ? ORDER BY published IS NULL, published LIMIT 1',
  );
  const body = db.prepare('SELECT body FROM contents WHERE body_hash = ?');
  for (const hash of stale) {
    const d = doc.get(hash) as { title: string; published: string | null; facts: string } | undefined;
    const b = body.get(hash) as { body: string } | undefined;
    if (!d || !b) continue;
    putRecords(
      db,
      hash,
      BUNDLE_VERSION,
      buildDocRecords({ title: d.title, body: b.body, published: d.published, facts: JSON.parse(d.facts) }),
    );
  }
  return stale.length;
}
