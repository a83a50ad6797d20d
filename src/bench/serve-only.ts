/**
 * Serve-side measurements on a folder a `bench --keep` run left behind (corpus, index, test model),
 * without building anything: keyword search (rare pairs and syllables, in this process) and `ask`,
 * load and memory (in a fresh process, as the full run measures them). A 100k build takes about an
 * hour on this machine; a change to the query or answer side needs only this part again.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IndexReader } from '../index/open.ts';
import { generateArticles, generateQuestions } from '../synth/index.ts';
import { type KeywordFigures, keywordBench } from './keyword.ts';
import { loadAverage } from './machine.ts';
import { measureServing } from './serve.ts';
import { servedQuestion, warmUpLine } from './serve-types.ts';
import { round, summarize } from './stats.ts';
import type { BenchResult } from './types.ts';

/** Options of {@link runServeOnly}. */
export interface ServeOnlyOptions {
  /** The kept folder (holds `corpus/`, `index/`, `test-model/`, `models/`). */
  dir: string;
  /** The seed the kept run used (its corpus and questions are regenerated from it). Default '1'. */
  seed?: string;
  /** Questions asked and searched; the kept run's default is 200. */
  questions?: number;
  /** Skip the `ask` child process (keyword figures only). Default false. */
  keywordOnly?: boolean;
  /** Write each question, its accepted strings, the answer and its citations here (JSON lines). */
  dumpFile?: string;
  /** Ask after the engine's idle warm-up, as the bot does (serve-types.ts). Default true. */
  idleWarmUp?: boolean;
  log?: (line: string) => void;
}

/** Figures of one serve-only run (times in ms unless named otherwise). */
export interface ServeOnlyResult {
  date: string;
  dir: string;
  loadAvg: { before: number; after: number };
  chunks: number;
  keyword: KeywordFigures;
  keywordSyllables: KeywordFigures;
  /** The full run's `ask` figures, less those a serve-only pass does not report (mean, max, first, vectors). */
  ask?: Omit<BenchResult['ask'], 'meanMs' | 'maxMs' | 'firstMs' | 'vectors'> & {
    /**
     * CPU time of the serving process (all threads) per question, p50/p95: unlike wall time it
     * moves little with the other processes sharing the cores, so runs at different loads compare.
     */
    cpuP50Ms?: number;
    cpuP95Ms?: number;
  };
  load?: {
    seconds: number;
    embedderSeconds: number;
    /** The idle warm-up asked before the measured questions; null when run `--cold`. */
    idleWarmUp: { asked: number; seconds: number } | null;
  };
  memory?: { rssAfterLoadMB: number; rssAfterAskMB: number; peakRssMB: number };
}

/** Warm-up questions per keyword variant (unmeasured; other questions than the measured ones). */
const WARMUP = 20;

