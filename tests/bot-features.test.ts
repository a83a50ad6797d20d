import { describe, expect, it } from 'vitest';
import { registerCommands } from '../src/bot/commands.ts';
import { APOLOGY } from '../src/bot/errors.ts';
import { BUTTON_GONE, TEXT_ONLY, unknownCommandText } from '../src/bot/features/fallback.ts';
import { LATEST_USAGE } from '../src/bot/features/latest.ts';
import { ARTICLE_CHANGED, ARTICLE_GONE, BUTTON_INVALID } from '../src/bot/features/passages.ts';
import { SEARCH_USAGE } from '../src/bot/features/search.ts';
import { SOURCE_EXPIRED, SOURCE_INVALID } from '../src/bot/features/sources.ts';
import { RATE_LIMIT_MESSAGE } from '../src/bot/middleware/rate-limit.ts';
import {
  ADMIN_ID,
  BOT_INFO,
  callbackQuery,
  createHarness,
  editedMessage,
  GROUP_ID,
  type Harness,
  textMessage,
  USER_ID,
} from './helpers/bot-harness.ts';
import { answer, citation, fakeDocument } from './helpers/fake-engine.ts';

/** Ask a question in a private chat; returns the sendMessage payloads it produced. */
async function ask(h: Harness, text: string, from = USER_ID) {
  const before = h.sent().length;
  await h.handle(textMessage(text, { from }));
  return h.sent().slice(before);
}

function buttonsOf(payload: {
  reply_markup?: { inline_keyboard: { text: string; callback_data: string }[][] };
}) {
  return (payload.reply_markup?.inline_keyboard ?? []).flat();
}

describe('bot: /start and /help', () => {
  it('/start greets and gives example questions', async () => {
    const h = createHarness();
    await h.handle(textMessage('/start'));
    expect(h.texts()).toHaveLength(1);
    expect(h.texts()[0]).toContain('Xin chào');
    expect(h.texts()[0]).toContain('Hội nghị giao ban quý I năm 2021 do ai chủ trì?');
  });

  it('/help lists the commands in HTML; only admins see the admin commands', async () => {
    const h = createHarness();
    await h.handle(textMessage('/help'));
    await h.handle(textMessage('/help', { from: ADMIN_ID }));
    const [user, admin] = h.sent();
    expect(user?.parse_mode).toBe('HTML');
    for (const cmd of ['/latest', '/search', '/stats']) expect(user?.text).toContain(cmd);
    expect(user?.text).toContain('/search &lt;từ khóa&gt;');
    expect(user?.text).not.toContain('/reindex');
    expect(admin?.text).toContain('/reindex');
    expect(admin?.text).toContain('/remove');
  });
});

