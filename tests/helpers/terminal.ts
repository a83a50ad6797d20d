/**
 * The terminal chat (what `npm start` opens without a token) driven from a test: the real bot over
 * the given engine, its STATE_DIR a fresh temp folder, input typed line by line.
 */
import { PassThrough } from 'node:stream';
import { createBot } from '../../src/bot/create.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { runTerminalChat, TERMINAL_BOT_INFO, TERMINAL_USER_ID } from '../../src/terminal/chat.ts';
import { tempStateDir } from './bot-harness.ts';

type BotEngine = Parameters<typeof createBot>[1]['engine'];

/**
 * Type `lines` (each ended by a newline) into a terminal chat over `engine`, close the input, and
 * return everything it printed. `admin`: the terminal user is in ADMIN_IDS.
 */
export async function typeIntoTerminal(
  engine: BotEngine,
  lines: readonly string[],
  options: { admin?: boolean } = {},
): Promise<string> {
  const config = loadConfig({
    ADMIN_IDS: options.admin ? String(TERMINAL_USER_ID) : '',
    STATE_DIR: tempStateDir(),
  });
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
  return printed;
}