/** Measure keyword search and serving on a kept benchmark folder; see the module comment. */
export async function runServeOnly(opts: ServeOnlyOptions): Promise<ServeOnlyResult> {
  const log = opts.log ?? (() => {});
  const seed = opts.seed ?? '1';
  const count = opts.questions ?? 200;
  const sourceDir = join(opts.dir, 'corpus');
  const indexDir = join(opts.dir, 'index');
  const date = new Date().toISOString();
  const before = loadAverage();
  // The kept corpus is the generated one (one file per article; the update test edited one
  // sentence of one article, which leaves the questions as they were).
  const files = (await readdir(sourceDir)).filter((f) => f.endsWith('.txt'));
  if (files.length === 0)
    throw new Error(`bench: ${sourceDir} holds no articles; pass the folder a 'bench --keep' run printed`);
  log(`serve-only: regenerating ${files.length} articles and ${count} questions (seed ${seed})…`);
  const articles = generateArticles({ articles: files.length, seed });
  const questions = generateQuestions(articles, { count: count + 2 * WARMUP, seed });
  const asked = questions.slice(0, count);
  const warm = (i: number) => questions.slice(count + i * WARMUP, count + (i + 1) * WARMUP).map((q) => q.q);

  log('serve-only: keyword search…');
  const reader = await IndexReader.open(indexDir, {});
  let keyword: KeywordFigures;
  let keywordSyllables: KeywordFigures;
  const chunks = reader.manifest.counts.chunks;
  try {
    const texts = asked.map((q) => q.q);
    const docIds = asked.map((q) => q.docId);
    keyword = keywordBench(reader, texts, { warmup: warm(0), docIds });
    keywordSyllables = keywordBench(reader, texts, { warmup: warm(1), docIds, query: { maxPairs: 0 } });
  } finally {
    reader.close();
  }
  const result: ServeOnlyResult = {
    date,
    dir: opts.dir,
    loadAvg: { before, after: before },
    chunks,
    keyword: roundAll(keyword),
    keywordSyllables: roundAll(keywordSyllables),
  };
  if (!opts.keywordOnly) {
    log(`serve-only: ask, ${asked.length} questions in a fresh process…`);
    // The child's input goes to a temporary folder: the kept folder is only read.
    const scratch = await mkdtemp(join(tmpdir(), 'bench-serve-'));
    const s = await measureServing(
      {
        sourceDir,
        indexDir,
        modelDir: join(opts.dir, 'test-model'),
        modelsDir: join(opts.dir, 'models'),
        questions: asked.map(servedQuestion),
        idleWarmUp: opts.idleWarmUp ?? true,
        ...(opts.dumpFile ? { dumpFile: opts.dumpFile } : {}),
      },
      join(scratch, 'serve-input.json'),
    ).finally(() => rm(scratch, { recursive: true, force: true }));
    const all = summarize(s.ask.ms);
    const ret = summarize(s.ask.retrieveMs);
    const ans = summarize(s.ask.answerMs);
    const cpu = s.ask.cpuMs ? summarize(s.ask.cpuMs) : null;
    result.ask = {
      questions: s.ask.ms.length,
      p50Ms: round(all.p50, 2),
      p95Ms: round(all.p95, 2),
      retrieveP50Ms: round(ret.p50, 2),
      retrieveP95Ms: round(ret.p95, 2),
      answerP50Ms: round(ans.p50, 2),
      answerP95Ms: round(ans.p95, 2),
      ...(cpu ? { cpuP50Ms: round(cpu.p50, 2), cpuP95Ms: round(cpu.p95, 2) } : {}),
      answered: s.ask.answered,
      correct: s.ask.correct,
      byType: s.ask.byType,
    };
    result.load = {
      seconds: round(s.engineSeconds, 3),
      embedderSeconds: round(s.embedderSeconds, 3),
      idleWarmUp: s.idleWarmUp
        ? { asked: s.idleWarmUp.asked, seconds: round(s.idleWarmUp.seconds, 2) }
        : null,
    };
    result.memory = {
      rssAfterLoadMB: round(s.rssAfterLoadMB, 1),
      rssAfterAskMB: round(s.rssAfterAskMB, 1),
      peakRssMB: round(s.peakRssMB, 1),
    };
  }
  result.loadAvg.after = loadAverage();
  return result;
}

/** A few readable lines of a serve-only result. */
export function formatServeOnly(r: ServeOnlyResult): string {
  const kw = (name: string, k: KeywordFigures) =>
    `${name}: p50/p95 ${k.p50Ms} / ${k.p95Ms} ms (MATCH ${k.matchP50Ms} / ${k.matchP95Ms}; CPU ` +
    `${k.cpuP50Ms} / ${k.cpuP95Ms}), ${k.meanTerms} terms and ${Math.round(k.meanPostings ?? 0)} ` +
    `posting rows/query, right article in top 50 ${k.articleInTopK ?? '?'}/${k.queries}`;
  const lines = [
    `serve-only on ${r.dir} (${r.chunks} chunks), load average ${r.loadAvg.before} → ${r.loadAvg.after}`,
    kw('keyword (pairs)   ', r.keyword),
    kw('keyword (syllables)', r.keywordSyllables),
  ];
  if (r.ask && r.load)
    lines.push(
      `ask: p50/p95 ${r.ask.p50Ms} / ${r.ask.p95Ms} ms (retrieve ${r.ask.retrieveP50Ms} / ${r.ask.retrieveP95Ms}, ` +
        `answer ${r.ask.answerP50Ms} / ${r.ask.answerP95Ms}; CPU ${r.ask.cpuP50Ms ?? '?'} / ${r.ask.cpuP95Ms ?? '?'}), ` +
        `${r.ask.correct}/${r.ask.questions} correct, ` +
        `${r.ask.answered} answered`,
      `load: createEngine ${r.load.seconds} s (embedder ${r.load.embedderSeconds} s); ${warmUpLine(r.load.idleWarmUp)}; RSS after load ` +
        `${r.memory?.rssAfterLoadMB} MB, after ask ${r.memory?.rssAfterAskMB} MB, peak ${r.memory?.peakRssMB} MB`,
    );
  return lines.join('\n');
}

function roundAll<T extends object>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? round(v, 3) : v]),
  ) as T;
}
