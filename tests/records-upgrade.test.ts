/**
 * An upgrade that changes the records extractor or place linking (`BUNDLE_VERSION`) over an
 * unchanged corpus: `npm run index` must still publish a generation with current records. Before
 * the twenty-sixth session it kept the live one (nothing to add), so lists of a place's meetings,
 * which read the stored places, found none of its articles until a file changed.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../src/index/build.ts';
import { IndexReader } from '../src/index/open.ts';
import { staleRecordBodies } from '../src/index/records-store.ts';
import { PARSER_VERSION } from '../src/ingest/parse.ts';
import { BUNDLE_VERSION } from '../src/records/bundle.ts';
import { useSeedIndex } from './helpers/seed-index.ts';

const seed = useSeedIndex('records-upgrade');

describe('records of an older extractor over an unchanged corpus', () => {
  it('an unchanged build keeps the generation; stale records make it publish one with current records', async () => {
    const same = await buildIndex({ sourceDir: seed.sourceDir, indexDir: seed.indexDir, embedder: null });
    const before = await seed.currentFile();
    // The generation as an older extractor left it.
    const db = new Database(before);
    try {
      db.prepare('UPDATE records SET version = ?').run(BUNDLE_VERSION - 1);
      expect(staleRecordBodies(db, BUNDLE_VERSION).length).toBeGreaterThan(0);
    } finally {
      db.close();
    }
    // Consistent, as that extractor published it: the manifest's checksum is of this file.
    const dir = dirname(before);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    const bytes = await readFile(before);
    manifest.files['index.sqlite'] = {
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    await rm(join(dir, 'verified.json'), { force: true });
    const report = await buildIndex({ sourceDir: seed.sourceDir, indexDir: seed.indexDir, embedder: null });
    expect(report.generation).toBe(same.generation + 1);
    expect(report.docs).toBe(same.docs);
    const after = new Database(await seed.currentFile(), { readonly: true });
    try {
      expect(staleRecordBodies(after, BUNDLE_VERSION)).toEqual([]);
    } finally {
      after.close();
    }
    // Stored places answer again: the seeds' own provinces own their articles.
    const reader = await IndexReader.open(seed.indexDir);
    try {
      const hashes = [...new Set(reader.docs.map((d) => d.bodyHash))];
      const owned = new Set(
        [...reader.records.places(hashes).values()].flatMap((p) => p.own).filter((k) => k.startsWith('p:')),
      );
      expect(owned.size).toBeGreaterThan(0);
      expect(reader.records.owning([...owned], 100).length).toBeGreaterThan(0);
    } finally {
      reader.close();
    }
  });
});

describe('files read by an older parser', () => {
  it('a manifest of another parser version makes the next build re-read every file, once', async () => {
    const first = await buildIndex({ sourceDir: seed.sourceDir, indexDir: seed.indexDir, embedder: null });
    const dir = dirname(await seed.currentFile());
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.parserVersion).toBe(PARSER_VERSION);
    // As a build before parser versions wrote it: no field at all.
    delete manifest.parserVersion;
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    await rm(join(dir, 'verified.json'), { force: true });
    const again = await buildIndex({ sourceDir: seed.sourceDir, indexDir: seed.indexDir, embedder: null });
    // The same bodies come out: every file is unchanged, and a generation records the parser.
    expect(again.unchanged).toBe(first.unchanged + first.added.length + first.changed.length);
    expect(again.changed).toEqual([]);
    expect(again.generation).toBe(first.generation + 1);
    const now = JSON.parse(await readFile(join(dirname(await seed.currentFile()), 'manifest.json'), 'utf8'));
    expect(now.parserVersion).toBe(PARSER_VERSION);
    // Recorded: the build after that keeps the live generation.
    const third = await buildIndex({ sourceDir: seed.sourceDir, indexDir: seed.indexDir, embedder: null });
    expect(third.generation).toBe(again.generation);
  });
});
