import { Composer, type Context } from 'grammy';
import { decodeFeedbackData } from '../conversation-data.ts';
import type { FeatureDeps } from '../deps.ts';
import { formatFeedbackList, THUMBS_DOWN, THUMBS_UP } from '../format/conversation.ts';
import { i18n, tr, userLang } from '../i18n.ts';
import { adminVerdict } from '../middleware/admin.ts';
import { replyHtml } from '../reply.ts';

export const FEEDBACK_THANKS_UP = i18n.t('vi', 'feedback-thanks-up', { up: THUMBS_UP });
export const FEEDBACK_THANKS_DOWN = i18n.t('vi', 'feedback-thanks-down', { down: THUMBS_DOWN });
export const FEEDBACK_CHANGED_UP = i18n.t('vi', 'feedback-changed', { vote: THUMBS_UP });
export const FEEDBACK_CHANGED_DOWN = i18n.t('vi', 'feedback-changed', { vote: THUMBS_DOWN });
export const FEEDBACK_SAME = i18n.t('vi', 'feedback-same');
export const FEEDBACK_EXPIRED = i18n.t('vi', 'feedback-expired');
export const FEEDBACK_INVALID = i18n.t('vi', 'button-invalid');
export const FEEDBACK_PRIVATE_ONLY = i18n.t('vi', 'feedback-private-only');
export const DEFAULT_FEEDBACK_LIST = 10;
export const MAX_FEEDBACK_LIST = 50;
const USAGE_VARS = { max: MAX_FEEDBACK_LIST, default: DEFAULT_FEEDBACK_LIST };
export const FEEDBACK_USAGE = i18n.t('vi', 'feedback-usage', USAGE_VARS);

/**
 * 👍/👎 under each answer: one vote per user per answer, a later tap replaces it. Stored with the
 * question, the resolved context, the answer and its citations (user ids salted and hashed).
 * Admin `/feedback [n]` (private chat) lists the latest 👎 with their questions.
 */
export function feedbackFeature(deps: FeatureDeps): Composer<Context> {
  const { feedback } = deps.conversations;
  const composer = new Composer<Context>();

  composer.callbackQuery(/^fb:/, async (ctx) => {
    const data = decodeFeedbackData(ctx.callbackQuery.data);
    if (!data) {
      await ctx.answerCallbackQuery({ text: tr(ctx, 'button-invalid') });
      return;
    }
    const stored = feedback.getAnswer(data.answerId);
    if (!stored) {
      await ctx.answerCallbackQuery({ text: tr(ctx, 'feedback-expired') });
      return;
    }
    const msg = ctx.callbackQuery.message;
    // As for `Nguồn` buttons: only on the message carrying the answer (an emulator may omit the id).
    const sameChat = msg?.chat.id === stored.chatId;
    const sameMessage =
      typeof msg?.message_id !== 'number' || stored.messageId === null || msg.message_id === stored.messageId;
    if (!sameChat || !sameMessage) {
      deps.logger.warn({ userId: ctx.from.id, sameChat, sameMessage }, 'bot: refused feedback button');
      await ctx.answerCallbackQuery({ text: tr(ctx, 'button-invalid') });
      return;
    }
    const outcome = feedback.vote(data.answerId, ctx.from.id, data.vote);
    deps.logger.info(
      { userId: ctx.from.id, answerId: data.answerId, vote: data.vote, outcome },
      'bot: feedback',
    );
    const vote = data.vote === 'up' ? THUMBS_UP : THUMBS_DOWN;
    const text =
      outcome === 'unknown'
        ? tr(ctx, 'feedback-expired')
        : outcome === 'same'
          ? tr(ctx, 'feedback-same')
          : outcome === 'changed'
            ? tr(ctx, 'feedback-changed', { vote })
            : data.vote === 'up'
              ? tr(ctx, 'feedback-thanks-up', { up: vote })
              : tr(ctx, 'feedback-thanks-down', { down: vote });
    await ctx.answerCallbackQuery({ text });
  });

  composer.command('feedback', async (ctx) => {
    if (adminVerdict(ctx, deps.config.ADMIN_IDS) !== 'ok') {
      deps.logger.warn({ userId: ctx.from?.id, action: 'feedback' }, 'admin: refused');
      await ctx.reply(tr(ctx, 'admin-only'));
      return;
    }
    if (ctx.chat.type !== 'private') {
      // The list quotes other people's questions: not for a group.
      await ctx.reply(tr(ctx, 'feedback-private-only'));
      return;
    }
    const n = parseListSize(ctx.match);
    if (n === null) {
      await ctx.reply(tr(ctx, 'feedback-usage', USAGE_VARS));
      return;
    }
    await replyHtml(ctx, formatFeedbackList(feedback.latest('down', n), feedback.counts(), userLang(ctx)));
  });
  return composer;
}

/** `''` → the default; `1`…`50` → that number; anything else → null. */
export function parseListSize(arg: string): number | null {
  const text = arg.trim();
  if (text === '') return DEFAULT_FEEDBACK_LIST;
  if (!/^\d{1,3}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_FEEDBACK_LIST ? n : null;
}
