/**
 * The real bot (createBot) over a real engine (createEngine on a copy of the seeds, optionally with
 * synthetic articles and the offline test model), with every Bot API call recorded and answered
 * locally, and every log line captured at the level the product runs with. Updates are fed
 * through `bot.handleUpdate`, exactly as polling would.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Bot, Context } from 'grammy';
import type { Update } from 'grammy/types';
import type { LevelWithSilent } from 'pino';
import { CitationStore } from '../../src/bot/citations.ts';
import { createBot } from '../../src/bot/create.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { loadEmbedder } from '../../src/embed/load.ts';
import { buildTestModel } from '../../src/embed/test-model.ts';
import type { Embedder } from '../../src/embed/types.ts';
import { createEngine } from '../../src/engine/create.ts';
import type { Engine } from '../../src/engine/types.ts';
import { createLogger } from '../../src/log.ts';
import { projectRoot, writeSynthCorpus } from './reliability.ts';
import { entitiesFor, sentMessage, testBotInfo } from './telegram-fakes.ts';

/** Shaped like a real token (the config checks the shape); valid nowhere. */
export const RELIABILITY_TOKEN = '987654321:RELIABILITY_test_token_abcdefghijk';
export const ADMIN = 7101;

export const RELIABILITY_BOT_INFO = testBotInfo(4343, 'bantin_rel_bot');

export interface Call {
  method: string;
  // biome-ignore lint/suspicious/noExplicitAny: payloads are whatever grammY sends; tests read fields.
  payload: Record<string, any>;
}

export interface RealBot {
  bot: Bot<Context>;
  engine: Engine;
  config: Config;
  seedsDir: string;
  indexDir: string;
  calls: Call[];
  /** Raw JSON log lines, as written to the destination (after redaction). */
  logs: string[];
  /** sendMessage payloads to `chatId` (all chats when omitted). */
  sent(chatId?: number): Call['payload'][];
  handle(update: Update): Promise<void>;
  close(): Promise<void>;
}

export interface RealBotOptions {
  /** Synthetic articles added beside the seeds (0: seeds only). */
  synthetic?: number;
  /** Use the offline test model (vectors on). Default true. */
  vectors?: boolean;
  /** Log level of the captured logger. Default `info` (the product's default). */
  logLevel?: LevelWithSilent;
  /** Extra environment for loadConfig. */
  env?: Record<string, string>;
  /** Delay every recorded API call by this many ms (to let handlers overlap). Default 0. */
  apiDelayMs?: number;
  /** Result of getFile (default: none, the call fails). */
  getFile?: (payload: Call['payload']) => unknown;
}

