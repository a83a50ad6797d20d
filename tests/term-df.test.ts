/** Stored document frequencies of frequent terms (term_df): exact for the generation, and used before a live count. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../src/index/build.ts';
import { documentFrequencies } from '../src/index/keyword.ts';
import { pairFrequencies } from '../src/index/pairs.ts';
import { refreshTermFrequencies } from '../src/index/term-df.ts';

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