describe('bot: /latest', () => {
  it('lists the newest reports first with date, title, then chair or summary', async () => {
    const h = createHarness();
    await h.handle(textMessage('/latest'));
    expect(h.engine.calls).toContainEqual({ method: 'latest', args: [5] });
    const text = h.texts()[0]!;
    const order = ['Hội nghị sơ kết 6 tháng', 'Giao ban Khối Đảng quý I', 'Hội nghị tổng kết năm 2020'].map(
      (t) => text.indexOf(t),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain('1. 15/07/2022 — <b>Hội nghị sơ kết 6 tháng đầu năm 2022</b>');
    expect(text).toContain('Chủ trì: Trần Thị B (Bí thư Huyện ủy)');
    expect(text).toContain('2. 02/04/2021');
    expect(text).toContain('Quý I năm 2021, các cơ quan Khối Đảng');
    expect(text).toContain('3. không rõ ngày');
    expect(text).not.toContain('001_oldest'); // docIds are for admins
  });

  it('takes n, and shows docIds to an admin in private', async () => {
    const h = createHarness();
    await h.handle(textMessage('/latest 2', { from: ADMIN_ID }));
    expect(h.engine.calls).toContainEqual({ method: 'latest', args: [2] });
    expect(h.texts()[0]).toContain('<b>2 bản tin mới nhất</b>');
    expect(h.texts()[0]).toContain('<code>003_newest</code>');
  });

  it('caps /latest 50 at 20 with a note', async () => {
    const h = createHarness();
    await h.handle(textMessage('/latest 50'));
    expect(h.engine.calls).toContainEqual({ method: 'latest', args: [20] });
    expect(h.texts()[0]).toMatch(
      /^<i>ℹ️ Chỉ hiện tối đa 20 bản tin mỗi lần\.<\/i>\n\n<b>3 bản tin mới nhất<\/b>/,
    );
  });

  it.each(['0', 'abc', '-3', '5.5'])('answers "/latest %s" with a usage message', async (arg) => {
    const h = createHarness();
    await h.handle(textMessage(`/latest ${arg}`));
    expect(h.texts()).toEqual([LATEST_USAGE]);
    expect(h.engine.calls.filter((c) => c.method === 'latest')).toEqual([]);
  });

  it('says so when the index is empty', async () => {
    const h = createHarness();
    h.engine.latestItems = [];
    await h.handle(textMessage('/latest'));
    expect(h.texts()).toEqual(['Chưa có bản tin nào trong chỉ mục.']);
  });
});

describe('bot: /search', () => {
  it('finds the words as a phrase in titles and passages, with title, date and a bold excerpt', async () => {
    const h = createHarness();
    const doc = (docId: string, title: string) => ({
      docId,
      title,
      published: '2022-07-15',
      source: `seeds/${docId}.txt`,
      url: null,
      site: null,
      body: '',
    });
    h.engine.documents.set('010_budget', doc('010_budget', 'Hội nghị sơ kết kinh tế'));
    h.engine.documents.set('011_policy', doc('011_policy', 'Hội nghị về an sinh'));
    h.engine.passages = [
      { docId: '010_budget', chunk: 0, score: 2, text: 'Tổng thu ngân sách trên địa bàn đạt 120 tỷ đồng.' },
      // "ngân" and "sách" both occur, but never as "ngân sách": not a match.
      { docId: '011_policy', chunk: 0, score: 1, text: 'Ngân hàng chính sách xã hội giải ngân 5 tỷ đồng.' },
    ];
    await h.handle(textMessage('/search  ngân   sách '));
    expect(h.engine.calls).toContainEqual({ method: 'search', args: ['ngân sách', 40] });
    expect(h.engine.calls.some((c) => c.method === 'ask')).toBe(false);
    expect(h.texts()[0]).toBe(
      '<b>1 bài khớp với “ngân sách”</b>\n\n1. <b>Hội nghị sơ kết kinh tế</b> — 15/07/2022\nTổng thu <b>ngân sách</b> trên địa bàn đạt 120 tỷ đồng.',
    );
    // A title holds the phrase: found by title, newest first, the words underlined in the bold title.
    await h.handle(textMessage('/search giao ban'));
    expect(h.texts()[1]).toContain('1. <b><u>Giao ban</u> Khối Đảng quý I năm 2021</b> — 02/04/2021');
  });

  it('pages results five at a time with [‹ Trước] / [Sau ›]', async () => {
    const h = createHarness();
    h.engine.passages = Array.from({ length: 7 }, (_, i) => ({
      docId: `00${i + 1}_fake`,
      chunk: 0,
      score: 1,
      text: `Đoạn ${i + 1} nói về giao ban.`,
    }));
    await h.handle(textMessage('/search giao ban'));
    const first = h.sent()[0]!;
    expect(first.text).toContain('<b>8 bài khớp với “giao ban”</b> (trang 1/2)');
    const next = first.reply_markup.inline_keyboard.flat() as { text: string; callback_data: string }[];
    expect(next.map((b) => b.text)).toEqual(['Sau ›']);
    await h.handle(callbackQuery(next[0]!.callback_data, { messageId: 901 }));
    const second = h.sent()[1]!;
    expect(second.text).toContain('(trang 2/2)');
    expect(second.text).toContain('6. <b>');
    expect((second.reply_markup.inline_keyboard.flat() as { text: string }[]).map((b) => b.text)).toEqual([
      '‹ Trước',
    ]);
    await h.handle(callbackQuery('sr:AAAAAAAA:1', { messageId: 902 }));
    expect(h.callbackAnswers().at(-1)?.text).toBe('Kết quả tìm kiếm này đã cũ. Hãy tìm lại.');
  });

  it('without keywords gives the usage', async () => {
    const h = createHarness();
    await h.handle(textMessage('/search'));
    expect(h.texts()).toEqual([SEARCH_USAGE]);
    expect(h.engine.calls.some((c) => c.method === 'search')).toBe(false);
  });

  it('says when nothing matches', async () => {
    const h = createHarness();
    h.engine.passages = [];
    await h.handle(textMessage('/search xyz'));
    expect(h.texts()[0]).toContain('Không tìm thấy bài nào có cụm “xyz”');
  });
});

describe('bot: /stats', () => {
  const now = () => new Date('2024-05-01T05:30:00Z');

  it('shows articles, chunks, vectors with the model, generation and index age', async () => {
    const h = createHarness({ now });
    await h.handle(textMessage('/stats'));
    const text = h.texts()[0]!;
    expect(text).toContain('Bài viết: 3');
    expect(text).toContain('Đoạn văn: 42');
    expect(text).toContain('Tìm kiếm ngữ nghĩa: bật (Xenova/multilingual-e5-small)');
    expect(text).toContain('Thế hệ chỉ mục: 4');
    expect(text).toContain('Cập nhật lúc: 10:00 01/05/2024 (2 giờ trước)');
  });

  it('says why vectors are off', async () => {
    const h = createHarness({ now });
    h.engine.indexStats = {
      ...h.engine.indexStats,
      vectors: false,
      model: null,
      vectorsMissingReason: 'model <missing>',
    };
    await h.handle(textMessage('/stats'));
    await h.handle(textMessage('/stats', { from: ADMIN_ID }));
    // Users see that it is off; only an admin sees the internal reason, on its own line.
    expect(h.texts()[0]).toContain('Tìm kiếm ngữ nghĩa: tắt — chỉ tìm theo từ khóa\n');
    expect(h.texts()[0]).not.toContain('missing');
    expect(h.texts()[1]).toContain('tắt — chỉ tìm theo từ khóa\n<i>Quản trị: model &lt;missing&gt;</i>');
  });
});

describe('bot: questions and sources', () => {
  it('answers a private text with [1], the sources list and a Nguồn 1 button, showing typing', async () => {
    const h = createHarness();
    const sent = await ask(h, 'Ai chủ trì hội nghị?');
    expect(h.engine.calls[0]).toEqual({ method: 'ask', args: ['Ai chủ trì hội nghị?', undefined] });
    expect(sent).toHaveLength(1);
    const msg = sent[0]!;
    expect(msg.parse_mode).toBe('HTML');
    expect(msg.text).toContain('chủ trì [1].');
    expect(msg.text).toContain('<b>Nguồn:</b>\n[1] Hội nghị giao ban số 1 — 01/04/2021 — seeds/001_fake.txt');
    const buttons = buttonsOf(msg);
    expect(buttons.map((b) => b.text)).toEqual(['Nguồn 1', 'Toàn bài', '👍', '👎']);
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
    expect(h.calls.find((c) => c.method === 'sendChatAction')?.payload).toMatchObject({ action: 'typing' });
  });

  it('one row of buttons per cited article, in order', async () => {
    const h = createHarness();
    h.engine.onAsk = (q) => answer(q, { citations: [citation(2), citation(1), citation(3)] });
    const [msg] = await ask(h, 'Câu hỏi?');
    expect(buttonsOf(msg!).map((b) => b.text)).toEqual([
      'Nguồn 1',
      'Toàn bài 1',
      'Nguồn 2',
      'Toàn bài 2',
      'Nguồn 3',
      'Toàn bài 3',
      '👍',
      '👎',
    ]);
  });

  it('merges citations of one article: one source line, one Nguồn button showing every passage', async () => {
    const h = createHarness();
    const body = 'Câu đầu của bài. Câu thứ hai được trích. Câu thứ ba cũng được trích.';
    h.engine.documents.set('001_fake', { ...fakeDocument('001_fake')!, body });
    const quote = (s: string) => ({
      quote: s,
      span: { start: body.indexOf(s), end: body.indexOf(s) + s.length },
    });
    h.engine.onAsk = (q) =>
      answer(q, {
        citations: [
          citation(1, quote('Câu thứ hai được trích.')),
          citation(2, { docId: '001_fake', ...quote('Câu thứ ba cũng được trích.') }),
        ],
      });
    const [msg] = await ask(h, 'Câu hỏi?');
    expect(msg!.text).toContain(
      '<b>Nguồn:</b>\n[1][2] Hội nghị giao ban số 1 — 01/04/2021 — seeds/001_fake.txt',
    );
    expect(msg!.text.match(/Hội nghị giao ban số/g)).toHaveLength(1);
    expect(buttonsOf(msg!).map((b) => b.text)).toEqual(['Nguồn 1', 'Toàn bài', '👍', '👎']);
    await h.handle(callbackQuery(buttonsOf(msg!)[0]!.callback_data, { messageId: 901 }));
    expect(h.texts().at(-1)).toContain(
      '<blockquote>Câu thứ hai được trích.</blockquote>\n<blockquote>Câu thứ ba cũng được trích.</blockquote>',
    );
  });

  it('links the title to the article’s URL and names its site when it came from the web', async () => {
    const h = createHarness();
    h.engine.onAsk = (q) =>
      answer(q, { citations: [citation(1, { url: 'https://baomoi.vn/a?b=1&c=2', site: 'Báo Mới' })] });
    const [msg] = await ask(h, 'Câu hỏi?');
    expect(msg!.text).toContain(
      '[1] <a href="https://baomoi.vn/a?b=1&amp;c=2">Hội nghị giao ban số 1</a> — Báo Mới — 01/04/2021',
    );
    expect(msg!.text).not.toContain('seeds/001_fake.txt');
  });

  it('pressing Nguồn 1 answers the callback and shows title, date, source and quote', async () => {
    const h = createHarness();
    const [msg] = await ask(h, 'Ai chủ trì?');
    const data = buttonsOf(msg!)[0]!.callback_data;
    const answerMessageId = 901; // the harness numbers sent messages from 901
    h.clear();
    await h.handle(callbackQuery(data, { messageId: answerMessageId }));
    expect(h.callbackAnswers()).toHaveLength(1);
    expect(h.callbackAnswers()[0]?.text).toBeUndefined();
    const shown = h.sent()[0]!;
    expect(shown.text).toContain('<b>Hội nghị giao ban số 1</b>');
    expect(shown.text).toContain('Ngày đăng: 01/04/2021');
    expect(shown.text).toContain('Nguồn: seeds/001_fake.txt');
    expect(shown.text).toContain(
      '<blockquote>Đoạn trích dẫn số 1 nói về kết quả thực hiện nhiệm vụ.</blockquote>',
    );
    expect(shown.reply_parameters).toMatchObject({ message_id: answerMessageId });
    // Toàn bài: the whole article.
    await h.handle(callbackQuery(buttonsOf(msg!)[1]!.callback_data, { messageId: answerMessageId }));
    expect(h.texts().at(-1)).toContain('Đoạn thứ hai của bài số 1.');
    expect(h.texts().at(-1)).toContain('Đoạn trích dẫn số 1');
  });

  it('source buttons need no memory: a fresh bot (a restart) answers them the same', async () => {
    const h = createHarness();
    const [msg] = await ask(h, 'Ai chủ trì?');
    const restarted = createHarness();
    // The source buttons (the 👍/👎 row after them is stored feedback, not source data).
    for (const b of buttonsOf(msg!).slice(0, 2))
      await restarted.handle(callbackQuery(b.callback_data, { messageId: 901 }));
    expect(restarted.callbackAnswers().map((a) => a.text)).toEqual([undefined, undefined]);
    expect(restarted.texts()[0]).toContain('<blockquote>Đoạn trích dẫn số 1');
    expect(restarted.texts()[1]).toContain('Đoạn thứ hai của bài số 1.');
  });

  it('refuses forged or stale button data politely, always answering the callback', async () => {
    const h = createHarness();
    const [msg] = await ask(h, 'Ai chủ trì?');
    const data = buttonsOf(msg!)[0]!.callback_data;
    const [, ref, spans, sum] = data.split(':');
    expect(ref).toBe('001_fake');
    h.clear();
    const cases: [string, string][] = [
      [`s:${ref}:${spans}:AAAA`, ARTICLE_CHANGED], // the text at those offsets is not what was quoted
      [`s:${ref}:0-${(3000).toString(36)}:${sum}`, ARTICLE_CHANGED], // past the end of the article
      [`s:009_gone:${spans}:${sum}`, ARTICLE_GONE], // article removed since
      ['a:009_gone:0', ARTICLE_GONE],
      [`s:${ref}:5-2:${sum}`, BUTTON_INVALID], // end before start
      [`s:${ref}:${spans}`, BUTTON_INVALID], // no checksum
      [`s:${ref}:${spans}:${sum}:x`, BUTTON_INVALID], // trailing junk
      [`s:../../etc:${spans}:${sum}`, BUTTON_INVALID],
      [`s:${ref}:0-${(5000).toString(36)}:${sum}`, BUTTON_INVALID], // longer than any quote
      [`a:${ref}:-1`, BUTTON_INVALID],
      [`a:${ref}:01`, BUTTON_INVALID],
      [`a:${ref}:0'; DROP TABLE docs; --`, BUTTON_INVALID],
      [`a:${'x'.repeat(62)}`, BUTTON_INVALID],
      ['src:AAAAAAAA:1', SOURCE_EXPIRED], // an old in-memory button from before a restart
      ['src:../../etc:1', SOURCE_INVALID],
      ['whatever', BUTTON_GONE], // not ours at all
    ];
    for (const [d] of cases) await h.handle(callbackQuery(d, { messageId: 901 }));
    expect(h.callbackAnswers().map((a) => a.text)).toEqual(cases.map((c) => c[1]));
    expect(h.sent()).toEqual([]);
  });

  it('escapes <b>& in article text and in user text', async () => {
    const h = createHarness();
    h.engine.onAsk = (q) =>
      answer(q, {
        answer: 'Kết luận <b>& quan trọng [1]',
        citations: [citation(1, { title: '<b>Tiêu đề & co</b>', source: 'a<b>&.txt', quote: 'x <b>& y' })],
      });
    h.engine.documents.set('001_fake', { ...fakeDocument('001_fake')!, body: 'x <b>& y' });
    const [msg] = await ask(h, 'câu hỏi <b>&');
    expect(msg!.text).toContain('Kết luận &lt;b&gt;&amp; quan trọng [1]');
    expect(msg!.text).toContain('[1] &lt;b&gt;Tiêu đề &amp; co&lt;/b&gt; — 01/04/2021 — a&lt;b&gt;&amp;.txt');
    expect(msg!.text).not.toMatch(/<b>&|<b>Tiêu/);
    await h.handle(callbackQuery(buttonsOf(msg!)[0]!.callback_data, { messageId: 901 }));
    expect(h.texts().at(-1)).toContain('<blockquote>x &lt;b&gt;&amp; y</blockquote>');
    h.engine.passages = [];
    await h.handle(textMessage('/search <b>&'));
    expect(h.texts().at(-1)).toContain('“&lt;b&gt;&amp;”');
  });

  it('splits a 10,000-character answer at paragraph boundaries, buttons on the last part', async () => {
    const h = createHarness();
    const paragraphs = Array.from(
      { length: 20 },
      (_, i) => `Đoạn ${i}: ${'nội dung & chi tiết '.repeat(25)}[1]`,
    );
    const long = paragraphs.join('\n\n');
    expect(long.length).toBeGreaterThan(10_000);
    h.engine.onAsk = (q) => answer(q, { answer: long });
    const sent = await ask(h, 'Tóm tắt?');
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const m of sent) expect(m.text.length).toBeLessThanOrEqual(4096);
    for (const p of paragraphs) {
      const escaped = p.replaceAll('&', '&amp;');
      expect(sent.filter((m) => m.text.includes(escaped))).toHaveLength(1);
    }
    expect(sent.slice(0, -1).every((m) => m.reply_markup === undefined)).toBe(true);
    expect(buttonsOf(sent.at(-1)!).map((b) => b.text)).toEqual(['Nguồn 1', 'Toàn bài', '👍', '👎']);
    const lastId = 900 + sent.length;
    await h.handle(callbackQuery(buttonsOf(sent.at(-1)!)[0]!.callback_data, { messageId: lastId }));
    expect(h.callbackAnswers().at(-1)?.text).toBeUndefined();
  });

  it('shows the answer notes, and only 👍/👎 when nothing is cited', async () => {
    const h = createHarness();
    h.engine.onAsk = (q) =>
      answer(q, { citations: [], answered: false, notes: ['Câu hỏi quá dài nên đã được cắt bớt.'] });
    const [msg] = await ask(h, 'Câu hỏi rất dài');
    expect(msg!.text).toContain('<i>ℹ️ Câu hỏi quá dài nên đã được cắt bớt.</i>');
    expect(msg!.text).toContain('Không tìm thấy thông tin');
    expect(buttonsOf(msg!).map((b) => b.text)).toEqual(['👍', '👎']);
  });

  it('ignores edited messages', async () => {
    const h = createHarness();
    await h.handle(editedMessage('Ai chủ trì?'));
    expect(h.calls).toEqual([]);
    expect(h.engine.calls).toEqual([]);
  });

  it('gives hints for unknown commands and non-text messages in private', async () => {
    const h = createHarness();
    await h.handle(textMessage('/foo bar'));
    const sticker = textMessage('');
    const { text: _t, ...noText } = sticker.message as { text: string };
    await h.handle({ update_id: sticker.update_id, message: { ...noText, sticker: {} } as never });
    expect(h.texts()).toEqual([unknownCommandText('foo'), TEXT_ONLY]);
  });
});

