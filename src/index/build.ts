import { createHash } from 'node:crypto';
import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Embedder } from '../embed/types.ts';
import { type ChunkOptions, chunkArticle } from '../ingest/chunk.ts';
import { PARSER_VERSION, parseArticle } from '../ingest/parse.ts';
import {
  listArticleFiles,
  NO_ARTICLE_TEXT,
  readArticleText,
  type ScanNote,
  type SkippedFile,
} from '../ingest/scan.ts';
import type { Article } from '../ingest/types.ts';
import { BUNDLE_VERSION, buildDocRecords } from '../records/bundle.ts';
import { fold } from '../text/normalize.ts';
import { cacheOnlyEmbedder } from './cache-only-embedder.ts';
import { readDatabaseHealthAside } from './check-aside.ts';
import { chunkOptionsFor } from './chunking.ts';
import { refreshCollocations } from './collocations.ts';
import {
  bodyInUse,
  chunksOfBody,
  countRows,
  type Db,
  deleteContent,
  deleteDoc,
  findCopiedBody,
  getBody,
  hasBody,
  insertContent,
  openDb,
  readDocs,
  tableExists,
  upsertDoc,
} from './db.ts';
import {
  calibrateEf,
  type EfCalibration,
  type EfCalibrationOptions,
  needsCalibration,
} from './ef-calibration.ts';
import { EmbedCache } from './embed-cache.ts';
import { isSyndicatedCopy, sentenceKeys } from './fingerprint.ts';
import { describeFilesAside } from './hash-aside.ts';
import { pruneEmbedCache, shouldCompact } from './hygiene.ts';
import {
  collectGarbage,
  createGenerationDir,
  EMBED_CACHE,
  exists,
  fsyncPath,
  generationName,
  generationNumber,
  HNSW,
  listGenerations,
  MANIFEST,
  readCurrentPointer,
  SQLITE,
  switchCurrent,
  writeFileDurable,
} from './layout.ts';
import { acquireBuildLock } from './lock.ts';
import {
  DEFAULT_HNSW,
  FORMAT_VERSION,
  type GenerationFile,
  type HnswParams,
  IndexMismatchError,
  type Manifest,
  type ManifestDoc,
} from './manifest.ts';
import { deletePairs, ensurePairs, insertPairs } from './pairs.ts';
import { refreshStaleRecords } from './records-refresh.ts';
import { deleteRecords, ensureRecordsTable, putRecords, staleRecordBodies } from './records-store.ts';
import { refreshSurfaceForms } from './surface-forms.ts';
import { MAX_UPDATE_SHARE, refreshTermFrequencies, updateTermFrequencies } from './term-df.ts';
import { hasCurrentTextPeriods, refreshTextPeriods } from './text-periods.ts';
import { VectorIndex } from './vectors.ts';
import { describeFile, judgeDatabase, scanGenerations, verifyGeneration } from './verify.ts';
import { isEditedVersion } from './versions.ts';

/** Options of {@link buildIndex}. */
export interface BuildOptions {
  /** Folder of raw article files (scanned recursively; links are not followed). */
  sourceDir: string;
  /** INDEX_DIR: where generations live. Created when missing. */
  indexDir: string;
  /** Ignore the existing index and build from scratch. Default false. */
  rebuild?: boolean;
  /** The embedder; null builds a keyword-only index and records why in the manifest. */
  embedder: Embedder | null;
  /** Why there is no embedder (recorded in the manifest). */
  embedderMissingReason?: string;
  /**
   * With no embedder, keep the index's existing vectors and model identity (new passages get their
   * vectors from the embedding cache, or the build stops with a message) instead of publishing a
   * keyword-only index. For a model that failed to load; not for --keyword-only. Default false.
   */
  keepVectors?: boolean;
  /**
   * HNSW parameters. Default {@link DEFAULT_HNSW}, except efSearch: when not given, the build
   * serves the smallest candidate reaching the calibration goal on the index's own vectors.
   */
  hnsw?: Partial<HnswParams>;
  /** How efSearch is calibrated when `hnsw.efSearch` is not given. Defaults in ef-calibration.ts. */
  efCalibration?: EfCalibrationOptions;
  /** Files larger than this are skipped with a warning. Default 10 MiB. */
  maxFileBytes?: number;
  /** Chunk sizes. Default: in the embedder's tokens when it counts them (chunking.ts), else in words. */
  chunking?: ChunkOptions;
  /** Progress per stage: `done` of `total` units (files, chunks). */
  onProgress?: (p: { stage: 'read' | 'embed'; done: number; total: number }) => void;
  /** Test hook: called at named points of the build, so crash tests can kill there. */
  onCheckpoint?: (name: string) => void;
}

