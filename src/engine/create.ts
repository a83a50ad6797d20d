import { createHash } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { answerQuestion } from '../answer/answer.ts';
import { newest, newestDocs } from '../answer/candidates.ts';
import { formatChair, LABELS } from '../answer/format.ts';
import { notFound } from '../answer/render.ts';
import type { Config } from '../config.ts';
import { loadEmbedder } from '../embed/load.ts';
import type { Embedder } from '../embed/types.ts';
import { type BuildOptions, type BuildReport, buildIndex } from '../index/build.ts';
import { DamagedIndexError, ModelMismatchError } from '../index/manifest.ts';
import { IndexReader, NoIndexError } from '../index/open.ts';
import { listArticleFiles } from '../ingest/scan.ts';
import { parseQuestion } from '../query/parse.ts';
import { retrieve } from '../retrieve/hybrid.ts';
import { splitSentences } from '../text/sentences.ts';
import { clarification, frameOf } from './context.ts';
import {
  constraintPhrases,
  docIdsAfter,
  type Frame,
  landingDoc,
  landingOnly,
  nextPersons,
  type Resolution,
  resolveFollowUp,
} from './conversation.ts';
import { previewArticle, storedDocument, titleMatches } from './documents.ts';
import { docFacets } from './facets.ts';
import {
  IDLE_WARM_UP_DEFAULTS,
  IdleWarmUp,
  type IdleWarmUpOptions,
  type IdleWarmUpReport,
  warmUpQuestions,
} from './idle-warm-up.ts';
import { Mutex } from './mutex.ts';
import { ReaderSlot } from './reader-slot.ts';
import type {
  AddedBatch,
  Answer,
  ArticlePreview,
  AskOptions,
  DocFacet,
  DocPlaces,
  Engine,
  IndexStats,
  LatestItem,
  NewArticle,
  Passage,
  StoredDocument,
  TitleMatch,
  UpdateReport,
} from './types.ts';

/** Where the engine reports what it does; pino's logger fits. */
export interface EngineLogger {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
}

/** Dependencies of {@link createEngine}; each has a default. */
export interface EngineDeps {
  /** The embedder; default: loaded from EMBEDDING_MODEL, or none (keyword-only) when it cannot load. */
  embedder?: Embedder | null;
  logger?: EngineLogger;
  /** Build progress, for the first build when INDEX_DIR is empty. */
  onProgress?: BuildOptions['onProgress'];
  /** Build the index from SEEDS_DIR when INDEX_DIR has none. Default true; false throws NoIndexError. */
  buildIfMissing?: boolean;
}

const consoleLogger: EngineLogger = {
  info: (o, m) => console.error(m ?? o),
  warn: (o, m) => console.error(m ?? o),
};

/**
 * Open the index in INDEX_DIR (building it from SEEDS_DIR first when there is none) and return
 * the engine the CLIs and the bot share. Never fails for want of a model: it falls back to keyword
 * search with a warning.
 */
