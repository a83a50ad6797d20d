import { Composer, type Context, InlineKeyboard } from 'grammy';
import { replyWithAnswer } from '../answer-reply.ts';
import type { FeatureDeps } from '../deps.ts';
import { i18n, type Lang, tr, userLang } from '../i18n.ts';
import { isAddressed, leadingCommand, questionText } from '../middleware/addressed.ts';
import { groupReplyTarget } from '../reply.ts';
import { type SmallTalk, smallTalk } from '../small-talk.ts';

/**
 * Example questions shown by /start and /help (as buttons too): the kinds of facts meeting reports
 * carry, each answered from the shipped seeds (tests/bot-examples.test.ts checks it).
 */
export const EXAMPLE_QUESTIONS = [
  'Hội nghị giao ban quý I năm 2021 do ai chủ trì?',
  'Những nhiệm vụ trọng tâm được đề ra cho thời gian tới là gì?',
  'Đảng bộ Khối nhiệm kỳ 2015-2020 kết nạp bao nhiêu đảng viên?',
];

const EXAMPLE_DATA = /^ex:(\d)$/;

/** One button per example question; pressing it asks that question. */
export function exampleKeyboard(): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  EXAMPLE_QUESTIONS.forEach((q, i) => {
    if (i > 0) keyboard.row();
    keyboard.text(q, `ex:${i}`);
  });
  return keyboard;
}

/**
 * The reply to a greeting or thanks: short, friendly, with a tip on what to ask; in English when the
 * message is English or `userLang` (the user's Telegram language) is.
 */
export function smallTalkReply(talk: SmallTalk, userLang: Lang = 'vi'): string {
  const lang = talk.lang === 'en' ? 'en' : userLang;
  return talk.kind === 'greeting' ? i18n.t(lang, 'small-talk-greeting') : i18n.t(lang, 'small-talk-thanks');
}

/**
 * Greetings and thanks get a short reply with the example questions as buttons (not an answer
 * quoting some article that says "chào mừng"); the example buttons of /start, /help and these
 * replies ask their question. Registered before the question feature.
 */
export function examplesFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on('message:text', async (ctx, next) => {
    if (leadingCommand(ctx.message) || !isAddressed(ctx)) return next();
    const talk = smallTalk(questionText(ctx));
    if (!talk) return next();
    deps.logger.info({ userId: ctx.from.id, kind: talk.kind }, 'bot: small talk');
    await ctx.reply(smallTalkReply(talk, userLang(ctx)), {
      reply_markup: exampleKeyboard(),
      ...(groupReplyTarget(ctx) !== undefined
        ? { reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true } }
        : {}),
    });
  });
  composer.callbackQuery(EXAMPLE_DATA, async (ctx) => {
    const question = EXAMPLE_QUESTIONS[Number(EXAMPLE_DATA.exec(ctx.callbackQuery.data)?.[1])];
    if (!question) {
      await ctx.answerCallbackQuery({ text: tr(ctx, 'button-invalid') });
      return;
    }
    await ctx.answerCallbackQuery();
    await ctx.reply(`❓ ${question}`);
    await replyWithAnswer(ctx, deps, question);
  });
  return composer;
}
