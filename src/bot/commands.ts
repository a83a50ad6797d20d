import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import type { Logger } from '../log.ts';

/** The command menu everyone sees. */
export const PUBLIC_COMMANDS: BotCommand[] = [
  { command: 'start', description: 'Giới thiệu bot' },
  { command: 'help', description: 'Cách đặt câu hỏi, kèm ví dụ' },
  { command: 'latest', description: 'Các bản tin mới nhất, ví dụ /latest 10' },
  { command: 'search', description: 'Tìm đoạn văn theo từ khóa' },
  { command: 'stats', description: 'Thống kê chỉ mục' },
  { command: 'new', description: 'Bắt đầu câu hỏi mới (quên ngữ cảnh)' },
  { command: 'theodoi', description: 'Theo dõi bài mới về một nơi hoặc cụm từ: /theodoi Kon Tum' },
  { command: 'boqua', description: 'Xem và bỏ theo dõi' },
];

/** Added to the menu in each admin's private chat. */
export const ADMIN_COMMANDS: BotCommand[] = [
  { command: 'reindex', description: 'Quét lại thư mục bản tin (quản trị)' },
  { command: 'add', description: 'Thêm bài: /add <nội dung> hoặc tệp kèm chú thích /add (quản trị)' },
  { command: 'remove', description: 'Xóa bài theo mã: /remove <mã> (quản trị)' },
  { command: 'feedback', description: 'Các câu trả lời bị đánh giá 👎 gần nhất (quản trị)' },
];

/**
 * Publish the command menus. Cosmetic: every failure (an emulator without setMyCommands, an admin
 * who never opened a chat with the bot) is logged and swallowed.
 */
export async function registerCommands(api: Api, adminIds: readonly number[], logger: Logger): Promise<void> {
  try {
    await api.setMyCommands(PUBLIC_COMMANDS);
  } catch (err) {
    logger.warn(
      { reason: (err as Error).message },
      'bot: setMyCommands failed; the command menu is not updated',
    );
    return;
  }
  for (const chatId of adminIds) {
    try {
      await api.setMyCommands([...PUBLIC_COMMANDS, ...ADMIN_COMMANDS], {
        scope: { type: 'chat', chat_id: chatId },
      });
    } catch (err) {
      logger.debug(
        { err, chatId },
        'bot: admin command menu not set (has this admin opened a chat with the bot?)',
      );
    }
  }
}