describe('bot: groups', () => {
  const inGroup = { chatType: 'supergroup' as const, chatId: GROUP_ID };

  it('ignores a group message that does not address the bot', async () => {
    const h = createHarness();
    await h.handle(textMessage('Hội nghị hôm nay thế nào?', inGroup));
    await h.handle(textMessage('/help@other_bot', inGroup));
    expect(h.calls).toEqual([]);
    expect(h.engine.calls).toEqual([]);
  });

  it('answers a message that mentions the bot, without the mention, replying to it', async () => {
    const h = createHarness();
    const update = textMessage(`@${BOT_INFO.username} Ai chủ trì hội nghị?`, inGroup);
    await h.handle(update);
    expect(h.engine.calls[0]).toEqual({ method: 'ask', args: ['Ai chủ trì hội nghị?', undefined] });
    expect(h.sent()[0]?.chat_id).toBe(GROUP_ID);
    expect(h.sent()[0]?.reply_parameters).toMatchObject({ message_id: update.message!.message_id });
  });

  it('answers a reply to one of its messages, and commands', async () => {
    const h = createHarness();
    const botMessage = { message_id: 5, from: { id: BOT_INFO.id, is_bot: true, first_name: 'Bản tin' } };
    await h.handle(textMessage('Còn năm 2022 thì sao?', { ...inGroup, replyTo: botMessage }));
    await h.handle(textMessage('/stats', inGroup));
    await h.handle(textMessage(`/latest@${BOT_INFO.username} 1`, inGroup));
    // /stats reads the facets for its chart.
    expect(h.engine.calls.map((c) => c.method)).toEqual(['ask', 'stats', 'facets', 'latest']);
    expect(h.sent()).toHaveLength(3);
  });
});

