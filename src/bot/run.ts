import { createServer, type Server } from 'node:http';
import { run } from '@grammyjs/runner';
import { type Bot, type Context, type Transformer, webhookCallback } from 'grammy';
import type { Logger } from '../log.ts';
import type { Inflight } from './middleware/inflight.ts';
import { ALLOWED_UPDATES } from './middleware/updates.ts';

/** A started bot; `stop` returns once in-flight updates are done. */
export interface RunningBot {
  mode: 'polling' | 'webhook';
  /** Settles if the bot stops by itself (the runner gave up, the server closed). */
  done: Promise<void>;
  stop(): Promise<void>;
}

/** Long-poll wait asked of Telegram, in seconds. */
const POLL_TIMEOUT_SECONDS = 30;
/**
 * Telegram holds an empty getUpdates for the whole timeout; a server that answers an empty poll at
 * once (an emulator, some proxies) would otherwise be polled in a busy loop. Such answers are
 * followed by this pause.
 */
const EMPTY_POLL_PAUSE_MS = 300;
const FAST_POLL_MS = 100;

/**
 * Long polling with concurrent update handling (@grammyjs/runner): a slow answer or a running
 * /reindex never holds up other chats. Removes any webhook first, since Telegram refuses
 * getUpdates while one is set.
 */
export async function startPolling(
  bot: Bot<Context>,
  deps: { logger: Logger; inflight?: Inflight },
): Promise<RunningBot> {
  const { logger, inflight } = deps;
  await bot.init();
  try {
    await bot.api.deleteWebhook();
  } catch (err) {
    logger.warn({ err }, 'bot: deleteWebhook failed; polling anyway');
  }
  const poll = pollTracker();
  bot.api.config.use(poll.transformer);
  const handle = run(bot, {
    runner: { fetch: { timeout: POLL_TIMEOUT_SECONDS, allowed_updates: ALLOWED_UPDATES } },
  });
  logger.info({ username: bot.botInfo.username, mode: 'polling' }, 'bot: started');
  return {
    mode: 'polling',
    done: handle.task() ?? Promise.resolve(),
    async stop() {
      await handle.stop();
      // The runner's stop can resolve while a handler still awaits the engine; the counter cannot.
      await inflight?.idle();
      // The runner does not confirm the last batch; without this, a restart would receive it again.
      if (poll.lastUpdateId !== null) {
        await bot.api
          .getUpdates({ offset: poll.lastUpdateId + 1, limit: 1, timeout: 0 })
          .catch((err: unknown) => {
            logger.debug({ err }, 'bot: could not confirm the last updates');
          });
      }
    },
  };
}

export interface WebhookOptions {
  /** Public HTTPS URL Telegram posts to; its path is the one served. */
  url: string;
  /** Echoed by Telegram in X-Telegram-Bot-Api-Secret-Token; requests without it are refused. */
  secret: string;
  port: number;
  /** Default all interfaces. */
  host?: string;
}

/** How long Telegram's request may wait for an update's handling before it is answered anyway. */
const WEBHOOK_ANSWER_AFTER_MS = 25_000;

/**
 * Webhook mode: node:http serving grammY's webhookCallback on the URL's path, checking the secret
 * token, then setWebhook. Requests run concurrently; a long update is answered to Telegram after
 * 25 s and finishes in the background (so Telegram does not resend it), and `stop` waits for it
 * through `inflight`.
 */
export async function startWebhook(
  bot: Bot<Context>,
  options: WebhookOptions,
  deps: { logger: Logger; inflight: Inflight },
): Promise<RunningBot> {
  const { logger, inflight } = deps;
  await bot.init();
  const path = new URL(options.url).pathname;
  const handle = webhookCallback(bot, 'http', {
    secretToken: options.secret,
    onTimeout: 'return',
    timeoutMilliseconds: WEBHOOK_ANSWER_AFTER_MS,
  });
  const server = createServer((req, res) => {
    const reqPath = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && reqPath === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      return;
    }
    if (req.method !== 'POST' || reqPath !== path) {
      res.writeHead(404).end();
      return;
    }
    handle(req, res).catch((err: unknown) => {
      logger.error({ err }, 'bot: webhook request failed');
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await listen(server, options.port, options.host);
  await bot.api.setWebhook(options.url, { secret_token: options.secret, allowed_updates: ALLOWED_UPDATES });
  logger.info({ username: bot.botInfo.username, mode: 'webhook', port: options.port, path }, 'bot: started');
  return {
    mode: 'webhook',
    done: new Promise((resolve) => server.once('close', () => resolve())),
    async stop() {
      // The webhook stays set: Telegram keeps updates queued until the bot is back.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await inflight.idle();
    },
  };
}

function listen(server: Server, port: number, host?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Remembers the newest update id fetched, and pauses after suspiciously fast empty polls. */
function pollTracker(): { transformer: Transformer; lastUpdateId: number | null } {
  const state = {
    lastUpdateId: null as number | null,
    transformer: (async (prev, method, payload, signal) => {
      const started = Date.now();
      const result = await prev(method, payload, signal);
      if (method !== 'getUpdates' || !result.ok) return result;
      const updates = result.result as { update_id: number }[];
      for (const u of updates) state.lastUpdateId = Math.max(state.lastUpdateId ?? u.update_id, u.update_id);
      const askedToWait = ((payload as { timeout?: number }).timeout ?? 0) > 0;
      if (updates.length === 0 && askedToWait && Date.now() - started < FAST_POLL_MS) {
        await pause(EMPTY_POLL_PAUSE_MS, signal);
      }
      return result;
    }) as Transformer,
  };
  return state;
}

/** grammY's transformer signal type comes from the abort-controller shim, not the DOM. */
interface AbortLike {
  addEventListener(type: 'abort', listener: () => void): void;
}

function pause(ms: number, signal?: AbortLike): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
