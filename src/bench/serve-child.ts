/**
 * The serving side of the benchmark, run in a fresh process so that load time and resident memory
 * are what the bot would see, not the leftovers of building the index. Reads a ServeInput JSON file
 * (argv[2]) and prints one ServeFigures JSON line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { containsAlternative } from '../eval/score.ts';
import { openServing } from './serve-setup.ts';
import type { ServeFigures, ServeInput } from './serve-types.ts';

const mb = (bytes: number): number => bytes / (1024 * 1024);
const rssMB = (): number => mb(process.memoryUsage().rss);

async function main(): Promise<ServeFigures> {
  const file = process.argv[2];
  if (!file) throw new Error('bench: serve-child needs the input JSON file as its argument');
  const input = JSON.parse(readFileSync(file, 'utf8')) as ServeInput;
  const rssStartMB = rssMB();
  const { engine, embedderSeconds, engineSeconds, close } = await openServing(input);
  const rssAfterLoadMB = rssMB();
  const warm = input.idleWarmUp ? await engine.warmUpWhenIdle?.() : undefined;
  const idleWarmUp = warm ? { asked: warm.asked, seconds: warm.ms / 1000 } : null;
  const ask: ServeFigures['ask'] = {
    ms: [],
    retrieveMs: [],
    answerMs: [],
    wallMs: [],
    cpuMs: [],
    answered: 0,
    correct: 0,
    byType: {},
  };
  const dump: string[] = [];
  for (const { q, expect, must, type, id, lang, docs } of input.questions) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const a = await engine.ask(q);
    ask.wallMs.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    ask.cpuMs?.push((cpu.user + cpu.system) / 1000);
    ask.ms.push(a.timings.totalMs);
    ask.retrieveMs.push(a.timings.retrieveMs);
    ask.answerMs.push(a.timings.answerMs);
    if (a.answered) ask.answered++;
    const groups = must ?? expect.map((e) => [e]);
    const ok = a.answered && groups.every((g) => g.some((alt) => containsAlternative(a.answer, alt)));
    if (ok) ask.correct++;
    const key = type ?? 'other';
    const kind = ask.byType[key] ?? { total: 0, correct: 0 };
    ask.byType[key] = kind;
    kind.total++;
    if (ok) kind.correct++;
    if (input.dumpFile) {
      const citations = a.citations.map((c) => ({ n: c.n, docId: c.docId, quote: c.quote }));
      dump.push(
        JSON.stringify({
          id,
          type,
          lang,
          q,
          must: groups,
          docs,
          ok,
          answered: a.answered,
          // Per-question cost, to find the slow ones (CPU moves far less with the load than wall).
          cpuMs: ask.cpuMs?.at(-1),
          retrieveMs: a.timings.retrieveMs,
          answerMs: a.timings.answerMs,
          answer: a.answer,
          citations,
        }),
      );
    }
  }
  if (input.dumpFile) writeFileSync(input.dumpFile, dump.length > 0 ? `${dump.join('\n')}\n` : '');
  const rssAfterAskMB = rssMB();
  const vectors = engine.stats().vectors;
  await close();
  return {
    embedderSeconds,
    engineSeconds,
    vectors,
    rssStartMB,
    rssAfterLoadMB,
    rssAfterAskMB,
    // maxRSS is in kibibytes.
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    heapUsedMB: mb(process.memoryUsage().heapUsed),
    idleWarmUp,
    ask,
  };
}

main().then(
  (figures) => {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
