/**
 * What the running bot does besides answering: poll FEEDS every FEED_INTERVAL_MINUTES and announce
 * new articles to subscribers. `createWatch` wraps the engine (so every update the bot makes, its
 * own feed polls included, is followed by the alert check); `start` begins once the bot can send;
 * `stop` ends both before the engine closes.
 */
import type { Api } from 'grammy';
import type { Config } from '../config.ts';
import type { Engine } from '../engine/types.ts';
import { type FeedPoller, startFeedPoller } from '../feeds/poller.ts';
import { FeedStore } from '../feeds/store.ts';
import type { Logger } from '../log.ts';
import { Alerts } from './service.ts';
import { AlertStore } from './store.ts';

/** The bot's feed timer and alerts. */
export interface Watch {
  /** The engine to hand the bot: updates through it alert subscribers. */
  engine: Engine;
  /** Subscriptions, for the /theodoi and /boqua commands. */
  store: AlertStore;
  /** Start sending notices through `api` and polling feeds. */
  start(api: Api): void;
  /** Stop polling (waiting for a running poll) and sending. */
  stop(): Promise<void>;
}

/** Open the alert and feed state in STATE_DIR and wrap `engine`. */
export function createWatch(
  config: Pick<
    Config,
    | 'STATE_DIR'
    | 'FEEDS'
    | 'FEED_INTERVAL_MINUTES'
    | 'MAX_FILE_MB'
    | 'FETCH_TIMEOUT_SECONDS'
    | 'FETCH_ALLOW_PRIVATE'
  >,
  engine: Engine,
  logger: Logger,
): Watch {
  const store = new AlertStore(config.STATE_DIR);
  const alerts = new Alerts(store, logger);
  const watched = alerts.wrap(engine);
  let feeds: FeedStore | null = null;
  let poller: FeedPoller | null = null;
  return {
    engine: watched,
    store,
    start(api) {
      alerts.start(api);
      if (config.FEEDS.length === 0) return;
      feeds = new FeedStore(config.STATE_DIR);
      poller = startFeedPoller({
        engine: watched,
        store: feeds,
        feeds: config.FEEDS,
        fetch: {
          maxBytes: config.MAX_FILE_MB * 1024 * 1024,
          timeoutMs: config.FETCH_TIMEOUT_SECONDS * 1000,
          allowPrivate: config.FETCH_ALLOW_PRIVATE,
        },
        intervalMs: config.FEED_INTERVAL_MINUTES * 60_000,
        logger,
        onPoll: (s) =>
          logger.info(
            {
              feeds: s.feeds.length,
              notModified: s.feeds.filter((f) => f.status === 'not-modified').length,
              failedFeeds: s.feeds.filter((f) => f.status === 'failed').length,
              newItems: s.newItems,
              added: s.added.map((a) => a.docId),
              skipped: s.skipped.length,
              retry: s.failed.length,
              seconds: Number(s.seconds.toFixed(2)),
            },
            'feeds: polled',
          ),
        onError: (err) => logger.error({ err }, 'feeds: poll failed; trying again at the next interval'),
      });
      logger.info({ feeds: config.FEEDS.length, minutes: config.FEED_INTERVAL_MINUTES }, 'feeds: polling');
    },
    async stop() {
      await poller?.stop();
      feeds?.close();
      await alerts.stop();
    },
  };
}
