import Database from 'better-sqlite3';
import type { Article, ArticleOrigin, MeetingFacts } from '../ingest/types.ts';

/**
 * One generation's SQLite database: documents, their bodies (stored once per distinct body, so a
 * syndicated copy costs nothing), chunks, and the FTS5 keyword index over the chunks.
 *
 * FTS5 rather than a JS engine: BM25 in C, transactions and crash safety in one file, and at 100k
 * chunks it queries in single-digit milliseconds and opens instantly where MiniSearch needs 6 s to
 * load its JSON (library-facts.md).
 */
export type Db = Database.Database;

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * `db.prepare(sql)`, prepared once per connection. For the statements every question runs (body,
 * chunk, keyword and record reads): better-sqlite3 compiles the SQL on every `prepare`, which was
 * about 1 ms of CPU per question (10k chunks, load ≈ 15). A statement is not run re-entrantly here
 * (`all`/`get` only, never a nested `iterate`), so one per SQL text is enough.
 */
export function statement(db: Db, sql: string): Database.Statement {
  let map = statements.get(db);
  if (!map) {
    map = new Map();
    statements.set(db, map);
  }
  let st = map.get(sql);
  if (!st) {
    st = db.prepare(sql);
    map.set(sql, st);
  }
  return st;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS docs (
  doc_id    TEXT PRIMARY KEY,
  source    TEXT NOT NULL,
  title     TEXT NOT NULL,
  published TEXT,
  author    TEXT,
  body_hash TEXT NOT NULL,
  facts     TEXT NOT NULL,
  origin    TEXT            -- JSON ArticleOrigin for articles added from a URL
);
CREATE INDEX IF NOT EXISTS docs_body ON docs(body_hash);
CREATE TABLE IF NOT EXISTS contents (
  body_hash TEXT PRIMARY KEY,
  body      TEXT NOT NULL,
  sentences INTEGER NOT NULL DEFAULT 0  -- number of sentence keys, for the syndication test
);
-- Hashes of each body's substantial sentences, to recognise syndicated copies.
CREATE TABLE IF NOT EXISTS sentence_keys (
  key       TEXT NOT NULL,
  body_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sentence_keys_key ON sentence_keys(key);
CREATE INDEX IF NOT EXISTS sentence_keys_body ON sentence_keys(body_hash);
CREATE TABLE IF NOT EXISTS chunks (
  id        INTEGER PRIMARY KEY,
  body_hash TEXT NOT NULL,
  ord       INTEGER NOT NULL,
  start     INTEGER NOT NULL,
  end       INTEGER NOT NULL,
  text      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_body ON chunks(body_hash, ord);
-- Two columns: exact syllables (hội ≠ hỏi) and our own diacritic folding (FTS5's folding keeps đ
-- and treats Vietnamese marks inconsistently). Contentless: the text already lives in chunks.
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
  text, folded, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_vocab USING fts5vocab(chunks_fts, 'col');
`;

/** Open (creating if needed) a generation database. */
export function openDb(path: string, opts: { readonly?: boolean } = {}): Db {
  const db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  if (!opts.readonly) {
    // The generation is published by rename only after close, so a rollback journal is enough and
    // keeps the database a single self-contained file.
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.exec(SCHEMA);
    addOriginColumn(db);
  }
  return db;
}

/**
 * Generations built before articles could come from the web have no `origin` column; the copy a
 * new generation starts from gets it here, so no rebuild is needed (rows keep NULL: no URL).
 */
function addOriginColumn(db: Db): void {
  const columns = db.prepare('PRAGMA table_info(docs)').all() as { name: string }[];
  if (!columns.some((c) => c.name === 'origin')) db.exec('ALTER TABLE docs ADD COLUMN origin TEXT');
}

/** True when the docs table has the origin column (an older read-only generation may not). */
function hasOriginColumn(db: Db): boolean {
  return (db.prepare('PRAGMA table_info(docs)').all() as { name: string }[]).some((c) => c.name === 'origin');
}

/** A document row as stored (without its body). */
export interface DocRow {
  docId: string;
  source: string;
  title: string;
  published: string | null;
  author: string | null;
  bodyHash: string;
  facts: MeetingFacts;
  /** Where an article added from the web came from; null for files put into SEEDS_DIR. */
  origin: ArticleOrigin | null;
  /**
   * Periods the headline names, as stored at build time (text-periods.ts); absent when the
   * generation has none from the current extractor (then computed when needed).
   */
  titlePeriods?: readonly string[];
}

export function readDocs(db: Db): DocRow[] {
  // Rows as arrays: 30k documents at 100k chunks, and a row object per document was garbage the
  // load paid for twice (built, then copied into a DocRow).
  const rows = db
    .prepare(
      `SELECT doc_id, source, title, published, author, body_hash, facts, ${hasOriginColumn(db) ? 'origin' : 'NULL AS origin'} FROM docs ORDER BY doc_id`,
    )
    .raw()
    .all() as [string, string, string, string | null, string | null, string, string, string | null][];
  return rows.map(([docId, source, title, published, author, bodyHash, facts, origin]) => ({
    docId,
    source,
    title,
    published,
    author,
    bodyHash,
    facts: JSON.parse(facts) as MeetingFacts,
    origin: origin ? (JSON.parse(origin) as ArticleOrigin) : null,
  }));
}

export function upsertDoc(db: Db, article: Article, bodyHash: string): void {
  db.prepare(
    `INSERT INTO docs (doc_id, source, title, published, author, body_hash, facts, origin)
     VALUES (@docId, @source, @title, @published, @author, @bodyHash, @facts, @origin)
     ON CONFLICT(doc_id) DO UPDATE SET source=excluded.source, title=excluded.title,
       published=excluded.published, author=excluded.author, body_hash=excluded.body_hash, facts=excluded.facts,
       origin=excluded.origin`,
  ).run({
    docId: article.docId,
    source: article.source,
    title: article.title,
    published: article.published,
    author: article.author,
    bodyHash,
    facts: JSON.stringify(article.facts),
    origin: article.origin ? JSON.stringify(article.origin) : null,
  });
}

export function deleteDoc(db: Db, docId: string): void {
  db.prepare('DELETE FROM docs WHERE doc_id = ?').run(docId);
}

/** True when some document still uses this body. */
export function bodyInUse(db: Db, bodyHash: string): boolean {
  return db.prepare('SELECT 1 FROM docs WHERE body_hash = ? LIMIT 1').get(bodyHash) !== undefined;
}

export function hasBody(db: Db, bodyHash: string): boolean {
  return db.prepare('SELECT 1 FROM contents WHERE body_hash = ?').get(bodyHash) !== undefined;
}

export function getBody(db: Db, bodyHash: string): string | null {
  const row = statement(db, 'SELECT body FROM contents WHERE body_hash = ?').get(bodyHash) as
    | { body: string }
    | undefined;
  return row?.body ?? null;
}

/** Bodies by hash, in one statement. */
export function getBodies(db: Db, hashes: string[]): Map<string, string> {
  if (hashes.length === 0) return new Map();
  const rows = statement(
    db,
    'SELECT body_hash, body FROM contents WHERE body_hash IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(hashes)) as { body_hash: string; body: string }[];
  return new Map(rows.map((r) => [r.body_hash, r.body]));
}

/** A stored chunk. `text === body.slice(start, end)`. */
export interface ChunkRow {
  id: number;
  bodyHash: string;
  ord: number;
  start: number;
  end: number;
  text: string;
}

/**
 * The stored body that a new body with these sentence keys copies, if any (see
 * `isSyndicatedCopy`): the stored body sharing the most sentences, when they are enough.
 */
export function findCopiedBody(
  db: Db,
  keys: string[],
  isCopy: (shared: number, newCount: number, storedCount: number) => boolean,
): string | null {
  if (keys.length === 0) return null;
  const shared = new Map<string, number>();
  const stmt = db.prepare('SELECT body_hash FROM sentence_keys WHERE key = ? LIMIT ?');
  for (const k of keys) {
    const rows = stmt.all(k, MAX_KEY_SHARERS + 1) as { body_hash: string }[];
    // A sentence in many articles is a formula ("Phát biểu kết luận hội nghị…"), not a sign of copying,
    // and counting it would make every build quadratic.
    if (rows.length > MAX_KEY_SHARERS) continue;
    for (const r of rows) shared.set(r.body_hash, (shared.get(r.body_hash) ?? 0) + 1);
  }
  const count = db.prepare('SELECT sentences FROM contents WHERE body_hash = ?');
  let best: { hash: string; n: number } | null = null;
  for (const [hash, n] of shared) {
    if (best && n <= best.n) continue;
    const stored = (count.get(hash) as { sentences: number } | undefined)?.sentences ?? 0;
    if (isCopy(n, keys.length, stored)) best = { hash, n };
  }
  return best?.hash ?? null;
}

/** Sentences shared by more stored bodies than this are ignored when looking for copies. */
const MAX_KEY_SHARERS = 20;

export function insertContent(
  db: Db,
  bodyHash: string,
  sentenceKeys: string[],
  body: string,
  chunks: { id: number; ord: number; start: number; end: number; text: string }[],
  fold: (s: string) => string,
): void {
  db.prepare('INSERT INTO contents (body_hash, body, sentences) VALUES (?, ?, ?)').run(
    bodyHash,
    body,
    sentenceKeys.length,
  );
  const key = db.prepare('INSERT INTO sentence_keys (key, body_hash) VALUES (?, ?)');
  for (const k of sentenceKeys) key.run(k, bodyHash);
  const ins = db.prepare(
    'INSERT INTO chunks (id, body_hash, ord, start, end, text) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const fts = db.prepare('INSERT INTO chunks_fts (rowid, text, folded) VALUES (?, ?, ?)');
  for (const c of chunks) {
    ins.run(c.id, bodyHash, c.ord, c.start, c.end, c.text);
    fts.run(c.id, c.text, fold(c.text));
  }
}

/** Remove a body, its chunks and their keyword entries; returns the removed chunk ids. */
export function deleteContent(db: Db, bodyHash: string): number[] {
  const ids = (db.prepare('SELECT id FROM chunks WHERE body_hash = ?').all(bodyHash) as { id: number }[]).map(
    (r) => r.id,
  );
  const fts = db.prepare('DELETE FROM chunks_fts WHERE rowid = ?');
  for (const id of ids) fts.run(id);
  db.prepare('DELETE FROM chunks WHERE body_hash = ?').run(bodyHash);
  db.prepare('DELETE FROM contents WHERE body_hash = ?').run(bodyHash);
  db.prepare('DELETE FROM sentence_keys WHERE body_hash = ?').run(bodyHash);
  return ids;
}

// SQL aliases map columns onto ChunkRow's fields, so rows come back in the exported shape.
const CHUNK_COLUMNS = 'id, body_hash AS bodyHash, ord, start, end, text';

export function chunksOfBody(db: Db, bodyHash: string): ChunkRow[] {
  return statement(db, `SELECT ${CHUNK_COLUMNS} FROM chunks WHERE body_hash = ? ORDER BY ord`).all(
    bodyHash,
  ) as ChunkRow[];
}

/** Chunks by id, in one statement (ids passed as a JSON array). */
export function getChunks(db: Db, ids: number[]): Map<number, ChunkRow> {
  if (ids.length === 0) return new Map();
  const rows = statement(
    db,
    `SELECT ${CHUNK_COLUMNS} FROM chunks WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as ChunkRow[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** Stored chunks without their text (where they are, not what they say). */
export function getChunkSpans(db: Db, ids: number[]): Map<number, Omit<ChunkRow, 'text'>> {
  if (ids.length === 0) return new Map();
  const rows = statement(
    db,
    'SELECT id, body_hash AS bodyHash, ord, start, end FROM chunks WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids)) as Omit<ChunkRow, 'text'>[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** The body each chunk belongs to, without reading the chunks' text. */
export function getChunkBodies(db: Db, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = statement(
    db,
    'SELECT id, body_hash FROM chunks WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids)) as { id: number; body_hash: string }[];
  return new Map(rows.map((r) => [r.id, r.body_hash]));
}

/** True when the database has a table (or virtual table) of this name. */
export function tableExists(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

export function countRows(db: Db): { docs: number; contents: number; chunks: number } {
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    docs: n('SELECT count(*) n FROM docs'),
    contents: n('SELECT count(*) n FROM contents'),
    chunks: n('SELECT count(*) n FROM chunks'),
  };
}
