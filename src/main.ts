import { config as loadDotenv } from 'dotenv';
import { GrammyError, HttpError } from 'grammy';
import { createWatch } from './alerts/watch.ts';
import { registerCommands } from './bot/commands.ts';
import { createBot } from './bot/create.ts';
import { Inflight } from './bot/middleware/inflight.ts';
import { waitForBotApi } from './bot/reachable.ts';
import { type RunningBot, startPolling, startWebhook } from './bot/run.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import type { Engine } from './engine/types.ts';
import { createLogger, type Logger, logLineAsText, redact } from './log.ts';
import { runTerminalChat, TERMINAL_BOT_INFO, TERMINAL_USER_ID } from './terminal/chat.ts';

/** Printed when TELEGRAM_BOT_TOKEN is empty. */
export const NO_TOKEN_HELP = `No Telegram bot token: TELEGRAM_BOT_TOKEN is not set.

To run the bot on Telegram:
  1. In Telegram, open a chat with @BotFather (https://t.me/BotFather) and send /newbot.
  2. Choose a name and a username; BotFather replies with a token like 123456789:AAE…
  3. Put it in the file .env in the project folder (copy .env.example to .env if there is none):
       TELEGRAM_BOT_TOKEN=123456789:AAE…
  4. Run npm start again.
`;

/** How long shutdown waits for in-flight updates before giving up. */
const SHUTDOWN_GRACE_MS = 30_000;

/**
 * `npm start`: load the config, then either run the Telegram bot (long polling, or a webhook when
 * WEBHOOK_URL is set) until SIGINT/SIGTERM, or, without a token, explain how to get one and, on a
 * terminal, open a local chat over the same handlers. Returns the exit code.
 */
async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 2;
  }
  const secrets = [config.TELEGRAM_BOT_TOKEN, config.WEBHOOK_SECRET];

  // Checked before the engine loads: this path must work (and fail fast) without the model or index.
  if (!config.TELEGRAM_BOT_TOKEN) {
    process.stderr.write(NO_TOKEN_HELP);
    if (!process.stdin.isTTY) {
      process.stderr.write(
        '\nStandard input is not a terminal, so there is no local chat to open either. Exiting.\n',
      );
      return 1;
    }
    process.stderr.write(
      '\nMeanwhile, here is the bot in this terminal, answering from the local index.\n\n',
    );
    // Info lines would interleave with the conversation; warnings and errors still show.
    const quiet = ['debug', 'trace'].includes(config.LOG_LEVEL) ? config.LOG_LEVEL : 'warn';
    // A person reads this terminal: plain lines, not JSON.
    const destination = { write: (line: string) => process.stderr.write(logLineAsText(line)) };
    return runTerminal(config, createLogger({ level: quiet, secrets, destination }));
  }

  const logger = createLogger({ level: config.LOG_LEVEL, secrets });
  // Before loading the index: an unreachable Telegram is said at once, one line per retry.
  await waitForBotApi({
    apiRoot: config.TELEGRAM_API_ROOT,
    token: config.TELEGRAM_BOT_TOKEN,
    onRetry: ({ attempt, waitSeconds, reason, apiRoot }) =>
      logger.warn(
        { attempt, waitSeconds, reason },
        `bot: cannot reach the Bot API at ${apiRoot} (${reason}); retrying in ${waitSeconds} s`,
      ),
  });
  const engine = await openEngineOrExplain(config, logger);
  if (!engine) return 1;
  const inflight = new Inflight();
  // Feeds and alerts: the bot gets the watched engine, so its own updates announce new articles.
  const watch = createWatch(config, engine, logger);
  const bot = createBot(config, { engine: watch.engine, logger, inflight, alertStore: watch.store });
  let running: RunningBot;
  try {
    running =
      config.WEBHOOK_URL && config.WEBHOOK_SECRET
        ? await startWebhook(
            bot,
            { url: config.WEBHOOK_URL, secret: config.WEBHOOK_SECRET, port: config.PORT },
            { logger, inflight },
          )
        : await startPolling(bot, { logger, inflight });
  } catch (err) {
    await watch.stop();
    await engine.close();
    process.stderr.write(`${redact(startupFailure(err, config), secrets)}\n`);
    return 1;
  }
  await registerCommands(bot.api, config.ADMIN_IDS, logger);
  watch.start(bot.api);
  warmWhileIdle(engine, logger);

  const stoppedBy = await Promise.race([
    signal().then((name) => ({ name })),
    running.done.then(
      () => ({ name: null, err: null }),
      (err: unknown) => ({ name: null, err }),
    ),
  ]);
  if (stoppedBy.name === null) {
    logger.error({ err: 'err' in stoppedBy ? stoppedBy.err : null }, 'bot: stopped by itself');
    await watch.stop();
    await engine.close();
    return 1;
  }
  logger.info(
    { signal: stoppedBy.name, inFlight: inflight.size },
    'bot: stopping, finishing in-flight updates',
  );
  // A second Ctrl-C means "now".
  void signal().then(() => process.exit(130));
  const finished = await Promise.race([
    running.stop().then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), SHUTDOWN_GRACE_MS).unref()),
  ]);
  if (!finished) logger.warn({ inFlight: inflight.size }, 'bot: gave up waiting for in-flight updates');
  await watch.stop();
  await engine.close();
  logger.info('bot: stopped');
  return finished ? 0 : 1;
}

