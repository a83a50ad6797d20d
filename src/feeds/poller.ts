/**
 * The bot's feed timer: a first poll shortly after start, then one every FEED_INTERVAL_MINUTES
 * after the previous one FINISHED (a chained, unref'd timeout, so two polls never overlap and the
 * timer never keeps the process alive). `stop` cancels the next poll and waits for a running one.
 */
import { type PollDeps, type PollSummary, pollFeeds } from './poll.ts';

/** Delay of the first poll after start: the bot answers its first users before fetching anything. */
export const FIRST_POLL_DELAY_MS = 1000;

/** Options of {@link startFeedPoller}. */
export interface FeedPollerOptions extends PollDeps {
  intervalMs: number;
  /** Called after every poll (the bot logs it). */
  onPoll?: (summary: PollSummary) => void;
  /** Called when a poll as a whole fails (the index update threw). */
  onError?: (err: unknown) => void;
  /** Default {@link FIRST_POLL_DELAY_MS}. */
  firstDelayMs?: number;
}

/** A running poller. */
export interface FeedPoller {
  /** Stop polling; resolves once a poll in progress has finished. */
  stop(): Promise<void>;
}

/** Start polling `options.feeds` (nothing happens when there are none). `stop` also ends a running poll at its next item. */
export function startFeedPoller(options: FeedPollerOptions): FeedPoller {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const schedule = (ms: number) => {
    if (stopped || options.feeds.length === 0) return;
    timer = setTimeout(() => {
      timer = null;
      running = pollFeeds({ ...options, shouldStop: () => stopped })
        .then((summary) => options.onPoll?.(summary))
        .catch((err: unknown) => options.onError?.(err))
        .finally(() => {
          running = null;
          schedule(options.intervalMs);
        });
    }, ms);
    timer.unref();
  };
  schedule(options.firstDelayMs ?? FIRST_POLL_DELAY_MS);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
