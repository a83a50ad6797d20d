import { join } from 'node:path';
import type { Embedder } from '../embed/types.ts';
import { BUNDLE_VERSION } from '../records/bundle.ts';
import { readCollocations } from './collocations.ts';
import {
  type ChunkRow,
  type Db,
  type DocRow,
  getBodies,
  getBody,
  getChunkBodies,
  getChunkSpans,
  getChunks,
  openDb,
  readDocs,
} from './db.ts';
import {
  documentFrequencies,
  type KeywordColumn,
  type KeywordHit,
  type KeywordQuery,
  keywordSearch,
} from './keyword.ts';
import { HNSW, SQLITE } from './layout.ts';
import { assertModelMatches, type Manifest } from './manifest.ts';
import { RecordsCache } from './records-cache.ts';
import { recordsLookStale } from './records-store.ts';
import { readSurfaceForms, type SurfaceLookup } from './surface-forms.ts';
import { readBodyPeriods, readTitlePeriods, storedPeriodsHold, titlesOf } from './text-periods.ts';
import { type VectorHit, VectorIndex } from './vectors.ts';
import { fallbackMessage, noUsableGeneration, scanGenerations, type VerifyLevel } from './verify.ts';

/** Distinct (column, term) document frequencies kept in memory before the cache starts over. */
const DF_CACHE_LIMIT = 100_000;
/** Distinct phrase searches kept in memory before that cache starts over. */
const PHRASE_CACHE_LIMIT = 5_000;

/** Thrown when INDEX_DIR holds no index yet. */
export class NoIndexError extends Error {
  override name = 'NoIndexError';
}

/** Options of {@link IndexReader.open}. */
export interface OpenOptions {
  /** The embedder; its model must match the index's. None (or null) opens keyword-only. */
  embedder?: Embedder | null;
  /**
   * How much to verify (see verify.ts). Default `full`: hashes and `PRAGMA quick_check`, done once
   * per generation and process, so reopening after an update costs a stat per file.
   */
  verify?: VerifyLevel;
  /** Where the fallback notice goes (once per process and cause). Default: standard error. */
  onWarning?: (message: string) => void;
}

/** Fallback notices already given in this process, so a reopen does not repeat them. */
const warned = new Set<string>();

/** Give `notice` (when there is one) to `onWarning`, or to stderr, once per process. */
function warnOnce(notice: string | null, onWarning?: (message: string) => void): void {
  if (!notice || warned.has(notice)) return;
  warned.add(notice);
  (onWarning ?? ((m: string) => process.stderr.write(`${m}\n`)))(notice);
}

/**
 * A loaded, read-only index generation: document metadata in memory, chunks and keyword search in
 * SQLite, vectors in HNSW (when the index has them and an embedder of the same model is given).
 * Immutable once opened, so a rebuild can publish a new generation while this one keeps serving.
 */
export class IndexReader {
  private readonly byId: Map<string, DocRow>;
  private readonly byBody: Map<string, DocRow[]>;
  private readonly dfCache = new Map<string, number>();
  private readonly phraseCache = new Map<string, readonly string[]>();
  /** Stored headline and text periods are read (present, and a sample agrees with the extractor). */
  private readonly periodsStored: boolean;
  /** Meeting records and places per body (stored at index time; recomputed when stale). */
  readonly records: RecordsCache;
  /** Syllable-pair collocations learned from the indexed text (collocations.ts), for question parsing. */
  readonly collocations: ReadonlySet<string>;
  /** Dominant written forms of folded syllables and pairs (surface-forms.ts), for restoring bare questions. */
  readonly surfaceForms: SurfaceLookup;
  /** Set by {@link open} once hnswlib has read the graph (it loads while the database is read). */
  private vectorIndex: VectorIndex | null = null;