export async function createEngine(config: Config, deps: EngineDeps = {}): Promise<Engine> {
  const log = deps.logger ?? consoleLogger;
  let embedder: Embedder | null;
  let missingReason: string | undefined;
  if (deps.embedder !== undefined) embedder = deps.embedder;
  else {
    // Serving: questions are encoded on their own thread while the keyword search runs.
    const loaded = await loadEmbedder({
      model: config.EMBEDDING_MODEL,
      modelsDir: config.MODELS_DIR,
      queryThread: true,
      onWarning: (m) => log.warn({ model: config.EMBEDDING_MODEL }, m),
    });
    embedder = loaded.ok ? loaded.embedder : null;
    if (!loaded.ok) {
      missingReason = loaded.reason;
      log.warn({ model: config.EMBEDDING_MODEL }, `${loaded.warning} Answering with keyword search only.`);
    }
  }
  const build = (rebuild = false): Promise<BuildReport> =>
    buildIndex({
      sourceDir: config.SEEDS_DIR,
      indexDir: config.INDEX_DIR,
      rebuild,
      embedder,
      embedderMissingReason: missingReason,
      // A model that failed to load must not strip the index's vectors (--rebuild still does).
      keepVectors: missingReason !== undefined && !rebuild,
      maxFileBytes: config.MAX_FILE_MB * 1024 * 1024,
      onProgress: deps.onProgress,
    }).then((report) => {
      // Chunks are sized below the model's limit, so this means an over-long single word or a
      // word-sized chunk from a keyword-only build: never silent.
      if (report.truncated > 0)
        log.warn({ truncated: report.truncated }, 'engine: chunks truncated to the embedding model limit');
      return report;
    });
  const open = async (): Promise<IndexReader> => {
    try {
      return await IndexReader.open(config.INDEX_DIR, { embedder, onWarning: (m) => log.warn({}, m) });
    } catch (err) {
      if (!(err instanceof ModelMismatchError)) throw err;
      // A model mismatch must not take the bot down: keyword search still works on this index.
      log.warn(
        { err: (err as Error).message },
        `${(err as Error).message}; answering with keyword search only`,
      );
      return IndexReader.open(config.INDEX_DIR, { embedder: null, onWarning: (m) => log.warn({}, m) });
    }
  };
  let reader: IndexReader;
  try {
    reader = await open();
  } catch (err) {
    const damaged = err instanceof DamagedIndexError;
    if (!(err instanceof NoIndexError || damaged) || deps.buildIfMissing === false) throw err;
    log.info(
      { source: config.SEEDS_DIR },
      damaged
        ? `${(err as Error).message}; repairing it from ${config.SEEDS_DIR}`
        : `engine: no index in ${config.INDEX_DIR} yet, building it from ${config.SEEDS_DIR}`,
    );
    const report = await build();
    log.info({ docs: report.docs, chunks: report.chunks, seconds: report.seconds }, 'engine: index built');
    reader = await open();
  }
  // An embedder handed in belongs to the caller; one loaded here is closed with the engine.
  const ownEmbedder = deps.embedder === undefined ? embedder : null;
  const engine = new LocalEngine(config, new ReaderSlot(reader), embedder, build, open, ownEmbedder);
  // Questions at start compile the patterns, statements and answer paths, so the first users are
  // not slower; within a time budget, so a large index still starts within its target (≤ 2 s).
  const warmStart = performance.now();
  for (const q of WARM_UP_QUESTIONS) {
    if (performance.now() - warmStart >= WARM_UP_BUDGET_MS) break;
    await engine.ask(q);
  }
  return engine;
}

/**
 * Asked by {@link createEngine} before it returns, in this order, while {@link WARM_UP_BUDGET_MS}
 * lasts (the first always): one per answer path (a role; a figure in chat without diacritics; English;
 * yes/no with a deadline; a list), so that V8 compiles the patterns and code of each before a user's
 * question. With the first question only, the first 20 questions of a fresh process held 4–6 of the
 * 10 slowest of 200 (the tail of `ask`'s p95). Their answers are discarded; they name no place.
 * Cold costs at 100k chunks: 270, 107, 228, 165 and 515 ms (the list reads every meeting of its period).
 */
export const WARM_UP_QUESTIONS: readonly string[] = [
  'Ai chủ trì hội nghị giao ban quý I năm 2021?',
  'bn dang vien duoc ket nap 6 thang dau nam 2023',
  'Who presented the report at the nine-month review in 2022?',
  'Có phải hội nghị giao ban quý II năm 2022 giao thời hạn trước ngày 15/8 không?',
  'Những huyện nào đã họp sơ kết 6 tháng năm 2024?',
];

/** Time after which no further warm-up question is started, ms (the load target is 2 s at 100k chunks). */
export const WARM_UP_BUDGET_MS = 600;

class LocalEngine implements Engine {
  private readonly updates = new Mutex();
  /** Questions being answered now (users' and warm-up's): the idle warm-up waits while any is. */
  private asking = 0;
  private warmUp: IdleWarmUp | null = null;

