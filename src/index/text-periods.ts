/**
 * Reporting periods of every headline and every article text, stored at build time
 * (`title_periods`, `body_periods`), so serving reads them instead of running the time extractor.
 *
 * Why: the answer step filters articles by the periods their headline and text name
 * (`docPeriods`, `bodyPeriods` in src/answer/constraints.ts). The extractor costs ≈ 0.1 ms per
 * headline and ≈ 1 ms per article text (measured at 10k chunks, load ≈ 9), so a list question over
 * the 30k headlines of a 100k-chunk index spent about a second, and every candidate article not seen
 * before about a millisecond. Stored values are exact copies of what the extractor returns:
 * - a headline's row is keyed by the headline text itself;
 * - an article text's row is keyed by its body hash (bodies are content-addressed, so immutable)
 *   and holds the headlines it was computed with, since the text searched is the headlines of all
 *   copies, first-published first, then the body ({@link haystackSource}); a row whose headlines are
 *   not the current ones is not used.
 * The extractor's behaviour is fingerprinted ({@link PERIODS_VERSION}: its output on fixed probe
 * phrases), so code that reads periods differently ignores rows stored by older code and computes
 * live; a generation built before these tables computes live too, and its next build adds them.
 */
import { createHash } from 'node:crypto';
import { reportedPeriods } from '../query/planned-periods.ts';
import { extractTime } from '../query/time.ts';
import { type Db, type DocRow, statement } from './db.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS title_periods (title TEXT PRIMARY KEY, periods TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS body_periods (body_hash TEXT PRIMARY KEY, titles TEXT NOT NULL, periods TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS periods_version (id INTEGER PRIMARY KEY CHECK (id = 1), version TEXT NOT NULL);
`;

/**
 * Phrases in the forms reports and headlines name periods (quarters, halves, 6/9 months, years,
 * terms, dates, English forms, day-month phrases that are no period): the extractor's output on
 * them is its fingerprint.
 */
const PROBES = [
  'Hội nghị giao ban quý I năm 2021 và quý IV/2020',
  'Sơ kết 6 tháng đầu năm 2022, nhiệm vụ 6 tháng cuối năm',
  'Kết quả 9 tháng năm 2023, nhiệm vụ 3 tháng cuối năm 2023',
  'Tổng kết năm 2019, giai đoạn 2015-2020, nhiệm kỳ 2020 - 2025',
  'ngày 9 tháng 10 năm 2021, ngày 15/7/2024, tháng 12/2020',
  'Q2 2023 briefing; first half of 2024; nine months of 2021; 2022 year-end review',
  'quy III nam 2022, 6 thang dau nam 2020, q1/2021, 9t/2019',
  'Trong quý III, nâng tổng số 9 tháng lên 196, tăng so với cùng kỳ năm 2022; tính đến hết quý III năm 2023; đến ngày 30/6/2024',
  'Giao ban công tác quý I, triển khai nhiệm vụ quý II năm 2023; phương hướng, nhiệm vụ năm 2024',
];

/** Fingerprint of the time extractor: stored periods from another version are not read. */
export const PERIODS_VERSION = createHash('sha256')
  .update(
    JSON.stringify(
      PROBES.map((p) => [extractTime(p).periods, extractTime(p, 'en').periods, reportedPeriods(p)]),
    ),
  )
  .digest('base64url')
  .slice(0, 16);

/** Oldest first, undated last, then by docId: the first publication of a syndicated text leads. */
export function byFirstPublished(
  a: Pick<DocRow, 'docId' | 'published'>,
  b: Pick<DocRow, 'docId' | 'published'>,
): number {
  return (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.docId.localeCompare(b.docId);
}

/** The headlines of a body's documents (first-published first), one per line. */
export function titlesOf(docs: readonly Pick<DocRow, 'docId' | 'title' | 'published'>[]): string {
  return [...docs]
    .sort(byFirstPublished)
    .map((d) => d.title)
    .join('\n');
}

/** The text an article is searched in: its headlines ({@link titlesOf}), then its body. */
export function haystackSource(titles: string, body: string): string {
  return `${titles}\n${body}`;
}

/**
 * Periods a headline reports on (the computation the table stores): those it names less the ones
 * it only plans for ("…, triển khai nhiệm vụ quý II"; planned-periods.ts).
 */
export function titlePeriodsLive(title: string): string[] {
  return reportedPeriods(title);
}

/** Periods an article's searched text reports on, plans left out (the computation the table stores). */
export function bodyPeriodsLive(titles: string, body: string): string[] {
  return reportedPeriods(haystackSource(titles, body));
}

/** Counts of a refresh: rows computed and rows dropped. */
export interface PeriodsRefresh {
  titles: number;
  bodies: number;
  dropped: number;
}

/**
 * Bring the stored periods up to date with the docs and bodies of this database; call inside the
 * build's transaction. Only new headlines and bodies whose headlines changed are computed (all of
 * them when the extractor's fingerprint changed), so an incremental build pays for what it adds.
 */
export function refreshTextPeriods(db: Db): PeriodsRefresh {
  db.exec(SCHEMA);
  const version = db.prepare('SELECT version FROM periods_version WHERE id = 1').get() as
    | { version: string }
    | undefined;
  if (version?.version !== PERIODS_VERSION) {
    db.exec('DELETE FROM title_periods; DELETE FROM body_periods;');
    db.prepare('INSERT OR REPLACE INTO periods_version (id, version) VALUES (1, ?)').run(PERIODS_VERSION);
  }
  const docs = db
    .prepare('SELECT doc_id AS docId, title, published, body_hash AS bodyHash FROM docs')
    .all() as {
    docId: string;
    title: string;
    published: string | null;
    bodyHash: string;
  }[];
  const storedTitles = new Set(
    (db.prepare('SELECT title FROM title_periods').all() as { title: string }[]).map((r) => r.title),
  );
  const putTitle = db.prepare('INSERT OR REPLACE INTO title_periods (title, periods) VALUES (?, ?)');
  const wantedTitles = new Set(docs.map((d) => d.title));
  let titles = 0;
  for (const t of wantedTitles) {
    if (storedTitles.has(t)) continue;
    putTitle.run(t, JSON.stringify(titlePeriodsLive(t)));
    titles++;
  }
  let dropped = 0;
  const delTitle = db.prepare('DELETE FROM title_periods WHERE title = ?');
  for (const t of storedTitles) if (!wantedTitles.has(t)) dropped += delTitle.run(t).changes;

  const byBody = new Map<string, typeof docs>();
  for (const d of docs) {
    const list = byBody.get(d.bodyHash) ?? [];
    list.push(d);
    byBody.set(d.bodyHash, list);
  }
  const storedBodies = new Map(
    (
      db.prepare('SELECT body_hash, titles FROM body_periods').all() as {
        body_hash: string;
        titles: string;
      }[]
    ).map((r) => [r.body_hash, r.titles]),
  );
  const getBody = db.prepare('SELECT body FROM contents WHERE body_hash = ?');
  const putBody = db.prepare(
    'INSERT OR REPLACE INTO body_periods (body_hash, titles, periods) VALUES (?, ?, ?)',
  );
  let bodies = 0;
  for (const [hash, list] of byBody) {
    const heads = titlesOf(list);
    if (storedBodies.get(hash) === heads) continue;
    const row = getBody.get(hash) as { body: string } | undefined;
    if (!row) continue;
    putBody.run(hash, heads, JSON.stringify(bodyPeriodsLive(heads, row.body)));
    bodies++;
  }
  const delBody = db.prepare('DELETE FROM body_periods WHERE body_hash = ?');
  for (const hash of storedBodies.keys()) if (!byBody.has(hash)) dropped += delBody.run(hash).changes;
  return { titles, bodies, dropped };
}

const current = new WeakMap<Db, boolean>();

/** True when this database holds periods stored by the current extractor (older generations do not). */
export function hasCurrentTextPeriods(db: Db): boolean {
  let known = current.get(db);
  if (known === undefined) {
    known = storedByThisExtractor(db);
    // A build's own database changes version inside refreshTextPeriods: only read-only ones are kept.
    if (db.readonly) current.set(db, known);
  }
  return known;
}

function storedByThisExtractor(db: Db): boolean {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'periods_version'")
    .get();
  if (!table) return false;
  const row = db.prepare('SELECT version FROM periods_version WHERE id = 1').get() as
    | { version: string }
    | undefined;
  return row?.version === PERIODS_VERSION;
}

/** Every stored headline's periods (empty when the table is missing or from another extractor). */
export function readTitlePeriods(db: Db): Map<string, string[]> {
  if (!hasCurrentTextPeriods(db)) return new Map();
  const rows = db.prepare('SELECT title, periods FROM title_periods').all() as {
    title: string;
    periods: string;
  }[];
  return new Map(rows.map((r) => [r.title, JSON.parse(r.periods) as string[]]));
}

/**
 * Stored periods of these bodies' searched texts, for those stored with exactly `titles(hash)` as
 * headlines; the others are left out (computed live by the caller).
 */
export function readBodyPeriods(
  db: Db,
  hashes: readonly string[],
  titles: (hash: string) => string,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (hashes.length === 0 || !hasCurrentTextPeriods(db)) return out;
  const rows = statement(
    db,
    'SELECT body_hash, titles, periods FROM body_periods WHERE body_hash IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(hashes)) as { body_hash: string; titles: string; periods: string }[];
  for (const r of rows)
    if (r.titles === titles(r.body_hash)) out.set(r.body_hash, JSON.parse(r.periods) as string[]);
  return out;
}

/** Headlines and bodies checked against the extractor when a generation is opened. */
export const PERIOD_SAMPLE = { titles: 16, bodies: 2 };

/**
 * Spot check at open: a deterministic sample of stored headline and text periods equals what the
 * extractor returns now (≈ 4 ms). The fingerprint catches most changes to the extractor; this catches
 * one the probe phrases miss, on the generation's own text. False: read nothing stored.
 */
export function storedPeriodsHold(
  db: Db,
  docs: readonly DocRow[],
  titlePeriods: ReadonlyMap<string, readonly string[]>,
): boolean {
  if (docs.length === 0) return true;
  const same = (a: readonly string[] | undefined, b: readonly string[]) =>
    a !== undefined && JSON.stringify(a) === JSON.stringify(b);
  const pick = (n: number) =>
    [...new Set(Array.from({ length: n }, (_, i) => Math.floor((i * docs.length) / n)))].map(
      (i) => docs[i] as DocRow,
    );
  if (!pick(PERIOD_SAMPLE.titles).every((d) => same(titlePeriods.get(d.title), titlePeriodsLive(d.title))))
    return false;
  const sample = pick(PERIOD_SAMPLE.bodies).map((d) => d.bodyHash);
  const heads = (h: string) => titlesOf(docs.filter((d) => d.bodyHash === h));
  const stored = readBodyPeriods(db, sample, heads);
  const body = statement(db, 'SELECT body FROM contents WHERE body_hash = ?');
  return sample.every((h) => {
    const row = body.get(h) as { body: string } | undefined;
    return row === undefined || same(stored.get(h), bodyPeriodsLive(heads(h), row.body));
  });
}
