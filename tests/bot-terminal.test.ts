import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBot } from '../src/bot/create.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import { runTerminalChat, TERMINAL_BOT_INFO, TERMINAL_USER_ID } from '../src/terminal/chat.ts';
import { tempStateDir } from './helpers/bot-harness.ts';
import { createFakeEngine } from './helpers/fake-engine.ts';

/** Type `lines` into the terminal chat and return everything it printed. */
async function chat(lines: string[], admin = false) {
  const engine = createFakeEngine();
  const config = loadConfig({ ADMIN_IDS: admin ? String(TERMINAL_USER_ID) : '', STATE_DIR: tempStateDir() });
  const logger = createLogger({ level: 'silent' });
  const bot = createBot(config, { engine, logger }, { token: 'terminal', botInfo: TERMINAL_BOT_INFO });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const done = runTerminalChat(bot, { input, output });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return { printed, engine };
}

describe('terminal chat', () => {
  it('answers questions and commands through the same handlers, with pressable source buttons', async () => {
    const { printed, engine } = await chat(['/help', 'Ai chủ trì hội nghị?', '#1', '#5', '/latest 1']);
    expect(printed).toContain('Bot › Cách hỏi');
    expect(printed).toContain('/search <từ khóa>'); // HTML entities decoded for the terminal
    expect(printed).toContain('chủ trì [1].');
    expect(printed).toContain('[#1 Nguồn 1] [#2 Toàn bài] [#3 👍] [#4 👎]');
    expect(printed).toContain('  │ Đoạn trích dẫn số 1 nói về kết quả thực hiện nhiệm vụ.');
    expect(printed).toContain('Chỉ có nút #1 đến #4.');
    expect(printed).toContain('1 bản tin mới nhất');
    expect(printed).not.toMatch(/<\/?b>/);
    expect(engine.calls.map((c) => c.method)).toEqual(['ask', 'document', 'latest']);
  });

  it('keeps the placeholders of plain-text usage lines and shows link addresses', async () => {
    const { printed } = await chat(['/search', 'Ai chủ trì?', '#2']);
    expect(printed).toContain('Cách dùng: /search <từ khóa> [địa danh].');
    expect(printed).not.toContain('Cách dùng: /search .');
  });

  it('stops at /exit and lets the local admin reindex', async () => {
    const { printed, engine } = await chat(['/reindex', '/exit', 'không được đọc'], true);
    expect(printed).toContain('Đã cập nhật chỉ mục');
    expect(engine.calls.map((c) => c.method)).toEqual(['reindex']);
  });
});
