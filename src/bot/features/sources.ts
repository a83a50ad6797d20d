import { Composer, type Context } from 'grammy';
import { decodeSourceData } from '../citations.ts';
import type { FeatureDeps } from '../deps.ts';
import { formatCitation } from '../format/answer.ts';
import { i18n, tr, userLang } from '../i18n.ts';
import { replyHtml } from '../reply.ts';

export const SOURCE_EXPIRED = i18n.t('vi', 'source-expired');
export const SOURCE_INVALID = i18n.t('vi', 'button-invalid');

/**
 * `Nguồn n` buttons: show the cited passage as a reply to the answer. The callback data is checked
 * strictly: it must parse, name a stored answer, be pressed on the very message that carries that
 * answer's buttons, and name one of its citations; anything else gets a polite refusal.
 */
export function sourcesFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.callbackQuery(/^src:/, async (ctx) => {
    const data = decodeSourceData(ctx.callbackQuery.data);
    if (!data) {
      await ctx.answerCallbackQuery({ text: tr(ctx, 'button-invalid') });
      return;
    }
    const entry = deps.citations.get(data.id);
    if (!entry) {
      await ctx.answerCallbackQuery({ text: tr(ctx, 'source-expired') });
      return;
    }
    const msg = ctx.callbackQuery.message;
    // Telegram always sets `message` for buttons on the bot's own messages; an emulator may leave
    // out its id, in which case the chat check alone applies.
    const sameChat = msg?.chat.id === entry.chatId;
    const sameMessage =
      typeof msg?.message_id !== 'number' || entry.messageId === null || msg.message_id === entry.messageId;
    const citation = entry.citations.find((c) => c.n === data.n);
    if (!sameChat || !sameMessage || !citation) {
      deps.logger.warn(
        { userId: ctx.from.id, data: ctx.callbackQuery.data, sameChat, sameMessage },
        'bot: refused source button',
      );
      await ctx.answerCallbackQuery({ text: tr(ctx, 'button-invalid') });
      return;
    }
    await ctx.answerCallbackQuery();
    await replyHtml(ctx, formatCitation(citation, userLang(ctx)), {
      replyTo: typeof msg?.message_id === 'number' ? msg.message_id : undefined,
    });
  });
  return composer;
}
