/**
 * Conversations through the real bot (createBot) with a recording API and a fake engine that
 * implements the conversation contract (tests/helpers/conversation-engine.ts): contexts per
 * private chat / group thread / forum topic, kept in SQLite across a restart, expiring; /new;
 * clarification buttons; 👍/👎 feedback and /feedback.
 */

import path from 'node:path';
import Database from 'better-sqlite3';
import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { NOT_ADMIN } from '../src/bot/features/admin.ts';
import { CLARIFY_INVALID, CONVERSATION_EXPIRED, NEW_CONVERSATION } from '../src/bot/features/conversation.ts';
import {
  FEEDBACK_CHANGED_DOWN,
  FEEDBACK_EXPIRED,
  FEEDBACK_INVALID,
  FEEDBACK_PRIVATE_ONLY,
  FEEDBACK_SAME,
  FEEDBACK_THANKS_DOWN,
  FEEDBACK_THANKS_UP,
} from '../src/bot/features/feedback.ts';
import { STATE_FILE } from '../src/conversation/db.ts';
import type { AskOptions } from '../src/engine/types.ts';
import {
  ADMIN_ID,
  BOT_INFO,
  callbackQuery,
  createHarness,
  GROUP_ID,
  type Harness,
  tempStateDir,
  textMessage,
  USER_ID,
} from './helpers/bot-harness.ts';
import { createConversationEngine } from './helpers/conversation-engine.ts';
import { deferred } from './helpers/fake-engine.ts';
import { typeIntoTerminal } from './helpers/terminal.ts';

const Q_KON_TUM = 'Ai chủ trì giao ban quý III/2024 của Thành ủy Kon Tum?';
const Q_AMBIGUOUS = 'Ai chủ trì giao ban quý I năm 2021?';
const OTHER_USER = 5002;

interface Button {
  text: string;
  callback_data: string;
}

function harness(env: Record<string, string> = {}): Harness {
  return createHarness({ engine: createConversationEngine(), env });
}

/** Send `text` as `from` in their private chat; returns the one message the bot sent. */
async function say(h: Harness, text: string, from = USER_ID) {
  const before = h.sent().length;
  await h.handle(textMessage(text, { from }));
  const sent = h.sent().slice(before);
  expect(sent).toHaveLength(1);
  return sent[0]!;
}

function buttons(payload: { reply_markup?: { inline_keyboard: Button[][] } }): Button[] {
  return (payload.reply_markup?.inline_keyboard ?? []).flat();
}

/** The options `engine.ask` got on its latest call. */
function lastAskOptions(h: Harness): AskOptions | undefined {
  return h.engine.calls.filter((c) => c.method === 'ask').at(-1)?.args[1] as AskOptions | undefined;
}

