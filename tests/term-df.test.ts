/**
 * Stored document frequencies of frequent terms (term_df): exact for the generation, and used before a
 * live count; updated from a build's changes as a full recount would leave them. And the check that
 * tells stored records of another version.
 */
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../src/index/build.ts';
import { chunksOfBody, deleteContent, insertContent, openDb } from '../src/index/db.ts';
import { documentFrequencies } from '../src/index/keyword.ts';
import { deletePairs, insertPairs, pairFrequencies } from '../src/index/pairs.ts';
import { recordsLookStale } from '../src/index/records-store.ts';
import { refreshTermFrequencies, updateTermFrequencies } from '../src/index/term-df.ts';
import { BUNDLE_VERSION } from '../src/records/bundle.ts';
import { fold } from '../src/text/normalize.ts';

let tmp: string;
let file: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'term-df-'));
  const indexDir = join(tmp, 'index');
  await buildIndex({ sourceDir: resolve('seeds'), indexDir, embedder: null });
  file = join(indexDir, (await readFile(join(indexDir, 'CURRENT'), 'utf8')).trim(), 'index.sqlite');
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('term_df', () => {
  it('a build stores the table; the seeds have no term in 500 chunks, so every count is live', () => {
    const db = new Database(file, { readonly: true });
    try {
      expect((db.prepare('SELECT count(*) AS n FROM term_df').get() as { n: number }).n).toBe(0);
      const live = db.prepare("SELECT doc FROM chunks_vocab WHERE col = 'text' AND term = 'hội'").get() as {
        doc: number;
      };
      expect(documentFrequencies(db, 'text', ['hội']).get('hội')).toBe(live.doc);
    } finally {
      db.close();
    }
  });

  it('stores exactly the vocabulary counts of terms at or above the threshold, and reads them first', () => {
    const db = new Database(file);
    try {
      db.transaction(() => refreshTermFrequencies(db, 3))();
      const stored = db.prepare('SELECT col, term, doc FROM term_df').all() as {
        col: string;
        term: string;
        doc: number;
      }[];
      const vocab = (
        db.prepare('SELECT col, term, doc FROM chunks_vocab WHERE doc >= 3').all() as typeof stored
      )
        .concat(
          db
            .prepare("SELECT 'pairs' AS col, term, doc FROM chunk_pairs_vocab WHERE doc >= 3")
            .all() as typeof stored,
        )
        .sort((a, b) => `${a.col} ${a.term}`.localeCompare(`${b.col} ${b.term}`));
      expect(vocab.length).toBeGreaterThan(100);
      expect(stored.sort((a, b) => `${a.col} ${a.term}`.localeCompare(`${b.col} ${b.term}`))).toEqual(vocab);
      // A stored count is what the readers return (changed here to tell it from a live count).
      db.prepare("UPDATE term_df SET doc = 99999 WHERE col = 'text' AND term = 'hội'").run();
      db.prepare("UPDATE term_df SET doc = 88888 WHERE col = 'pairs' AND term = 'hoinghi'").run();
      expect(documentFrequencies(db, 'text', ['hội', 'zzzz']).get('hội')).toBe(99999);
      expect(pairFrequencies(db, ['hoinghi']).get('hoinghi')).toBe(88888);
      // Terms not stored are counted live (unknown ones: 0).
      expect(documentFrequencies(db, 'text', ['zzzz']).get('zzzz')).toBe(0);
      const rare = db
        .prepare("SELECT term, doc FROM chunks_vocab WHERE col = 'text' AND doc = 1 LIMIT 1")
        .get() as {
        term: string;
        doc: number;
      };
      expect(documentFrequencies(db, 'text', [rare.term]).get(rare.term)).toBe(1);
    } finally {
      db.close();
    }
  });
});

/** Run `fn` on a writable copy of the seeds' generation database, removed after. */
async function withCopy(prefix: string, fn: (db: ReturnType<typeof openDb>) => void): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const copy = join(dir, 'index.sqlite');
  await copyFile(file, copy);
  const db = openDb(copy);
  try {
    fn(db);
  } finally {
    db.close();
    await rm(dir, { recursive: true, force: true });
  }
}

describe('term_df updated by a build’s changes', () => {
  /** The table's rows in one order. */
  const rowsOf = (db: Database.Database) =>
    db.prepare('SELECT col, term, doc FROM term_df ORDER BY col, term').all() as {
      col: string;
      term: string;
      doc: number;
    }[];

  it('ends as a full recount would, over seeded rounds of removed and added chunks', async () => {
    await withCopy('term-df-update-', (db) => {
      const MIN = 3;
      db.transaction(() => refreshTermFrequencies(db, MIN))();
      let seed = 7;
      const next = () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed >> 8; // the low bits of this generator cycle
      };
      const bodies = db
        .prepare('SELECT body_hash FROM contents ORDER BY body_hash')
        .pluck()
        .all() as string[];
      const words = ['Hội', 'nghị', 'giao', 'ban', 'quý', 'huyện', 'Tà', 'Xùa', 'kết', 'nạp', 'đảng', 'viên'];
      let nextId = 1_000_000;
      for (let round = 0; round < 6; round++) {
        const changes = { added: [] as string[], removed: [] as string[] };
        db.transaction(() => {
          // Remove one stored body's chunks, add a few new chunks of common and new words.
          const victim = bodies.splice(next() % bodies.length, 1)[0] as string;
          changes.removed.push(...chunksOfBody(db, victim).map((c) => c.text));
          deletePairs(db, deleteContent(db, victim));
          const chunks = Array.from({ length: 1 + (next() % 4) }, (_, ord) => ({
            id: nextId++,
            ord,
            start: 0,
            end: 0,
            text: `${Array.from({ length: 30 }, () => words[next() % words.length]).join(' ')} mới${round}`,
          }));
          insertContent(db, `added-${round}`, [], chunks.map((c) => c.text).join(' '), chunks, fold);
          insertPairs(db, chunks);
          changes.added.push(...chunks.map((c) => c.text));
          updateTermFrequencies(db, changes, MIN);
        })();
        const updated = rowsOf(db);
        db.transaction(() => refreshTermFrequencies(db, MIN))();
        expect(updated, `round ${round}`).toEqual(rowsOf(db));
      }
      expect(rowsOf(db).some((r) => r.term === 'xùa')).toBe(true);
    });
  });
});

describe('stored records of another version', () => {
  it('are seen from a sample of bodies, and a fresh build has none', async () => {
    await withCopy('records-stale-', (db) => {
      expect(recordsLookStale(db, BUNDLE_VERSION)).toBe(false);
      // An upgrade of the rules leaves every stored body at the old version.
      db.prepare('UPDATE records SET version = version - 1000').run();
      expect(recordsLookStale(db, BUNDLE_VERSION)).toBe(true);
      expect(recordsLookStale(db, BUNDLE_VERSION - 1000)).toBe(false);
    });
  });
});