  constructor(
    private readonly config: Config,
    private readonly slot: ReaderSlot,
    private readonly embedder: Embedder | null,
    private readonly build: (rebuild?: boolean) => Promise<BuildReport>,
    private readonly open: () => Promise<IndexReader>,
    private readonly ownEmbedder: Embedder | null,
  ) {}

  get updating(): boolean {
    return this.updates.busy;
  }

  async ask(question: string, opts: AskOptions = {}): Promise<Answer> {
    this.asking++;
    try {
      return await this.answer(question, opts);
    } finally {
      this.asking--;
    }
  }

  warmUpWhenIdle(options: Partial<IdleWarmUpOptions> = {}): Promise<IdleWarmUpReport> {
    if (!this.warmUp) {
      const titles = this.slot.reader.docs.map((d) => d.title);
      const questions = warmUpQuestions(titles, options.questions ?? IDLE_WARM_UP_DEFAULTS.questions);
      this.warmUp = new IdleWarmUp(
        { ask: (q) => this.ask(q), busy: () => this.asking > 0 || this.updates.busy },
        questions,
        options,
      );
    }
    return this.warmUp.done;
  }

  private async answer(question: string, opts: AskOptions): Promise<Answer> {
    const t0 = performance.now();
    const max = this.config.MAX_QUESTION_CHARS;
    // Collocations of the index being served, so the question's topic words become phrases.
    const parseOpts = {
      maxChars: max,
      collocations: this.slot.reader.collocations,
      surfaceForms: this.slot.reader.surfaceForms,
    };
    const asked = parseQuestion(question, parseOpts);
    const notes = asked.truncated ? [LABELS[asked.lang].truncated(max)] : undefined;
    const frame = frameOf(opts.context);
    // A tapped choice answers the clarified question for the meeting picked; a follow-up is rewritten in full.
    const picked =
      opts.choice !== undefined && frame?.choices ? frame.choices[Number(opts.choice) - 1] : undefined;
    const resolution: Resolution = opts.onlyDocs?.length
      ? { text: asked.text, onlyDocs: opts.onlyDocs, understood: null }
      : picked
        ? { text: frame?.q ?? asked.text, onlyDocs: [picked], understood: null }
        : resolveFollowUp(asked, frame, frame ? parseQuestion(frame.q, parseOpts) : null);
    const q = resolution.text === asked.text ? asked : parseQuestion(resolution.text, parseOpts);
    const understood =
      resolution.text === asked.text || picked
        ? null
        : (resolution.understood ?? constraintPhrases(q).join(', '));
    if (q.terms.length === 0 && q.entities.length === 0 && !resolution.onlyDocs) {
      const ms = performance.now() - t0;
      return {
        question,
        answered: false,
        lang: q.lang,
        answer: LABELS[q.lang].empty,
        citations: [],
        passages: [],
        timings: { retrieveMs: 0, answerMs: 0, totalMs: ms },
        ...(notes ? { notes } : {}),
      };
    }
    // Pinned to a meeting, the follow-up is answered as asked; `q` (the full question) is what the frame keeps.
    const qa = resolution.pinned ? parseQuestion(resolution.pinned, { maxChars: max }) : q;
    return this.slot.use(async (reader) => {
      const r = await retrieve(reader, this.embedder, qa, { k: opts.k ?? 8 });
      const t1 = performance.now();
      const only = resolution.onlyDocs ? { onlyDocs: resolution.onlyDocs } : {};
      let draft = answerQuestion(reader, r, qa, only);
      // Not found as asked: the full question may still find it in the same meeting.
      if (!draft.answered && qa !== q)
        draft = answerQuestion(reader, await retrieve(reader, this.embedder, q, { k: opts.k ?? 8 }), q, only);
      // A follow-up that swapped the period or place is answered only from meetings that have them.
      const landing = landingOnly(draft, resolution.expect, (id) => landingDoc(reader, id));
      if (landing)
        draft = landing.length > 0 ? answerQuestion(reader, r, q, { onlyDocs: landing }) : notFound(q.lang);
      const t2 = performance.now();
      const text = understood ? `(${understood})\n${draft.text}` : draft.text;
      const cited = [...new Set(draft.citations.map((c) => c.docId))];
      const next: Frame = {
        q: q.text,
        lang: q.lang,
        persons: nextPersons(
          draft,
          cited,
          frame,
          (id) => reader.doc(id)?.facts.chairs.map((c) => c.name) ?? [],
        ),
        // An unanswered follow-up keeps the conversation on the meeting it was about.
        docIds: docIdsAfter(draft.answered, cited, resolution, frame),
        ...(draft.meetings ? { choices: draft.meetings.map((m) => m.docId) } : {}),
      };
      return {
        question,
        answered: draft.answered,
        lang: q.lang,
        answer: text,
        citations: draft.citations,
        passages: r.chunks.map((c) => toPassage(reader, c)),
        timings: { retrieveMs: t1 - t0, answerMs: t2 - t1, totalMs: t2 - t0 },
        context: { v: 1, frame: next, docIds: next.docIds },
        ...(draft.meetings ? { clarify: clarification(draft.meetings, q.lang) } : {}),
        ...(draft.verdict ? { verdict: draft.verdict } : {}),
        ...(understood ? { understood } : {}),
        ...(notes ? { notes } : {}),
      };
    });
  }

