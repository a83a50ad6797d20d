import type { Context } from 'grammy';
import type { ThreadMap } from '../../conversation/threads.ts';
import { isAddressed, isCommandForMe, leadingCommand } from './addressed.ts';

/** Commands that belong to a conversation (everything else is answered outside any). */
const CONVERSATION_COMMANDS = new Set(['new']);

/**
 * The conversation an update belongs to, or undefined when it belongs to none (other commands,
 * group chatter not addressed to the bot, buttons other than a clarification's):
 * - a private chat is one conversation: `p:<chat>`;
 * - in a forum topic, the topic: `t:<chat>:<thread>`;
 * - elsewhere in a group, the root of the reply thread: `r:<chat>:<root message>`. A message
 *   replying to a message the bot knows joins that message's conversation; a reply to an unknown
 *   message starts a thread rooted there; a message replying to nothing starts its own.
 * So two people asking the bot separately in one group never share a context, and a reply to the
 * bot's answer continues it.
 */
export function conversationKey(ctx: Context, threads: ThreadMap): string | undefined {
  const query = ctx.callbackQuery;
  if (query) {
    if (!query.data?.startsWith('k:') || !query.message) return undefined;
    const chat = query.message.chat;
    return chat.type === 'private' ? `p:${chat.id}` : threads.get(chat.id, query.message.message_id);
  }
  const msg = ctx.message;
  if (!msg || msg.text === undefined) return undefined;
  const command = leadingCommand(msg);
  if (command && !(CONVERSATION_COMMANDS.has(command.name) && isCommandForMe(ctx, command))) return undefined;
  if (!isAddressed(ctx)) return undefined;
  const chatId = msg.chat.id;
  if (msg.chat.type === 'private') return `p:${chatId}`;
  if (msg.is_topic_message && msg.message_thread_id !== undefined)
    return `t:${chatId}:${msg.message_thread_id}`;
  const replied = msg.reply_to_message;
  if (replied) return threads.get(chatId, replied.message_id) ?? `r:${chatId}:${replied.message_id}`;
  return `r:${chatId}:${msg.message_id}`;
}
