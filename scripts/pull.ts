/**
 * `npm run pull`: poll every feed of FEEDS once, add the new articles to SEEDS_DIR and the index in
 * one update, print a summary, exit. For cron, beside or instead of the bot's own timer: both share
 * STATE_DIR/feeds.sqlite, so neither fetches what the other already handled. A running bot sees the
 * new articles at its next index update (and alerts its subscribers then).
 *
 * Exit code: 0 when every feed was read (or answered "not modified"), 1 when a feed failed, 2 for a
 * configuration problem.
 */
import 'dotenv/config';
import { runCli } from '../src/cli/run.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { createEngine } from '../src/engine/create.ts';
import { pollFeeds } from '../src/feeds/poll.ts';
import { FeedStore } from '../src/feeds/store.ts';
import { formatSummary } from '../src/feeds/summary.ts';

const USAGE = `usage: npm run pull
  Polls every feed of FEEDS once (conditional GET), fetches the new items' pages, adds them to
  SEEDS_DIR and updates the index once. Settings from the environment / .env: FEEDS, SEEDS_DIR,
  INDEX_DIR, STATE_DIR, FETCH_ALLOW_PRIVATE, FETCH_TIMEOUT_SECONDS, MAX_FILE_MB.`;

async function main(): Promise<number> {
  if (process.argv.slice(2).some((a) => a === '-h' || a === '--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 2;
  }
  if (config.FEEDS.length === 0) {
    process.stderr.write(
      'pull: FEEDS is empty; fix: list RSS/Atom feed addresses in .env, e.g. FEEDS=https://example.vn/rss/tin-tuc.rss\n',
    );
    return 2;
  }
  const log = {
    info: (_o: object | string, m?: string) => {
      if (m) process.stderr.write(`${m}\n`);
    },
    warn: (o: object | string, m?: string) => process.stderr.write(`${m ?? String(o)}\n`),
  };
  const engine = await createEngine(config, { logger: log });
  const store = new FeedStore(config.STATE_DIR);
  try {
    const summary = await pollFeeds({
      engine,
      store,
      feeds: config.FEEDS,
      fetch: {
        maxBytes: config.MAX_FILE_MB * 1024 * 1024,
        timeoutMs: config.FETCH_TIMEOUT_SECONDS * 1000,
        allowPrivate: config.FETCH_ALLOW_PRIVATE,
      },
      logger: { info: () => {}, warn: (_o, m) => process.stderr.write(`${m}\n`) },
    });
    process.stdout.write(formatSummary(summary));
    return summary.feeds.some((f) => f.status === 'failed') ? 1 : 0;
  } finally {
    store.close();
    await engine.close();
  }
}

runCli(main);
