import { limit } from '@grammyjs/ratelimiter';
import type { Context, MiddlewareFn } from 'grammy';
import type { Logger } from '../../log.ts';
import { i18n, tr } from '../i18n.ts';
import { isAddressed } from './addressed.ts';

/** What a user sees once per window when over the limit. */
export const RATE_LIMIT_MESSAGE = i18n.t('vi', 'rate-limited');

/**
 * At most `perMinute` messages per user per minute reach the handlers; the first message over the
 * limit gets a friendly reply, later ones in the same minute are dropped silently. Only messages
 * the bot would react to count, so group chatter never uses up anyone's allowance; button presses
 * are cheap and not limited.
 */
export function rateLimit(perMinute: number, logger: Logger): MiddlewareFn<Context> {
  const limiter = limit<Context, never>({
    timeFrame: 60_000,
    limit: perMinute,
    keyGenerator: (ctx) => ctx.from?.id.toString(),
    onLimitExceeded: async (ctx) => {
      logger.info({ userId: ctx.from?.id }, 'bot: rate limit exceeded');
      await ctx.reply(tr(ctx, 'rate-limited'));
    },
  });
  return (ctx, next) => (ctx.message && isAddressed(ctx) ? limiter(ctx, next) : next());
}
