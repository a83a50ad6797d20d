/**
 * One benchmark run: generate a corpus, build the index with the offline test model, and measure
 * build, vector search (HNSW vs exact, on the corpus and on clustered vectors), keyword search,
 * `ask`, load time, memory and an incremental update. Everything happens in a temporary folder.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEmbedder } from '../embed/load.ts';
import { buildTestModel } from '../embed/test-model.ts';
import type { Embedder } from '../embed/types.ts';
import { type BuildReport, buildIndex, type StageFigure } from '../index/build.ts';
import { EF_CANDIDATES } from '../index/ef-calibration.ts';
import { EmbedCache } from '../index/embed-cache.ts';
import { FlatVectors } from '../index/exact.ts';
import { EMBED_CACHE } from '../index/layout.ts';
import { IndexReader } from '../index/open.ts';
import { VectorIndex } from '../index/vectors.ts';
import { generateArticles, generateQuestions } from '../synth/index.ts';
import { clusteredVectors, meanPairwiseCosine } from './clustered.ts';
import { articlesFor, chunksPerArticle, editOneArticle, writeCorpus } from './corpus.ts';
import { E5_SMALL_SHAPE, writeE5ShapedModel } from './e5-shaped-model.ts';
import { keywordBench } from './keyword.ts';
import { loadAverage, machineInfo } from './machine.ts';
import { measureServing } from './serve.ts';
import { servedQuestion } from './serve-types.ts';
import { round, summarize } from './stats.ts';
import { checkTargets } from './targets.ts';
import type { BenchMode, BenchResult, StageResult } from './types.ts';
import {
  type CurvePoint,
  chooseEf,
  EF_VALUES,
  efCurve,
  exactBaseline,
  pointAt,
  RECALL_GOAL,
  type Searcher,
} from './vector.ts';

/** Options of {@link runBench}; every one has a default. */
export interface BenchOptions {
  /** Target chunk count; the article count follows from a measured chunks-per-article. Default 100 000. */
  chunks?: number;
  /** Exact article count (overrides `chunks`). */
  articles?: number;
  /** Corpus, question and cluster seed. Default 1. */
  seed?: number | string;
  /** Test-model and clustered-vector dimension. Default 384 (multilingual-e5-small's). */
  dim?: number;
  /** efSearch values measured. Default 16, 32, 64, 128, 256, 512. */
  efValues?: readonly number[];
  /** Questions asked end to end (and searched by keyword). Default 200. */
  questions?: number;
  /** Query vectors for the recall curves (generated questions, then clustered draws). Default 500. */
  vectorQueries?: number;
  /** Gaussian clusters of the synthetic vectors. Default 1000. */
  clusters?: number;
  /** Recall an efSearch must reach to be chosen. Default 0.99. */
  recallGoal?: number;
  /** Working folder (created; removed afterwards unless `keep`). Default a new folder in the OS temp dir. */
  workDir?: string;
  keep?: boolean;
  mode?: BenchMode;
  /**
   * Embed with a random-weight model of multilingual-e5-small's shape and cost (e5-shaped-model.ts)
   * instead of the test model: build speed, query encoding, load time and memory as with the real
   * model. Its vectors mean nothing, so recall on the corpus vectors is not judged.
   */
  realCost?: boolean;
  /** Write each asked question with its answer and citations to this JSON-lines file (serve-types.ts). */
  dumpFile?: string;
  /**
   * Ask after the engine's idle warm-up, as the bot is asked once it has been up a few seconds
   * (serve-types.ts `idleWarmUp`). Default true; false measures the first questions after a start.
   */
  idleWarmUp?: boolean;
  /** Progress lines. Default: none. */
  log?: (line: string) => void;
}

const MB = 1024 * 1024;
/** Weight of the shared direction of the anisotropic set: mean pairwise cosine ≈ 0.7, as e5's. */
const ANISOTROPIC_SHARED = 1.8;

async function sizeOf(dir: string, names: (name: string) => boolean): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) if (names(name)) total += (await stat(join(dir, name))).size;
  return total;
}

function stage(fig: StageFigure, chunks: number, perUnit: 'units' | 'chunks'): StageResult {
  const n = perUnit === 'chunks' ? chunks : fig.units;
  return {
    seconds: round(fig.seconds),
    perSecond: round(fig.seconds > 0 ? n / fig.seconds : 0, 1),
    units: fig.units,
  };
}

