import type { Context, MiddlewareFn } from 'grammy';
import type { Logger } from '../../log.ts';

/** The only update kinds the bot acts on; also what polling and the webhook ask Telegram for. */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/**
 * Drop every other update kind. Edited messages in particular never reach a handler, so editing an
 * old message can neither re-ask a question nor trigger an admin command; channel posts have no
 * sender to check.
 */
export function onlySupportedUpdates(logger: Logger): MiddlewareFn<Context> {
  return (ctx, next) => {
    if (ctx.update.message || ctx.update.callback_query) return next();
    logger.debug({ updateId: ctx.update.update_id, kinds: Object.keys(ctx.update) }, 'bot: update ignored');
    return Promise.resolve();
  };
}
