/**
 * Test helpers for the bot.
 *
 * Unit level (no network): `createHarness` builds the real bot over a fake engine with a recording
 * API transformer; the update builders make the updates Telegram would send.
 *
 * End-to-end level (127.0.0.1 only): `startEmulator` runs telegram-test-api's TelegramServer on a
 * free port, `EmulatorChat` plays a user with bounded waits, `spawnBot` runs `npm start`'s entry
 * point as a real process against it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import {
  createServer as createHttpServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Bot, Context } from 'grammy';
import type { Update } from 'grammy/types';
import { type StoredBotUpdate, TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { CitationStore } from '../../src/bot/citations.ts';
import { createBot } from '../../src/bot/create.ts';
import { loadConfig } from '../../src/config.ts';
import { buildTestModel } from '../../src/embed/test-model.ts';
import { createLogger, type Logger } from '../../src/log.ts';
import { createFakeEngine, type FakeEngine } from './fake-engine.ts';
import { cleanEnv, projectRoot } from './reliability.ts';
import { entitiesFor, parseParams, readBody, sentMessage, testBotInfo } from './telegram-fakes.ts';

export { projectRoot };

/** Shaped like a real token (config validates the shape); never valid anywhere. */
export const TEST_TOKEN = '123456789:TEST_token_for_tests_only_abcdefghij';
export const ADMIN_ID = 7001;
export const USER_ID = 5001;
export const GROUP_ID = -1001234;

export const BOT_INFO = testBotInfo(4242, 'bantin_test_bot');
/** The bot id telegram-test-api's getMe reports. */
export const EMULATOR_BOT_ID = 666;
/** The username telegram-test-api's getMe reports. */
export const EMULATOR_BOT_USERNAME = 'TestNameBot';

// ---------------------------------------------------------------------------------------------
// Unit level

let stateRoot: string | undefined;

/**
 * A fresh STATE_DIR for one bot under a temp folder this test process removes when it exits, so no
 * test writes into the project's `state/` or sees another test's conversations.
 */
export function tempStateDir(): string {
  if (!stateRoot) {
    const root = mkdtempSync(path.join(tmpdir(), 'bot-state-'));
    stateRoot = root;
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  }
  return mkdtempSync(path.join(stateRoot, 's-'));
}

export interface RecordedCall {
  method: string;
  // biome-ignore lint/suspicious/noExplicitAny: payloads are whatever grammY sends; tests read fields.
  payload: Record<string, any>;
}

/** A failure the fake API returns instead of calling through: `{ ok: false, error_code, description }`. */
export type ApiFailure = { error_code: number; description: string };

export interface HarnessOptions {
  /** Extra environment for `loadConfig` (ADMIN_IDS defaults to ADMIN_ID). */
  env?: Record<string, string>;
  /** Make some calls fail: return a failure for them, undefined to succeed. */
  fail?: (method: string, payload: RecordedCall['payload']) => ApiFailure | undefined;
  /** Result of getFile (default: a small .txt file path). */
  getFile?: (payload: RecordedCall['payload']) => unknown;
  now?: () => Date;
  /** Citation store capacity (default 500). */
  citationCapacity?: number;
  /** The engine (default: `createFakeEngine()`). */
  engine?: FakeEngine;
}

export interface Harness {
  bot: Bot<Context>;
  engine: FakeEngine;
  calls: RecordedCall[];
  /** JSON log lines written by the bot. */
  logs: string[];
  /** The logger the bot writes `logs` with (level debug). */
  logger: Logger;
  /** Payloads of sendMessage calls so far. */
  sent(): RecordedCall['payload'][];
  /** Texts of sendMessage calls so far. */
  texts(): string[];
  /** Payloads of answerCallbackQuery calls so far. */
  callbackAnswers(): RecordedCall['payload'][];
  /** Handle one update as Telegram would deliver it; resolves when all handlers are done. */
  handle(update: Update): Promise<void>;
  /** Forget recorded calls (keeps message ids increasing). */
  clear(): void;
}

