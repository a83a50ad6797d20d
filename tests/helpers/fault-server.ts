/**
 * A small Bot API server on 127.0.0.1 that can misbehave on purpose: 429 with retry_after, 5xx,
 * connections dropped before or after the call took effect, and requests left hanging. It keeps
 * Telegram's getUpdates contract — updates stay queued until a later call's `offset` confirms them,
 * a long poll is held until an update arrives or its timeout ends, and a newer getUpdates ends an
 * older one with 409 — so a client that retries correctly loses nothing and answers nothing twice.
 *
 * Methods: getMe, getUpdates, sendMessage, answerCallbackQuery, deleteWebhook, setWebhook,
 * setMyCommands, sendChatAction (accepted, recorded); anything else answers 404.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Update } from 'grammy/types';
import { parseParams, readBody, testBotInfo } from './telegram-fakes.ts';

/** What the server does to one call instead of (or after) answering it normally. */
export type Fault =
  /** 429 Too Many Requests with `parameters.retry_after`; the call has no effect. */
  | { kind: '429'; retryAfter: number }
  /** 500 Internal Server Error (or another 5xx); the call has no effect. */
  | { kind: '5xx'; status?: number }
  /** Destroy the connection. `afterEffect`: the call took effect first (updates delivered, message sent). */
  | { kind: 'drop'; afterEffect: boolean }
  /** Never answer; the connection is destroyed after `ms` (the call has no effect). */
  | { kind: 'hang'; ms: number };

export interface RequestRecord {
  method: string;
  at: number;
  /** getUpdates: the offset asked for; sendMessage: the chat. */
  offset?: number;
  chatId?: number;
  /** ok, 429, 500, drop, drop-after, hang, 409, 401, 404. */
  outcome: string;
  /** getUpdates: ids in the answer (also for drop-after, where the client never sees them). */
  delivered?: number[];
}

export interface SentMessage {
  chatId: number;
  text: string;
  messageId: number;
  at: number;
  // biome-ignore lint/suspicious/noExplicitAny: whatever grammY sent.
  payload: Record<string, any>;
}

export interface FaultServer {
  apiRoot: string;
  requests: RequestRecord[];
  sent: SentMessage[];
  callbackAnswers: { id: string; text?: string }[];
  /** Faults for the next calls of `method` that reach their answer, in order (getUpdates: answers with updates or empty). */
  inject(method: string, ...faults: Fault[]): void;
  /** Faults still queued for `method`. */
  queued(method: string): number;
  /** Queue a private text message from `userId`; returns its update_id. */
  pushText(text: string, userId: number): number;
  /** Updates not yet confirmed by an offset. */
  unconfirmed(): number[];
  /** Highest offset a getUpdates call has confirmed. */
  confirmedOffset(): number;
  /** Wait (bounded) until `check` holds, polling every 20 ms. */
  waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void>;
  stop(): Promise<void>;
}

export const FAULT_BOT_INFO = testBotInfo(4545, 'bantin_fault_bot');

interface HeldPoll {
  res: ServerResponse;
  offset: number;
  limit: number;
  timer: NodeJS.Timeout;
  record: RequestRecord;
}

const ACCEPTED = new Set([
  'deleteWebhook',
  'setWebhook',
  'setMyCommands',
  'sendChatAction',
  'deleteMyCommands',
]);