/** Seconds spent and units processed per stage. */
export interface StageFigure {
  seconds: number;
  units: number;
}

/** What a build did. */
export interface BuildReport {
  generation: number;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
  /** Documents whose body is shared with another document (syndicated copies). */
  duplicates: number;
  docs: number;
  chunks: number;
  /** Chunks embedded by the model in this run (the rest came from the cache or were unchanged). */
  embedded: number;
  /** Chunks the model had to truncate in this run (over its token limit); 0 with token-sized chunks. */
  truncated: number;
  /**
   * The graph's entries (marked-deleted ones included; 0 when unchanged or keyword-only), whether it
   * was rebuilt to drop them (hygiene.ts), and cached vectors dropped as unused.
   */
  vectorHygiene: { graphEntries: number; compacted: boolean; prunedCacheRows: number };
  vectors: boolean;
  /** The model whose vectors the index holds (kept from the previous build when none loaded), or null. */
  model: string | null;
  skipped: SkippedFile[];
  /** Files kept with a warning (e.g. invalid UTF-8 bytes replaced). */
  warnings: ScanNote[];
  /** Damage found in the index and repaired by this build (empty when it was whole). */
  repaired: string[];
  seconds: number;
  stages: { parse: StageFigure; embed: StageFigure; hnsw: StageFigure; keyword: StageFigure };
  diskBytes: number;
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

interface Pending {
  article: Article;
  fileHash: string;
  bodyHash: string;
  size: number;
  mtimeMs: number;
}

/**
 * Build or update the index incrementally, by content hash: new files are added, changed ones
 * replaced, removed ones deleted, unchanged ones neither re-parsed nor re-embedded. The result is a
 * new generation published atomically; the previous one stays loadable until then (and after).
 */
export async function buildIndex(opts: BuildOptions): Promise<BuildReport> {
  const t0 = performance.now();
  const hnswParams: HnswParams = { ...DEFAULT_HNSW, ...opts.hnsw };
  const checkpoint = opts.onCheckpoint ?? (() => {});
  await mkdir(opts.indexDir, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
    throw new Error(`index: cannot create INDEX_DIR ${opts.indexDir} (${err.code ?? err.message})`);
  });
  const release = await acquireBuildLock(opts.indexDir).catch(async (err: NodeJS.ErrnoException) => {
    if (err.code)
      throw new Error(
        `index: cannot write INDEX_DIR ${opts.indexDir} (${err.code}); ${keptNote((await listGenerations(opts.indexDir)).length > 0)}`,
      );
    throw err;
  });
  const stages = {
    parse: { seconds: 0, units: 0 },
    embed: { seconds: 0, units: 0 },
    hnsw: { seconds: 0, units: 0 },
    keyword: { seconds: 0, units: 0 },
  };
  let genDir: string | null = null;
  /** Work on worker threads reading the new generation's files; settled before a failed build removes them. */
  const aside: Promise<unknown>[] = [];
  let hadIndex = false;
  try {
    // Build on the newest generation that verifies (hashes, quick_check, graph structure); when
    // the live one is damaged, this build repairs it from the last good one, or from scratch.
    const scan = opts.rebuild ? null : await scanGenerations(opts.indexDir, 'full');
    const pointer = scan?.pointer ?? (await readCurrentPointer(opts.indexDir));
    hadIndex = pointer.state !== 'absent';
    const current = scan?.usable ? { name: scan.usable.name, dir: scan.usable.dir } : null;
    const prev = scan?.usable?.manifest ?? null;
    const repaired = scan?.problems ?? [];
    // The generation kept beside the new one until the next build: the last good one.
    const keepGen = current?.name ?? (pointer.state === 'ok' ? pointer.name : null);
    const embedder =
      opts.embedder ??
      (opts.keepVectors && prev?.model ? cacheOnlyEmbedder(prev.model, opts.embedderMissingReason) : null);
    const model = embedder ? { id: embedder.modelId, dim: embedder.dim } : null;
    if (prev?.model && model && (prev.model.id !== model.id || prev.model.dim !== model.dim)) {
      throw new IndexMismatchError(
        `index: model ${model.id} (dim ${model.dim}) ≠ index model ${prev.model.id} (dim ${prev.model.dim}), run npm run index -- --rebuild`,
      );
    }

    // 1. Read every file, hash it, parse only what is new or changed.
    let t = performance.now();
    const { files, skipped } = await listArticleFiles(opts.sourceDir, { maxFileBytes: opts.maxFileBytes });
    const pending: Pending[] = [];
    const keep: Record<string, ManifestDoc> = {};
    const seen = new Set<string>();
    const warnings: ScanNote[] = [];
    let unchanged = 0;
    let done = 0;
    // Files read by another parser are read again: a body that comes out the same stays unchanged.
    const reparse = prev !== null && prev !== undefined && prev.parserVersion !== PARSER_VERSION;
    for (const file of files) {
      opts.onProgress?.({ stage: 'read', done: done++, total: files.length });
      const old = prev?.docs[file.docId];
      // Same size and modification time as when indexed: unchanged without reading it (as make and
      // git do), so re-indexing a large archive after one edit costs a stat per file.
      if (
        !reparse &&
        old &&
        old.source === file.source &&
        old.size === file.bytes &&
        old.mtimeMs === file.mtimeMs
      ) {
        seen.add(file.docId);
        keep[file.docId] = old;
        unchanged++;
        continue;
      }
      const read = await readArticleText(file.rawPath ?? file.path);
      if (!read.ok) {
        skipped.push({ file: file.source, reason: read.reason });
        continue;
      }
      for (const w of read.warnings) warnings.push({ file: file.source, note: w });
      const fileHash = sha256(read.text);
      if (!reparse && old && old.fileHash === fileHash && old.source === file.source) {
        seen.add(file.docId);
        keep[file.docId] = { ...old, size: file.bytes, mtimeMs: file.mtimeMs };
        unchanged++;
        continue;
      }
      const article = parseArticle(read.text, {
        docId: file.docId,
        source: file.source,
        origin: read.origin,
      });
      const bodyHash = sha256(article.body);
      if (old && old.fileHash === fileHash && old.source === file.source && old.bodyHash === bodyHash) {
        // Re-parsed to the same body: unchanged (the manifest records the new parser below).
        seen.add(file.docId);
        keep[file.docId] = { ...old, size: file.bytes, mtimeMs: file.mtimeMs };
        unchanged++;
        continue;
      }
      // As `npm run latest` does: a headline without a body is no article (and would have no chunks).
      if (article.body.trim() === '') {
        skipped.push({ file: file.source, reason: NO_ARTICLE_TEXT });
        continue;
      }
      seen.add(file.docId);
      pending.push({
        article,
        fileHash,
        bodyHash,
        size: file.bytes,
        mtimeMs: file.mtimeMs,
      });
    }
    opts.onProgress?.({ stage: 'read', done: files.length, total: files.length });
    const added = pending.filter((p) => !prev?.docs[p.article.docId]).map((p) => p.article.docId);
    const changed = pending.filter((p) => prev?.docs[p.article.docId]).map((p) => p.article.docId);
    const removed = Object.keys(prev?.docs ?? {}).filter((id) => !seen.has(id));
    stages.parse = { seconds: (performance.now() - t) / 1000, units: pending.length };

    // Nothing to do: keep the live generation rather than publish an identical one.
    const sameVectors = prev?.model ? prev.model.id === model?.id : model === null;
    if (
      prev &&
      current &&
      pending.length === 0 &&
      removed.length === 0 &&
      sameVectors &&
      repaired.length === 0 &&
      !reparse &&
      derivedCurrent(join(current.dir, SQLITE))
    ) {
      // A build killed after publishing but before collecting leaves its leftovers: collect them now.
      const older = (await listGenerations(opts.indexDir)).filter((g) => g < current.name);
      await collectGarbage(opts.indexDir, current.name, older[0] ?? null); // newest first
      return {
        generation: prev.generation,
        added,
        changed,
        removed,
        unchanged,
        duplicates: countDuplicates(prev.docs),
        docs: prev.counts.docs,
        chunks: prev.counts.chunks,
        embedded: 0,
        truncated: 0,
        vectorHygiene: { graphEntries: 0, compacted: false, prunedCacheRows: 0 },
        vectors: prev.counts.vectors > 0,
        model: prev.model?.id ?? null,
        skipped,
        warnings,
        repaired,
        seconds: (performance.now() - t0) / 1000,
        stages,
        diskBytes: await dirBytes(current.dir),
      };
    }

    // 2. A new generation directory, seeded with a copy of the previous database.
    // Numbers only grow, even past a live generation whose folder was lost.
    const floor = Math.max(
      prev?.generation ?? 0,
      pointer.state === 'ok' ? generationNumber(pointer.name) : 0,
    );
    const created = await createGenerationDir(opts.indexDir, floor + 1);
    const genNo = created.number;
    genDir = created.dir;
    if (prev && current) await copyFile(join(current.dir, SQLITE), join(genDir, SQLITE));
    checkpoint('copied');
    const db = openDb(join(genDir, SQLITE));
    // The stored term counts can be updated term by term only when the copy has them and its pairs.
    const countsToUpdate = tableExists(db, 'term_df') && tableExists(db, 'chunk_pairs');
    // Generations from before the pairs table get it here, filled from their chunks.
    ensurePairs(db);
    const chunking = chunkOptionsFor(opts.embedder, opts.chunking);
    const truncatedBefore = opts.embedder?.truncated ?? 0;
    let nextChunkId = prev?.nextChunkId ?? 1;
    let newChunkIds: number[] = [];
    const removedChunkIds: number[] = [];
    const changedTexts = { added: [] as string[], removed: [] as string[] };
    try {
      t = performance.now();
      let chunkCount = 0;
      // Bodies that files of this run carry again (a renamed folder or file, a re-saved file) keep
      // their chunks, chunk ids and vectors.
      const reused = new Set(pending.map((p) => p.bodyHash));
      db.transaction(() => {
        ensureRecordsTable(db);
        for (const docId of [...removed, ...changed]) {
          const oldHash = prev?.docs[docId]?.bodyHash;
          deleteDoc(db, docId);
          if (oldHash && !reused.has(oldHash) && !bodyInUse(db, oldHash)) {
            changedTexts.removed.push(...chunksOfBody(db, oldHash).map((c) => c.text));
            const ids = deleteContent(db, oldHash);
            deletePairs(db, ids);
            removedChunkIds.push(...ids);
            deleteRecords(db, oldHash);
          }
        }
        for (const p of pending) {
          const keys = sentenceKeys(p.article.body);
          let shared = hasBody(db, p.bodyHash) ? p.bodyHash : findCopiedBody(db, keys, isSyndicatedCopy);
          // An edited republication (a corrected figure or name) is a version of its own, not a copy.
          if (shared && shared !== p.bodyHash && isEditedVersion(p.article.body, getBody(db, shared) ?? '')) {
            shared = null;
          }
          if (shared) {
            // A syndicated copy: stored once, cited under both sources.
            p.bodyHash = shared;
            upsertDoc(db, p.article, shared);
            continue;
          }
          upsertDoc(db, p.article, p.bodyHash);
          const chunks = chunkArticle(p.article, chunking).map((c) => ({ ...c, id: nextChunkId++ }));
          insertContent(db, p.bodyHash, keys, p.article.body, chunks, fold);
          putRecords(db, p.bodyHash, BUNDLE_VERSION, buildDocRecords(p.article));
          insertPairs(db, chunks);
          changedTexts.added.push(...chunks.map((c) => c.text));
          newChunkIds.push(...chunks.map((c) => c.id));
          chunkCount += chunks.length;
        }
        refreshStaleRecords(db);
        const changedShare =
          (changedTexts.added.length + changedTexts.removed.length) / Math.max(1, countRows(db).chunks);
        if (countsToUpdate && changedShare <= MAX_UPDATE_SHARE) updateTermFrequencies(db, changedTexts);
        else refreshTermFrequencies(db);
        refreshTextPeriods(db);
        const colloc = refreshCollocations(db, chunkCount + removedChunkIds.length);
        refreshSurfaceForms(db, colloc.recounted);
      })();
      stages.keyword = { seconds: (performance.now() - t) / 1000, units: chunkCount };
      checkpoint('keyword');
      // The database is final once its transaction commits (only reads follow): it is checked and
      // hashed on worker threads while the vector graph is built here, 4 s and 1 s at 100k chunks.
      const dbPath = join(genDir, SQLITE);
      const dbHealth = readDatabaseHealthAside(dbPath);
      const dbHash = describeFilesAside([dbPath]).then(
        ([file]) => file as GenerationFile,
        (err: Error) => err,
      );
      aside.push(dbHealth, dbHash);

      // 3. Vectors: incremental on the previous graph when it has the same model, else from scratch.
      let vectorCount = 0;
      let graphEntries = 0;
      let compacted = false;
      let pruned = 0;
      let efCalibration: EfCalibration | undefined;
      if (embedder && model) {
        const cache = new EmbedCache(join(opts.indexDir, EMBED_CACHE));
        try {
          let index: VectorIndex;
          const prevHnsw = current ? join(current.dir, HNSW) : null;
          if (prev?.model && prevHnsw && (await exists(prevHnsw))) {
            index = VectorIndex.load(prevHnsw, model.dim, hnswParams, prev.counts.vectors);
            index.setEf(hnswParams.efSearch);
            for (const id of removedChunkIds) index.remove(id);
            if (shouldCompact(index.stored, index.size, newChunkIds.length)) {
              // Too many marked-deleted entries: a fresh graph of the live chunks, vectors from the cache.
              index = VectorIndex.create(model.dim, hnswParams, countRows(db).chunks);
              newChunkIds = allChunkIds(db);
              compacted = true;
            }
          } else {
            index = VectorIndex.create(model.dim, hnswParams, countRows(db).chunks);
            newChunkIds = allChunkIds(db);
          }
          const embedStats = await embedChunks(db, newChunkIds, embedder, cache, index, opts.onProgress);
          stages.embed = { seconds: embedStats.embedSeconds, units: embedStats.embedded };
          stages.hnsw = { seconds: embedStats.hnswSeconds, units: newChunkIds.length };
          t = performance.now();
          if (opts.hnsw?.efSearch === undefined) {
            const last = prev?.model ? prev.efCalibration : undefined;
            if (needsCalibration(last, index.size)) efCalibration = calibrateEf(index, opts.efCalibration);
            else efCalibration = last;
            if (efCalibration) hnswParams.efSearch = efCalibration.efSearch;
          }
          index.save(join(genDir, HNSW));
          // Durable before the manifest that publishes it (kill -9 is safe anyway; power loss is not).
          await fsyncPath(join(genDir, HNSW));
          stages.hnsw.seconds += (performance.now() - t) / 1000;
          vectorCount = index.size;
          graphEntries = index.stored;
          pruned = pruneEmbedCache(cache, db, model.id);
        } finally {
          cache.close();
        }
      }
      checkpoint('vectors');

      // 4. The manifest last: its presence marks the generation complete.
      const counts = countRows(db);
      const docs: Record<string, ManifestDoc> = { ...keep };
      for (const p of pending) {
        docs[p.article.docId] = {
          fileHash: p.fileHash,
          bodyHash: p.bodyHash,
          source: p.article.source,
          size: p.size,
          mtimeMs: p.mtimeMs,
        };
      }
      const manifest: Manifest = {
        formatVersion: FORMAT_VERSION,
        generation: genNo,
        createdAt: new Date().toISOString(),
        model: vectorCount > 0 || (model && counts.chunks === 0) ? model : null,
        vectorsMissingReason: model ? null : (opts.embedderMissingReason ?? 'no embedding model'),
        hnsw: hnswParams,
        counts: { ...counts, vectors: vectorCount },
        nextChunkId,
        parserVersion: PARSER_VERSION,
        docs,
        ...(efCalibration ? { efCalibration } : {}),
      };
      db.close();
      const dir = genDir;
      const graph = (await exists(join(dir, HNSW))) ? await describeFile(join(dir, HNSW)) : null;
      const dbFile = await dbHash;
      if (dbFile instanceof Error) throw dbFile;
      manifest.files = { [SQLITE]: dbFile, ...(graph ? { [HNSW]: graph } : {}) };
      const dbProblem = judgeDatabase(dbPath, await dbHealth, manifest.counts);
      if (dbProblem)
        throw new Error(`index: the new generation did not verify (${dbProblem}); ${keptNote(hadIndex)}`);
      await writeFileDurable(join(genDir, MANIFEST), JSON.stringify(manifest));
      // Published only once it verifies as a reader will check it: the last good one stays till then.
      const check = await verifyGeneration(opts.indexDir, generationName(genNo), 'full', {
        hashesFresh: true,
        databaseChecked: true,
      });
      if (!check.ok)
        throw new Error(`index: the new generation did not verify (${check.reason}); ${keptNote(hadIndex)}`);
      checkpoint('manifest');
      await switchCurrent(opts.indexDir, generationName(genNo));
      checkpoint('switched');
      await collectGarbage(opts.indexDir, generationName(genNo), keepGen);
      const duplicates = countDuplicates(docs);
      return {
        generation: genNo,
        added,
        changed,
        removed,
        unchanged,
        duplicates,
        docs: counts.docs,
        chunks: counts.chunks,
        embedded: stages.embed.units,
        truncated: (opts.embedder?.truncated ?? 0) - truncatedBefore,
        vectorHygiene: { graphEntries, compacted, prunedCacheRows: pruned },
        vectors: vectorCount > 0,
        model: manifest.model?.id ?? null,
        skipped,
        warnings,
        repaired,
        seconds: (performance.now() - t0) / 1000,
        stages,
        diskBytes: await dirBytes(genDir),
      };
    } finally {
      if (db.open) db.close();
    }
  } catch (err) {
    // Leave no half-written generation behind; CURRENT still names the previous one. The checks
    // still reading it finish first (they never reject).
    await Promise.all(aside);
    if (genDir) await rm(genDir, { recursive: true, force: true }).catch(() => {});
    const code = (err as NodeJS.ErrnoException).code;
    // SQLite reports a short write as SQLITE_IOERR_WRITE (and kin): the same cause as EIO.
    const why = code
      ? (WRITE_FAILURES[code] ?? (code.startsWith('SQLITE_IOERR') ? WRITE_FAILURES.EIO : undefined))
      : undefined;
    if (why) {
      throw new Error(
        `index: cannot write ${opts.indexDir} (${code}: ${why}); ${hadIndex ? 'the previous index is kept and still serves' : 'no index was written (there was none before)'}; free space or fix the folder, then update again`,
      );
    }
    throw err;
  } finally {
    await release();
  }
}