/** The real bot (createBot) over a fake engine, with every Bot API call recorded and answered locally. */
export function createHarness(options: HarnessOptions = {}): Harness {
  const config = loadConfig({
    TELEGRAM_BOT_TOKEN: TEST_TOKEN,
    ADMIN_IDS: String(ADMIN_ID),
    STATE_DIR: tempStateDir(),
    ...options.env,
  });
  const engine = options.engine ?? createFakeEngine();
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (line) => logs.push(line) } });
  const bot = createBot(
    config,
    { engine, logger, now: options.now, citations: new CitationStore(options.citationCapacity) },
    { botInfo: BOT_INFO },
  );
  const calls: RecordedCall[] = [];
  let messageId = 900;
  bot.api.config.use(async (_prev, method, payload) => {
    const p = (payload ?? {}) as RecordedCall['payload'];
    calls.push({ method, payload: p });
    const failure = options.fail?.(method, p);
    if (failure) return { ok: false, ...failure } as never;
    if (method === 'sendMessage') {
      return { ok: true, result: sentMessage(p, ++messageId) } as never;
    }
    if (method === 'getFile') {
      const result = options.getFile?.(p) ?? {
        file_id: p.file_id,
        file_unique_id: 'u',
        file_path: 'documents/file_1.txt',
      };
      return { ok: true, result } as never;
    }
    return { ok: true, result: true } as never;
  });
  const byMethod = (m: string) => calls.filter((c) => c.method === m).map((c) => c.payload);
  return {
    bot,
    engine,
    calls,
    logs,
    logger,
    sent: () => byMethod('sendMessage'),
    texts: () => byMethod('sendMessage').map((p) => p.text as string),
    callbackAnswers: () => byMethod('answerCallbackQuery'),
    handle: (update) => bot.handleUpdate(update),
    clear: () => {
      calls.length = 0;
    },
  };
}

type UserMessage = NonNullable<Update['message']>;

let nextUpdateId = 1;
let nextMessageId = 1;

export interface MessageOptions {
  from?: number;
  /** Default: the sender's private chat. */
  chatId?: number;
  chatType?: 'private' | 'group' | 'supergroup';
  forwarded?: boolean;
  /** The sender's Telegram language (`language_code`), e.g. `en`; default none. */
  language?: string;
  /** Reply to this message (e.g. one the bot sent). */
  replyTo?: { message_id: number; from: { id: number; is_bot: boolean; first_name: string } };
}

/** A `message` update with text. A leading `/command` and `@mentions` get their entities, as Telegram adds them. */
export function textMessage(text: string, options: MessageOptions = {}): Update {
  return { update_id: nextUpdateId++, message: buildMessage(text, options) };
}

/** An `edited_message` update. */
export function editedMessage(text: string, options: MessageOptions = {}): Update {
  const edited = { ...buildMessage(text, options), edit_date: 1_700_000_100 };
  return { update_id: nextUpdateId++, edited_message: edited as NonNullable<Update['edited_message']> };
}

/** A document with an optional caption. */
export function documentMessage(
  document: { file_id: string; file_name?: string; mime_type?: string; file_size?: number },
  caption: string | undefined,
  options: MessageOptions = {},
): Update {
  const base = buildMessage('', options);
  const { text: _text, entities: _entities, ...rest } = base;
  return {
    update_id: nextUpdateId++,
    message: {
      ...rest,
      document: { file_unique_id: `u${document.file_id}`, ...document },
      ...(caption === undefined ? {} : { caption, caption_entities: entitiesFor(caption) }),
    } as UserMessage,
  };
}

/** A button press on message `messageId` in `chatId`. */
export function callbackQuery(
  data: string,
  options: { from?: number; chatId?: number; messageId: number },
): Update {
  const from = options.from ?? USER_ID;
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: `cb${nextUpdateId}`,
      from: { id: from, is_bot: false, first_name: 'Người dùng' },
      chat_instance: 'ci',
      data,
      message: {
        message_id: options.messageId,
        date: 1_700_000_000,
        chat: { id: options.chatId ?? from, type: 'private', first_name: 'Người dùng' },
        text: '…',
      },
    },
  };
}

