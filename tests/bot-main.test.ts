import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, spawnBot, TEST_TOKEN } from './helpers/bot-harness.ts';

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

describe('npm start: what the operator sees when something is wrong', () => {
  it('a non-numeric RATE_LIMIT_PER_MINUTE: one line naming the variable, the value and the fix', async () => {
    const bot = spawnBot({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, RATE_LIMIT_PER_MINUTE: 'abc', PORT: '70000' });
    expect(await bot.exited).toBe(2);
    const out = bot.output();
    expect(out).toContain(
      '- RATE_LIMIT_PER_MINUTE="abc": is not a number; fix: write a whole number of messages above 0, e.g. RATE_LIMIT_PER_MINUTE=20, or remove the line for 20',
    );
    expect(out).toContain('- PORT="70000":');
    expect(out).not.toContain('NaN');
  });

  it('an INDEX_DIR that is a file: one line naming it and the cause, no stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bad-index-'));
    const file = path.join(dir, 'index-is-a-file');
    writeFileSync(file, 'x');
    const api = createServer((_req, res) => res.writeHead(404).end()).listen(0, '127.0.0.1');
    await new Promise((r) => api.once('listening', r));
    try {
      const bot = spawnBot({
        TELEGRAM_BOT_TOKEN: TEST_TOKEN,
        TELEGRAM_API_ROOT: `http://127.0.0.1:${(api.address() as AddressInfo).port}`,
        INDEX_DIR: file,
        EMBEDDING_MODEL: path.join(dir, 'no-model'),
        HF_HUB_OFFLINE: '1',
      });
      expect(await bot.exited).toBe(1);
      const lines = bot
        .output()
        .split('\n')
        .filter((l) => l.includes('INDEX_DIR'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Cannot open the index in INDEX_DIR=${file}`);
      expect(bot.output()).not.toMatch(/^\s+at /m);
    } finally {
      api.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('Telegram unreachable: one line per retry with the wait, from the first second', async () => {
    const port = await freePort(); // nothing listens there
    const bot = spawnBot({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: `http://127.0.0.1:${port}` });
    try {
      await bot.waitForOutput(/retrying in 4 s/, 15_000);
      const retries = bot
        .output()
        .split('\n')
        .filter((l) => l.includes('cannot reach the Bot API'));
      expect(retries[0]).toContain(
        `cannot reach the Bot API at http://127.0.0.1:${port} (ECONNREFUSED); retrying in 2 s`,
      );
      expect(retries[1]).toContain('retrying in 4 s');
      expect(bot.output()).not.toContain(TEST_TOKEN);
    } finally {
      await bot.stop('SIGTERM', 5_000);
    }
  }, 30_000);
});
