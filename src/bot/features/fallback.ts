import { Composer, type Context } from 'grammy';
import { i18n, type Lang, tr, userLang } from '../i18n.ts';
import { isCommandForMe, leadingCommand } from '../middleware/addressed.ts';

export const BUTTON_GONE = i18n.t('vi', 'button-gone');
export const TEXT_ONLY = i18n.t('vi', 'text-only');

/** The reply to an unknown `/name`, in `lang` (Vietnamese by default). */
export function unknownCommandText(name: string, lang: Lang = 'vi'): string {
  return i18n.t(lang, 'unknown-command', { name });
}

/**
 * Last in the chain: every callback query still gets an answer (or the client keeps spinning);
 * in private chats unknown commands and non-text messages get a hint. In groups the bot stays quiet
 * except for unknown commands addressed to it by name.
 */
export function fallbackFeature(): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on('callback_query', (ctx) => ctx.answerCallbackQuery({ text: tr(ctx, 'button-gone') }));
  composer.on('message', async (ctx) => {
    const command = leadingCommand(ctx.message);
    if (ctx.chat.type !== 'private') {
      if (command && command.target !== null && isCommandForMe(ctx, command)) {
        await ctx.reply(unknownCommandText(command.name, userLang(ctx)));
      }
      return;
    }
    await ctx.reply(command ? unknownCommandText(command.name, userLang(ctx)) : tr(ctx, 'text-only'));
  });
  return composer;
}