function buildMessage(text: string, options: MessageOptions): UserMessage & { text: string } {
  const from = options.from ?? USER_ID;
  const chatType = options.chatType ?? 'private';
  const chat =
    chatType === 'private'
      ? { id: options.chatId ?? from, type: 'private' as const, first_name: 'Người dùng' }
      : { id: options.chatId ?? GROUP_ID, type: chatType, title: 'Nhóm thử' };
  const entities = entitiesFor(text);
  return {
    message_id: nextMessageId++,
    date: 1_700_000_000,
    chat: chat as UserMessage['chat'],
    from: {
      id: from,
      is_bot: false,
      first_name: 'Người dùng',
      ...(options.language ? { language_code: options.language } : {}),
    },
    text,
    ...(entities.length > 0 ? { entities } : {}),
    ...(options.forwarded
      ? {
          forward_origin: {
            type: 'user',
            date: 1_699_999_000,
            sender_user: { id: from, is_bot: false, first_name: 'A' },
          },
        }
      : {}),
    ...(options.replyTo
      ? { reply_to_message: { ...options.replyTo, date: 1_700_000_000, chat, text: '…' } }
      : {}),
  } as UserMessage & { text: string };
}

// ---------------------------------------------------------------------------------------------
// End-to-end level

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface Emulator {
  server: TelegramServer;
  /** Pass as TELEGRAM_API_ROOT. */
  apiRoot: string;
  stop(): Promise<void>;
}

/**
 * telegram-test-api's TelegramServer on 127.0.0.1. It implements getMe (bot @TestNameBot, id 666),
 * getUpdates (returns at once, ignores offset), sendMessage, answerCallbackQuery, editMessage*,
 * deleteMessage and setWebhook/deleteWebhook. Anything else (sendChatAction, setMyCommands,
 * getFile) fails with HTTP 500, which the bot must survive.
 */
export async function startEmulator(): Promise<Emulator> {
  const port = await freePort();
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
  await server.start();
  return {
    server,
    apiRoot: server.config.apiURL,
    stop: async () => {
      await server.stop();
    },
  };
}

/** A file the bot may fetch through {@link FileApi}: what goes into a message's `document`. */
export interface ServedDocument {
  file_id: string;
  file_name: string;
  mime_type?: string;
  file_size: number;
}

/** telegram-test-api plus the file half of the Bot API; see {@link startFileApi}. */
export interface FileApi {
  /** Pass as TELEGRAM_API_ROOT: every other method reaches the emulator through it. */
  apiRoot: string;
  /** Make `bytes` downloadable; put the result into a document message. */
  addFile(fileName: string, bytes: Buffer, mimeType?: string): ServedDocument;
  /** Requests answered here rather than forwarded, in order: `getFile <file_id>`, `file <path>`. */
  served: string[];
  stop(): Promise<void>;
}

/**
 * The emulator has no `getFile` and serves no files. This proxy on 127.0.0.1 adds both, as the
 * Bot API does them (`/bot<token>/getFile` → `file_path`, bytes at `/file/bot<token>/<file_path>`),
 * and forwards every other request to the emulator unchanged, so one bot process can be driven
 * through the emulator and still run its real download path. Wrong tokens get 401, unknown files 400/404.
 */
