import { Composer, type Context } from 'grammy';
import type { FeatureDeps } from '../deps.ts';
import { formatAnswer, orderedCitations } from '../format/answer.ts';
import { citedArticles, stableSourceKeyboard } from '../format/sources.ts';
import { isAddressed, leadingCommand, questionText } from '../middleware/addressed.ts';
import { withTyping } from '../middleware/typing.ts';
import { groupReplyTarget, replyHtml } from '../reply.ts';

export const EMPTY_QUESTION =
  'Bạn muốn hỏi gì? Hãy viết câu hỏi ngay sau tên bot, ví dụ: “Hội nghị do ai chủ trì?”';

/**
 * Any text addressed to the bot that is not a command is a question: answered with `[n]` markers,
 * a sources list and, per cited article, `Nguồn n` and `Toàn bài` buttons.
 */
export function questionFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on('message:text', async (ctx, next) => {
    if (leadingCommand(ctx.message) || !isAddressed(ctx)) return next();
    const question = questionText(ctx);
    if (!question) {
      await ctx.reply(EMPTY_QUESTION);
      return;
    }
    const answer = await withTyping(ctx, deps.logger, () => deps.engine.ask(question));
    const citations = orderedCitations(answer.citations);
    deps.logger.info(
      {
        userId: ctx.from.id,
        chatId: ctx.chat.id,
        answered: answer.answered,
        citations: citations.length,
        ms: answer.timings.totalMs,
      },
      'bot: question answered',
    );
    const html = formatAnswer(answer);
    const replyTo = groupReplyTarget(ctx);
    if (citations.length === 0) {
      await replyHtml(ctx, html, { replyTo });
      return;
    }
    // Stable button data (article and passage ids): the buttons outlive restarts and re-indexing.
    await replyHtml(ctx, html, { replyTo, keyboard: stableSourceKeyboard(citedArticles(citations)) });
  });
  return composer;
}
