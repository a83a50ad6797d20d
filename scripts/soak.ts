/**
 * `npm run soak -- [--questions 2000] [--articles 100] [--concurrency 16] [--minutes 15]`: the real
 * bot process answering generated questions through telegram-test-api on 127.0.0.1, with its
 * resident memory sampled along the way. Exits 1 when a question went unanswered, the bot crashed
 * or apologised, or memory kept growing after the warm-up.
 */
import { parseArgs } from 'node:util';
import { describeSoak, runSoak } from '../tests/helpers/soak.ts';

const USAGE = 'usage: npm run soak -- [--questions N] [--articles N] [--concurrency N] [--minutes N]';

function whole(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`soak: --${name} takes a whole number ≥ 1, not "${raw}"; ${USAGE}`);
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      questions: { type: 'string' },
      articles: { type: 'string' },
      concurrency: { type: 'string' },
      minutes: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const result = await runSoak({
    questions: whole('questions', values.questions, 2000),
    articles: whole('articles', values.articles, 100),
    concurrency: whole('concurrency', values.concurrency, 16),
    timeLimitMs: whole('minutes', values.minutes, 15) * 60_000,
    log: (line) => console.error(line),
  });
  for (const line of describeSoak(result)) console.log(line);
  const ok =
    !result.crashed &&
    result.unanswered === 0 &&
    result.apologies === 0 &&
    result.answered === result.questions &&
    result.stopCode === 0 &&
    result.flat;
  console.log(ok ? 'soak: OK' : 'soak: FAILED');
  return ok ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