/** The corpus's vectors, read back from the embedding cache by chunk text, in chunk-id order. */
function corpusVectors(reader: IndexReader, indexDir: string, embedder: Embedder): FlatVectors {
  const ids = Array.from({ length: reader.manifest.nextChunkId - 1 }, (_, i) => i + 1);
  const chunks = reader.chunks(ids);
  const cache = new EmbedCache(join(indexDir, EMBED_CACHE));
  try {
    const rows: Float32Array[] = [];
    const kept: number[] = [];
    for (const [id, c] of chunks) {
      const v = cache.get(embedder.modelId, c.text);
      if (!v) throw new Error(`bench: chunk ${id} has no cached vector; the build did not embed it`);
      rows.push(v);
      kept.push(id);
    }
    return FlatVectors.fromRows(embedder.dim, rows, kept);
  } finally {
    cache.close();
  }
}

function vectorSearcher(v: VectorIndex): Searcher {
  return { setEf: (ef) => v.setEf(ef), search: (q, k) => v.search(q, k).map((h) => h.id) };
}

const roundCurve = <
  T extends { recallAt10: number; p50Ms: number; p95Ms: number; speedup: number; simLoss: number },
>(
  c: T[],
) =>
  c.map((p) => ({
    ...p,
    recallAt10: round(p.recallAt10, 4),
    p50Ms: round(p.p50Ms, 4),
    p95Ms: round(p.p95Ms, 4),
    speedup: round(p.speedup, 1),
    simLoss: round(p.simLoss, 6),
    ...('kthLoss' in p ? { kthLoss: round((p as { kthLoss: number }).kthLoss, 6) } : {}),
  }));

