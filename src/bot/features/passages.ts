import { Composer, type Context } from 'grammy';
import type { FeatureDeps } from '../deps.ts';
import { formatArticlePage, formatPassages } from '../format/sources.ts';
import { i18n, tr, userLang } from '../i18n.ts';
import { replyHtml } from '../reply.ts';
import { decodeSourceButton, quoteSum } from '../source-data.ts';

export const BUTTON_INVALID = i18n.t('vi', 'button-invalid');
export const ARTICLE_GONE = i18n.t('vi', 'article-gone');
export const ARTICLE_CHANGED = i18n.t('vi', 'article-changed');

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
      await ctx.answerCallbackQuery({ text: tr(ctx, 'button-invalid') });
      return;
    }
    const doc = deps.engine.document(data.ref);
    if (!doc) {
      await ctx.answerCallbackQuery({ text: tr(ctx, 'article-gone') });
      return;
    }
    const replyTo = ctx.callbackQuery.message?.message_id;
    if (data.kind === 'passages') {
      // Re-indexing can change an article's text: then the offsets no longer hold what was quoted.
      const quotes = data.spans.map((s) => doc.body.slice(s.start, s.end).trim());
      if (data.spans.some((s) => s.end > doc.body.length) || quoteSum(quotes) !== data.sum) {
        await ctx.answerCallbackQuery({ text: tr(ctx, 'article-changed') });
        return;
      }
      await ctx.answerCallbackQuery();
      await replyHtml(ctx, formatPassages(doc, data.spans, userLang(ctx)), { replyTo });
      return;
    }
    await ctx.answerCallbackQuery();
    const { html, keyboard } = formatArticlePage(doc, data.page, userLang(ctx));
    await replyHtml(ctx, html, { replyTo, keyboard });
  });
  return composer;
}
