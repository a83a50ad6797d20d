/**
 * The checks of a generation's load that were made cheaper (s6-load) refuse what they refused
 * before, with the same words: the manifest's per-document check (a plain loop first, zod's own
 * message when it fails) and the HNSW structural check (read through 32-bit words now); and the
 * build's hashing on a worker thread gives describeFile's sizes and hashes, and its errors; its
 * database check on a worker thread reads what the same check on the caller's thread reads.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import hnswlib from 'hnswlib-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatabaseHealthAside } from '../src/index/check-aside.ts';
import { describeFilesAside } from '../src/index/hash-aside.ts';
import { checkHnswFile } from '../src/index/hnsw-check.ts';
import { DamagedIndexError, FORMAT_VERSION, readManifest } from '../src/index/manifest.ts';
import { describeFile, judgeDatabase, readDatabaseHealth } from '../src/index/verify.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'load-checks-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const doc = (n: number) => ({ fileHash: `f${n}`, bodyHash: `b${n}`, source: `a${n}.txt`, size: 10 });
const manifest = (docs: unknown, over: Record<string, unknown> = {}) => ({
  formatVersion: FORMAT_VERSION,
  generation: 2,
  createdAt: '2026-12-02T00:00:00.000Z',
  model: null,
  vectorsMissingReason: 'keyword-only',
  hnsw: { M: 16, efConstruction: 100, efSearch: 64 },
  counts: { docs: 2, contents: 2, chunks: 4, vectors: 0 },
  nextChunkId: 5,
  docs,
  ...over,
});
async function read(value: unknown): Promise<string> {
  const file = path.join(dir, 'manifest.json');
  writeFileSync(file, JSON.stringify(value));
  try {
    await readManifest(file);
    return 'ok';
  } catch (err) {
    expect(err).toBeInstanceOf(DamagedIndexError);
    return (err as Error).message;
  }
}

describe('manifest documents', () => {
  it('a complete manifest reads, its extra fields kept', async () => {
    expect(await read(manifest({ a: doc(1), b: doc(2) }))).toBe('ok');
    const file = path.join(dir, 'manifest.json');
    expect((await readManifest(file)).docs.a?.size).toBe(10);
  });
  it('a document without a field is named as zod names it', async () => {
    const { bodyHash: _, ...partial } = doc(2);
    expect(await read(manifest({ a: doc(1), b: partial }))).toMatch(
      /manifest\.json is not a valid manifest \(docs\.b\.bodyHash: /,
    );
    expect(await read(manifest({ a: doc(1), b: { ...doc(2), source: 7 } }))).toMatch(/\(docs\.b\.source: /);
  });
  it('a document that is not an object, or documents that are not a map, are refused', async () => {
    expect(await read(manifest({ a: null }))).toMatch(/\(docs\.a: /);
    expect(await read(manifest({ a: [doc(1)] }))).toMatch(/\(docs\.a: /);
    expect(await read(manifest([doc(1)]))).toMatch(/\(docs: /);
    expect(await read(manifest(undefined))).toMatch(/\(docs: /);
  });
  it('good documents do not excuse a bad header', async () => {
    expect(await read(manifest({ a: doc(1) }, { generation: 0 }))).toMatch(/\(generation: /);
    expect(await read(manifest({ a: doc(1) }, { counts: { docs: 1 } }))).toMatch(/\(counts\.contents: /);
  });
});

describe('HNSW structural check', () => {
  const { HierarchicalNSW } = hnswlib;
  const DIM = 8;
  const N = 600;
  let file: string;
  beforeAll(() => {
    const index = new HierarchicalNSW('cosine', DIM);
    index.initIndex({ maxElements: N, m: 4, efConstruction: 20, randomSeed: 7 });
    for (let i = 0; i < N; i++)
      index.addPoint(
        Array.from({ length: DIM }, (_, d) => Math.sin(i * (d + 1))),
        i + 10,
      );
    index.markDelete(12);
    index.markDelete(400);
    file = path.join(dir, 'g.hnsw');
    index.writeIndexSync(file);
  });
  /** A copy of the graph with `edit` applied to its bytes. */
  const edited = (edit: (buf: Buffer) => void): string => {
    const buf = readFileSync(file);
    edit(buf);
    const out = path.join(dir, 'edited.hnsw');
    writeFileSync(out, buf);
    return out;
  };
  const header = () => readFileSync(file).subarray(0, 96);
  const record = () => Number(header().readBigUInt64LE(24));
  const labelOffset = () => Number(header().readBigUInt64LE(32));

  it('counts deleted elements and checks labels and the live count', () => {
    expect(checkHnswFile(file, { dim: DIM, live: N - 2, labelLimit: N + 10 })).toMatchObject({
      elements: N,
      deleted: 2,
    });
    expect(() => checkHnswFile(file, { dim: DIM, live: N })).toThrow(
      `it holds ${N - 2} live vectors where the manifest records ${N}`,
    );
    expect(() => checkHnswFile(file, { dim: DIM, labelLimit: N + 9 })).toThrow(
      `has label ${N + 9}, not below the manifest's next chunk id ${N + 9}`,
    );
  });
  it('a label with its high word set is refused, named in full', () => {
    const bad = edited((buf) => buf.writeUInt32LE(1, 96 + 5 * record() + labelOffset() + 4));
    expect(() => checkHnswFile(bad, { dim: DIM, labelLimit: N + 10 })).toThrow(
      `element 5 has label ${2 ** 32 + 15}, not below`,
    );
  });
  it('too many level-0 links, or a link out of range, is refused', () => {
    expect(() =>
      checkHnswFile(
        edited((buf) => buf.writeUInt16LE(9, 96 + 3 * record())),
        { dim: DIM },
      ),
    ).toThrow('element 3 has 9 level-0 links, more than 8');
    expect(() =>
      checkHnswFile(
        edited((buf) => buf.writeUInt32LE(N, 96 + 3 * record() + 4)),
        { dim: DIM },
      ),
    ).toThrow(`element 3 links to element ${N} of ${N}`);
  });
  it('an upper-level link to an element without that level is refused', () => {
    const buf = readFileSync(file);
    const level0End = 96 + N * record();
    const linksUpper = 4 + 4 * 4;
    // The first element with an upper level and at least one link there.
    let pos = level0End;
    let target = -1;
    for (let i = 0; i < N && target < 0; i++) {
      const size = buf.readUInt32LE(pos);
      if (size >= linksUpper && buf.readUInt16LE(pos + 4) > 0) target = pos + 8;
      pos += 4 + size;
    }
    expect(target).toBeGreaterThan(0);
    // Element 0 of a seeded graph: find one with level 0 only to point at.
    let lowest = -1;
    pos = level0End;
    for (let i = 0; i < N && lowest < 0; i++) {
      if (buf.readUInt32LE(pos) === 0) lowest = i;
      pos += 4 + buf.readUInt32LE(pos);
    }
    const bad = edited((b) => b.writeUInt32LE(lowest, target));
    expect(() => checkHnswFile(bad, { dim: DIM })).toThrow(`to element ${lowest}, which has no such level`);
  });
});

