import { Composer, type Context } from 'grammy';
import type { AskOptions } from '../../engine/types.ts';
import { conversationOf } from '../conversation-turn.ts';
import type { FeatureDeps } from '../deps.ts';
import { formatAnswer, orderedCitations } from '../format/answer.ts';
import { addFeedbackRow, clarifyKeyboard, usableOptions } from '../format/conversation.ts';
import { escapeHtml } from '../format/html.ts';
import { citedArticles, stableSourceKeyboard } from '../format/sources.ts';
import { i18n, replyLang, tr } from '../i18n.ts';
import { isAddressed, leadingCommand, questionText } from '../middleware/addressed.ts';
import { withTyping } from '../middleware/typing.ts';
import { groupReplyTarget, replyHtml } from '../reply.ts';

export const EMPTY_QUESTION = i18n.t('vi', 'question-empty');

/**
 * Any text addressed to the bot that is not a command is a question: answered with `[n]` markers,
 * a sources list, per cited article `Nguồn n` and `Toàn bài` buttons, and 👍/👎 — or with the
 * engine's clarifying question and one button per option.
 */
export function questionFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on('message:text', async (ctx, next) => {
    if (leadingCommand(ctx.message) || !isAddressed(ctx)) return next();
    const question = questionText(ctx);
    if (!question) {
      await ctx.reply(tr(ctx, 'question-empty'));
      return;
    }
    await answerQuestion(ctx, deps, question);
  });
  return composer;
}

/**
 * Ask the engine (in the update's conversation, unless `asked` says otherwise) and send the answer
 * or the clarification. Used for typed questions and for taps on a clarification's options.
 */
export async function answerQuestion(
  ctx: Context,
  deps: FeatureDeps,
  question: string,
  asked?: AskOptions,
): Promise<void> {
  const turn = conversationOf(ctx);
  const opts = asked ?? turn?.askOptions();
  const answer = await withTyping(ctx, deps.logger, () => deps.engine.ask(question, opts));
  const citations = orderedCitations(answer.citations);
  const pendingId = turn?.remember(question, answer, opts);
  deps.logger.info(
    {
      userId: ctx.from?.id,
      chatId: ctx.chat?.id,
      answered: answer.answered,
      citations: citations.length,
      inContext: Boolean(opts?.context),
      clarify: answer.clarify ? answer.clarify.options.length : undefined,
      ms: answer.timings.totalMs,
    },
    'bot: question answered',
  );
  const replyTo = groupReplyTarget(ctx);
  // Several meetings stated, one asked about: the answer shows them all, and buttons narrow it to one.
  const narrowing = answer.answered && answer.clarify ? usableOptions(answer.clarify) : [];
  if (answer.clarify && !answer.answered) {
    const options = usableOptions(answer.clarify);
    const keyboard = pendingId && options.length > 0 ? clarifyKeyboard(pendingId, options) : undefined;
    await replyHtml(ctx, escapeHtml(answer.clarify.prompt), { replyTo, keyboard });
    return;
  }
  const lang = replyLang(ctx, answer.lang);
  const html = formatAnswer(answer, lang);
  const chatId = ctx.chat?.id ?? 0;
  const feedbackId = deps.conversations.feedback.putAnswer({ chatId, question, asked: opts, answer });
  // Stable button data (article and passage ids): the buttons outlive restarts and re-indexing.
  const keyboard = stableSourceKeyboard(citedArticles(citations), lang);
  if (pendingId && narrowing.length > 0) {
    for (const row of clarifyKeyboard(pendingId, narrowing).inline_keyboard) keyboard.row(...row);
  }
  const sent = await replyHtml(ctx, html, { replyTo, keyboard: addFeedbackRow(keyboard, feedbackId) });
  const messageId = sent.at(-1)?.message_id ?? null;
  if (messageId !== null) deps.conversations.feedback.setMessageId(feedbackId, messageId);
}