/** Run the whole benchmark once and return its figures (see {@link BenchResult}). */
export async function runBench(opts: BenchOptions = {}): Promise<BenchResult> {
  const t0 = performance.now();
  const date = new Date().toISOString();
  const loadBefore = loadAverage();
  const log = opts.log ?? (() => {});
  const seed = String(opts.seed ?? 1);
  const dim = opts.realCost ? E5_SMALL_SHAPE.hidden : (opts.dim ?? 384);
  const efValues = [...(opts.efValues ?? EF_VALUES)];
  const recallGoal = opts.recallGoal ?? RECALL_GOAL;
  const questionCount = opts.questions ?? 200;
  const workDir = opts.workDir ?? (await mkdtemp(join(tmpdir(), 'bench-')));
  const sourceDir = join(workDir, 'corpus');
  const indexDir = join(workDir, 'index');
  const modelDir = join(workDir, 'test-model');
  const modelsDir = join(workDir, 'models');
  let embedder: Embedder | null = null;
  try {
    // Setup: corpus and test model (not benchmarked).
    let t = performance.now();
    const perArticle = chunksPerArticle(seed);
    const articleCount = opts.articles ?? articlesFor(opts.chunks ?? 100_000, perArticle);
    log(`corpus: ${articleCount} articles (≈ ${perArticle.toFixed(2)} chunks each) in ${workDir}`);
    const articles = generateArticles({ articles: articleCount, seed });
    const textBytes = await writeCorpus(sourceDir, articles);
    const corpusSeconds = (performance.now() - t) / 1000;
    const questions = generateQuestions(articles, {
      count: Math.max(questionCount, opts.vectorQueries ?? 500),
      seed,
    });
    const asked = questions.slice(0, questionCount);
    t = performance.now();
    // The cost model tokenises the questions' words whole, as XLM-R's vocabulary would (e5-shaped-model.ts).
    const model = opts.realCost
      ? {
          vocabSize: E5_SMALL_SHAPE.vocab,
          onnxBytes: writeE5ShapedModel(modelDir, [sourceDir], E5_SMALL_SHAPE, {
            questions: questions.map((q) => q.q),
          }),
        }
      : { ...buildTestModel({ out: modelDir, corpusDirs: [sourceDir], dim }), onnxBytes: 0 };
    const loaded = await loadEmbedder({ model: modelDir, modelsDir, onWarning: log });
    if (!loaded.ok) throw new Error(`bench: the test model did not load: ${loaded.reason}`);
    embedder = loaded.embedder;
    const modelSeconds = (performance.now() - t) / 1000;

    // Build.
    log('build: indexing…');
    const report: BuildReport = await buildIndex({ sourceDir, indexDir, embedder, rebuild: true });
    const chunks = report.chunks;
    log(`build: ${report.docs} docs, ${chunks} chunks in ${report.seconds.toFixed(1)} s`);
    const embedCacheBytes = await sizeOf(indexDir, (n) => n.startsWith(EMBED_CACHE));

    // Vector search over the corpus's own vectors.
    t = performance.now();
    const reader = await IndexReader.open(indexDir, { embedder });
    const readerOpenSeconds = (performance.now() - t) / 1000;
    const hnsw = reader.manifest.hnsw;
    let corpusPart: Pick<BenchResult, 'efCurve' | 'keyword' | 'keywordSyllables'> & {
      exact: { p50Ms: number; p95Ms: number };
    };
    let vectorN = 0;
    let queryCount = 0;
    try {
      if (!reader.vectors)
        throw new Error('bench: the index was built without vectors; is the test model loading?');
      const flat = corpusVectors(reader, indexDir, embedder);
      vectorN = flat.size;
      const queries = await embedder.embed(
        questions.slice(0, opts.vectorQueries ?? 500).map((q) => q.q),
        'query',
      );
      queryCount = queries.length;
      log(`vector: exact top-10 of ${queries.length} queries over ${flat.size} vectors…`);
      const exact = exactBaseline(flat, queries, 10);
      // The served efSearch (calibrated by the build) is always on the curve: it is what is judged.
      const efs = [...new Set([...efValues, hnsw.efSearch])].sort((a, b) => a - b);
      const curve = efCurve(vectorSearcher(reader.vectors), flat, queries, exact, { efs });
      reader.vectors.setEf(hnsw.efSearch);
      log('keyword: measuring…');
      corpusPart = {
        efCurve: roundCurve(curve),
        keyword: keywordBench(
          reader,
          asked.map((q) => q.q),
          // Warm up on questions that are not measured: the reader memoises document frequencies.
          {
            warmup: questions.slice(questionCount, questionCount + 20).map((q) => q.q),
            docIds: asked.map((q) => q.docId),
          },
        ),
        keywordSyllables: keywordBench(
          reader,
          asked.map((q) => q.q),
          {
            warmup: questions.slice(questionCount + 20, questionCount + 40).map((q) => q.q),
            docIds: asked.map((q) => q.docId),
            query: { maxPairs: 0 },
          },
        ),
        exact: { p50Ms: exact.p50Ms, p95Ms: exact.p95Ms },
      };
    } finally {
      reader.close();
    }

    // The same measurements on clustered synthetic vectors of the same size.
    log(`clustered: ${vectorN} vectors in ${opts.clusters ?? 1000} clusters…`);
    const cl = clusteredVectors({
      n: vectorN,
      dim,
      clusters: opts.clusters ?? 1000,
      queries: opts.vectorQueries ?? 500,
      seed,
    });
    t = performance.now();
    const clIndex = VectorIndex.create(dim, hnsw, vectorN);
    for (let i = 0; i < cl.vectors.size; i++) clIndex.add(i, cl.vectors.row(i));
    const clBuildSeconds = (performance.now() - t) / 1000;
    const clExact = exactBaseline(cl.vectors, cl.queries, 10);
    const clCurve = roundCurve(
      efCurve(vectorSearcher(clIndex), cl.vectors, cl.queries, clExact, { efs: efValues }),
    );

    // e5-like geometry: a narrow cone (shared direction) with clusters inside it.
    log(`anisotropic: ${vectorN} vectors, shared direction ${ANISOTROPIC_SHARED}…`);
    const an = clusteredVectors({
      n: vectorN,
      dim,
      clusters: opts.clusters ?? 1000,
      queries: opts.vectorQueries ?? 500,
      seed: `${seed}-anisotropic`,
      shared: ANISOTROPIC_SHARED,
    });
    t = performance.now();
    const anIndex = VectorIndex.create(dim, hnsw, vectorN);
    for (let i = 0; i < an.vectors.size; i++) anIndex.add(i, an.vectors.row(i));
    const anBuildSeconds = (performance.now() - t) / 1000;
    const anExact = exactBaseline(an.vectors, an.queries, 10);
    const anCurve = roundCurve(
      efCurve(vectorSearcher(anIndex), an.vectors, an.queries, anExact, { efs: efValues }),
    );
    // A build over vectors of a synthetic geometry would calibrate its own efSearch: the product's
    // rule (the smallest candidate reaching the goal) applied to that geometry's curve.
    const calibratedOn = (curve: readonly CurvePoint[]) =>
      chooseEf(
        curve.filter((p) => EF_CANDIDATES.includes(p.efSearch)),
        recallGoal,
      ).efSearch;
    const anEf = calibratedOn(anCurve);
    const anAt = anCurve.find((p) => p.efSearch === anEf);

    const fromCorpus = chooseEf(corpusPart.efCurve, recallGoal);
    const fromClustered = chooseEf(clCurve, recallGoal);
    // The corpus vectors are judged at the efSearch the index serves: the build calibrated it on
    // these same vectors (ef-calibration.ts, leave-one-out), the questions here are new queries.
    const ef = hnsw.efSearch;
    const at = pointAt(corpusPart.efCurve, ef);
    const clEf = calibratedOn(clCurve);
    const clAt = pointAt(clCurve, clEf);

    // Serving: load, ask, memory, in a fresh process.
    log(`ask: ${asked.length} questions in a fresh process…`);
    const serving = await measureServing(
      {
        sourceDir,
        indexDir,
        modelDir,
        modelsDir,
        questions: asked.map(servedQuestion),
        idleWarmUp: opts.idleWarmUp ?? true,
        ...(opts.dumpFile ? { dumpFile: opts.dumpFile } : {}),
      },
      join(workDir, 'serve-input.json'),
    );
    const askMs = summarize(serving.ask.ms);
    const retrieveMs = summarize(serving.ask.retrieveMs);
    const answerMs = summarize(serving.ask.answerMs);

    // Incremental: one article edited, build again.
    const edited = articles[Math.floor(articles.length / 2)];
    if (!edited) throw new Error('bench: the corpus is empty; pass at least one article');
    await editOneArticle(sourceDir, edited);
    log(`incremental: ${edited.fileName} edited, re-indexing…`);
    const inc = await buildIndex({ sourceDir, indexDir, embedder });

    const partial: Omit<BenchResult, 'targets' | 'totalSeconds'> = {
      date,
      mode: opts.mode ?? 'custom',
      machine: { ...machineInfo(), loadAvg: { before: loadBefore, after: loadAverage() } },
      settings: { seed, dim, efValues, hnsw: { ...hnsw }, recallGoal },
      corpus: {
        articles: articles.length,
        chunks,
        docs: report.docs,
        chunksPerArticle: round(chunks / Math.max(1, articles.length), 2),
        textMB: round(textBytes / MB, 1),
      },
      setup: {
        corpusSeconds: round(corpusSeconds, 2),
        modelSeconds: round(modelSeconds, 2),
        vocabSize: model.vocabSize,
      },
      build: {
        seconds: round(report.seconds, 2),
        diskMB: round(report.diskBytes / MB, 1),
        embedCacheMB: round(embedCacheBytes / MB, 1),
        chunksPerSecond: round(chunks / report.seconds, 1),
        stages: {
          parse: stage(report.stages.parse, chunks, 'chunks'),
          embed: stage(report.stages.embed, chunks, 'units'),
          hnsw: stage(report.stages.hnsw, chunks, 'units'),
          keyword: stage(report.stages.keyword, chunks, 'units'),
        },
      },
      vector: {
        n: vectorN,
        dim,
        k: 10,
        queries: queryCount,
        recallAt10: at.recallAt10,
        hnswP50Ms: at.p50Ms,
        hnswP95Ms: at.p95Ms,
        exactP50Ms: round(corpusPart.exact.p50Ms, 3),
        exactP95Ms: round(corpusPart.exact.p95Ms, 3),
        speedup: at.speedup,
        efSearch: ef,
        efFromCorpus: fromCorpus.reached ? fromCorpus.efSearch : null,
        efFromClustered: fromClustered.reached ? fromClustered.efSearch : null,
        productEfSearch: hnsw.efSearch,
      },
      efCurve: corpusPart.efCurve,
      clustered: {
        n: cl.vectors.size,
        dim,
        clusters: cl.clusters,
        spread: cl.spread,
        queries: cl.queries.length,
        buildSeconds: round(clBuildSeconds, 2),
        exactP50Ms: round(clExact.p50Ms, 3),
        exactP95Ms: round(clExact.p95Ms, 3),
        efSearch: clEf,
        recallAt10: clAt.recallAt10,
        hnswP50Ms: clAt.p50Ms,
        speedup: clAt.speedup,
        efCurve: clCurve,
      },
      ...(anAt
        ? {
            anisotropic: {
              n: an.vectors.size,
              clusters: an.clusters,
              shared: ANISOTROPIC_SHARED,
              meanCosine: round(meanPairwiseCosine(an.vectors), 3),
              buildSeconds: round(anBuildSeconds, 2),
              exactP50Ms: round(anExact.p50Ms, 3),
              efSearch: anEf,
              recallAt10: anAt.recallAt10,
              kthLoss: anAt.kthLoss,
              speedup: anAt.speedup,
              efCurve: anCurve,
            },
          }
        : {}),
      ...(opts.realCost
        ? {
            realCost: {
              model:
                'random-weight multilingual-e5-small shape (12 layers, hidden 384, 12 heads, FF 1536, 250k vocab, int8)',
              onnxMB: round(model.onnxBytes / MB, 1),
              // Everything but the encoder: reading, parsing, chunking (tokenizer included), SQLite, HNSW.
              pipelineOverheadShare: round(1 - report.stages.embed.seconds / report.seconds, 3),
            },
          }
        : {}),
      keyword: roundFields(corpusPart.keyword),
      ...(corpusPart.keywordSyllables ? { keywordSyllables: roundFields(corpusPart.keywordSyllables) } : {}),
      ask: {
        questions: serving.ask.ms.length,
        p50Ms: round(askMs.p50, 2),
        p95Ms: round(askMs.p95, 2),
        meanMs: round(askMs.mean, 2),
        maxMs: round(askMs.max, 2),
        firstMs: round(serving.ask.ms[0] ?? 0, 2),
        retrieveP50Ms: round(retrieveMs.p50, 2),
        retrieveP95Ms: round(retrieveMs.p95, 2),
        answerP50Ms: round(answerMs.p50, 2),
        answerP95Ms: round(answerMs.p95, 2),
        answered: serving.ask.answered,
        correct: serving.ask.correct,
        byType: serving.ask.byType,
        vectors: serving.vectors,
      },
      load: {
        seconds: round(serving.engineSeconds, 3),
        readerOpenSeconds: round(readerOpenSeconds, 3),
        embedderSeconds: round(serving.embedderSeconds, 3),
        idleWarmUp: serving.idleWarmUp
          ? { asked: serving.idleWarmUp.asked, seconds: round(serving.idleWarmUp.seconds, 2) }
          : null,
      },
      memory: {
        rssMB: round(Math.max(serving.rssAfterLoadMB, serving.rssAfterAskMB), 1),
        rssAfterLoadMB: round(serving.rssAfterLoadMB, 1),
        rssAfterAskMB: round(serving.rssAfterAskMB, 1),
        peakRssMB: round(serving.peakRssMB, 1),
      },
      incremental: {
        seconds: round(inc.seconds, 2),
        changed: inc.changed.length + inc.added.length + inc.removed.length,
        embedded: inc.embedded,
        stages: {
          parse: round(inc.stages.parse.seconds),
          embed: round(inc.stages.embed.seconds),
          hnsw: round(inc.stages.hnsw.seconds),
          keyword: round(inc.stages.keyword.seconds),
        },
      },
    };
    return {
      ...partial,
      targets: checkTargets(partial),
      totalSeconds: round((performance.now() - t0) / 1000, 1),
    };
  } finally {
    await embedder?.close?.();
    if (!opts.keep) await rm(workDir, { recursive: true, force: true });
  }
}

function roundFields<T extends object>(o: T, digits = 3): T {
  return Object.fromEntries(
    Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? round(v, digits) : v]),
  ) as T;
}
