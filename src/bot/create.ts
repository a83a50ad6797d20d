import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { AlertStore } from '../alerts/store.ts';
import type { Config } from '../config.ts';
import { type ConversationState, openConversationState } from '../conversation/state.ts';
import type { Engine } from '../engine/types.ts';
import type { Logger } from '../log.ts';
import { CitationStore } from './citations.ts';
import type { FeatureDeps } from './deps.ts';
import { errorHandler } from './errors.ts';
import { adminFeature } from './features/admin.ts';
import { alertsFeature } from './features/alerts.ts';
import { conversationFeature } from './features/conversation.ts';
import { examplesFeature } from './features/examples.ts';
import { fallbackFeature } from './features/fallback.ts';
import { feedbackFeature } from './features/feedback.ts';
import { helpFeature } from './features/help.ts';
import { latestFeature } from './features/latest.ts';
import { passagesFeature } from './features/passages.ts';
import { questionFeature } from './features/question.ts';
import { searchFeature } from './features/search.ts';
import { sourcesFeature } from './features/sources.ts';
import { statsFeature } from './features/stats.ts';
import type { Inflight } from './middleware/inflight.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { onlySupportedUpdates } from './middleware/updates.ts';

export interface BotDeps {
  engine: Engine;
  logger: Logger;
  /** Clock for the index age in /stats. Default: the system clock. */
  now?: () => Date;
  /** Counts updates in progress, for graceful shutdown. Default: none. */
  inflight?: Inflight;
  /** Recent answers' citations. Default: a fresh store of 500 answers. */
  citations?: CitationStore;
  /** Conversations and feedback. Default: opened from STATE_DIR. */
  conversations?: ConversationState;
  /** Alert subscriptions (/theodoi, /boqua). Default: opened from STATE_DIR. */
  alertStore?: AlertStore;
}

export interface CreateBotOptions {
  /** Skips getMe at start (tests, the terminal chat). Default: fetched by `bot.init()`. */
  botInfo?: UserFromGetMe;
  /** Overrides TELEGRAM_BOT_TOKEN (the terminal chat has none). */
  token?: string;
}

/**
 * A Bot API call that gets no answer fails after this long and is retried. grammY's default is
 * 500 s, so one silently dropped connection stalled polling (or an answer) for over 8 minutes.
 * Must exceed the 30 s long poll of getUpdates (run.ts).
 */
const API_TIMEOUT_SECONDS = 45;
/** Telegram's 429/5xx and network errors are retried this many times before the call fails. */
const MAX_RETRY_ATTEMPTS = 3;
/** A longer flood wait than this fails the call instead of holding the update. */
const MAX_RETRY_DELAY_SECONDS = 60;

/**
 * The bot with every handler registered, in this order: in-flight counter, update-kind filter,
 * then inside one error boundary the rate limit and the features, the fallback last. The boundary
 * (and `bot.catch` for polling) turns any failure into a log line and an apology. It does not start:
 * see `startPolling` / `startWebhook`, or feed it updates with `bot.handleUpdate`.
 */
export function createBot(config: Config, deps: BotDeps, options: CreateBotOptions = {}): Bot<Context> {
  const token = options.token ?? config.TELEGRAM_BOT_TOKEN;
  if (!token) {
    throw new Error(
      'bot: TELEGRAM_BOT_TOKEN is not set (talk to @BotFather on Telegram, then put it in .env)',
    );
  }
  const bot = new Bot<Context>(token, {
    botInfo: options.botInfo,
    client: {
      // grammY refuses a trailing slash, which a pasted URL often has.
      ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT.replace(/\/+$/, '') } : {}),
      timeoutSeconds: API_TIMEOUT_SECONDS,
    },
  });
  bot.api.config.use(
    autoRetry({ maxRetryAttempts: MAX_RETRY_ATTEMPTS, maxDelaySeconds: MAX_RETRY_DELAY_SECONDS }),
  );

  const features: FeatureDeps = {
    engine: deps.engine,
    logger: deps.logger,
    config,
    citations: deps.citations ?? new CitationStore(),
    now: deps.now ?? (() => new Date()),
    token,
    conversations: deps.conversations ?? openConversationState(config),
  };
  const onError = errorHandler(deps.logger);
  bot.catch(onError);

  if (deps.inflight) bot.use(deps.inflight.middleware);
  bot.use(onlySupportedUpdates(deps.logger));
  bot.errorBoundary(
    onError,
    rateLimit(config.RATE_LIMIT_PER_MINUTE, deps.logger),
    helpFeature(features),
    latestFeature(features),
    searchFeature(features),
    statsFeature(features),
    alertsFeature(features, deps.alertStore ?? new AlertStore(config.STATE_DIR)),
    adminFeature(features),
    feedbackFeature(features),
    conversationFeature(features),
    sourcesFeature(features),
    passagesFeature(features),
    examplesFeature(features),
    questionFeature(features),
    fallbackFeature(),
  );
  return bot;
}