/** The message id the harness gave the latest sendMessage. */
function lastSentId(h: Harness): number {
  return h.calls.filter((c) => c.method === 'sendMessage').length + 900;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('conversation context in a private chat', () => {
  it('a four-turn conversation: the second turn inherits the place, the third the period, the fourth the meeting', async () => {
    const h = harness();
    const first = await say(h, Q_KON_TUM);
    expect(lastAskOptions(h)).toBeUndefined();
    expect(first.text).toContain('Chủ trì: Nguyễn Văn An [1]');

    const second = await say(h, 'Còn quý II thì sao?');
    expect(lastAskOptions(h)?.context?.frame).toEqual({
      place: 'Kon Tum',
      quarter: 'III',
      year: 2024,
      target: 'who',
    });
    expect(second.text).toContain('(Kon Tum, quý II/2024) Chủ trì: Trần Thị Bình [1]');

    const third = await say(h, 'Ngọc Hồi thì sao?');
    expect(lastAskOptions(h)?.context?.docIds).toEqual(['kt-q2-2024']);
    expect(third.text).toContain('(Ngọc Hồi, quý II/2024) Chủ trì: Lê Văn Cường [1]');

    const fourth = await say(h, 'Hội nghị đó tổ chức ngày nào?');
    expect(lastAskOptions(h)?.context?.docIds).toEqual(['nh-q2-2024']);
    expect(fourth.text).toContain('Hội nghị tổ chức ngày 6/7/2024 [1]');
  });

  it('/new, "câu hỏi mới" and "New question!" start over: the next question is asked without context', async () => {
    const h = harness();
    for (const reset of ['/new', 'câu hỏi mới', 'New question!']) {
      await say(h, Q_KON_TUM);
      expect((await say(h, reset)).text).toBe(NEW_CONVERSATION);
      await say(h, 'Còn quý II thì sao?');
      expect(lastAskOptions(h)).toBeUndefined();
    }
    expect(h.engine.calls.filter((c) => c.method === 'ask')).toHaveLength(6);
  });

  it('two users interleaved keep their own contexts', async () => {
    const h = harness();
    await say(h, Q_KON_TUM, USER_ID);
    await say(h, 'Ai chủ trì giao ban quý I năm 2021 ở Mường Lay?', OTHER_USER);
    const a = await say(h, 'Hội nghị đó tổ chức ngày nào?', USER_ID);
    const b = await say(h, 'Hội nghị đó tổ chức ngày nào?', OTHER_USER);
    expect(a.text).toContain('5/10/2024');
    expect(b.text).toContain('31/3/2021');
  });

  it('a context idle longer than CONTEXT_TTL_MINUTES is forgotten', async () => {
    // 0.01 minutes = 600 ms.
    const h = harness({ CONTEXT_TTL_MINUTES: '0.01' });
    await say(h, Q_KON_TUM);
    await say(h, 'Còn quý II thì sao?');
    expect(lastAskOptions(h)?.context).toBeTruthy();
    await sleep(800);
    const late = await say(h, 'Hội nghị đó tổ chức ngày nào?');
    expect(lastAskOptions(h)).toBeUndefined();
    expect(late.text).not.toContain('4/7/2024');
  });

  it('survives a restart: a new bot over the same STATE_DIR continues the conversation', async () => {
    const stateDir = tempStateDir();
    const before = harness({ STATE_DIR: stateDir });
    await say(before, Q_KON_TUM);
    const after = harness({ STATE_DIR: stateDir });
    const reply = await say(after, 'Còn quý II thì sao?');
    expect(reply.text).toContain('Trần Thị Bình');
    const db = new Database(path.join(stateDir, STATE_FILE), { readonly: true });
    const row = db.prepare('SELECT key FROM sessions').all() as { key: string }[];
    db.close();
    expect(row).toEqual([{ key: `p:${USER_ID}` }]);
  });

  it('a follow-up sent before the previous answer arrives waits for its context', async () => {
    const h = harness();
    const slow = deferred<void>();
    const original = h.engine.ask.bind(h.engine);
    let first = true;
    h.engine.ask = async (q, opts) => {
      if (first) {
        first = false;
        await slow.promise;
      }
      return original(q, opts);
    };
    const one = h.handle(textMessage(Q_KON_TUM));
    const two = h.handle(textMessage('Còn quý II thì sao?'));
    await sleep(100);
    expect(h.engine.calls.filter((c) => c.method === 'ask')).toHaveLength(0);
    slow.resolve();
    await Promise.all([one, two]);
    expect(h.texts().map((t) => /Chủ trì: ([^[]+)/.exec(t)?.[1]?.trim())).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bình',
    ]);
  });
});

