import { createInterface } from 'node:readline';
import type { Bot, Context, Transformer } from 'grammy';
import type { InlineKeyboardMarkup, Message, MessageEntity, Update, UserFromGetMe } from 'grammy/types';
import { htmlToTerminal } from './render.ts';

/** The person at the keyboard, as the bot sees them. */
export const TERMINAL_USER_ID = 1;

/** Identity the bot has in the terminal chat (there is no getMe to ask). */
export const TERMINAL_BOT_INFO: UserFromGetMe = {
  id: 2,
  is_bot: true,
  first_name: 'Bản tin',
  username: 'ban_tin_terminal_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export interface TerminalChatOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

interface Button {
  label: string;
  data: string;
  messageId: number;
}

const INTRO = `Trò chuyện ngay trong terminal, không cần Telegram: gõ câu hỏi hoặc lệnh (/help, /latest, /search …).
Gõ #1, #2 … để bấm các nút của câu trả lời gần nhất (Nguồn, 👍/👎, các lựa chọn); /exit hoặc Ctrl-D để thoát.
Bot nhớ ngữ cảnh để bạn hỏi tiếp; /new để bắt đầu câu hỏi mới.
`;

/**
 * Chat with the bot from a terminal, through the same handlers as on Telegram: each line becomes
 * an update for `bot.handleUpdate`, and an API transformer answers every Bot API call locally,
 * printing what the bot sends. Nothing goes over the network. Resolves when the input ends.
 */
export async function runTerminalChat(bot: Bot<Context>, options: TerminalChatOptions): Promise<void> {
  const { output } = options;
  const print = (text: string) => output.write(`${text}\n`);
  let buttons: Button[] = [];
  let nextMessageId = 1;
  let nextUpdateId = 1;

  const transformer: Transformer = async (_prev, method, payload) => {
    const p = payload as {
      chat_id?: number;
      text?: string;
      parse_mode?: string;
      reply_markup?: InlineKeyboardMarkup;
    };
    switch (method) {
      case 'sendMessage': {
        const messageId = nextMessageId++;
        // Plain-text messages are shown as they are: `<từ khóa>` in a usage line is no tag.
        print(`\nBot › ${p.parse_mode === 'HTML' ? htmlToTerminal(p.text ?? '') : (p.text ?? '')}`);
        const markup = p.reply_markup?.inline_keyboard?.flat() ?? [];
        const shown = markup.flatMap((b) =>
          'callback_data' in b ? [{ label: b.text, data: b.callback_data, messageId }] : [],
        );
        if (shown.length > 0) {
          buttons = shown;
          print(buttons.map((b, i) => `[#${i + 1} ${b.label}]`).join(' '));
        }
        const result: Message.TextMessage = {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: p.chat_id ?? TERMINAL_USER_ID, type: 'private', first_name: 'Bạn' },
          text: p.text ?? '',
        };
        return { ok: true, result } as never;
      }
      case 'answerCallbackQuery': {
        const text = (payload as { text?: string }).text;
        if (text) print(`(${text})`);
        return { ok: true, result: true } as never;
      }
      case 'getFile':
        return {
          ok: false,
          error_code: 400,
          description: 'Bad Request: files cannot be sent in the terminal chat',
        };
      default:
        // sendChatAction, setMyCommands, …: nothing to show.
        return { ok: true, result: true } as never;
    }
  };
  bot.api.config.use(transformer);

  const from = { id: TERMINAL_USER_ID, is_bot: false, first_name: 'Bạn' } as const;
  const chat = { id: TERMINAL_USER_ID, type: 'private', first_name: 'Bạn' } as const;
  const rl = createInterface({
    input: options.input,
    output,
    terminal: Boolean((output as { isTTY?: boolean }).isTTY),
  });
  rl.setPrompt('\nBạn › ');
  print(INTRO);
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '/exit' || line === '/quit') break;
    if (line) {
      const press = /^#(\d+)$/.exec(line);
      let update: Update;
      if (press) {
        const button = buttons[Number(press[1]) - 1];
        if (!button) {
          print(buttons.length > 0 ? `Chỉ có nút #1 đến #${buttons.length}.` : 'Chưa có nút nào để bấm.');
          rl.prompt();
          continue;
        }
        update = {
          update_id: nextUpdateId++,
          callback_query: {
            id: String(nextUpdateId),
            from,
            chat_instance: 'terminal',
            data: button.data,
            message: { message_id: button.messageId, date: 0, chat, text: '' },
          },
        };
      } else {
        update = {
          update_id: nextUpdateId++,
          message: {
            message_id: nextMessageId++,
            date: Math.floor(Date.now() / 1000),
            chat,
            from,
            text: line,
            ...commandEntities(line),
          },
        };
      }
      try {
        await bot.handleUpdate(update);
      } catch (err) {
        print(`(lỗi: ${(err as Error).message})`);
      }
    }
    rl.prompt();
  }
  rl.close();
}

function commandEntities(text: string): { entities?: MessageEntity[] } {
  const command = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text);
  return command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {};
}