/** What a failed build leaves: the previous index, or (first build) nothing. */
function keptNote(hadIndex: boolean): string {
  return hadIndex ? 'the old index is kept' : 'no index was written (there was none before)';
}

/** Write failures named for the operator (SQLite reports a full disk as SQLITE_FULL, not ENOSPC). */
const WRITE_FAILURES: Record<string, string> = {
  ENOSPC: 'no space left on the disk',
  SQLITE_FULL: 'no space left on the disk',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file-size limit reached',
  EIO: 'a file was not written completely; is the disk full?',
  EACCES: 'permission denied',
  EROFS: 'read-only file system',
};

function allChunkIds(db: Db): number[] {
  return (db.prepare('SELECT id FROM chunks ORDER BY id').all() as { id: number }[]).map((r) => r.id);
}

/**
 * Embed the given chunks body by body: cached vectors are reused, missing ones computed and
 * committed to the cache per body (so a killed run resumes), then all go into the graph.
 */
async function embedChunks(
  db: Db,
  ids: number[],
  embedder: Embedder,
  cache: EmbedCache,
  index: VectorIndex,
  onProgress: BuildOptions['onProgress'],
): Promise<{ embedded: number; embedSeconds: number; hnswSeconds: number }> {
  const wanted = new Set(ids);
  // Only the bodies holding a wanted chunk, in the same order as before (body hash, then chunk
  // order), so the graph gets the same insertions: re-indexing one article read every chunk's
  // text of the index (93k at 100k chunks) to keep four.
  const bodies = (
    db
      .prepare(
        'SELECT DISTINCT body_hash FROM chunks WHERE id IN (SELECT value FROM json_each(?)) ORDER BY body_hash',
      )
      .all(JSON.stringify(ids)) as { body_hash: string }[]
  ).map((r) => r.body_hash);
  let embedded = 0;
  let embedSeconds = 0;
  let hnswSeconds = 0;
  let done = 0;
  for (const bodyHash of bodies) {
    const chunks = chunksOfBody(db, bodyHash).filter((c) => wanted.has(c.id));
    if (chunks.length === 0) continue;
    const vecs = chunks.map((c) => cache.get(embedder.modelId, c.text));
    const missing = chunks.filter((_, i) => vecs[i] === null);
    if (missing.length > 0) {
      const t = performance.now();
      const fresh = await embedder.embed(
        missing.map((c) => c.text),
        'passage',
      );
      embedSeconds += (performance.now() - t) / 1000;
      cache.putMany(
        embedder.modelId,
        missing.map((c, i) => ({ text: c.text, vec: fresh[i]! })),
      );
      let j = 0;
      for (let i = 0; i < vecs.length; i++) if (vecs[i] === null) vecs[i] = fresh[j++]!;
      embedded += missing.length;
    }
    const t = performance.now();
    chunks.forEach((c, i) => {
      index.add(c.id, vecs[i]!);
    });
    hnswSeconds += (performance.now() - t) / 1000;
    done += chunks.length;
    onProgress?.({ stage: 'embed', done, total: ids.length });
  }
  return { embedded, embedSeconds, hnswSeconds };
}