export async function startFileApi(emulator: Emulator, token: string): Promise<FileApi> {
  const upstream = new URL(emulator.apiRoot);
  const files = new Map<string, { path: string; bytes: Buffer; size: number }>();
  const served: string[] = [];
  let next = 1;
  const json = (res: ServerResponse, status: number, body: object) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  const answerGetFile = async (
    urlToken: string | undefined,
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
  ) => {
    const body = await readBody(req);
    if (urlToken !== token) {
      json(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
      return;
    }
    const fileId = String(parseParams(body, req.headers['content-type'], url).file_id ?? '');
    served.push(`getFile ${fileId}`);
    const file = files.get(fileId);
    if (!file) {
      json(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
      return;
    }
    json(res, 200, {
      ok: true,
      result: { file_id: fileId, file_unique_id: `u${fileId}`, file_size: file.size, file_path: file.path },
    });
  };
  const server = createHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const getFile = /^\/bot([^/]+)\/getFile$/i.exec(url.pathname);
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (getFile) {
      answerGetFile(getFile[1], req, res, url).catch((err: unknown) =>
        json(res, 500, { ok: false, error_code: 500, description: String(err) }),
      );
      return;
    }
    if (download) {
      const filePath = decodeURIComponent(download[2] ?? '');
      const file = [...files.values()].find((f) => f.path === filePath);
      served.push(`file ${filePath}`);
      if (download[1] !== token || !file) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.bytes.length });
      res.end(file.bytes);
      return;
    }
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    forward.on('error', (err) => {
      if (!res.headersSent) json(res, 502, { ok: false, error_code: 502, description: err.message });
      else res.destroy();
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('file api: no address');
  return {
    apiRoot: `http://127.0.0.1:${address.port}`,
    served,
    addFile(fileName, bytes, mimeType) {
      const id = `file${next++}`;
      files.set(id, { path: `documents/${id}_${fileName}`, bytes, size: bytes.length });
      return {
        file_id: id,
        file_name: fileName,
        ...(mimeType ? { mime_type: mimeType } : {}),
        file_size: bytes.length,
      };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** How long a chat waits for the bot's replies unless told otherwise. */
export const DEFAULT_REPLY_TIMEOUT_MS = 15_000;
/** How often bounded waits look again. */
const POLL_EVERY_MS = 50;

/**
 * Wait until `check()` holds, looking every 50 ms; after `timeoutMs` fail with an error that
 * names `what` was awaited.
 */
export async function waitUntil(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, POLL_EVERY_MS));
  }
}

/** What the emulator stored for one bot message. */
export interface BotMessage {
  messageId: number;
  text: string;
  parseMode?: string;
  /** Inline buttons, flattened: label and callback data. */
  buttons: { text: string; data: string }[];
}

/**
 * One user in one chat of the emulator. Messages go through the emulator's client API; the bot's
 * replies are read from its storage, with bounded waits.
 */
export class EmulatorChat {
  private seen = new Set<number>();
  readonly userId: number;
  readonly chatId: number;

  constructor(
    private readonly emulator: Emulator,
    private readonly token: string,
    options: { userId?: number; chatId?: number; type?: 'private' | 'group' | 'supergroup' } = {},
  ) {
    this.userId = options.userId ?? USER_ID;
    this.chatId = options.chatId ?? this.userId;
    this.client = emulator.server.getClient(token, {
      userId: this.userId,
      chatId: this.chatId,
      type: options.type ?? 'private',
      timeout: 5000,
    });
  }

  private readonly client: ReturnType<TelegramServer['getClient']>;

  /**
   * Send text with the entities Telegram would add (a leading `/command`, `@mentions`); the
   * emulator's own client adds none for mentions.
   */
  async say(text: string): Promise<void> {
    const entities = entitiesFor(text);
    const message = this.client.makeMessage(text, entities.length > 0 ? { entities } : {});
    if (entities.some((e) => e.type === 'bot_command'))
      await this.client.sendCommand({ ...message, entities });
    else await this.client.sendMessage(message);
  }

  /**
   * Send a document (as a message without text), with an optional caption and the caption's
   * command entity as Telegram adds it. The emulator has no files: serve the bytes with
   * {@link startFileApi} and pass what its `addFile` returned.
   */
  async sendDocument(
    document: { file_id: string; file_name?: string; mime_type?: string; file_size?: number },
    caption?: string,
  ): Promise<void> {
    const { text: _text, ...base } = this.client.makeMessage('');
    const entities = caption === undefined ? [] : entitiesFor(caption);
    await this.client.sendMessage({
      ...base,
      document: { file_unique_id: `u${document.file_id}`, ...document },
      ...(caption === undefined ? {} : { caption }),
      ...(entities.length > 0 ? { caption_entities: entities } : {}),
    } as never);
  }

  /** Send `text` as a reply to message `messageId` (a bot message: `from` is the emulator's bot). */
  async reply(text: string, messageId: number): Promise<void> {
    const entities = entitiesFor(text);
    await this.client.sendMessage(
      this.client.makeMessage(text, {
        ...(entities.length > 0 ? { entities } : {}),
        reply_to_message: {
          message_id: messageId,
          from: { id: EMULATOR_BOT_ID, is_bot: true, first_name: 'Bot' },
        },
      } as never),
    );
  }

  /** Press an inline button of bot message `messageId`. */
  async press(data: string, messageId: number): Promise<void> {
    await this.client.sendCallback(
      this.client.makeCallbackQuery(data, { message: { message_id: messageId } }),
    );
  }

  /**
   * Send `text` and return its one reply. Fails when none arrives within `timeoutMs`, or when
   * several do (an answer split in two, or a duplicate, is a failure of the case that asked).
   */
  async ask(text: string, timeoutMs = DEFAULT_REPLY_TIMEOUT_MS): Promise<BotMessage> {
    await this.say(text);
    const replies = await this.replies(1, timeoutMs);
    if (replies.length !== 1) {
      throw new Error(
        `emulator: expected exactly 1 reply to ${JSON.stringify(text.slice(0, 80))} in chat ${this.chatId}, got ${replies.length}: ${JSON.stringify(replies.map((m) => m.text.slice(0, 80)))}`,
      );
    }
    return replies[0]!;
  }

  /** Bot messages to this chat not returned before, waiting until there are `count` of them. */
  async replies(count = 1, timeoutMs = DEFAULT_REPLY_TIMEOUT_MS): Promise<BotMessage[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const fresh = this.unseen();
      if (fresh.length >= count) {
        for (const m of fresh) this.seen.add(m.messageId);
        return fresh;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `emulator: expected ${count} bot message(s) in chat ${this.chatId} within ${timeoutMs} ms, got ${fresh.length}: ${JSON.stringify(fresh.map((m) => m.text.slice(0, 80)))}`,
        );
      }
      await new Promise((r) => setTimeout(r, POLL_EVERY_MS));
    }
  }

  /** Wait until no new bot message arrives for `quietMs`, then return what arrived. */
  async settle(quietMs = 500, timeoutMs = 15_000): Promise<BotMessage[]> {
    const deadline = Date.now() + timeoutMs;
    let last = this.unseen().length;
    let since = Date.now();
    while (Date.now() - since < quietMs) {
      if (Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, POLL_EVERY_MS));
      const n = this.unseen().length;
      if (n !== last) {
        last = n;
        since = Date.now();
      }
    }
    const fresh = this.unseen();
    for (const m of fresh) this.seen.add(m.messageId);
    return fresh;
  }

  private unseen(): BotMessage[] {
    return this.emulator.server.storage.botMessages
      .filter(
        (u: StoredBotUpdate) =>
          u.botToken === this.token && String(u.message.chat_id) === String(this.chatId),
      )
      .filter((u: StoredBotUpdate) => !this.seen.has(u.messageId))
      .map((u: StoredBotUpdate) => {
        const markup = u.message.reply_markup as
          | { inline_keyboard?: { text: string; callback_data?: string }[][] }
          | undefined;
        return {
          messageId: u.messageId,
          text: u.message.text,
          parseMode: u.message.parse_mode,
          buttons: (markup?.inline_keyboard ?? [])
            .flat()
            .map((b) => ({ text: b.text, data: b.callback_data ?? '' })),
        };
      });
  }
}