/** Build a temp folder with the seeds (+ synthetic articles), the test model, the engine and the bot. */
export async function startRealBot(options: RealBotOptions = {}): Promise<RealBot> {
  const root = mkdtempSync(path.join(tmpdir(), 'rel-bot-'));
  const seedsDir = path.join(root, 'seeds');
  const indexDir = path.join(root, 'index');
  cpSync(path.join(projectRoot, 'seeds'), seedsDir, { recursive: true });
  if (options.synthetic) writeSynthCorpus(path.join(seedsDir, 'synthetic'), options.synthetic, 'rel-bot');
  let embedder: Embedder | null = null;
  if (options.vectors ?? true) {
    const model = buildTestModel({ out: path.join(root, 'model'), corpusDirs: [seedsDir] });
    mkdirSync(path.join(root, 'models'));
    const loaded = await loadEmbedder({ model: model.dir, modelsDir: path.join(root, 'models') });
    if (!loaded.ok) throw new Error(loaded.reason);
    embedder = loaded.embedder;
  }
  const config = loadConfig({
    TELEGRAM_BOT_TOKEN: RELIABILITY_TOKEN,
    ADMIN_IDS: String(ADMIN),
    SEEDS_DIR: seedsDir,
    INDEX_DIR: indexDir,
    STATE_DIR: path.join(root, 'state'),
    LOG_LEVEL: options.logLevel ?? 'info',
    ...options.env,
  });
  const logs: string[] = [];
  const logger = createLogger({
    level: config.LOG_LEVEL,
    secrets: [RELIABILITY_TOKEN],
    destination: { write: (line) => logs.push(line) },
  });
  const quiet = { info: () => {}, warn: () => {} };
  const engine = await createEngine(config, { embedder, logger: quiet });
  const bot = createBot(
    config,
    { engine, logger, citations: new CitationStore() },
    { botInfo: RELIABILITY_BOT_INFO },
  );
  const calls: Call[] = [];
  let messageId = 5000;
  bot.api.config.use(async (_prev, method, payload) => {
    const p = (payload ?? {}) as Call['payload'];
    calls.push({ method, payload: p });
    if (options.apiDelayMs) await new Promise((r) => setTimeout(r, options.apiDelayMs));
    if (method === 'sendMessage') {
      return { ok: true, result: sentMessage(p, ++messageId) } as never;
    }
    if (method === 'getFile') {
      const result = options.getFile?.(p);
      if (result) return { ok: true, result } as never;
      return { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' } as never;
    }
    return { ok: true, result: true } as never;
  });
  return {
    bot,
    engine,
    config,
    seedsDir,
    indexDir,
    calls,
    logs,
    sent: (chatId) =>
      calls
        .filter((c) => c.method === 'sendMessage' && (chatId === undefined || c.payload.chat_id === chatId))
        .map((c) => c.payload),
    handle: (update) => bot.handleUpdate(update),
    async close() {
      await engine.close();
      await embedder?.close?.();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Updates as Telegram sends them

let nextUpdateId = 100_000;
let nextMessageId = 100_000;

type UserMessage = NonNullable<Update['message']>;

export interface MsgOptions {
  from: number;
  chat?: { id: number; type: 'private' | 'group' | 'supergroup' };
  forwarded?: boolean;
  senderChat?: boolean;
}

function message(text: string | undefined, o: MsgOptions): UserMessage {
  const chat = o.chat ?? { id: o.from, type: 'private' as const };
  const entities = text === undefined ? [] : entitiesFor(text);
  return {
    message_id: nextMessageId++,
    date: 1_700_000_000,
    chat:
      chat.type === 'private'
        ? { id: chat.id, type: 'private', first_name: 'Người dùng' }
        : ({ id: chat.id, type: chat.type, title: 'Nhóm' } as UserMessage['chat']),
    from: { id: o.from, is_bot: false, first_name: 'Người dùng' },
    ...(text === undefined ? {} : { text }),
    ...(entities.length > 0 ? { entities } : {}),
    ...(o.forwarded
      ? {
          forward_origin: {
            type: 'user' as const,
            date: 1_699_999_000,
            sender_user: { id: o.from, is_bot: false, first_name: 'A' },
          },
        }
      : {}),
    ...(o.senderChat ? { sender_chat: { id: chat.id, type: 'supergroup', title: 'Nhóm' } } : {}),
  } as UserMessage;
}

export function text(t: string, o: MsgOptions): Update {
  return { update_id: nextUpdateId++, message: message(t, o) };
}

export function edited(t: string, o: MsgOptions): Update {
  return {
    update_id: nextUpdateId++,
    edited_message: { ...message(t, o), edit_date: 1_700_000_100 } as NonNullable<Update['edited_message']>,
  };
}

export function document(
  doc: { file_id: string; file_name?: string; mime_type?: string; file_size?: number },
  caption: string,
  o: MsgOptions,
): Update {
  const base = message(undefined, o);
  return {
    update_id: nextUpdateId++,
    message: {
      ...base,
      document: { file_unique_id: `u${doc.file_id}`, ...doc },
      caption,
      caption_entities: entitiesFor(caption),
    } as UserMessage,
  };
}

export function callback(data: string, o: { from: number; chatId?: number; messageId: number }): Update {
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: `cb${nextUpdateId}`,
      from: { id: o.from, is_bot: false, first_name: 'Người dùng' },
      chat_instance: 'ci',
      data,
      message: {
        message_id: o.messageId,
        date: 1_700_000_000,
        chat: { id: o.chatId ?? o.from, type: 'private', first_name: 'Người dùng' },
        text: '…',
      },
    },
  };
}

/** Tags the bot's HTML may contain; anything else in a message means user or article text leaked unescaped. */
export function strayMarkup(html: string): string[] {
  const stripped = html.replace(/<\/?(b|i|u|s|code|pre|blockquote)>|<a href="[^"<>]*">|<\/a>/g, '');
  return stripped.match(/[<>]/g)
    ? [stripped.slice(Math.max(0, stripped.search(/[<>]/) - 40)).slice(0, 80)]
    : [];
}

/**
 * Press the button labelled `label` on the newest message to `chatId` that carries one, as that
 * chat's user (message ids are numbered from 5001 in the order of sendMessage calls).
 */
export async function pressButton(rb: RealBot, chatId: number, label: string, from = chatId): Promise<void> {
  const sent = rb.calls.filter((c) => c.method === 'sendMessage');
  for (let i = sent.length - 1; i >= 0; i--) {
    const p = sent[i]!.payload;
    if (p.chat_id !== chatId) continue;
    const buttons = (
      (p.reply_markup?.inline_keyboard ?? []) as { text: string; callback_data: string }[][]
    ).flat();
    const button = buttons.find((b) => b.text === label);
    if (button) {
      await rb.handle(callback(button.callback_data, { from, chatId, messageId: 5001 + i }));
      return;
    }
  }
  throw new Error(`no button "${label}" in chat ${chatId}`);
}