describe('clarification buttons', () => {
  it('asks which meeting with one button per option; a tap answers the original question for it', async () => {
    const h = harness();
    const prompt = await say(h, Q_AMBIGUOUS);
    expect(prompt.text).toBe('Có nhiều hội nghị khớp với câu hỏi. Bạn hỏi về hội nghị nào?');
    const options = buttons(prompt);
    expect(options.map((b) => b.text)).toEqual(['Mường Lay · 31/3/2021', 'Hậu Giang · 17/3/2021']);
    for (const b of options) {
      expect(b.callback_data).toMatch(/^k:[A-Za-z0-9_-]{8}:[0-5]$/);
      expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
    }
    await h.handle(callbackQuery(options[1]!.callback_data, { messageId: lastSentId(h) }));
    expect(h.callbackAnswers().at(-1)?.text).toBeUndefined();
    expect(h.engine.calls.at(-1)?.args).toEqual([Q_AMBIGUOUS, { context: null, choice: 'hg-q1-2021' }]);
    expect(h.texts().at(-1)).toContain('Chủ trì: Lê Tiến Châu [1]');
    // The chosen meeting is now the conversation's.
    expect((await say(h, 'Hội nghị đó tổ chức ngày nào?')).text).toContain('17/3/2021');
  });

  it('shows at most six options and drops empty ones', async () => {
    const h = harness();
    h.engine.ask = async (question) => ({
      question,
      answered: false,
      answer: '',
      citations: [],
      passages: [],
      timings: { retrieveMs: 0, answerMs: 0, totalMs: 0 },
      clarify: {
        prompt: 'Chọn <một>',
        options: [
          { label: ' ', choice: 'blank' },
          ...Array.from({ length: 8 }, (_, i) => ({
            label: `Hội nghị số ${i} ${'x'.repeat(50)}`,
            choice: `c${i}`,
          })),
        ],
      },
    });
    const prompt = await say(h, 'Ai chủ trì?');
    expect(prompt.text).toBe('Chọn &lt;một&gt;');
    const labels = buttons(prompt).map((b) => b.text);
    expect(labels).toHaveLength(6);
    expect(labels[0]).toMatch(/^Hội nghị số 0 x+…$/);
    expect([...labels[0]!]).toHaveLength(40);
  });

  it('answers forged, superseded, reset and expired buttons politely without asking the engine', async () => {
    const h = harness({ CONTEXT_TTL_MINUTES: '0.01' });
    const first = buttons(await say(h, Q_AMBIGUOUS));
    const firstMessage = lastSentId(h);
    const second = buttons(await say(h, Q_AMBIGUOUS));
    const asks = () => h.engine.calls.filter((c) => c.method === 'ask').length;
    const before = asks();
    const id = second[0]!.callback_data.split(':')[1]!;
    const cases: [string, string][] = [
      ['k:short:0', CLARIFY_INVALID],
      [`k:${id}:6`, CLARIFY_INVALID],
      [`k:${id}:0:extra`, CLARIFY_INVALID],
      [first[0]!.callback_data, CONVERSATION_EXPIRED], // superseded by the second clarification
      [`k:${id}:1`.replace(id, 'AAAAAAAA'), CONVERSATION_EXPIRED],
    ];
    for (const [data] of cases) await h.handle(callbackQuery(data, { messageId: firstMessage }));
    expect(h.callbackAnswers().map((a) => a.text)).toEqual(cases.map((c) => c[1]));
    await say(h, '/new');
    await h.handle(callbackQuery(second[0]!.callback_data, { messageId: lastSentId(h) }));
    expect(h.callbackAnswers().at(-1)?.text).toBe(CONVERSATION_EXPIRED);
    const third = buttons(await say(h, Q_AMBIGUOUS));
    await sleep(800);
    await h.handle(callbackQuery(third[0]!.callback_data, { messageId: lastSentId(h) }));
    expect(h.callbackAnswers().at(-1)?.text).toBe(CONVERSATION_EXPIRED);
    expect(asks()).toBe(before + 1);
  });
});

