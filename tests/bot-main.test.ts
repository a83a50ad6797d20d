import { describe, expect, it } from 'vitest';
import { spawnBot, TEST_TOKEN } from './helpers/bot-harness.ts';

describe('npm start (src/main.ts) without the engine', () => {
  it('without a token and without a terminal: explains @BotFather and .env, exits non-zero', async () => {
    const bot = spawnBot({});
    const code = await bot.exited;
    expect(code).toBe(1);
    const out = bot.output();
    expect(out).toContain('@BotFather');
    expect(out).toContain('TELEGRAM_BOT_TOKEN=');
    expect(out).toContain('.env');
    expect(out).toContain('not a terminal');
  });

  it('with a malformed token: names the variable and the remedy, never echoes the value', async () => {
    const bad = `${TEST_TOKEN.slice(0, 20)}`; // too short to be a token
    const bot = spawnBot({ TELEGRAM_BOT_TOKEN: bad });
    expect(await bot.exited).toBe(2);
    expect(bot.output()).toContain('TELEGRAM_BOT_TOKEN: looks malformed');
    expect(bot.output()).not.toContain(bad);
  });
});