function countDuplicates(docs: Record<string, ManifestDoc>): number {
  const byBody = new Map<string, number>();
  for (const d of Object.values(docs)) byBody.set(d.bodyHash, (byBody.get(d.bodyHash) ?? 0) + 1);
  let dup = 0;
  for (const n of byBody.values()) if (n > 1) dup += n - 1;
  return dup;
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of [MANIFEST, SQLITE, HNSW])
    total += await stat(join(dir, name)).then(
      (s) => s.size,
      () => 0,
    );
  return total;
}

/** Read the docs table of a database (re-exported for tools that inspect a generation). */
export { readDocs };

/**
 * The generation holds the periods of its headlines and texts from the current extractor
 * (text-periods.ts). When not (built before them, or by code that read periods differently), an
 * otherwise unchanged build still publishes a new generation that adds them: the migration.
 */
/**
 * The live generation's derived tables are of this version: its text periods, and the records of
 * every body (a records or place-linking change bumps `BUNDLE_VERSION`; an unchanged corpus must
 * still get them recomputed, or answers would read none).
 */
function derivedCurrent(sqlitePath: string): boolean {
  const db = openDb(sqlitePath, { readonly: true });
  try {
    return hasCurrentTextPeriods(db) && staleRecordBodies(db, BUNDLE_VERSION).length === 0;
  } finally {
    db.close();
  }
}
