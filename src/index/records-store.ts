/**
 * The `records` table: per distinct body, its {@link DocRecords} bundle (JSON) and, in a column of
 * its own, its places, which candidate filtering reads for many articles per question while the
 * full records are read only for the few that remain.
 */
import type { DocPlaces, DocRecords } from '../records/bundle.ts';
import { type Db, statement, tableExists } from './db.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS records (
  body_hash TEXT PRIMARY KEY,
  version   INTEGER NOT NULL,
  places    TEXT NOT NULL,
  json      TEXT NOT NULL
)`;

/** Create the table in a writable generation database (older generations lack it). */
export function ensureRecordsTable(db: Db): void {
  db.exec(SCHEMA);
}

/** True when the database has the table (a read-only reader of an older generation may not). */
export function hasRecordsTable(db: Db): boolean {
  return tableExists(db, 'records');
}

/** Bodies read by {@link recordsLookStale}: enough to see a version change, which moves every body. */
const STALE_SAMPLE = 32;

/**
 * Whether the stored records were extracted by other rules than `version`: a sample of bodies has
 * one without a record of this version. (Counting every body took 2.8 s at 100k chunks, more than
 * the whole load's budget; an upgrade leaves all of them stale, so a sample sees it.)
 */
export function recordsLookStale(db: Db, version: number): boolean {
  if (!hasRecordsTable(db)) return false;
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM (SELECT body_hash FROM contents LIMIT ?) AS c
       LEFT JOIN records AS r ON r.body_hash = c.body_hash AND r.version = ?
       WHERE r.body_hash IS NULL`,
    )
    .get(STALE_SAMPLE, version) as { n: number };
  return row.n > 0;
}

/** Store (or replace) the bundle of one body. */
export function putRecords(db: Db, bodyHash: string, version: number, rec: DocRecords): void {
  const { places, ...rest } = rec;
  db.prepare('INSERT OR REPLACE INTO records (body_hash, version, places, json) VALUES (?, ?, ?, ?)').run(
    bodyHash,
    version,
    JSON.stringify(places),
    JSON.stringify(rest),
  );
}

export function deleteRecords(db: Db, bodyHash: string): void {
  db.prepare('DELETE FROM records WHERE body_hash = ?').run(bodyHash);
}

/** Bodies whose stored bundle is missing or of another version. */
export function staleRecordBodies(db: Db, version: number): string[] {
  return (
    db
      .prepare(
        'SELECT body_hash AS h FROM contents WHERE body_hash NOT IN (SELECT body_hash FROM records WHERE version = ?)',
      )
      .all(version) as { h: string }[]
  ).map((r) => r.h);
}

/** Stored places of these bodies (only those of the given version). */
export function getPlaces(db: Db, hashes: string[], version: number): Map<string, DocPlaces> {
  if (hashes.length === 0) return new Map();
  const rows = statement(
    db,
    'SELECT body_hash AS h, places FROM records WHERE version = ? AND body_hash IN (SELECT value FROM json_each(?))',
  ).all(version, JSON.stringify(hashes)) as { h: string; places: string }[];
  return new Map(rows.map((r) => [r.h, JSON.parse(r.places) as DocPlaces]));
}

/**
 * Bodies whose own places (`DocPlaces.own`: the units an article is about, with the province of a
 * district) include one of `keys`, at most `limit`. A scan of the places column, run only for
 * questions that list a place's meetings; the question's other constraints then filter the few found.
 */
export function bodiesOwning(db: Db, keys: readonly string[], version: number, limit: number): string[] {
  if (keys.length === 0) return [];
  return (
    db
      .prepare(
        `SELECT body_hash AS h FROM records WHERE version = ?
           AND EXISTS (SELECT 1 FROM json_each(records.places, '$.own') AS o WHERE o.value IN (SELECT value FROM json_each(?)))
         LIMIT ?`,
      )
      .all(version, JSON.stringify(keys), limit) as { h: string }[]
  ).map((r) => r.h);
}

/** Stored bundles of these bodies (only those of the given version). */
export function getRecords(db: Db, hashes: string[], version: number): Map<string, DocRecords> {
  if (hashes.length === 0) return new Map();
  const rows = statement(
    db,
    'SELECT body_hash AS h, places, json FROM records WHERE version = ? AND body_hash IN (SELECT value FROM json_each(?))',
  ).all(version, JSON.stringify(hashes)) as { h: string; places: string; json: string }[];
  return new Map(
    rows.map((r) => [
      r.h,
      { ...(JSON.parse(r.json) as Omit<DocRecords, 'places'>), places: JSON.parse(r.places) },
    ]),
  );
}
