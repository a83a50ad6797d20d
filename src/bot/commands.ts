import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import type { Logger } from '../log.ts';
import { i18n, type Lang } from './i18n.ts';

/** Menu commands everyone sees, each described by the locale key `menu-<command>`. */
export const PUBLIC_MENU = ['start', 'help', 'latest', 'search', 'stats', 'new', 'theodoi', 'boqua'] as const;
/** Menu commands added in each admin's private chat. */
export const ADMIN_MENU = ['reindex', 'add', 'remove', 'feedback'] as const;

/** A command menu in `lang`. */
export function commandMenu(commands: readonly string[], lang: Lang): BotCommand[] {
  return commands.map((command) => ({ command, description: i18n.t(lang, `menu-${command}`) }));
}

/** The command menu everyone sees (Vietnamese). */
export const PUBLIC_COMMANDS: BotCommand[] = commandMenu(PUBLIC_MENU, 'vi');
/** Added to the menu in each admin's private chat (Vietnamese). */
export const ADMIN_COMMANDS: BotCommand[] = commandMenu(ADMIN_MENU, 'vi');

/** Telegram shows the `en` menu to users whose app language is English, the default one to the rest. */
const MENU_LANGS: readonly Lang[] = ['vi', 'en'];

/**
 * Publish the command menus. Cosmetic: every failure (an emulator without setMyCommands, an admin
 * who never opened a chat with the bot) is logged and swallowed.
 */
export async function registerCommands(api: Api, adminIds: readonly number[], logger: Logger): Promise<void> {
  try {
    for (const lang of MENU_LANGS)
      await api.setMyCommands(commandMenu(PUBLIC_MENU, lang), lang === 'vi' ? {} : { language_code: lang });
  } catch (err) {
    logger.warn(
      { reason: (err as Error).message },
      'bot: setMyCommands failed; the command menu is not updated',
    );
    return;
  }
  for (const chatId of adminIds) {
    try {
      for (const lang of MENU_LANGS)
        await api.setMyCommands(commandMenu([...PUBLIC_MENU, ...ADMIN_MENU], lang), {
          scope: { type: 'chat', chat_id: chatId },
          ...(lang === 'vi' ? {} : { language_code: lang }),
        });
    } catch (err) {
      logger.debug(
        { err, chatId },
        'bot: admin command menu not set (has this admin opened a chat with the bot?)',
      );
    }
  }
}
