/**
 * Conversations end to end: a real bot process (createBot + long polling, as `npm start` runs it,
 * here over the fake conversation engine of tests/helpers/conversation-engine.ts) talking to
 * telegram-test-api on 127.0.0.1, with its state in a temp STATE_DIR; stopped and started again
 * to show that contexts survive a restart and expire. Every wait is bounded.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATE_FILE } from '../src/conversation/db.ts';
import {
  type BotMessage,
  type BotStack,
  createBotStack,
  EMULATOR_BOT_USERNAME,
  type EmulatorChat,
} from './helpers/bot-harness.ts';

const Q_NGOC_HOI_Q2 = 'Ai chủ trì giao ban quý II/2024 của Huyện ủy Ngọc Hồi?';
const Q_KON_TUM = 'Ai chủ trì giao ban quý III/2024 của Thành ủy Kon Tum?';
const Q_AMBIGUOUS = 'Ai chủ trì giao ban quý I năm 2021?';
const GROUP = -100777;
/** The second process forgets contexts after 3 s idle. */
const SHORT_TTL_MINUTES = '0.05';

let stack: BotStack;

const plain = (html: string) => html.replace(/<[^>]+>/g, '');

function votes(): { verdict: string }[] {
  const db = new Database(path.join(stack.stateDir, STATE_FILE), { readonly: true });
  try {
    return db.prepare('SELECT verdict FROM votes ORDER BY voted_at').all() as { verdict: string }[];
  } finally {
    db.close();
  }
}

