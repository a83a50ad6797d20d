import type { Context } from 'grammy';
import type { FeatureDeps } from './deps.ts';
import { formatAnswer, orderedCitations } from './format/answer.ts';
import { citedArticles, stableSourceKeyboard } from './format/sources.ts';
import { replyLang } from './i18n.ts';
import { withTyping } from './middleware/typing.ts';
import { replyHtml } from './reply.ts';

/**
 * Answer `question` in this chat as a typed question is answered: `[n]` markers, the merged source
 * list and stable `Nguồn n` / `Toàn bài` buttons (used by the example buttons of /start and /help).
 */
export async function replyWithAnswer(
  ctx: Context,
  deps: FeatureDeps,
  question: string,
  replyTo?: number,
): Promise<void> {
  const answer = await withTyping(ctx, deps.logger, () => deps.engine.ask(question));
  const citations = orderedCitations(answer.citations);
  deps.logger.info(
    { userId: ctx.from?.id, chatId: ctx.chat?.id, answered: answer.answered, citations: citations.length },
    'bot: example answered',
  );
  const lang = replyLang(ctx, answer.lang);
  await replyHtml(ctx, formatAnswer(answer, lang), {
    replyTo,
    ...(citations.length > 0 ? { keyboard: stableSourceKeyboard(citedArticles(citations), lang) } : {}),
  });
}