/** Start the server for `token` on a free port of 127.0.0.1. */
export async function startFaultServer(token: string): Promise<FaultServer> {
  const queue: Update[] = [];
  let nextUpdateId = 1;
  let confirmed = 0;
  let nextMessageId = 1;
  const faults = new Map<string, Fault[]>();
  const requests: RequestRecord[] = [];
  const sent: SentMessage[] = [];
  const callbackAnswers: { id: string; text?: string }[] = [];
  const sockets = new Set<Socket>();
  const hangTimers = new Set<NodeJS.Timeout>();
  let held: HeldPoll | null = null;
  let wakeScheduled = false;

  const json = (res: ServerResponse, status: number, body: object) => {
    if (!res.headersSent && !res.destroyed)
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const nextFault = (method: string): Fault | undefined => faults.get(method)?.shift();

  /** Apply a fault (or none) to a response; true when the caller must not answer normally. */
  const applyFault = (
    fault: Fault | undefined,
    res: ServerResponse,
    record: RequestRecord,
    effect: () => void,
  ): boolean => {
    if (!fault) return false;
    switch (fault.kind) {
      case '429':
        record.outcome = '429';
        json(res, 429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${fault.retryAfter}`,
          parameters: { retry_after: fault.retryAfter },
        });
        return true;
      case '5xx': {
        const status = fault.status ?? 500;
        record.outcome = String(status);
        json(res, status, { ok: false, error_code: status, description: 'Internal Server Error' });
        return true;
      }
      case 'drop':
        record.outcome = fault.afterEffect ? 'drop-after' : 'drop';
        if (fault.afterEffect) effect();
        res.socket?.destroy();
        return true;
      case 'hang': {
        record.outcome = 'hang';
        const timer = setTimeout(() => {
          hangTimers.delete(timer);
          res.socket?.destroy();
        }, fault.ms);
        hangTimers.add(timer);
        return true;
      }
    }
  };

  const pendingFrom = (offset: number, limit: number) =>
    queue.filter((u) => u.update_id >= offset).slice(0, limit);

  /** Answer a getUpdates call now (with whatever is pending, possibly nothing). */
  const answerPoll = (res: ServerResponse, offset: number, limit: number, record: RequestRecord) => {
    const batch = pendingFrom(offset, limit);
    const fault = nextFault('getUpdates');
    const deliver = () => {
      record.delivered = batch.map((u) => u.update_id);
    };
    if (applyFault(fault, res, record, deliver)) return;
    deliver();
    record.outcome = 'ok';
    json(res, 200, { ok: true, result: batch });
  };

  const wake = () => {
    if (wakeScheduled) return;
    wakeScheduled = true;
    // Updates pushed in the same tick go out in one batch, as Telegram batches them.
    setImmediate(() => {
      wakeScheduled = false;
      if (!held) return;
      const h = held;
      if (pendingFrom(h.offset, h.limit).length === 0) return;
      held = null;
      clearTimeout(h.timer);
      answerPoll(h.res, h.offset, h.limit, h.record);
    });
  };

  const handle = (method: string, params: Record<string, unknown>, res: ServerResponse) => {
    const record: RequestRecord = { method, at: Date.now(), outcome: 'ok' };
    requests.push(record);
    switch (method) {
      case 'getMe':
        json(res, 200, { ok: true, result: FAULT_BOT_INFO });
        return;
      case 'getUpdates': {
        const offset = Number(params.offset ?? 0);
        const limit = Math.min(100, Math.max(1, Number(params.limit ?? 100)));
        const timeout = Math.min(50, Math.max(0, Number(params.timeout ?? 0)));
        record.offset = offset;
        // An offset confirms every update before it, for good.
        if (offset > confirmed) {
          confirmed = offset;
          for (let i = queue.length - 1; i >= 0; i--) if (queue[i]!.update_id < offset) queue.splice(i, 1);
        }
        if (held) {
          // As Telegram does: the newer request wins, the older one ends with a conflict.
          const old = held;
          held = null;
          clearTimeout(old.timer);
          old.record.outcome = '409';
          json(old.res, 409, {
            ok: false,
            error_code: 409,
            description: 'Conflict: terminated by other getUpdates request',
          });
        }
        if (pendingFrom(offset, limit).length > 0 || timeout === 0) {
          answerPoll(res, offset, limit, record);
          return;
        }
        const timer = setTimeout(() => {
          if (held?.res !== res) return;
          held = null;
          answerPoll(res, offset, limit, record);
        }, timeout * 1000);
        held = { res, offset, limit, timer, record };
        res.on('close', () => {
          if (held?.res === res) {
            clearTimeout(held.timer);
            held = null;
          }
        });
        return;
      }
      case 'sendMessage': {
        const chatId = Number(params.chat_id);
        record.chatId = chatId;
        const messageId = nextMessageId;
        const effect = () => {
          nextMessageId++;
          sent.push({ chatId, text: String(params.text ?? ''), messageId, at: Date.now(), payload: params });
        };
        if (applyFault(nextFault('sendMessage'), res, record, effect)) return;
        effect();
        json(res, 200, {
          ok: true,
          result: {
            message_id: messageId,
            date: Math.floor(Date.now() / 1000),
            chat: { id: chatId, type: chatId < 0 ? 'supergroup' : 'private', first_name: 'U' },
            from: { id: FAULT_BOT_INFO.id, is_bot: true, first_name: FAULT_BOT_INFO.first_name },
            text: String(params.text ?? ''),
          },
        });
        return;
      }
      case 'answerCallbackQuery': {
        const effect = () =>
          callbackAnswers.push({ id: String(params.callback_query_id), text: params.text as string });
        if (applyFault(nextFault(method), res, record, effect)) return;
        effect();
        json(res, 200, { ok: true, result: true });
        return;
      }
      default:
        if (ACCEPTED.has(method)) {
          if (applyFault(nextFault(method), res, record, () => {})) return;
          json(res, 200, { ok: true, result: true });
          return;
        }
        record.outcome = '404';
        json(res, 404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
    }
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    readBody(req).then(
      (body) => {
        if (!m) return json(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
        if (m[1] !== token) {
          requests.push({ method: m[2]!, at: Date.now(), outcome: '401' });
          return json(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
        }
        handle(m[2]!, parseParams(body, req.headers['content-type'], url), res);
      },
      () => res.destroy(),
    );
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    requests,
    sent,
    callbackAnswers,
    inject(method, ...list) {
      faults.set(method, [...(faults.get(method) ?? []), ...list]);
    },
    queued: (method) => faults.get(method)?.length ?? 0,
    pushText(text, userId) {
      const update_id = nextUpdateId++;
      queue.push({
        update_id,
        message: {
          message_id: 10_000 + update_id,
          date: Math.floor(Date.now() / 1000),
          chat: { id: userId, type: 'private', first_name: 'Người dùng' },
          from: { id: userId, is_bot: false, first_name: 'Người dùng' },
          text,
          ...(text.startsWith('/')
            ? {
                entities: [
                  { type: 'bot_command', offset: 0, length: (/^\/\S+/.exec(text)?.[0] ?? '/').length },
                ],
              }
            : {}),
        },
      });
      wake();
      return update_id;
    },
    unconfirmed: () => queue.map((u) => u.update_id),
    confirmedOffset: () => confirmed,
    async waitFor(check, timeoutMs, what) {
      const end = Date.now() + timeoutMs;
      while (!check()) {
        if (Date.now() > end) throw new Error(`fault server: ${what} did not happen within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    stop() {
      for (const t of hangTimers) clearTimeout(t);
      if (held) {
        clearTimeout(held.timer);
        held = null;
      }
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
    },
  };
}