  latest(n: number, opts: { only?: ReadonlySet<string> } = {}): LatestItem[] {
    const reader = this.slot.reader;
    const only = opts.only;
    const found = only
      ? newest(
          reader.docs.filter((d) => only.has(d.docId)),
          n,
        )
      : newestDocs(reader, n);
    return found.map((d) => {
      const body = reader.body(d.bodyHash) ?? '';
      const first = splitSentences(body)[0];
      const sentence = first ? body.slice(first.start, first.end) : '';
      return {
        docId: d.docId,
        title: d.title,
        published: d.published,
        source: d.source,
        chair: d.facts.chairs.length > 0 ? d.facts.chairs.map(formatChair).join('; ') : null,
        summary: sentence.length > 200 ? `${sentence.slice(0, 197)}…` : sentence,
      };
    });
  }

  facets(): readonly DocFacet[] {
    return docFacets(this.slot.reader);
  }

  async search(query: string, k: number): Promise<Passage[]> {
    const q = parseQuestion(query, {
      maxChars: this.config.MAX_QUESTION_CHARS,
      collocations: this.slot.reader.collocations,
      surfaceForms: this.slot.reader.surfaceForms,
    });
    if (q.terms.length === 0 && q.entities.length === 0) return [];
    return this.slot.use(async (reader) => {
      const r = await retrieve(reader, this.embedder, q, { k });
      return r.chunks.map((c) => toPassage(reader, c));
    });
  }

  stats(): IndexStats {
    const m = this.slot.reader.manifest;
    return {
      articles: m.counts.docs,
      chunks: m.counts.chunks,
      vectors: this.slot.reader.vectors !== null,
      model: m.model?.id ?? null,
      vectorsMissingReason: m.vectorsMissingReason,
      generation: m.generation,
      builtAt: m.createdAt,
    };
  }

  reindex(): Promise<UpdateReport> {
    return this.updates.run(() => this.update());
  }

  async addArticle(
    content: string,
    opts: { format: 'txt' | 'html' },
  ): Promise<{ docId: string; report: UpdateReport }> {
    const { items, report } = await this.addArticles([{ content, format: opts.format }]);
    const item = items[0];
    if (!item?.ok || !report) throw new Error(`engine: ${item && !item.ok ? item.reason : 'nothing saved'}`);
    return { docId: item.docId, report };
  }

  addArticles(batch: readonly NewArticle[]): Promise<AddedBatch> {
    return this.updates.run(async () => {
      const items: AddedBatch['items'] = [];
      for (const article of batch) {
        try {
          items.push({ ok: true, docId: await this.saveArticle(article.content, article.format) });
        } catch (err) {
          items.push({ ok: false, reason: (err as Error).message.replace(/^engine: /, '') });
        }
      }
      // One update for the whole batch: a feed poll's ten items cost one re-index, not ten.
      return { items, report: items.some((i) => i.ok) ? await this.update() : null };
    });
  }