describe('bot: staying up', () => {
  it('rate-limits each user with one friendly message per minute', async () => {
    const h = createHarness({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
    for (let i = 0; i < 4; i++) await h.handle(textMessage(`Câu hỏi ${i}?`));
    await h.handle(textMessage('Câu hỏi của người khác?', { from: USER_ID + 1 }));
    expect(h.engine.calls.filter((c) => c.method === 'ask').map((c) => c.args[0])).toEqual([
      'Câu hỏi 0?',
      'Câu hỏi 1?',
      'Câu hỏi của người khác?',
    ]);
    expect(h.texts().filter((t) => t === RATE_LIMIT_MESSAGE)).toHaveLength(1);
  });

  it('apologises when the engine throws, logs the update id, and keeps going', async () => {
    const h = createHarness();
    h.engine.onAsk = () => {
      throw new Error('engine: boom');
    };
    const update = textMessage('Câu hỏi?');
    await expect(h.handle(update)).resolves.toBeUndefined();
    expect(h.texts()).toEqual([APOLOGY]);
    const logged = h.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'bot: update failed');
    expect(logged).toMatchObject({ updateId: update.update_id, err: { message: 'engine: boom' } });
    h.engine.onAsk = (q) => answer(q);
    await h.handle(textMessage('Câu hỏi khác?'));
    expect(h.texts().at(-1)).toContain('[1]');
  });

  it('apologises on a button when showing the source fails', async () => {
    const h = createHarness({
      fail: (method, p) =>
        method === 'sendMessage' && String(p.text).includes('<blockquote>')
          ? { error_code: 400, description: 'Bad Request: boom' }
          : undefined,
    });
    const [msg] = await ask(h, 'Ai?');
    await h.handle(callbackQuery(buttonsOf(msg!)[0]!.callback_data, { messageId: 901 }));
    expect(h.callbackAnswers().map((a) => a.text)).toEqual([
      undefined,
      'Xin lỗi, đã có lỗi. Vui lòng thử lại.',
    ]);
  });

  it('survives sendChatAction and setMyCommands failing', async () => {
    const h = createHarness({
      fail: (method) =>
        method === 'sendChatAction' || method === 'setMyCommands'
          ? { error_code: 404, description: 'Not Found: method not found' }
          : undefined,
    });
    await expect(registerCommands(h.bot.api, [ADMIN_ID], h.logger)).resolves.toBeUndefined();
    const [msg] = await ask(h, 'Ai chủ trì?');
    expect(msg!.text).toContain('[1]');
    const levels = h.logs.map((l) => JSON.parse(l));
    expect(levels.some((l) => l.msg === 'bot: sendChatAction failed' && l.level === 20)).toBe(true);
    expect(levels.some((l) => String(l.msg).startsWith('bot: setMyCommands failed') && l.level === 40)).toBe(
      true,
    );
  });
});
