/** Periods of headlines and article texts stored at build time: exact copies of the extractor's, kept current. */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../src/index/build.ts';
import { readDocs } from '../src/index/db.ts';
import { IndexReader } from '../src/index/open.ts';
import {
  bodyPeriodsLive,
  readBodyPeriods,
  readTitlePeriods,
  storedPeriodsHold,
  titlePeriodsLive,
  titlesOf,
} from '../src/index/text-periods.ts';
import { useSeedIndex } from './helpers/seed-index.ts';

const seed = useSeedIndex('text-periods');

/** Every stored value equals the live computation, and every document and body has one. */
async function expectExact(): Promise<{ titles: number; bodies: number; named: number }> {
  const reader = await IndexReader.open(seed.indexDir);
  try {
    let named = 0;
    for (const d of reader.docs) {
      expect(d.titlePeriods).toEqual(titlePeriodsLive(d.title));
      if ((d.titlePeriods?.length ?? 0) > 0) named++;
    }
    const hashes = [...new Set(reader.docs.map((d) => d.bodyHash))];
    const stored = reader.bodyPeriods(hashes);
    expect(stored.size).toBe(hashes.length);
    for (const [h, body] of reader.bodies(hashes)) {
      const live = bodyPeriodsLive(titlesOf(reader.docsWithBody(h)), body);
      expect(stored.get(h)).toEqual(live);
      if (live.length > 0) named++;
    }
    return { titles: reader.docs.length, bodies: hashes.length, named };
  } finally {
    reader.close();
  }
}

describe('stored text periods', () => {
  it('a build stores every headline and body, equal to the extractor on the same text', async () => {
    const n = await expectExact();
    expect(n.titles).toBeGreaterThanOrEqual(5);
    // The seeds are meeting reports: most headlines and texts name a period.
    expect(n.named).toBeGreaterThanOrEqual(5);
  });

  it('a syndicated copy added later changes its body’s headlines, and the body is recomputed', async () => {
    const first = (await readdir(seed.sourceDir)).sort()[0] as string;
    const text = await readFile(join(seed.sourceDir, first), 'utf8');
    // Same body under another headline: a copy sharing the stored body.
    const reader0 = await IndexReader.open(seed.indexDir);
    const title = reader0.docs.find((d) => d.source.endsWith(first))?.title ?? '';
    reader0.close();
    expect(text).toContain(title);
    await writeFile(join(seed.sourceDir, 'zz-copy.txt'), text.replace(title, `${title} (đăng lại)`));
    const report = await buildIndex({ sourceDir: seed.sourceDir, indexDir: seed.indexDir, embedder: null });
    expect(report.added).toEqual(['zz-copy']);
    const reader = await IndexReader.open(seed.indexDir);
    try {
      const copy = reader.doc('zz-copy');
      expect(copy).toBeDefined();
      expect(reader.docsWithBody(copy?.bodyHash ?? '').length).toBe(2);
      expect(copy?.title).toContain('đăng lại');
      expect(copy?.titlePeriods).toEqual(titlePeriodsLive(copy?.title ?? ''));
    } finally {
      reader.close();
    }
    await expectExact();
  });

  it('a generation without the tables, or from another extractor, reads nothing stored', async () => {
    const scratch = join(seed.tmp, 'scratch.sqlite');
    await cp(await seed.currentFile(), scratch);
    const db = new Database(scratch);
    try {
      const hashes = (db.prepare('SELECT body_hash FROM contents').all() as { body_hash: string }[]).map(
        (r) => r.body_hash,
      );
      db.prepare("UPDATE periods_version SET version = 'older'").run();
      expect(readTitlePeriods(db).size).toBe(0);
      expect(readBodyPeriods(db, hashes, () => '').size).toBe(0);
    } finally {
      db.close();
    }
    const old = new Database(scratch);
    try {
      old.exec('DROP TABLE periods_version; DROP TABLE title_periods; DROP TABLE body_periods;');
      expect(readTitlePeriods(old).size).toBe(0);
      expect(readBodyPeriods(old, ['x'], () => '').size).toBe(0);
    } finally {
      old.close();
    }
  });

  it('a stored value the extractor no longer gives fails the spot check at open', async () => {
    const scratch = join(seed.tmp, 'spot.sqlite');
    await cp(await seed.currentFile(), scratch);
    const db = new Database(scratch);
    try {
      const docs = readDocs(db);
      expect(storedPeriodsHold(db, docs, readTitlePeriods(db))).toBe(true);
      // The first document is always in the sample.
      db.prepare('UPDATE title_periods SET periods = ? WHERE title = ?').run('["1999"]', docs[0]?.title);
      expect(storedPeriodsHold(db, docs, readTitlePeriods(db))).toBe(false);
    } finally {
      db.close();
    }
  });

  it('an unchanged build keeps the generation when its periods are current', async () => {
    const before = (await readFile(join(seed.indexDir, 'CURRENT'), 'utf8')).trim();
    await buildIndex({ sourceDir: seed.sourceDir, indexDir: seed.indexDir, embedder: null });
    expect((await readFile(join(seed.indexDir, 'CURRENT'), 'utf8')).trim()).toBe(before);
  });
});