  private constructor(
    readonly dir: string,
    readonly manifest: Manifest,
    private readonly db: Db,
    readonly docs: readonly DocRow[],
  ) {
    this.byId = new Map(docs.map((d) => [d.docId, d]));
    // Stored at build time: a list question over every headline then reads them, not the extractor.
    const titlePeriods = readTitlePeriods(db);
    this.periodsStored = titlePeriods.size > 0 && storedPeriodsHold(db, docs, titlePeriods);
    if (this.periodsStored)
      for (const d of docs) {
        const periods = titlePeriods.get(d.title);
        if (periods) d.titlePeriods = periods;
      }
    this.byBody = new Map();
    for (const d of docs) {
      const list = this.byBody.get(d.bodyHash) ?? [];
      list.push(d);
      this.byBody.set(d.bodyHash, list);
    }
    this.records = new RecordsCache(
      db,
      (hash) => this.canonicalOf(hash),
      (hash) => this.body(hash),
    );
    this.collocations = readCollocations(db);
    this.surfaceForms = readSurfaceForms(db);
  }

  /** The first-published document of a body: the one whose title and facts its records use. */
  private canonicalOf(bodyHash: string): DocRow | undefined {
    return [...(this.byBody.get(bodyHash) ?? [])].sort((a, b) =>
      (a.published ?? '9999').localeCompare(b.published ?? '9999'),
    )[0];
  }

  /**
   * Open the live generation of `indexDir`, verified first. When it is damaged, the newest older
   * generation that verifies is served instead, with one notice naming both, the cause and the fix;
   * when none verifies, a `DamagedIndexError` says so. With an embedder, its model must match the
   * index's (else a clear `--rebuild` error); without one, the index opens keyword-only.
   */
  static async open(indexDir: string, opts: OpenOptions = {}): Promise<IndexReader> {
    const scan = await scanGenerations(indexDir, opts.verify ?? 'full');
    if (scan.pointer.state === 'absent')
      throw new NoIndexError(`index: no index in ${indexDir}, run npm run index`);
    if (!scan.usable) throw noUsableGeneration(indexDir, scan);
    const notice = fallbackMessage(indexDir, scan);
    warnOnce(notice, opts.onWarning);
    const current = scan.usable;
    const manifest = current.manifest;
    let loading: Promise<VectorIndex | null> = Promise.resolve(null);
    if (manifest.model && opts.embedder) {
      assertModelMatches(manifest, { id: opts.embedder.modelId, dim: opts.embedder.dim });
      if (manifest.counts.vectors > 0)
        // Verified above (structure, and hashes once per generation): only then may hnswlib read it.
        loading = VectorIndex.loadAsync(
          join(current.dir, HNSW),
          manifest.model.dim,
          manifest.hnsw,
          manifest.counts.vectors,
        );
    }
    // The database is read on this thread while hnswlib reads the graph on the thread pool.
    let reader: IndexReader;
    try {
      const db = openDb(join(current.dir, SQLITE), { readonly: true });
      try {
        reader = new IndexReader(current.dir, manifest, db, readDocs(db));
      } catch (err) {
        db.close();
        throw err;
      }
    } catch (err) {
      // Let the graph load settle, so its own failure is not left unhandled; the first error wins.
      await loading.catch(() => null);
      throw err;
    }
    warnOnce(staleRecordsNotice(indexDir, reader), opts.onWarning);
    try {
      reader.vectorIndex = await loading;
    } catch (err) {
      reader.close();
      throw err;
    }
    return reader;
  }

  /** Whether the stored records come from other extraction rules than this code's (records-store.ts). */
  recordsStale(): boolean {
    return recordsLookStale(this.db, BUNDLE_VERSION);
  }

  /** The HNSW graph of chunk vectors; null when keyword-only (no embedder, or an index without vectors). */
  get vectors(): VectorIndex | null {
    return this.vectorIndex;
  }

  get generation(): number {
    return this.manifest.generation;
  }

  doc(docId: string): DocRow | undefined {
    return this.byId.get(docId);
  }