export interface BotProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** The JSON log lines at level error or fatal so far (pino levels 50, 60). */
  errorLines(): string[];
  /** Wait until the output matches, or fail with the output so far. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code (or the signal name) when the process ends. */
  exited: Promise<number | string>;
  /** Send a signal and wait (bounded) for the exit; kills with SIGKILL after the timeout. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | string>;
}

/** A pino JSON line at level error (50) or fatal (60). */
const ERROR_LEVEL = /"level":(50|60)/;

/**
 * Run `src/main.ts` (what `npm start` runs) as a child process with `env` on top of
 * {@link cleanEnv}: no inherited TELEGRAM_*, ADMIN_IDS, folders or limits, empty values so a
 * developer's .env cannot leak in (dotenv never overrides variables that are set, even to ''), and
 * HF_HUB_OFFLINE=1.
 */
export function spawnBot(
  env: Record<string, string>,
  options: { stdin?: 'ignore' | 'pipe'; script?: string } = {},
): BotProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, options.script ?? 'src/main.ts')],
    { cwd: projectRoot, env: cleanEnv(env), stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    out += chunk.toString('utf8');
    for (const l of listeners) l();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  return {
    child,
    output: () => out,
    errorLines: () => out.split('\n').filter((line) => ERROR_LEVEL.test(line)),
    exited,
    waitForOutput(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(out)) {
            cleanup();
            resolve();
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(`bot process: no output matching ${pattern} within ${timeoutMs} ms. Output:\n${out}`),
          );
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        void exited.then((code) => {
          if (listeners.has(check)) {
            cleanup();
            if (pattern.test(out)) resolve();
            else
              reject(
                new Error(`bot process exited (${code}) before output matched ${pattern}. Output:\n${out}`),
              );
          }
        });
        listeners.add(check);
        check();
      });
    },
    async stop(signal = 'SIGTERM', timeoutMs = 30_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// End-to-end stack: emulator + temp folders + the bot process, as every e2e file needs them

/**
 * The embedding model a stack's bot gets: a test fixture built from its seeds with a BERT
 * WordPiece (`wordpiece`) or multilingual-e5-small's XLM-R Unigram tokenizer (`unigram`), or
 * `none`: the product's default hub model, unreachable offline, so the bot runs keyword-only as in
 * production without a model.
 */
export type StackModel = 'wordpiece' | 'unigram' | 'none';

/** How long a bot process may take to log `bot: started` (tsx, model, index build from the seeds). */
export const BOT_START_TIMEOUT_MS = 60_000;
/** How long `close()` waits for a SIGKILLed bot to exit. */
const KILL_WAIT_MS = 5_000;
const STARTED = /"msg":"bot: started"/;

export interface BotStackOptions {
  /** Prefix of the temp folder, so a folder left behind names its test. */
  name: string;
  /**
   * What SEEDS_DIR holds: `all` (default) a copy of the project's seeds, a list of seed ids
   * (`<id>.txt`) to copy, or a function that writes the folder (it exists, empty, when called).
   */
  seeds?: 'all' | readonly string[] | ((seedsDir: string) => void);
  /** Default `none` (keyword-only). */
  model?: StackModel;
  /** Put {@link startFileApi} in front of the emulator so the bot can getFile and download. Default off. */
  files?: boolean;
  /** The bot's script instead of `src/main.ts` (see {@link spawnBot}). */
  script?: string;
  /** Wait this long for `bot: started` on every start. Default {@link BOT_START_TIMEOUT_MS}. */
  startTimeoutMs?: number;
  /** First user id {@link BotStack.chat} hands out. Default 8001. */
  firstUserId?: number;
}

export interface BotStack {
  /** The temp folder holding seeds, index, state, model and models; removed by `close()`. */
  root: string;
  seedsDir: string;
  indexDir: string;
  stateDir: string;
  emulator: Emulator;
  /** Present with `files: true`. */
  files: FileApi | undefined;
  /** The process of the latest `start()`; throws before the first. */
  readonly bot: BotProcess;
  /** Milliseconds: building the test model (0 without one), and the latest start until `bot: started`. */
  timings: { modelMs: number; startMs: number };
  /**
   * The bot's environment: token, API root, ADMIN_IDS=ADMIN_ID, the stack's folders and model,
   * HF_HUB_OFFLINE=1, LOG_LEVEL=info, then `extra`.
   */
  env(extra?: Record<string, string>): Record<string, string>;
  /** Spawn the bot with `env(extra)` and wait (bounded) until it logs `bot: started`. */
  start(extra?: Record<string, string>): Promise<BotProcess>;
  /**
   * A chat of `userId` (by default a user no earlier `chat()` call got): private, or in `group`
   * when given.
   */
  chat(userId?: number, group?: { chatId: number; type: 'group' | 'supergroup' }): EmulatorChat;
  /** Kill the bot, stop the servers, remove the folder. Safe after a failed setup. */
  close(): Promise<void>;
}

/** The raw text of the project's seed `<id>.txt`. */
export function readSeed(id: string): string {
  return readFileSync(path.join(projectRoot, 'seeds', `${id}.txt`), 'utf8');
}

/**
 * Copy the project's seeds into `dest` (created): all of them, or the files `<id>.txt` of `ids`.
 */
export function copySeeds(dest: string, ids?: readonly string[]): void {
  const from = path.join(projectRoot, 'seeds');
  if (!ids) return void cpSync(from, dest, { recursive: true });
  mkdirSync(dest, { recursive: true });
  for (const id of ids) cpSync(path.join(from, `${id}.txt`), path.join(dest, `${id}.txt`));
}

/**
 * The temp folders (seeds as asked, the test model when asked), telegram-test-api on 127.0.0.1
 * and, with `files`, the file proxy; the bot itself starts with `start()`, so a test can first
 * start servers whose addresses go into its environment.
 */
export async function createBotStack(options: BotStackOptions): Promise<BotStack> {
  const root = mkdtempSync(path.join(tmpdir(), `${options.name}-`));
  try {
    return await stackIn(root, options);
  } catch (err) {
    rmSync(root, { recursive: true, force: true });
    throw err;
  }
}

async function stackIn(root: string, options: BotStackOptions): Promise<BotStack> {
  const seedsDir = path.join(root, 'seeds');
  const indexDir = path.join(root, 'index');
  const stateDir = path.join(root, 'state');
  const seeds = options.seeds ?? 'all';
  if (typeof seeds === 'function') {
    mkdirSync(seedsDir);
    seeds(seedsDir);
  } else copySeeds(seedsDir, seeds === 'all' ? undefined : seeds);
  const model = options.model ?? 'none';
  const modelStart = performance.now();
  const modelDir =
    model === 'none'
      ? undefined
      : buildTestModel({ out: path.join(root, 'model'), corpusDirs: [seedsDir], tokenizer: model }).dir;
  const timings = { modelMs: modelDir ? performance.now() - modelStart : 0, startMs: 0 };
  const emulator = await startEmulator();
  const files = options.files ? await startFileApi(emulator, TEST_TOKEN) : undefined;
  let current: BotProcess | undefined;
  let nextUserId = options.firstUserId ?? 8001;
  const env = (extra: Record<string, string> = {}): Record<string, string> => ({
    TELEGRAM_BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: files?.apiRoot ?? emulator.apiRoot,
    ADMIN_IDS: String(ADMIN_ID),
    SEEDS_DIR: seedsDir,
    INDEX_DIR: indexDir,
    STATE_DIR: stateDir,
    ...(modelDir ? { EMBEDDING_MODEL: modelDir } : {}),
    MODELS_DIR: path.join(root, 'models'),
    HF_HUB_OFFLINE: '1',
    LOG_LEVEL: 'info',
    ...extra,
  });
  return {
    root,
    seedsDir,
    indexDir,
    stateDir,
    emulator,
    files,
    get bot(): BotProcess {
      if (!current) throw new Error(`bot stack ${root}: no bot yet; call start() first`);
      return current;
    },
    timings,
    env,
    async start(extra) {
      const t = performance.now();
      current = spawnBot(env(extra), options.script ? { script: options.script } : {});
      await current.waitForOutput(STARTED, options.startTimeoutMs ?? BOT_START_TIMEOUT_MS);
      timings.startMs = performance.now() - t;
      return current;
    },
    chat: (userId, group) =>
      new EmulatorChat(emulator, TEST_TOKEN, { userId: userId ?? nextUserId++, ...group }),
    async close() {
      await current?.stop('SIGKILL', KILL_WAIT_MS);
      await files?.stop();
      await emulator.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