/**
 * The engine is imported only when needed: loading it pulls in native addons and the embedding
 * model, which the no-token path must not require. It loads the index, first building it from
 * SEEDS_DIR (with progress) when INDEX_DIR has none.
 */
async function openEngine(config: Config, logger: Logger): Promise<Engine> {
  const [{ createEngine }, { createProgress }] = await Promise.all([
    import('./engine/create.ts'),
    import('./cli/progress.ts'),
  ]);
  const progress = createProgress();
  // The engine keeps this callback for every later update (/reindex, /add): once it is open,
  // progress lines would interleave with the JSON log lines (or redraw a bar over the terminal chat).
  let opening = true;
  try {
    return await createEngine(config, {
      logger,
      onProgress: (p) => {
        if (opening) progress.update(p.stage, p.done, p.total);
      },
    });
  } finally {
    opening = false;
    progress.stop();
  }
}

/**
 * The engine, or null after one line saying why it could not open (a bad INDEX_DIR, a full disk):
 * the operator needs the folder and the cause, not a stack trace.
 */
async function openEngineOrExplain(config: Config, logger: Logger): Promise<Engine | null> {
  try {
    return await openEngine(config, logger);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const reason = (e.message ?? String(err)).split('\n')[0];
    process.stderr.write(
      `Cannot open the index in INDEX_DIR=${config.INDEX_DIR}: ${reason}. Point INDEX_DIR at a folder the bot may write (it is created if missing).\n`,
    );
    return null;
  }
}

async function runTerminal(config: Config, logger: Logger): Promise<number> {
  const engine = await openEngineOrExplain(config, logger);
  if (!engine) return 1;
  // The person at this terminal already controls SEEDS_DIR, so they are an admin here.
  const terminalConfig = { ...config, ADMIN_IDS: [...config.ADMIN_IDS, TERMINAL_USER_ID] };
  const bot = createBot(
    terminalConfig,
    { engine, logger },
    { token: 'terminal', botInfo: TERMINAL_BOT_INFO },
  );
  warmWhileIdle(engine, logger);
  try {
    await runTerminalChat(bot, { input: process.stdin, output: process.stdout });
  } finally {
    await engine.close();
  }
  return 0;
}

/**
 * The first users after a start get warm answers: the engine asks itself questions about its own
 * headlines while nobody else does (engine/idle-warm-up.ts); closing the engine ends it.
 */
function warmWhileIdle(engine: Engine, logger: Logger): void {
  void engine.warmUpWhenIdle?.().then(
    (r) => logger.info({ asked: r.asked, ms: Math.round(r.ms) }, 'engine: warmed up while idle'),
    (err: unknown) => logger.warn({ err }, 'engine: idle warm-up failed'),
  );
}

function startupFailure(err: unknown, config: Config): string {
  if (err instanceof GrammyError && err.error_code === 401) {
    return 'Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): copy the token again from @BotFather into .env.';
  }
  if (err instanceof GrammyError && err.error_code === 409) {
    return `Telegram reports a conflict (409): another copy of this bot is running, or a webhook is set. ${err.description}`;
  }
  if (err instanceof HttpError) {
    return `Could not reach the Bot API at ${config.TELEGRAM_API_ROOT ?? 'https://api.telegram.org'}: ${err.message}`;
  }
  return `bot: could not start: ${(err as Error).message ?? String(err)}`;
}

function signal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (name: NodeJS.Signals) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(name);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.stderr.write(`${redact(text, [process.env.TELEGRAM_BOT_TOKEN, process.env.WEBHOOK_SECRET])}\n`);
    process.exit(1);
  },
);
