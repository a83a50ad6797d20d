/**
 * The soak run shared by `npm run soak` (scripts/soak.ts) and tests/reliability-soak.test.ts: the
 * real bot process (src/main.ts) with the offline test model over a synthetic corpus, driven through
 * telegram-test-api on 127.0.0.1 by many users at once with generated questions. It counts answers,
 * apologies and crashes, and samples the bot's resident memory (VmRSS) as it goes.
 */
import type { StoredBotUpdate } from 'telegram-test-api/lib/telegramServer.js';
import { APOLOGY } from '../../src/bot/errors.ts';
import { RATE_LIMIT_MESSAGE } from '../../src/bot/middleware/rate-limit.ts';
import { generateQuestions, type SynthArticle } from '../../src/synth/index.ts';
import { createBotStack, TEST_TOKEN } from './bot-harness.ts';
import { rssMb, sleep, writeSynthCorpus } from './reliability.ts';

export interface SoakOptions {
  /** Questions to ask in all. Default 2000. */
  questions?: number;
  /** Synthetic articles in SEEDS_DIR. Default 100. */
  articles?: number;
  /** Users asking at the same time. Default 16. */
  concurrency?: number;
  /** Questions per user (kept under the per-minute rate limit). Default 10. */
  perUser?: number;
  /** Stop (and fail) after this long. Default 15 minutes. */
  timeLimitMs?: number;
  /** Progress lines. Default: none. */
  log?: (line: string) => void;
  seed?: string;
}

export interface RssSample {
  /** Questions answered when sampled. */
  answered: number;
  mb: number;
}

export interface SoakResult {
  questions: number;
  articles: number;
  answered: number;
  /** Answers that were the error apology. */
  apologies: number;
  /** "Slow down" replies (should be 0: users stay under the limit). */
  rateLimited: number;
  /** Bot messages beyond one per question (split answers, duplicates). */
  extraMessages: number;
  /** Questions with no answer within the per-question timeout. */
  unanswered: number;
  /** The bot process exited by itself during the run. */
  crashed: boolean;
  /** Exit code of the graceful stop (SIGTERM) at the end. */
  stopCode: number | string;
  seconds: number;
  perSecond: number;
  latencyMs: { p50: number; p95: number; max: number };
  rss: RssSample[];
  startMb: number;
  warmMb: number;
  endMb: number;
  /** Growth from the warm-up sample to the end, in MB. */
  growthAfterWarmMb: number;
  /** End within max(25 MB, 10 %) of the warm-up sample. */
  flat: boolean;
}

const PER_QUESTION_TIMEOUT_MS = 30_000;
/** Building the index over the synthetic corpus with vectors takes longer than the seeds'. */
const SOAK_START_TIMEOUT_MS = 120_000;

