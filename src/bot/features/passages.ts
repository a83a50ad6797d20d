import { Composer, type Context } from 'grammy';
import type { FeatureDeps } from '../deps.ts';
import { formatArticlePage, formatPassages } from '../format/sources.ts';
import { replyHtml } from '../reply.ts';
import { decodeSourceButton, quoteSum } from '../source-data.ts';

export const BUTTON_INVALID = 'Nút này không hợp lệ.';
export const ARTICLE_GONE = 'Bài này không còn trong chỉ mục.';
export const ARTICLE_CHANGED = 'Bài này đã được cập nhật nên đoạn trích đã khác. Bạn hãy hỏi lại nhé.';

/**
 * `Nguồn n` (`s:` data: the quoted passages) and `Toàn bài` (`a:` data: the article, page by page).
 * The data names the article and the passages' offsets, so the buttons need no memory of the answer:
 * they work after a restart and after re-indexing while the article exists. The articles are the
 * public corpus, so a button shows the same thing whoever presses it; data is parsed strictly and
 * offsets are checked against the article's current text.
 */
export function passagesFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.callbackQuery(/^[sa]:/, async (ctx) => {
    const data = decodeSourceButton(ctx.callbackQuery.data);
    if (!data) {
      deps.logger.warn({ userId: ctx.from.id, data: ctx.callbackQuery.data }, 'bot: refused source button');
      await ctx.answerCallbackQuery({ text: BUTTON_INVALID });
      return;
    }
    const doc = deps.engine.document(data.ref);
    if (!doc) {
      await ctx.answerCallbackQuery({ text: ARTICLE_GONE });
      return;
    }
    const replyTo = ctx.callbackQuery.message?.message_id;
    if (data.kind === 'passages') {
      // Re-indexing can change an article's text: then the offsets no longer hold what was quoted.
      const quotes = data.spans.map((s) => doc.body.slice(s.start, s.end).trim());
      if (data.spans.some((s) => s.end > doc.body.length) || quoteSum(quotes) !== data.sum) {
        await ctx.answerCallbackQuery({ text: ARTICLE_CHANGED });
        return;
      }
      await ctx.answerCallbackQuery();
      await replyHtml(ctx, formatPassages(doc, data.spans), { replyTo });
      return;
    }
    await ctx.answerCallbackQuery();
    const { html, keyboard } = formatArticlePage(doc, data.page);
    await replyHtml(ctx, html, { replyTo, keyboard });
  });
  return composer;
}