  /** Every document sharing a body (syndicated copies), the given one included. */
  docsWithBody(bodyHash: string): DocRow[] {
    return this.byBody.get(bodyHash) ?? [];
  }

  body(bodyHash: string): string | null {
    return getBody(this.db, bodyHash);
  }

  bodies(bodyHashes: string[]): Map<string, string> {
    return getBodies(this.db, bodyHashes);
  }

  /**
   * Stored periods of the searched text (headlines, then body) of each of these bodies, for those
   * stored with their current headlines (text-periods.ts); the others are left out.
   */
  bodyPeriods(bodyHashes: readonly string[]): Map<string, string[]> {
    if (!this.periodsStored) return new Map();
    return readBodyPeriods(this.db, bodyHashes, (h) => titlesOf(this.docsWithBody(h)));
  }

  chunks(ids: number[]): Map<number, ChunkRow> {
    return getChunks(this.db, ids);
  }

  /** Chunks without their text (body, order, offsets). */
  chunkSpans(ids: number[]): Map<number, Omit<ChunkRow, 'text'>> {
    return getChunkSpans(this.db, ids);
  }

  /** The body hash of each chunk (for finding articles by a phrase without reading chunk text). */
  chunkBodies(ids: number[]): Map<number, string> {
    return getChunkBodies(this.db, ids);
  }

  keyword(q: KeywordQuery, k: number): KeywordHit[] {
    return keywordSearch(this.db, q, k);
  }

  /**
   * The bodies of the `k` best-ranked (BM25) chunks holding `phrase` in `column`, in the order the
   * chunk rows come back, each once; memoised, since a generation never changes once opened. The
   * answer step looks up every name and place of a question this way; a phrase of common
   * syllables reads long posting lists (≈ 9 ms a question at 100k chunks), and the same places
   * come back question after question.
   */
  phraseBodies(column: 'text' | 'folded', phrase: string[], k: number): readonly string[] {
    const key = `${column}:${k}:${phrase.join(' ')}`;
    const hit = this.phraseCache.get(key);
    if (hit) return hit;
    const hits = keywordSearch(this.db, { column, terms: [], phrases: [phrase] }, k);
    const bodies = [
      ...new Set(
        getChunkBodies(
          this.db,
          hits.map((h) => h.id),
        ).values(),
      ),
    ];
    if (this.phraseCache.size >= PHRASE_CACHE_LIMIT) this.phraseCache.clear();
    this.phraseCache.set(key, bodies);
    return bodies;
  }

  /** Chunks containing each term; memoised, since a generation never changes once opened. */
  documentFrequencies(column: KeywordColumn, terms: string[]): Map<string, number> {
    const out = new Map<string, number>();
    const missing: string[] = [];
    for (const t of terms) {
      const hit = this.dfCache.get(`${column}:${t}`);
      if (hit === undefined) missing.push(t);
      else out.set(t, hit);
    }
    if (missing.length > 0) {
      if (this.dfCache.size > DF_CACHE_LIMIT) this.dfCache.clear();
      for (const [t, d] of documentFrequencies(this.db, column, missing)) {
        this.dfCache.set(`${column}:${t}`, d);
        out.set(t, d);
      }
    }
    return out;
  }

  vector(query: Float32Array, k: number): VectorHit[] {
    return this.vectors ? this.vectors.search(query, k) : [];
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * The notice for an index whose stored records an older version of the extraction rules wrote (the
 * bot upgraded, the index not rebuilt), or null: answers still compute each article's records when
 * they read it, but the stored look-up of the articles about a place finds none of them.
 */
export function staleRecordsNotice(indexDir: string, reader: IndexReader): string | null {
  if (!reader.recordsStale()) return null;
  return `index: the records stored in ${indexDir} were extracted by an older version of the rules (not version ${BUNDLE_VERSION}); answers recompute them per question and the look-up of articles by place misses them until the next update: run npm run index (or /reindex in the chat)`;
}
