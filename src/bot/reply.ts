import type { Context, InlineKeyboard } from 'grammy';
import type { Message } from 'grammy/types';
import { splitHtml } from './format/split.ts';

export interface ReplyOptions {
  /** Attached to the last part only, so the buttons sit under the end of the answer. */
  keyboard?: InlineKeyboard;
  /** Quote this message in the first part (used in groups, where several conversations interleave). */
  replyTo?: number;
}

/** Send Telegram HTML, split under the length limit, parts in order. Returns the sent messages. */
export async function replyHtml(
  ctx: Context,
  html: string,
  options: ReplyOptions = {},
): Promise<Message.TextMessage[]> {
  const parts = splitHtml(html);
  const sent: Message.TextMessage[] = [];
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    sent.push(
      await ctx.reply(part, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(i === 0 && options.replyTo !== undefined
          ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } }
          : {}),
        ...(last && options.keyboard ? { reply_markup: options.keyboard } : {}),
      }),
    );
  }
  return sent;
}

/** The message id to quote when answering `ctx`: set in groups, undefined in private chats. */
export function groupReplyTarget(ctx: Context): number | undefined {
  return ctx.chat && ctx.chat.type !== 'private' ? ctx.msg?.message_id : undefined;
}
