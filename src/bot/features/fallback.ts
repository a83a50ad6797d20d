import { Composer, type Context } from 'grammy';
import { isCommandForMe, leadingCommand } from '../middleware/addressed.ts';

export const BUTTON_GONE = 'Nút này không còn hiệu lực.';
export const TEXT_ONLY =
  'Tôi chỉ đọc được tin nhắn chữ. Hãy gõ câu hỏi của bạn, hoặc /help để xem hướng dẫn.';

export function unknownCommandText(name: string): string {
  return `Không có lệnh /${name}. Gõ /help để xem các lệnh.`;
}

/**
 * Last in the chain: every callback query still gets an answer (or the client keeps spinning);
 * in private chats unknown commands and non-text messages get a hint. In groups the bot stays quiet
 * except for unknown commands addressed to it by name.
 */
export function fallbackFeature(): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on('callback_query', (ctx) => ctx.answerCallbackQuery({ text: BUTTON_GONE }));
  composer.on('message', async (ctx) => {
    const command = leadingCommand(ctx.message);
    if (ctx.chat.type !== 'private') {
      if (command && command.target !== null && isCommandForMe(ctx, command)) {
        await ctx.reply(unknownCommandText(command.name));
      }
      return;
    }
    await ctx.reply(command ? unknownCommandText(command.name) : TEXT_ONLY);
  });
  return composer;
}