describe('conversations through telegram-test-api (real bot process, fake conversation engine)', () => {
  // Kept across the restart: this user's conversation must survive it.
  let continuing: EmulatorChat;

  beforeAll(async () => {
    // No seeds, no index: the bot script answers from the fake conversation engine.
    stack = await createBotStack({
      name: 'bot-conv-e2e',
      seeds: [],
      script: 'tests/helpers/conversation-bot.ts',
      firstUserId: 6101,
    });
    await stack.start();
  }, 90_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('a four-turn conversation: period inherited, then place, then both', async () => {
    continuing = stack.chat();
    expect(plain((await continuing.ask(Q_NGOC_HOI_Q2)).text)).toContain('Chủ trì: Lê Văn Cường [1]');
    expect(plain((await continuing.ask('Kon Tum thì sao?')).text)).toContain(
      '(Kon Tum, quý II/2024) Chủ trì: Trần Thị Bình [1]',
    );
    expect(plain((await continuing.ask('Còn quý III thì sao?')).text)).toContain(
      '(Kon Tum, quý III/2024) Chủ trì: Nguyễn Văn An [1]',
    );
    const fourth = await continuing.ask('Hội nghị đó tổ chức ngày nào?');
    expect(plain(fourth.text)).toContain('(Kon Tum, quý III/2024) Hội nghị tổ chức ngày 5/10/2024 [1]');
    expect(fourth.buttons.map((b) => b.text)).toEqual(['Nguồn 1', 'Toàn bài', '👍', '👎']);
  });

  it('a clarification button tapped answers the original question for that meeting; feedback tapped and changed', async () => {
    const chat = stack.chat();
    const prompt = await chat.ask(Q_AMBIGUOUS);
    expect(prompt.text).toBe('Có nhiều hội nghị khớp với câu hỏi. Bạn hỏi về hội nghị nào?');
    expect(prompt.buttons.map((b) => b.text)).toEqual(['Mường Lay · 31/3/2021', 'Hậu Giang · 17/3/2021']);
    await chat.press(prompt.buttons[1]!.data, prompt.messageId);
    const [answer] = await chat.replies(1);
    expect(plain(answer!.text)).toContain('Chủ trì: Lê Tiến Châu [1]');

    const before = votes().length;
    const up = answer!.buttons.find((b) => b.text === '👍')!;
    const down = answer!.buttons.find((b) => b.text === '👎')!;
    await chat.press(up.data, answer!.messageId);
    await stack.bot.waitForOutput(/"outcome":"new".*"msg":"bot: feedback"/, 10_000);
    expect(votes().slice(before)).toEqual([{ verdict: 'up' }]);
    await chat.press(down.data, answer!.messageId);
    await stack.bot.waitForOutput(/"outcome":"changed".*"msg":"bot: feedback"/, 10_000);
    expect(votes().slice(before)).toEqual([{ verdict: 'down' }]);
    expect(await chat.settle(300)).toEqual([]);
  });

  it('two users interleaved keep their own contexts', async () => {
    const a = stack.chat();
    const b = stack.chat();
    await a.ask(Q_KON_TUM);
    await b.ask('Ai chủ trì giao ban quý I năm 2021 ở Mường Lay?');
    const [toA, toB] = [a.ask('Hội nghị đó tổ chức ngày nào?'), b.ask('Hội nghị đó tổ chức ngày nào?')];
    expect(plain((await toA).text)).toContain('5/10/2024');
    expect(plain((await toB).text)).toContain('31/3/2021');
  });

  it('in a group, each reply thread keeps its own context', async () => {
    const e = stack.chat(undefined, { chatId: GROUP, type: 'supergroup' });
    const f = stack.chat(undefined, { chatId: GROUP, type: 'supergroup' });
    /** Send as `from`; both chat objects see the group's one new bot message, which is returned. */
    const inGroup = async (send: Promise<void>): Promise<BotMessage> => {
      await send;
      const [seenByE] = await e.replies(1);
      const [seenByF] = await f.replies(1);
      expect(seenByF?.messageId).toBe(seenByE?.messageId);
      return seenByE!;
    };
    const answerE = await inGroup(e.say(`@${EMULATOR_BOT_USERNAME} ${Q_KON_TUM}`));
    const answerF = await inGroup(
      f.say(`@${EMULATOR_BOT_USERNAME} Ai chủ trì giao ban quý I năm 2021 ở Mường Lay?`),
    );
    expect(plain(answerF.text)).toContain('Ngôn Ngọc Khuê');
    const threadE = await inGroup(e.reply('Còn quý II thì sao?', answerE.messageId));
    expect(plain(threadE.text)).toContain('(Kon Tum, quý II/2024) Chủ trì: Trần Thị Bình');
    const threadF = await inGroup(f.reply('Hội nghị đó tổ chức ngày nào?', answerF.messageId));
    expect(plain(threadF.text)).toContain('(Mường Lay, quý I/2021) Hội nghị tổ chức ngày 31/3/2021');
    // Someone else replying in E's thread continues it (now at quý II).
    const again = await inGroup(f.reply('Hội nghị đó tổ chức ngày nào?', threadE.messageId));
    expect(plain(again.text)).toContain('(Kon Tum, quý II/2024) Hội nghị tổ chức ngày 4/7/2024');
  });

  it('contexts survive a restart, then expire after CONTEXT_TTL_MINUTES idle (buttons too)', async () => {
    expect(await stack.bot.stop('SIGTERM', 30_000)).toBe(0);
    await stack.start({ CONTEXT_TTL_MINUTES: SHORT_TTL_MINUTES });

    // The last turn before the restart asked for the date: the follow-up keeps asking it.
    expect(plain((await continuing.ask('Ngọc Hồi thì sao?')).text)).toContain(
      '(Ngọc Hồi, quý III/2024) Hội nghị tổ chức ngày 8/10/2024 [1]',
    );
    const other = stack.chat();
    const prompt = await other.ask(Q_AMBIGUOUS);
    await new Promise((r) => setTimeout(r, 3_500));
    // Fresh again: without a place or a period the question matches every meeting.
    expect((await continuing.ask('Hội nghị đó tổ chức ngày nào?')).text).toBe(
      'Có nhiều hội nghị khớp với câu hỏi. Bạn hỏi về hội nghị nào?',
    );
    await other.press(prompt.buttons[0]!.data, prompt.messageId);
    await stack.bot.waitForOutput(/"msg":"bot: clarification button expired"/, 10_000);
    expect(await other.settle(300)).toEqual([]);
  });
});
