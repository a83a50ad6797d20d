import type { BotError, Context } from 'grammy';
import type { Logger } from '../log.ts';
import { i18n, tr } from './i18n.ts';

export const APOLOGY = i18n.t('vi', 'error-apology');

/**
 * What happens when a handler throws: the log gets the update id and the error, the user a short
 * apology (a toast for a button press). Never rethrows, so one failing update cannot stop the bot.
 */
export function errorHandler(logger: Logger): (error: BotError<Context>) => Promise<void> {
  return async (error) => {
    const ctx = error.ctx;
    logger.error(
      { updateId: ctx.update.update_id, userId: ctx.from?.id, chatId: ctx.chat?.id, err: error.error },
      'bot: update failed',
    );
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: tr(ctx, 'error-apology-short') });
      else if (ctx.chat) await ctx.reply(tr(ctx, 'error-apology'));
    } catch (err) {
      logger.warn({ updateId: ctx.update.update_id, err }, 'bot: could not send the apology');
    }
  };
}