describe('conversations in groups', () => {
  const group = { chatType: 'supergroup' as const, chatId: GROUP_ID };
  const mention = (q: string) => `@${BOT_INFO.username} ${q}`;
  const replyToBot = (messageId: number) => ({
    message_id: messageId,
    from: { id: BOT_INFO.id, is_bot: true, first_name: 'Bản tin' },
  });

  it('each reply thread is its own conversation; two users asking separately never share one', async () => {
    const h = harness();
    await h.handle(textMessage(mention(Q_KON_TUM), { ...group, from: USER_ID }));
    const answerA = lastSentId(h);
    await h.handle(
      textMessage(mention('Ai chủ trì giao ban quý I năm 2021 ở Mường Lay?'), { ...group, from: OTHER_USER }),
    );
    const answerB = lastSentId(h);
    // A follow-up without a reply is a new thread: no context.
    await h.handle(textMessage(mention('Hội nghị đó tổ chức ngày nào?'), { ...group, from: USER_ID }));
    expect(lastAskOptions(h)).toBeUndefined();
    // Replies to the bot's answers continue each thread, whoever replies.
    await h.handle(
      textMessage('Còn quý II thì sao?', { ...group, from: USER_ID, replyTo: replyToBot(answerA) }),
    );
    expect(h.texts().at(-1)).toContain('Trần Thị Bình');
    const answerA2 = lastSentId(h);
    await h.handle(
      textMessage('Hội nghị đó tổ chức ngày nào?', { ...group, from: USER_ID, replyTo: replyToBot(answerB) }),
    );
    expect(h.texts().at(-1)).toContain('31/3/2021');
    // A reply to the reply's answer is still thread A, now at quý II.
    await h.handle(
      textMessage('Hội nghị đó tổ chức ngày nào?', {
        ...group,
        from: OTHER_USER,
        replyTo: replyToBot(answerA2),
      }),
    );
    expect(h.texts().at(-1)).toContain('4/7/2024');
  });

  it('a forum topic is one conversation, and a clarification tap in a group answers in its thread', async () => {
    const h = harness();
    const inTopic = (text: string, from: number): Update => {
      const u = textMessage(mention(text), { ...group, from });
      return { ...u, message: { ...u.message!, message_thread_id: 77, is_topic_message: true } };
    };
    await h.handle(inTopic(Q_KON_TUM, USER_ID));
    await h.handle(inTopic('Còn quý II thì sao?', OTHER_USER));
    expect(h.texts().at(-1)).toContain('Trần Thị Bình');

    await h.handle(textMessage(mention(Q_AMBIGUOUS), { ...group, from: USER_ID }));
    const prompt = h.sent().at(-1)!;
    const promptId = lastSentId(h);
    const tap = callbackQuery(buttons(prompt)[0]!.callback_data, { messageId: promptId, from: OTHER_USER });
    const message = tap.callback_query!.message as unknown as Record<string, unknown>;
    message.chat = { id: GROUP_ID, type: 'supergroup', title: 'Nhóm thử' };
    await h.handle(tap);
    expect(h.texts().at(-1)).toContain('Ngôn Ngọc Khuê');
    expect(h.sent().at(-1)?.reply_parameters?.message_id).toBe(promptId);
    // The answer to the tap belongs to the thread too.
    await h.handle(
      textMessage('Hội nghị đó tổ chức ngày nào?', {
        ...group,
        from: USER_ID,
        replyTo: replyToBot(lastSentId(h)),
      }),
    );
    expect(h.texts().at(-1)).toContain('31/3/2021');
    // A tap on a message of an unknown thread is answered politely.
    const stray = callbackQuery(buttons(prompt)[0]!.callback_data, { messageId: 1, from: OTHER_USER });
    (stray.callback_query!.message as unknown as Record<string, unknown>).chat = message.chat;
    await h.handle(stray);
    expect(h.callbackAnswers().at(-1)?.text).toBe(CONVERSATION_EXPIRED);
  });
});

