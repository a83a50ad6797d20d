import { Composer, type Context } from 'grammy';
import { decodeFeedbackData } from '../conversation-data.ts';
import type { FeatureDeps } from '../deps.ts';
import { formatFeedbackList, THUMBS_DOWN, THUMBS_UP } from '../format/conversation.ts';
import { adminVerdict } from '../middleware/admin.ts';
import { replyHtml } from '../reply.ts';
import { NOT_ADMIN } from './admin.ts';

export const FEEDBACK_THANKS_UP = `Cảm ơn bạn! Đã ghi nhận ${THUMBS_UP}.`;
export const FEEDBACK_THANKS_DOWN = `Cảm ơn bạn! Đã ghi nhận ${THUMBS_DOWN}; câu hỏi này sẽ được xem lại.`;
export const FEEDBACK_CHANGED_UP = `Đã đổi đánh giá của bạn thành ${THUMBS_UP}.`;
export const FEEDBACK_CHANGED_DOWN = `Đã đổi đánh giá của bạn thành ${THUMBS_DOWN}.`;
export const FEEDBACK_SAME = 'Bạn đã đánh giá câu trả lời này như vậy rồi.';
export const FEEDBACK_EXPIRED = 'Câu trả lời này đã cũ nên không nhận đánh giá nữa.';
export const FEEDBACK_INVALID = 'Nút này không hợp lệ.';
export const FEEDBACK_PRIVATE_ONLY = 'Hãy dùng /feedback trong tin nhắn riêng với bot.';
export const DEFAULT_FEEDBACK_LIST = 10;
export const MAX_FEEDBACK_LIST = 50;
export const FEEDBACK_USAGE = `Cách dùng: /feedback [n], với n từ 1 đến ${MAX_FEEDBACK_LIST} (mặc định ${DEFAULT_FEEDBACK_LIST}).`;

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
      await ctx.answerCallbackQuery({ text: FEEDBACK_INVALID });
      return;
    }
    const stored = feedback.getAnswer(data.answerId);
    if (!stored) {
      await ctx.answerCallbackQuery({ text: FEEDBACK_EXPIRED });
      return;
    }
    const msg = ctx.callbackQuery.message;
    // As for `Nguồn` buttons: only on the message carrying the answer (an emulator may omit the id).
    const sameChat = msg?.chat.id === stored.chatId;
    const sameMessage =
      typeof msg?.message_id !== 'number' || stored.messageId === null || msg.message_id === stored.messageId;
    if (!sameChat || !sameMessage) {
      deps.logger.warn({ userId: ctx.from.id, sameChat, sameMessage }, 'bot: refused feedback button');
      await ctx.answerCallbackQuery({ text: FEEDBACK_INVALID });
      return;
    }
    const outcome = feedback.vote(data.answerId, ctx.from.id, data.vote);
    deps.logger.info(
      { userId: ctx.from.id, answerId: data.answerId, vote: data.vote, outcome },
      'bot: feedback',
    );
    const up = data.vote === 'up';
    const text =
      outcome === 'unknown'
        ? FEEDBACK_EXPIRED
        : outcome === 'same'
          ? FEEDBACK_SAME
          : outcome === 'changed'
            ? up
              ? FEEDBACK_CHANGED_UP
              : FEEDBACK_CHANGED_DOWN
            : up
              ? FEEDBACK_THANKS_UP
              : FEEDBACK_THANKS_DOWN;
    await ctx.answerCallbackQuery({ text });
  });

  composer.command('feedback', async (ctx) => {
    if (adminVerdict(ctx, deps.config.ADMIN_IDS) !== 'ok') {
      deps.logger.warn({ userId: ctx.from?.id, action: 'feedback' }, 'admin: refused');
      await ctx.reply(NOT_ADMIN);
      return;
    }
    if (ctx.chat.type !== 'private') {
      // The list quotes other people's questions: not for a group.
      await ctx.reply(FEEDBACK_PRIVATE_ONLY);
      return;
    }
    const n = parseListSize(ctx.match);
    if (n === null) {
      await ctx.reply(FEEDBACK_USAGE);
      return;
    }
    await replyHtml(ctx, formatFeedbackList(feedback.latest('down', n), feedback.counts()));
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