describe('hashing on a worker thread', () => {
  it('gives the sizes and sha256 describeFile gives, in order', async () => {
    const a = path.join(dir, 'a.bin');
    const b = path.join(dir, 'b.bin');
    writeFileSync(a, Buffer.alloc(200_000, 7));
    writeFileSync(b, 'ngắn');
    expect(await describeFilesAside([a, b])).toEqual([await describeFile(a), await describeFile(b)]);
  });
  it('rejects with the file system error and its code', async () => {
    await expect(describeFilesAside([path.join(dir, 'missing.bin')])).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

describe('the database check on a worker thread', () => {
  const counts = { docs: 1, contents: 1, chunks: 2 };
  /** A database with the three tables the manifest counts, holding `chunks` chunk rows. */
  function database(name: string, chunks: number): string {
    const file = path.join(dir, name);
    const db = new Database(file);
    db.exec('CREATE TABLE docs (id TEXT); CREATE TABLE contents (h TEXT); CREATE TABLE chunks (t TEXT);');
    db.prepare('INSERT INTO docs VALUES (?)').run('d');
    db.prepare('INSERT INTO contents VALUES (?)').run('h');
    for (let i = 0; i < chunks; i++) db.prepare('INSERT INTO chunks VALUES (?)').run(`chunk ${i}`);
    db.close();
    return file;
  }

  it('reads what the same check on this thread reads, and passes a sound database', async () => {
    const good = database('good.sqlite', 2);
    const health = await readDatabaseHealthAside(good);
    expect(health).toEqual(readDatabaseHealth(good));
    expect(health).toEqual({ quickCheck: 'ok', rows: counts });
    expect(judgeDatabase(good, health, { ...counts, vectors: 0 })).toBeNull();
  });

  it('names a count that differs from the manifest’s, and a file that is no database', async () => {
    const short = database('short.sqlite', 1);
    expect(judgeDatabase(short, await readDatabaseHealthAside(short), { ...counts, vectors: 0 })).toBe(
      `${short} has 1 chunks rows where the manifest records 2`,
    );
    const junk = path.join(dir, 'junk.sqlite');
    writeFileSync(junk, Buffer.alloc(8192, 0x41));
    const health = await readDatabaseHealthAside(junk);
    expect(judgeDatabase(junk, health, { ...counts, vectors: 0 })).toMatch(
      new RegExp(
        `^${junk.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a usable database \\(SQLITE_NOTADB: `,
      ),
    );
  });
});
