/** The JSON a benchmark run writes (`bench/last-run.json`, `bench/last-quick.json`). */
import type { KeywordFigures } from './keyword.ts';
import type { TargetCheck } from './targets.ts';
import type { CurvePoint } from './vector.ts';

export type { CurvePoint, KeywordFigures, TargetCheck };

/** One build stage: seconds, units processed, and chunks per second. */
export interface StageResult {
  seconds: number;
  /** Chunks per second (for parse: chunks produced by the parsed articles per second). */
  perSecond: number;
  /** What the stage counted: files for parse, chunks for the others. */
  units: number;
}

export type BenchMode = 'quick' | 'full' | 'custom';

export interface BenchResult {
  /** ISO time the run started. */
  date: string;
  mode: BenchMode;
  machine: {
    platform: string;
    cpus: number;
    cpuModel: string;
    totalMemGB: number;
    node: string;
    /** 1-minute load average before and after the run (above ~1 on 2 cores: timings inflated). */
    loadAvg: { before: number; after: number };
  };
  settings: {
    seed: string;
    /** Dimension of the test model (and of the clustered vectors). */
    dim: number;
    efValues: number[];
    hnsw: { M: number; efConstruction: number; efSearch: number };
    recallGoal: number;
  };
  corpus: { articles: number; chunks: number; docs: number; chunksPerArticle: number; textMB: number };
  /** Preparation, not benchmarked: generating the corpus and the test model. */
  setup: { corpusSeconds: number; modelSeconds: number; vocabSize: number };
  build: {
    seconds: number;
    /** The live generation (database + graph + manifest). */
    diskMB: number;
    /** The embedding cache next to the generations (kept for incremental builds). */
    embedCacheMB: number;
    chunksPerSecond: number;
    stages: { parse: StageResult; embed: StageResult; hnsw: StageResult; keyword: StageResult };
  };
  /** HNSW vs exact search over the corpus's own vectors (test model), at the chosen efSearch. */
  vector: {
    n: number;
    dim: number;
    k: number;
    /** Query vectors: the generated questions, embedded as queries. */
    queries: number;
    recallAt10: number;
    hnswP50Ms: number;
    hnswP95Ms: number;
    exactP50Ms: number;
    exactP95Ms: number;
    speedup: number;
    /**
     * Chosen default: the smallest efSearch reaching the recall goal on the clustered vectors (the
     * stand-in for real embeddings), or their best-recall one when none does. All figures of this
     * block are at this efSearch.
     */
    efSearch: number;
    /** Smallest efSearch reaching the goal on the corpus's vectors; null when none measured does. */
    efFromCorpus: number | null;
    /** Same on the clustered vectors. */
    efFromClustered: number | null;
    /** efSearch the index was built with (DEFAULT_HNSW), used by `ask`. */
    productEfSearch: number;
  };
  efCurve: CurvePoint[];
  clustered: {
    n: number;
    dim: number;
    clusters: number;
    spread: number;
    queries: number;
    buildSeconds: number;
    exactP50Ms: number;
    exactP95Ms: number;
    efSearch: number;
    recallAt10: number;
    hnswP50Ms: number;
    speedup: number;
    efCurve: CurvePoint[];
  };
  /**
   * Anisotropic clustered vectors (one direction shared by all, plus clusters: mean pairwise cosine
   * about 0.7, like e5's), judged at the efSearch the index serves.
   */
  anisotropic?: {
    n: number;
    clusters: number;
    shared: number;
    meanCosine: number;
    buildSeconds: number;
    exactP50Ms: number;
    /** The served efSearch (DEFAULT_HNSW) and the figures there. */
    efSearch: number;
    recallAt10: number;
    kthLoss: number;
    speedup: number;
    efCurve: CurvePoint[];
  };
  /** Present with `--real-cost`: the encoder had e5-small's shape and cost (random weights). */
  realCost?: { model: string; onnxMB: number; pipelineOverheadShare: number };
  /** Keyword search as served (rare syllable pairs on large corpora). */
  keyword: KeywordFigures;
  /** The same questions with the syllable query alone (no pairs), for comparison. */
  keywordSyllables?: KeywordFigures;
  ask: {
    questions: number;
    p50Ms: number;
    p95Ms: number;
    meanMs: number;
    maxMs: number;
    firstMs: number;
    retrieveP50Ms: number;
    retrieveP95Ms: number;
    answerP50Ms: number;
    answerP95Ms: number;
    answered: number;
    correct: number;
    /** Questions and correct answers per generated question kind (`who`, `presenter`, `yesno`, …). */
    byType: Record<string, { total: number; correct: number }>;
    /** The engine searched vectors (hybrid), not keywords only. */
    vectors: boolean;
  };
  load: {
    seconds: number;
    readerOpenSeconds: number;
    embedderSeconds: number;
    /** The idle warm-up asked before the measured questions; null with `--cold` (absent before 12-03). */
    idleWarmUp?: { asked: number; seconds: number } | null;
  };
  memory: { rssMB: number; rssAfterLoadMB: number; rssAfterAskMB: number; peakRssMB: number };
  incremental: {
    seconds: number;
    changed: number;
    embedded: number;
    stages: { parse: number; embed: number; hnsw: number; keyword: number };
  };
  targets: TargetCheck[];
  totalSeconds: number;
}
