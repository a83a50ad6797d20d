import type { IncomingMessage } from 'node:http';
import type { Message, MessageEntity, UserFromGetMe } from 'grammy/types';
import { TERMINAL_BOT_INFO } from '../../src/terminal/chat.ts';

/**
 * The bot identity a test gives grammY (there is no real getMe): the terminal chat's, with its own
 * id and username, and able to join groups as a real bot is.
 */
export function testBotInfo(id: number, username: string): UserFromGetMe {
  return { ...TERMINAL_BOT_INFO, id, username, can_join_groups: true };
}

/** What a recording API transformer answers to sendMessage: the message as Telegram would store it. */
export function sentMessage(
  payload: Readonly<Record<string, unknown>>,
  messageId: number,
): Message.TextMessage {
  const chatId = Number(payload.chat_id);
  return {
    message_id: messageId,
    date: 1_700_000_000,
    chat: { id: chatId, type: chatId < 0 ? 'supergroup' : 'private', title: 'chat' } as never,
    text: String(payload.text),
  };
}

/** The whole body of an HTTP request, as text. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Bot API parameters come as JSON, a form, or the query string. */
export function parseParams(
  body: string,
  contentType: string | undefined,
  url: URL,
): Record<string, unknown> {
  if (contentType?.includes('json') && body) return JSON.parse(body) as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(body || url.search));
}

/** The entities Telegram adds to a message's text: a leading `/command` and `@mentions`. */
export function entitiesFor(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const m of text.matchAll(/(?<![\w/])@[A-Za-z0-9_]{5,32}/g)) {
    entities.push({ type: 'mention', offset: m.index, length: m[0].length });
  }
  return entities;
}
