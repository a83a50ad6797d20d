import type { BotError, Context } from 'grammy';
import type { Logger } from '../log.ts';

export const APOLOGY = 'Xin lỗi, đã có lỗi khi xử lý tin nhắn này. Bạn vui lòng thử lại sau ít phút.';
const APOLOGY_SHORT = 'Xin lỗi, đã có lỗi. Vui lòng thử lại.';

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
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: APOLOGY_SHORT });
      else if (ctx.chat) await ctx.reply(APOLOGY);
    } catch (err) {
      logger.warn({ updateId: ctx.update.update_id, err }, 'bot: could not send the apology');
    }
  };
}
