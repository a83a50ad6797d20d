/**
 * Small talk and the example questions: greetings and thanks get a friendly reply with example
 * buttons instead of a cited quote; every example of /start and /help is a button, and each is
 * answered from the shipped seeds by the real engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUESTIONS, smallTalkReply } from '../src/bot/features/examples.ts';
import { smallTalk } from '../src/bot/small-talk.ts';
import { createHarness, textMessage } from './helpers/bot-harness.ts';
import { type RealBot, startRealBot, text } from './helpers/real-bot.ts';

describe('small talk', () => {
  it('recognises whole-message greetings and thanks, in Vietnamese (with or without marks) and English', () => {
    expect(smallTalk('xin chào')).toEqual({ kind: 'greeting', lang: 'vi' });
    expect(smallTalk('Chào bạn!')).toEqual({ kind: 'greeting', lang: 'vi' });
    expect(smallTalk('chao bot a')).toEqual({ kind: 'greeting', lang: 'vi' });
    expect(smallTalk('Cảm ơn bot nhé 🙏')).toEqual({ kind: 'thanks', lang: 'vi' });
    expect(smallTalk('cam on nhieu')).toEqual({ kind: 'thanks', lang: 'vi' });
    expect(smallTalk('Hi there')).toEqual({ kind: 'greeting', lang: 'en' });
    expect(smallTalk('Thanks a lot!')).toEqual({ kind: 'thanks', lang: 'en' });
  });

  it('leaves questions alone, even those that start with a greeting or contain "chào"', () => {
    for (const q of [
      'Chào bạn, ai chủ trì hội nghị giao ban quý I năm 2021?',
      'chào mừng các ngày lễ',
      'Hội nghị giao ban quý I năm 2021 do ai chủ trì?',
      'cảm ơn ai?',
      'thank you for the report on the meeting of the district committee',
      '',
    ]) {
      expect(smallTalk(q), q).toBeNull();
    }
  });

  it('answers "xin chào" with a greeting and example buttons, without asking the engine', async () => {
    const h = createHarness();
    await h.handle(textMessage('xin chào'));
    await h.handle(textMessage('thanks!'));
    expect(h.texts()).toEqual([
      smallTalkReply({ kind: 'greeting', lang: 'vi' }),
      smallTalkReply({ kind: 'thanks', lang: 'en' }),
    ]);
    const buttons = h.sent()[0]?.reply_markup.inline_keyboard.flat() as {
      text: string;
      callback_data: string;
    }[];
    expect(buttons.map((b) => b.text)).toEqual(EXAMPLE_QUESTIONS);
    expect(h.engine.calls.filter((c) => c.method === 'ask')).toEqual([]);
  });
});

describe('the user’s language', () => {
  it('an English user gets /start and /help in English; others in Vietnamese', async () => {
    const h = createHarness();
    const english = (t: string) => {
      const u = textMessage(t);
      u.message!.from!.language_code = 'en-US';
      return u;
    };
    await h.handle(english('/help'));
    await h.handle(english('/start'));
    await h.handle(textMessage('/help'));
    const [helpEn, startEn, helpVi] = h.texts();
    expect(helpEn).toContain('<b>How to ask</b>');
    expect(helpEn).toContain('/search &lt;words&gt; — articles with these words in their title or text');
    expect(helpEn).not.toContain('Cách hỏi');
    expect(startEn).toMatch(/^Hello! I answer questions about Party and government meeting reports/);
    expect(helpVi).toContain('<b>Cách hỏi</b>');
    // No Fluent isolation marks reach Telegram.
    for (const t of h.texts()) expect(t).not.toMatch(/[\u2068\u2069]/);
  });
});

describe('example questions on the shipped seeds (real engine)', () => {
  let rb: RealBot;
  const USER = 8601;
  beforeAll(async () => {
    rb = await startRealBot({ vectors: false });
  }, 60_000);
  afterAll(async () => {
    await rb?.close();
  });

  it('/start and /help show every example as a button, and each button is answered with a citation', async () => {
    await rb.handle(text('/start', { from: USER }));
    await rb.handle(text('/help', { from: USER }));
    const [start, help] = rb.sent(USER);
    for (const m of [start, help]) {
      const labels = (m!.reply_markup.inline_keyboard.flat() as { text: string }[]).map((b) => b.text);
      expect(labels).toEqual(EXAMPLE_QUESTIONS);
    }
    const expected = ['Ngôn Ngọc Khuê', 'nhiệm vụ trọng tâm trong thời gian tới', 'kết nạp 1.035 đảng viên'];
    const buttons = start!.reply_markup.inline_keyboard.flat() as { callback_data: string }[];
    for (const [i, b] of buttons.entries()) {
      const before = rb.sent(USER).length;
      await rb.handle({
        update_id: 900_000 + i,
        callback_query: {
          id: `ex${i}`,
          from: { id: USER, is_bot: false, first_name: 'A' },
          chat_instance: 'ci',
          data: b.callback_data,
          message: {
            message_id: 5001,
            date: 0,
            chat: { id: USER, type: 'private', first_name: 'A' },
            text: '…',
          },
        },
      });
      const [echo, answer] = rb.sent(USER).slice(before);
      expect(echo?.text).toBe(`❓ ${EXAMPLE_QUESTIONS[i]}`);
      expect(answer?.text, EXAMPLE_QUESTIONS[i]).toContain('[1]');
      expect(answer?.text).toContain(expected[i]);
      expect(answer?.text).not.toContain('Không tìm thấy');
      expect(answer?.text).toMatch(/seeds\/00\d_[0-9a-f]{16}\.txt/);
    }
  });

  it('/search ngân sách finds nothing in the seeds (they say "chính sách", never "ngân sách"); /search Mường Lay finds the title', async () => {
    const U = USER + 2;
    await rb.handle(text('/search ngân sách', { from: U }));
    await rb.handle(text('/search chính sách', { from: U }));
    await rb.handle(text('/search Mường Lay', { from: U }));
    const [budget, policy, place] = rb.sent(U).map((p) => String(p.text));
    expect(budget).toBe(
      'Không tìm thấy bài nào có cụm “ngân sách”. Hãy thử từ khóa khác, có dấu hoặc không dấu.',
    );
    expect(policy).toMatch(/^<b>2 bài khớp với “chính sách”<\/b>/);
    expect(policy?.match(/<b>chính sách<\/b>/gi)?.length).toBeGreaterThanOrEqual(2);
    expect(place).toContain('1. <b><u>Mường Lay</u>: Giao ban Khối Đảng quý I năm 2021</b> — 02/04/2021');
  });

  it('"xin chào" gets a greeting, not a quote about "chào mừng các ngày lễ"', async () => {
    await rb.handle(text('xin chào', { from: USER + 1 }));
    const [reply] = rb.sent(USER + 1);
    expect(reply?.text).toBe(smallTalkReply({ kind: 'greeting', lang: 'vi' }));
    expect(reply?.text).not.toContain('[1]');
  });
});
