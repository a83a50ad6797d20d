import type { Context } from 'grammy';
import type { Message, MessageEntity } from 'grammy/types';

/** A command at the very start of a text or caption, e.g. `/latest@my_bot 10`. */
export interface LeadingCommand {
  /** Lower-cased, without `/` and `@bot`. */
  name: string;
  /** The `@bot` part lower-cased without `@`, or null when the command names no bot. */
  target: string | null;
  /** Text after the command, trimmed. */
  args: string;
}

/** The command a message starts with (text or caption), or null. */
export function leadingCommand(msg: Message): LeadingCommand | null {
  const text = msg.text ?? msg.caption ?? '';
  const entities = msg.entities ?? msg.caption_entities ?? [];
  const entity = entities.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (!entity) return null;
  const [name = '', target] = text.slice(1, entity.length).split('@');
  return {
    name: name.toLowerCase(),
    target: target?.toLowerCase() ?? null,
    args: text.slice(entity.length).trim(),
  };
}

/** True when a leading command is meant for this bot (names no bot, or names this one). */
export function isCommandForMe(ctx: Context, command: LeadingCommand): boolean {
  return command.target === null || command.target === ctx.me.username.toLowerCase();
}

/**
 * Whether this bot should react to the message. In a private chat, always. In a group, only when
 * the message starts with a command for this bot, mentions the bot, or replies to one of its
 * messages: the bot must not answer every conversation in the group.
 */
export function isAddressed(ctx: Context): boolean {
  const msg = ctx.message;
  if (!msg) return false;
  if (msg.chat.type === 'private') return true;
  const command = leadingCommand(msg);
  if (command && isCommandForMe(ctx, command)) return true;
  if (mentionsOfMe(ctx, msg).length > 0) return true;
  return msg.reply_to_message?.from?.id === ctx.me.id;
}

/** The question a message asks: its text without the bot's own mentions. */
export function questionText(ctx: Context): string {
  const msg = ctx.message;
  const text = msg?.text ?? '';
  if (!msg) return '';
  let out = '';
  let from = 0;
  for (const e of mentionsOfMe(ctx, msg).sort((a, b) => a.offset - b.offset)) {
    out += text.slice(from, e.offset);
    from = e.offset + e.length;
  }
  return (out + text.slice(from)).replace(/\s+/g, ' ').trim();
}

function mentionsOfMe(ctx: Context, msg: Message): MessageEntity[] {
  const text = msg.text ?? msg.caption ?? '';
  const me = `@${ctx.me.username}`.toLowerCase();
  return (msg.entities ?? msg.caption_entities ?? []).filter(
    (e) =>
      (e.type === 'mention' && text.slice(e.offset, e.offset + e.length).toLowerCase() === me) ||
      (e.type === 'text_mention' && e.user.id === ctx.me.id),
  );
}
