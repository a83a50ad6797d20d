import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCommands } from '../src/bot/commands.ts';
import { createBot } from '../src/bot/create.ts';
import { Inflight } from '../src/bot/middleware/inflight.ts';
import { type RunningBot, startPolling, startWebhook } from '../src/bot/run.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import {
  ADMIN_ID,
  type Emulator,
  EmulatorChat,
  freePort,
  GROUP_ID,
  startEmulator,
  TEST_TOKEN,
  tempStateDir,
  USER_ID,
} from './helpers/bot-harness.ts';
import { createFakeEngine, deferred } from './helpers/fake-engine.ts';

/** The emulator's getMe answers with this username. */
const EMULATOR_BOT_USERNAME = 'TestNameBot';

function setup(emulator: Emulator, extraEnv: Record<string, string> = {}) {
  const config = loadConfig({
    TELEGRAM_BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: `${emulator.apiRoot}/`,
    ADMIN_IDS: String(ADMIN_ID),
    STATE_DIR: tempStateDir(),
    ...extraEnv,
  });
  const engine = createFakeEngine();
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (l) => logs.push(l) } });
  const inflight = new Inflight();
  const bot = createBot(config, { engine, logger, inflight });
  return { config, engine, logs, logger, inflight, bot };
}

describe('bot over telegram-test-api (long polling, fake engine)', () => {
  let emulator: Emulator;
  let running: RunningBot;
  let ctx: ReturnType<typeof setup>;

  beforeAll(async () => {
    emulator = await startEmulator();
    ctx = setup(emulator);
    running = await startPolling(ctx.bot, { logger: ctx.logger, inflight: ctx.inflight });
    // The emulator has no setMyCommands: must not be fatal.
    await registerCommands(ctx.bot.api, [ADMIN_ID], ctx.logger);
  });
  afterAll(async () => {
    await running?.stop();
    await emulator?.stop();
  });

  it('answers /start, a question with a Nguồn 1 button, and the button press', async () => {
    const chat = new EmulatorChat(emulator, TEST_TOKEN, { userId: USER_ID });
    await chat.say('/start');
    expect((await chat.replies(1))[0]?.text).toContain('Xin chào');

    await chat.say('Ai chủ trì hội nghị?');
    const [answer] = await chat.replies(1);
    expect(answer?.parseMode).toBe('HTML');
    expect(answer?.text).toContain('[1]');
    expect(answer?.buttons.map((b) => b.text)).toEqual(['Nguồn 1', 'Toàn bài', '👍', '👎']);

    await chat.press(answer!.buttons[0]!.data, answer!.messageId);
    expect((await chat.replies(1))[0]?.text).toContain('<blockquote>Đoạn trích dẫn số 1');
    // sendChatAction is missing in the emulator: logged at debug, nothing else.
    expect(ctx.logs.some((l) => l.includes('bot: sendChatAction failed'))).toBe(true);
  });

  it('does not busy-loop against a server that answers empty polls at once', async () => {
    let polls = 0;
    ctx.bot.api.config.use((prev, method, payload, signal) => {
      if (method === 'getUpdates') polls++;
      return prev(method, payload, signal);
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect(polls).toBeGreaterThan(0);
    expect(polls).toBeLessThanOrEqual(5);
  });

  it('in a group answers only when mentioned', async () => {
    const group = new EmulatorChat(emulator, TEST_TOKEN, {
      userId: USER_ID + 1,
      chatId: GROUP_ID,
      type: 'supergroup',
    });
    await group.say('Chào cả nhà, hôm nay họp gì?');
    expect(await group.settle(800)).toEqual([]);
    await group.say(`@${EMULATOR_BOT_USERNAME} Ai chủ trì hội nghị?`);
    expect((await group.replies(1))[0]?.text).toContain('[1]');
  });

  it('keeps answering questions while an admin update runs', async () => {
    const hold = deferred<Awaited<ReturnType<typeof ctx.engine.reindex>>>();
    ctx.engine.onUpdate = () => hold.promise;
    const admin = new EmulatorChat(emulator, TEST_TOKEN, { userId: ADMIN_ID });
    const user = new EmulatorChat(emulator, TEST_TOKEN, { userId: USER_ID + 2 });
    await admin.say('/reindex');
    expect((await admin.replies(1))[0]?.text).toContain('Đang cập nhật');
    await user.say('Ai chủ trì?');
    expect((await user.replies(1))[0]?.text).toContain('[1]');
    hold.resolve({ added: [], changed: [], removed: [], unchanged: 3, skipped: [], seconds: 0.5 });
    expect((await admin.replies(1))[0]?.text).toContain('Không đổi: 3');
  });
});

describe('bot in webhook mode', () => {
  it('serves the webhook path, checks the secret token, and answers through the Bot API', async () => {
    const emulator = await startEmulator();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/telegram/hook`;
    const ctx = setup(emulator, { WEBHOOK_URL: url, WEBHOOK_SECRET: 'test_secret-1' });
    const running = await startWebhook(
      ctx.bot,
      { url, secret: 'test_secret-1', port, host: '127.0.0.1' },
      { logger: ctx.logger, inflight: ctx.inflight },
    );
    try {
      const update = {
        update_id: 1,
        message: {
          message_id: 1,
          date: 1_700_000_000,
          chat: { id: USER_ID, type: 'private', first_name: 'A' },
          from: { id: USER_ID, is_bot: false, first_name: 'A' },
          text: '/stats',
          entities: [{ type: 'bot_command', offset: 0, length: 6 }],
        },
      };
      const post = (headers: Record<string, string>, path = '/telegram/hook') =>
        fetch(`http://127.0.0.1:${port}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(update),
        });
      expect((await post({})).status).toBe(401);
      expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'wrong' })).status).toBe(401);
      expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'test_secret-1' }, '/other')).status).toBe(404);
      expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'test_secret-1' })).status).toBe(200);
      const chat = new EmulatorChat(emulator, TEST_TOKEN, { userId: USER_ID });
      const replies = await chat.replies(1);
      expect(replies[0]?.text).toContain('Bài viết: 3');
      // The text, then the chart drawn from the facets (the emulator has no sendPhoto: logged, not fatal).
      expect(ctx.engine.calls.map((c) => c.method)).toEqual(['stats', 'facets']);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      await running.stop();
      await emulator.stop();
    }
  });
});
