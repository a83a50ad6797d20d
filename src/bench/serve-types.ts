/** What the parent sends to the serving child process and what it gets back. */

export interface ServeInput {
  sourceDir: string;
  indexDir: string;
  /** Model directory of the embedder. */
  modelDir: string;
  modelsDir: string;
  /**
   * The fixed question list. A correct answer contains one alternative of every `must` group (scored
   * by src/eval/score.ts, so dates and numbers count in any written form); without `must`, every
   * `expect` string. `type` is the question kind the figures are tallied by.
   */
  questions: {
    q: string;
    expect: string[];
    must?: string[][];
    type?: string;
    /** Generator id, language and gold articles: only written to the dump. */
    id?: string;
    lang?: string;
    docs?: string[];
  }[];
  /**
   * When set, one JSON line per question is written here: the question, its accepted strings, the
   * answer, its citations and whether it was scored correct (to classify the misses).
   */
  dumpFile?: string;
  /**
   * Let the engine finish the warm-up the bot runs in its first idle seconds
   * (engine/idle-warm-up.ts) before the questions are asked, so the figures are those of a bot that
   * has been up a few seconds. False measures the first questions after a cold start.
   */
  idleWarmUp?: boolean;
}

export interface ServeFigures {
  /** Loading the embedder (the test model here; a real e5-small takes 2–4.5 s). */
  embedderSeconds: number;
  /** createEngine on the built index with the embedder already loaded: the index load. */
  engineSeconds: number;
  /** True when the engine searched vectors as well as keywords. */
  vectors: boolean;
  rssStartMB: number;
  rssAfterLoadMB: number;
  rssAfterAskMB: number;
  /** Highest RSS the serving process reached. */
  peakRssMB: number;
  heapUsedMB: number;
  /** The idle warm-up run before the questions (`idleWarmUp`); null when it was not run. */
  idleWarmUp: { asked: number; seconds: number } | null;
  ask: {
    /** totalMs of each question, in list order. */
    ms: number[];
    retrieveMs: number[];
    answerMs: number[];
    /** Wall time around engine.ask, in list order (includes what `timings` leaves out). */
    wallMs: number[];
    /**
     * CPU time of the process (all threads) around engine.ask, in list order: unlike wall time,
     * it does not grow with the other processes sharing the cores.
     */
    cpuMs?: number[];
    answered: number;
    correct: number;
    /** Questions and correct answers per question kind. */
    byType: Record<string, { total: number; correct: number }>;
  };
}

/** A generated question as the serving child takes it (the dump names it by id, language and gold articles). */
export function servedQuestion(q: {
  q: string;
  expect: string[];
  must: string[][];
  type: string;
  id: string;
  lang: string;
  docs: string[];
}): ServeInput['questions'][number] {
  return { q: q.q, expect: q.expect, must: q.must, type: q.type, id: q.id, lang: q.lang, docs: q.docs };
}

/** How the questions were preceded: the bot's idle warm-up or nothing (`--cold`). */
export function warmUpLine(w: { asked: number; seconds: number } | null | undefined): string {
  if (w === undefined) return 'idle warm-up not recorded';
  return w
    ? `asked after the idle warm-up (${w.asked} questions, ${w.seconds} s)`
    : 'asked cold (no idle warm-up)';
}