describe('feedback', () => {
  it('one vote per user per answer, changeable; stored with the question, frame, answer, citations and a hashed user', async () => {
    const stateDir = tempStateDir();
    const h = harness({ STATE_DIR: stateDir });
    await say(h, Q_KON_TUM);
    const answer = await say(h, 'Còn quý II thì sao?');
    const answerId = lastSentId(h);
    const [source, whole, up, down] = buttons(answer);
    expect([source?.text, whole?.text, up?.text, down?.text]).toEqual(['Nguồn 1', 'Toàn bài', '👍', '👎']);
    expect(up!.callback_data).toMatch(/^fb:[A-Za-z0-9_-]{8}:u$/);
    const press = (data: string, from = USER_ID) =>
      h.handle(callbackQuery(data, { messageId: answerId, from, chatId: USER_ID }));
    await press(up!.callback_data);
    await press(up!.callback_data);
    await press(down!.callback_data);
    await press(down!.callback_data, OTHER_USER);
    expect(h.callbackAnswers().map((a) => a.text)).toEqual([
      FEEDBACK_THANKS_UP,
      FEEDBACK_SAME,
      FEEDBACK_CHANGED_DOWN,
      FEEDBACK_THANKS_DOWN,
    ]);

    const db = new Database(path.join(stateDir, STATE_FILE), { readonly: true });
    const votes = db.prepare('SELECT user_hash, verdict FROM votes').all() as {
      user_hash: string;
      verdict: string;
    }[];
    const stored = db.prepare('SELECT * FROM answers WHERE message_id = ?').get(answerId) as Record<
      string,
      string
    >;
    db.close();
    expect(votes.map((v) => v.verdict)).toEqual(['down', 'down']);
    expect(new Set(votes.map((v) => v.user_hash)).size).toBe(2);
    for (const v of votes) {
      expect(v.user_hash).not.toContain(String(USER_ID));
      expect(v.user_hash).not.toContain(String(OTHER_USER));
    }
    expect(stored.question).toBe('Còn quý II thì sao?');
    expect(JSON.parse(stored.context_in!).docIds).toEqual(['kt-q3-2024']);
    expect(JSON.parse(stored.context_out!).frame).toEqual({
      place: 'Kon Tum',
      quarter: 'II',
      year: 2024,
      target: 'who',
    });
    expect(stored.answer).toContain('Trần Thị Bình');
    expect(JSON.parse(stored.citations!)[0].docId).toBe('kt-q2-2024');
  });

  it('refuses forged or misplaced feedback buttons', async () => {
    const h = harness();
    const answer = await say(h, Q_KON_TUM);
    const answerId = lastSentId(h);
    const up = buttons(answer).find((b) => b.text === '👍')!.callback_data;
    const cases: [string, { messageId: number; from?: number; chatId?: number }, string][] = [
      ['fb:AAAAAAAA:u', { messageId: answerId }, FEEDBACK_EXPIRED],
      [`${up}x`, { messageId: answerId }, FEEDBACK_INVALID],
      [up.replace(/:u$/, ':x'), { messageId: answerId }, FEEDBACK_INVALID],
      [up, { messageId: answerId + 5 }, FEEDBACK_INVALID], // another message
      [up, { messageId: answerId, from: OTHER_USER, chatId: OTHER_USER }, FEEDBACK_INVALID], // another chat
    ];
    for (const [data, where] of cases) await h.handle(callbackQuery(data, where));
    expect(h.callbackAnswers().map((a) => a.text)).toEqual(cases.map((c) => c[2]));
  });

  it('/feedback lists the latest 👎 with their questions, for admins in private only', async () => {
    const h = harness();
    for (const q of [Q_KON_TUM, 'Ai chủ trì giao ban quý II/2024 ở Ngọc Hồi?', 'Câu hỏi <không> có đáp án']) {
      const answer = await say(h, q);
      const down = buttons(answer).find((b) => b.text === '👎')!;
      await h.handle(callbackQuery(down.callback_data, { messageId: lastSentId(h) }));
    }
    const up = buttons(await say(h, 'Ai chủ trì giao ban quý I năm 2021 ở Hậu Giang?')).find(
      (b) => b.text === '👍',
    )!;
    await h.handle(callbackQuery(up.callback_data, { messageId: lastSentId(h) }));

    expect((await say(h, '/feedback')).text).toBe(NOT_ADMIN);
    await h.handle(
      textMessage(`/feedback@${BOT_INFO.username}`, {
        from: ADMIN_ID,
        chatType: 'supergroup',
        chatId: GROUP_ID,
      }),
    );
    expect(h.texts().at(-1)).toBe(FEEDBACK_PRIVATE_ONLY);
    const list = (await say(h, '/feedback 2', ADMIN_ID)).text as string;
    expect(list).toContain('👍 1 · 👎 3');
    expect(list).toContain('1. <b>Câu hỏi &lt;không&gt; có đáp án</b>');
    expect(list).toContain('2. <b>Ai chủ trì giao ban quý II/2024 ở Ngọc Hồi?</b>');
    expect(list).not.toContain(Q_KON_TUM);
    expect(list).toContain('<code>nh-q2-2024</code>');
    expect((await say(h, '/feedback 99', ADMIN_ID)).text).toContain('Cách dùng: /feedback');
  });
});

describe('the terminal chat', () => {
  it('keeps the context like a private chat, and a clarification option is pressed with #n', async () => {
    const printed = await typeIntoTerminal(createConversationEngine(), [
      Q_KON_TUM,
      'Còn quý II thì sao?',
      '/new',
      Q_AMBIGUOUS,
      '#2',
      'Hội nghị đó tổ chức ngày nào?',
    ]);
    expect(printed).toContain('Bot › (Kon Tum, quý II/2024) Chủ trì: Trần Thị Bình [1].');
    expect(printed).toContain(`Bot › ${NEW_CONVERSATION}`);
    expect(printed).toContain('[#1 Mường Lay · 31/3/2021] [#2 Hậu Giang · 17/3/2021]');
    expect(printed).toContain('Bot › Chủ trì: Lê Tiến Châu [1].');
    expect(printed).toContain('Bot › (Hậu Giang, quý I/2021) Hội nghị tổ chức ngày 17/3/2021 [1].');
  });
});
