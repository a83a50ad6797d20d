/**
 * A bot process for the conversation end-to-end test: what `npm start` does (config from the
 * environment, createBot, long polling, graceful SIGTERM) over the fake conversation engine
 * instead of the real one, so the bot side of conversations can be tested through Telegram's
 * protocol before the engine resolves follow-ups. Run with `node --import tsx`.
 */
import { createBot } from '../../src/bot/create.ts';
import { Inflight } from '../../src/bot/middleware/inflight.ts';
import { startPolling } from '../../src/bot/run.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { createConversationEngine } from './conversation-engine.ts';

const config = loadConfig();
const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.TELEGRAM_BOT_TOKEN] });
const inflight = new Inflight();
const bot = createBot(config, { engine: createConversationEngine(), logger, inflight });
const running = await startPolling(bot, { logger, inflight });
process.once('SIGTERM', () => {
  void running.stop().then(() => {
    logger.info('bot: stopped');
    process.exit(0);
  });
});