/** Run the soak; never leaves a process or folder behind. */
export async function runSoak(options: SoakOptions = {}): Promise<SoakResult> {
  const total = options.questions ?? 2000;
  const articles = options.articles ?? 100;
  const concurrency = options.concurrency ?? 16;
  const perUser = options.perUser ?? 10;
  const timeLimitMs = options.timeLimitMs ?? 15 * 60_000;
  const seed = options.seed ?? 'soak';
  const log = options.log ?? (() => {});
  let corpus: SynthArticle[] = [];
  const stack = await createBotStack({
    name: 'soak',
    seeds: (dir) => {
      corpus = writeSynthCorpus(dir, articles, seed);
    },
    model: 'wordpiece',
    startTimeoutMs: SOAK_START_TIMEOUT_MS,
  });
  const emulator = stack.emulator;
  try {
    const pool = generateQuestions(corpus, { count: total, seed }).map((q) => q.q);
    if (pool.length === 0) throw new Error('soak: the corpus gave no questions');
    const questions = Array.from({ length: total }, (_, i) => pool[i % pool.length]!);
    log(
      `soak: ${articles} articles, ${total} questions (${pool.length} distinct), ${concurrency} users at a time`,
    );

    // LOG_LEVEL info, the product's default: one JSON line per question on standard error.
    const bot = await stack.start();
    const pid = bot.child.pid!;
    const rss: RssSample[] = [];
    let answered = 0;
    const sample = async () => {
      const mb = await rssMb(pid);
      if (mb !== null) rss.push({ answered, mb });
    };
    await sample();
    const startMb = rss[0]?.mb ?? 0;
    log(`soak: bot started (pid ${pid}), RSS ${startMb.toFixed(1)} MB`);

    // Replies by chat, counted from the emulator's storage in one place.
    const seen = new Set<number>();
    const byChat = new Map<number, string[]>();
    const collect = () => {
      for (const u of emulator.server.storage.botMessages as StoredBotUpdate[]) {
        if (seen.has(u.messageId)) continue;
        seen.add(u.messageId);
        const chat = Number(u.message.chat_id);
        const list = byChat.get(chat) ?? [];
        list.push(String(u.message.text));
        byChat.set(chat, list);
      }
    };
    const collector = setInterval(collect, 20);

    const users = Math.ceil(total / perUser);
    const latencies: number[] = [];
    let unanswered = 0;
    let next = 0;
    const warmAt = Math.max(100, Math.floor(total / 10));
    const sampleEvery = Math.max(50, Math.floor(total / 20));
    let nextSample = warmAt;
    const t0 = performance.now();
    const deadline = Date.now() + timeLimitMs;
    let crashed = false;
    let stopping = false;
    void bot.exited.then(() => {
      if (!stopping) crashed = true;
    });

    const runUser = async (u: number) => {
      const userId = 700_000 + u;
      const client = emulator.server.getClient(TEST_TOKEN, {
        userId,
        chatId: userId,
        type: 'private',
        timeout: 5000,
      });
      for (let k = 0; k < perUser; k++) {
        const i = next++;
        if (i >= total || crashed || Date.now() > deadline) return;
        const before = byChat.get(userId)?.length ?? 0;
        const t = performance.now();
        await client.sendMessage(client.makeMessage(questions[i]!));
        const end = Date.now() + PER_QUESTION_TIMEOUT_MS;
        while ((byChat.get(userId)?.length ?? 0) <= before) {
          if (Date.now() > end || crashed) {
            unanswered++;
            break;
          }
          await sleep(10);
        }
        if ((byChat.get(userId)?.length ?? 0) > before) {
          latencies.push(performance.now() - t);
          answered++;
          if (answered >= nextSample) {
            nextSample += sampleEvery;
            await sample();
            log(`soak: ${answered}/${total} answered, RSS ${rss.at(-1)?.mb.toFixed(1)} MB`);
          }
        }
        // A split answer arrives in parts; let them land before this user asks again.
        await sleep(30);
      }
    };
    // Users start one after another as slots free up: at most `concurrency` at a time.
    let nextUser = 0;
    await Promise.all(
      Array.from({ length: Math.min(concurrency, users) }, async () => {
        while (nextUser < users && next < total && !crashed && Date.now() < deadline)
          await runUser(nextUser++);
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    await sleep(300);
    collect();
    clearInterval(collector);
    await sample();
    stopping = true;
    const stopCode = crashed ? await bot.exited : await bot.stop('SIGTERM', 30_000);
    const all = [...byChat.values()].flat();
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
    const warm = rss.find((s) => s.answered >= warmAt) ?? rss.at(-1)!;
    const endMb = rss.at(-1)?.mb ?? 0;
    const growth = endMb - warm.mb;
    return {
      questions: total,
      articles,
      answered,
      apologies: all.filter((t) => t.includes(APOLOGY)).length,
      rateLimited: all.filter((t) => t === RATE_LIMIT_MESSAGE).length,
      extraMessages: all.length - answered,
      unanswered: unanswered + Math.max(0, total - next),
      crashed,
      stopCode,
      seconds,
      perSecond: answered / seconds,
      latencyMs: { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 },
      rss,
      startMb,
      warmMb: warm.mb,
      endMb,
      growthAfterWarmMb: growth,
      flat: growth <= Math.max(25, warm.mb * 0.1),
    };
  } finally {
    await stack.close();
  }
}

/** One line per figure, for the console and the README. */
export function describeSoak(r: SoakResult): string[] {
  return [
    `questions ${r.questions} over ${r.articles} synthetic articles: answered ${r.answered}, unanswered ${r.unanswered}, apologies ${r.apologies}, rate-limited ${r.rateLimited}, extra messages ${r.extraMessages}`,
    `crashed: ${r.crashed ? 'YES' : 'no'}; graceful stop exit code ${r.stopCode}`,
    `${r.seconds.toFixed(1)} s, ${r.perSecond.toFixed(1)} answers/s; latency p50 ${r.latencyMs.p50.toFixed(0)} ms, p95 ${r.latencyMs.p95.toFixed(0)} ms, max ${r.latencyMs.max.toFixed(0)} ms`,
    `RSS start ${r.startMb.toFixed(1)} MB → after warm-up ${r.warmMb.toFixed(1)} MB → end ${r.endMb.toFixed(1)} MB (${r.growthAfterWarmMb >= 0 ? '+' : ''}${r.growthAfterWarmMb.toFixed(1)} MB after warm-up: ${r.flat ? 'flat' : 'GROWING'})`,
    `RSS samples (answered: MB): ${r.rss.map((s) => `${s.answered}: ${s.mb.toFixed(0)}`).join(', ')}`,
  ];
}
