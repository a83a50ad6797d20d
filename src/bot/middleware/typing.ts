import type { Context } from 'grammy';
import type { Logger } from '../../log.ts';

/** A typing indicator lasts 5 s on Telegram's side; renewing at 4 s keeps it continuous. */
export const TYPING_INTERVAL_MS = 4000;

/**
 * Run `work` while the chat shows "typing…". The indicator is cosmetic: its failures are logged at
 * debug and never delay or fail the work.
 */
export async function withTyping<T>(
  ctx: Context,
  logger: Logger,
  work: () => Promise<T>,
  everyMs = TYPING_INTERVAL_MS,
): Promise<T> {
  if (!ctx.chat) return work();
  const chatId = ctx.chat.id;
  const ping = () => {
    ctx.replyWithChatAction('typing').catch((err: unknown) => {
      logger.debug({ reason: (err as Error).message, chatId }, 'bot: sendChatAction failed');
    });
  };
  ping();
  const timer = setInterval(ping, everyMs);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