  /** Write one article's file into SEEDS_DIR (no re-index); throws with the reason it cannot be saved. */
  private async saveArticle(content: string, format: 'txt' | 'html'): Promise<string> {
    const text = content.trim();
    if (!text) throw new Error('engine: the article is empty');
    const max = this.config.MAX_FILE_MB * 1024 * 1024;
    if (Buffer.byteLength(text) > max)
      throw new Error(`engine: the article is larger than MAX_FILE_MB (${this.config.MAX_FILE_MB} MB)`);
    // The name is made here, never taken from the user, so nothing can be written outside SEEDS_DIR.
    const stamp = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    const docId = `${stamp}_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
    if (this.slot.reader.doc(docId)) throw new Error(`engine: this article is already stored as ${docId}`);
    // Refused before anything is written: a file the build would skip must not stay behind.
    if (!previewArticle(this.slot.reader, text, format).ok) {
      throw new Error('engine: no article text found (only a headline or page furniture); nothing saved');
    }
    await mkdir(this.config.SEEDS_DIR, { recursive: true });
    try {
      await writeFile(join(this.config.SEEDS_DIR, `${docId}.${format}`), `${text}\n`, { flag: 'wx' });
    } catch (err) {
      // The same text twice in one batch: the second finds the first's file.
      if ((err as NodeJS.ErrnoException).code === 'EEXIST')
        throw new Error(`engine: this article is already stored as ${docId}`);
      throw err;
    }
    return docId;
  }

  document(docId: string): StoredDocument | undefined {
    return storedDocument(this.slot.reader, docId);
  }

  articleIds(): string[] {
    return this.slot.reader.docs.map((d) => d.docId);
  }

  articlePlaces(docId: string): DocPlaces | undefined {
    const doc = this.slot.reader.doc(docId);
    return doc ? this.slot.reader.records.places([doc.bodyHash]).get(doc.bodyHash) : undefined;
  }

  searchTitles(phrase: string, limit: number): TitleMatch[] {
    return titleMatches(this.slot.reader, phrase, limit);
  }

  previewArticle(content: string, opts: { format: 'txt' | 'html' }): ArticlePreview {
    return previewArticle(this.slot.reader, content, opts.format);
  }

  removeArticle(docId: string): Promise<UpdateReport> {
    return this.updates.run(async () => {
      const known = /^[\w.~-]{1,100}$/.test(docId) && this.slot.reader.doc(docId) !== undefined;
      // The file is found by listing SEEDS_DIR, so only a file inside it can ever be deleted.
      const { files } = await listArticleFiles(this.config.SEEDS_DIR, {
        maxFileBytes: Number.POSITIVE_INFINITY,
      });
      const file = known ? files.find((f) => f.docId === docId) : undefined;
      // A name that is not valid UTF-8 is reachable only through its bytes.
      const path = file ? (file.rawPath ?? file.path) : undefined;
      if (!path)
        throw new Error(`engine: no article with docId "${docId.slice(0, 100)}"; see /latest for ids`);
      await unlink(path);
      return this.update();
    });
  }

  private async update(): Promise<UpdateReport> {
    const report = await this.build();
    this.slot.swap(await this.open());
    return {
      added: report.added,
      changed: report.changed,
      removed: report.removed,
      unchanged: report.unchanged,
      skipped: report.skipped,
      seconds: report.seconds,
    };
  }

  async close(): Promise<void> {
    await this.warmUp?.stop();
    await this.updates.run(async () => {});
    this.slot.close();
    await this.ownEmbedder?.close?.();
  }
}

function toPassage(
  reader: IndexReader,
  c: { bodyHash: string; ord: number; score: number; text: string },
): Passage {
  const doc = [...reader.docsWithBody(c.bodyHash)].sort((a, b) =>
    (a.published ?? '9').localeCompare(b.published ?? '9'),
  )[0];
  return { docId: doc?.docId ?? '?', chunk: c.ord, score: c.score, text: c.text };
}
