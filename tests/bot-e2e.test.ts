/**
 * End to end: the real bot process (`node --import tsx src/main.ts`, what `npm start` runs) with the
 * real engine and a generated test embedding model, talking to telegram-test-api on 127.0.0.1
 * through a small proxy that adds getFile and file downloads. One process serves every case, in
 * order (the /latest case runs before the admin adds newer articles). Every wait is bounded.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_ID,
  type BotStack,
  createBotStack,
  type EmulatorChat,
  type FileApi,
  TEST_TOKEN,
} from './helpers/bot-harness.ts';
import { EN_Q1_2021_BUTTONS, Q_EN_Q1_2021, SEED_DOC_2021, TITLE_2021 } from './helpers/seed-answers.ts';

const SEED_DOC_2023 = '001_56a5bdce7b9e82f6';
const TITLE_2023 = 'Thị ủy giao ban công tác Đảng, đoàn thể 9 tháng năm 2023';
const Q_MUONG_LAY = 'Ai chủ trì hội nghị giao ban Khối Đảng quý I năm 2021 ở Mường Lay?';
/** Telegram refuses longer messages; the bot must split before that. */
const TELEGRAM_MAX_CHARS = 4096;

/** A new article in the seeds' raw style: headline, date line, body. */
const MOC_CHAU_ARTICLE = `Huyện ủy Mộc Châu giao ban công tác Đảng quý I năm 2024

Ngày 15 tháng 03 năm 2024

Sáng ngày 14/3/2024, Huyện ủy Mộc Châu tổ chức hội nghị giao ban công tác Đảng quý I năm 2024. Đồng chí Hoàng Văn Nam, Bí thư Huyện ủy Mộc Châu chủ trì hội nghị giao ban quý I năm 2024. Dự hội nghị có các đồng chí trong Ban Thường vụ Huyện ủy, lãnh đạo các ban xây dựng Đảng, Văn phòng Huyện ủy và các tổ chức chính trị - xã hội của huyện.

Trong quý I năm 2024, các cơ quan khối Đảng đã tham mưu cho Huyện ủy triển khai các nghị quyết của Tỉnh ủy, tổ chức chu đáo các hoạt động mừng Đảng, mừng Xuân Giáp Thìn. Công tác kiểm tra, giám sát được thực hiện đúng kế hoạch.

Phát biểu kết luận hội nghị, đồng chí Bí thư Huyện ủy yêu cầu các cơ quan tập trung phát triển vùng chè và du lịch nông nghiệp trong quý II năm 2024.`;

/** Sent as a .txt document captioned /add. */
const TA_XUA_ARTICLE = `Đảng ủy xã Tà Xùa sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024

Ngày 05 tháng 07 năm 2024

Chiều ngày 4/7/2024, Đảng ủy xã Tà Xùa tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024. Đồng chí Vừ A Lử, Bí thư Đảng ủy xã chủ trì hội nghị. Tham dự hội nghị có các đồng chí trong Ban Chấp hành Đảng bộ xã và bí thư các chi bộ trực thuộc.

Sáu tháng đầu năm 2024, Đảng ủy xã đã kết nạp 7 đảng viên mới, hoàn thành việc kiểm tra 4 chi bộ. Hội nghị đề ra nhiệm vụ trọng tâm 6 tháng cuối năm là phát triển cây chè shan tuyết gắn với du lịch cộng đồng.`;

let stack: BotStack;
/** One chat object for the admin, so each case sees only the replies it caused. */
let admin: EmulatorChat;
/** The getFile/download proxy in front of the emulator. */
let files: FileApi;
const timings: Record<string, number> = {};
let suiteStart = 0;

function unescapeHtml(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('npm start against telegram-test-api (real engine, test embedding model)', () => {
  beforeAll(async () => {
    suiteStart = performance.now();
    // Seeds under `seeds/` so sources read `seeds/<file>` as they do for the real folder.
    stack = await createBotStack({ name: 'bot-e2e', model: 'wordpiece', files: true });
    admin = stack.chat(ADMIN_ID);
    files = stack.files!;
    await stack.start();
    timings.modelMs = stack.timings.modelMs;
    timings.botStartMs = stack.timings.startMs;
  });

  afterAll(async () => {
    await stack?.close();
    const total = performance.now() - suiteStart;
    console.info(
      `bot-e2e timings: test model ${timings.modelMs?.toFixed(0)} ms, bot start (tsx + model + index build) ${timings.botStartMs?.toFixed(0)} ms, twenty concurrent questions ${timings.concurrentMs?.toFixed(0)} ms, whole suite ${total.toFixed(0)} ms`,
    );
  });

  it('built the index with vectors from the test model', async () => {
    expect(stack.bot.output()).toContain('engine: index built');
    const stats = await stack.chat().ask('/stats');
    expect(stats.text).toContain('Bài viết: 5');
    expect(stats.text).toMatch(/Tìm kiếm ngữ nghĩa: bật \(model@[0-9a-f]+\)/);
    expect(stats.text).toContain('Thế hệ chỉ mục: 1');
  });

  it('/start greets with examples; /help lists the commands, admin ones only for admins', async () => {
    const user = stack.chat();
    const start = await user.ask('/start');
    expect(start.text).toContain('Xin chào');
    expect(start.text).toContain('Hội nghị giao ban quý I năm 2021 do ai chủ trì?');
    const help = await user.ask('/help');
    expect(help.parseMode).toBe('HTML');
    expect(help.text).toContain('<b>Cách hỏi</b>');
    expect(help.text).toContain('/latest [n]');
    expect(help.text).not.toContain('/reindex');
    const adminHelp = await admin.ask('/help');
    expect(adminHelp.text).toContain('/reindex');
    expect(adminHelp.text).toContain('/add');
  });

  it('/latest lists the 2023 report first (with its id for the admin)', async () => {
    const latest = await stack.chat().ask('/latest');
    expect(latest.text).toContain('<b>5 bản tin mới nhất</b>');
    const first = latest.text.split('\n\n')[1] ?? '';
    expect(first).toBe(
      `1. 20/09/2023 — <b>${TITLE_2023}</b>\n   Chủ trì: Văn Quốc Cường (Phó Bí thư thường trực thị ủy)`,
    );
    // Newest first: 2023, then 2022, then the 2021 reports.
    const at = (s: string) => latest.text.indexOf(s);
    expect(at('20/09/2023')).toBeLessThan(at('20/06/2022'));
    expect(at('20/06/2022')).toBeLessThan(at('02/04/2021'));

    const forAdmin = await admin.ask('/latest 1');
    expect(forAdmin.text).toContain(`<b>${TITLE_2023}</b>`);
    expect(forAdmin.text).toContain(`<code>${SEED_DOC_2023}</code>`);
  });

  it('answers the Mường Lay question with [1] and a Nguồn 1 button that shows the cited passage', async () => {
    const user = stack.chat();
    const answer = await user.ask(Q_MUONG_LAY);
    expect(answer.parseMode).toBe('HTML');
    expect(answer.text).toContain('Ngôn Ngọc Khuê');
    expect(answer.text).toContain('[1]');
    expect(answer.text).toContain(`[1] ${TITLE_2021} — 02/04/2021 — seeds/${SEED_DOC_2021}.txt`);
    // One source list, the bot's: the engine's plain-text one must not show up as well.
    expect(count(answer.text, 'Nguồn:')).toBe(1);
    expect(answer.buttons.map((b) => b.text)).toEqual(['Nguồn 1', 'Toàn bài', '👍', '👎']);

    await user.press(answer.buttons[0]!.data, answer.messageId);
    const [source, ...more] = await user.replies(1);
    expect(more).toEqual([]);
    expect(source?.parseMode).toBe('HTML');
    const lines = source!.text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `<b>${TITLE_2021}</b>`,
      'Ngày đăng: 02/04/2021',
      `Nguồn: seeds/${SEED_DOC_2021}.txt`,
    ]);
    const quote = /<blockquote>([\s\S]+)<\/blockquote>/.exec(source!.text)?.[1] ?? '';
    expect(quote).toContain('Ngôn Ngọc Khuê');
    // The quote is the article's own words, not a paraphrase.
    const raw = readFileSync(path.join(stack.seedsDir, `${SEED_DOC_2021}.txt`), 'utf8');
    expect(squash(raw)).toContain(squash(unescapeHtml(quote)));
  });

  it('answers an English question naming both Q1 2021 chairs, each cited', async () => {
    const answer = await stack.chat().ask(Q_EN_Q1_2021);
    expect(answer.text).toContain('Ngôn Ngọc Khuê');
    expect(answer.text).toContain('Lê Tiến Châu');
    expect(answer.text).toContain('[1]');
    expect(answer.text).toContain('[2]');
    // An English question: the bot's own labels are English (the answer quotes the articles as written).
    expect(answer.buttons.map((b) => b.text)).toEqual(EN_Q1_2021_BUTTONS);
  });

  it('says "not found" for a question only a sidebar headline touches, with only 👍/👎', async () => {
    const answer = await stack
      .chat()
      .ask('Cuộc họp khẩn của Bộ Y tế về ca lây nhiễm từ người cách ly do ai chủ trì?');
    expect(answer.text).toContain('Không tìm thấy');
    expect(answer.text).not.toMatch(/\[\d+\]/);
    expect(answer.buttons.map((b) => b.text)).toEqual(['👍', '👎']);
  });

  it('answers a 5,000-character message politely (shortened, with a note) and keeps working', async () => {
    const user = stack.chat();
    const filler = ' Xin cho biết thêm chi tiết về kết quả thực hiện nhiệm vụ chính trị của địa phương.';
    const long = (Q_MUONG_LAY + filler.repeat(80)).slice(0, 5000);
    expect(long).toHaveLength(5000);
    await user.say(long);
    const replies = await user.replies(1);
    for (const r of replies) expect(r.text.length).toBeLessThanOrEqual(TELEGRAM_MAX_CHARS);
    const all = replies.map((r) => r.text).join('\n');
    expect(all).toContain('<i>ℹ️ Câu hỏi quá dài, chỉ xét 2000 ký tự đầu.</i>');
    expect(all).not.toContain('Xin lỗi, đã có lỗi');

    const after = await user.ask(Q_MUONG_LAY);
    expect(after.text).toContain('Ngôn Ngọc Khuê');
  });

  it('answers whitespace and a lone emoji with a prompt for a question, and keeps working', async () => {
    const user = stack.chat();
    const blank = await user.ask('   \n  ');
    expect(blank.text).toContain('Bạn muốn hỏi gì?');
    const emoji = await user.ask('🙂');
    expect(emoji.text).toContain('Xin hãy nhập câu hỏi');
    expect(emoji.buttons.map((b) => b.text)).toEqual(['👍', '👎']);
    for (const r of [blank, emoji]) expect(r.text).not.toContain('Xin lỗi, đã có lỗi');
    expect((await user.ask('/start')).text).toContain('Xin chào');
  });

  it('refuses /reindex and a document /add from a non-admin, changing and downloading nothing', async () => {
    const user = stack.chat();
    const refused = await user.ask('/reindex');
    expect(refused.text).toBe('Lệnh này chỉ dành cho quản trị viên.');
    expect(await user.settle(400)).toEqual([]);

    const doc = files.addFile('bai-moi.txt', Buffer.from(TA_XUA_ARTICLE, 'utf8'), 'text/plain');
    await user.sendDocument(doc, '/add');
    expect((await user.replies(1))[0]?.text).toBe('Lệnh này chỉ dành cho quản trị viên.');
    expect(files.served).toEqual([]);
    expect(readdirSync(stack.seedsDir)).toHaveLength(5);
    expect((await user.ask('/stats')).text).toContain('Thế hệ chỉ mục: 1');
  });

  it('lets the admin /add an article as text, then cites the new file', async () => {
    await admin.say(`/add\n${MOC_CHAU_ARTICLE}`);
    const [preview] = await admin.replies(1, 20_000);
    expect(preview?.text).toContain(
      'Tiêu đề: <b>Huyện ủy Mộc Châu giao ban công tác Đảng quý I năm 2024</b>',
    );
    expect(preview?.text).toContain('Chủ trì: Hoàng Văn Nam (Bí thư Huyện ủy Mộc Châu)');
    expect(readdirSync(stack.seedsDir)).toHaveLength(5); // nothing written before [Lưu]
    await admin.press(preview!.buttons.find((b) => b.text === 'Lưu')!.data, preview!.messageId);
    const [started, done] = await admin.replies(2, 20_000);
    expect(started?.text).toContain('Đang cập nhật chỉ mục');
    const docId = /Đã thêm bài <code>(\d{8}_[0-9a-f]{16})<\/code>\./.exec(done?.text ?? '')?.[1];
    expect(docId, done?.text).toBeDefined();
    expect(done?.text).toContain(`Thêm: 1 (<code>${docId}</code>)`);
    expect(done?.text).toContain('Không đổi: 5');
    const file = path.join(stack.seedsDir, `${docId}.txt`);
    expect(readFileSync(file, 'utf8')).toContain('Đồng chí Hoàng Văn Nam, Bí thư Huyện ủy Mộc Châu');

    const user = stack.chat();
    const answer = await user.ask('Ai chủ trì hội nghị giao ban quý I năm 2024 của Huyện ủy Mộc Châu?');
    expect(answer.text).toContain('Hoàng Văn Nam');
    expect(answer.text).toContain('[1]');
    expect(answer.text).toContain(`— 15/03/2024 — seeds/${docId}.txt`);
    await user.press(answer.buttons[0]!.data, answer.messageId);
    const [source] = await user.replies(1);
    expect(source?.text).toContain(`Nguồn: seeds/${docId}.txt`);
    expect(source?.text).toContain('Hoàng Văn Nam');

    const latest = await user.ask('/latest 1');
    expect(latest.text).toContain(
      '15/03/2024 — <b>Huyện ủy Mộc Châu giao ban công tác Đảng quý I năm 2024</b>',
    );
  });

  it('lets the admin /add a .txt document: downloads it through getFile, indexes it, cites it', async () => {
    const doc = files.addFile('tà xùa 6 tháng.txt', Buffer.from(TA_XUA_ARTICLE, 'utf8'), 'text/plain');
    await admin.sendDocument(doc, '/add');
    const [preview] = await admin.replies(1, 20_000);
    await admin.press(preview!.buttons.find((b) => b.text === 'Lưu')!.data, preview!.messageId);
    const [started, done] = await admin.replies(2, 20_000);
    expect(started?.text).toContain('Đang cập nhật chỉ mục');
    const docId = /Đã thêm bài <code>(\d{8}_[0-9a-f]{16})<\/code>\./.exec(done?.text ?? '')?.[1];
    expect(docId, done?.text).toBeDefined();
    expect(done?.text).toContain('Thêm: 1');
    // The bot asked for the path, then fetched exactly that file.
    expect(files.served).toEqual([
      `getFile ${doc.file_id}`,
      `file documents/${doc.file_id}_tà xùa 6 tháng.txt`,
    ]);
    expect(readFileSync(path.join(stack.seedsDir, `${docId}.txt`), 'utf8')).toBe(`${TA_XUA_ARTICLE}\n`);

    const answer = await stack
      .chat()
      .ask('Ai chủ trì hội nghị sơ kết 6 tháng đầu năm 2024 của Đảng ủy xã Tà Xùa?');
    expect(answer.text).toContain('Vừ A Lử');
    expect(answer.text).toContain(`— 05/07/2024 — seeds/${docId}.txt`);
    expect((await stack.chat().ask('/stats')).text).toContain('Bài viết: 7');
  });

  it('answers twenty users asking at once, each exactly once and to their own question', async () => {
    const cases = [
      { q: Q_MUONG_LAY, expected: 'Ngôn Ngọc Khuê' },
      { q: 'Ai chu tri hoi nghi giao ban Khoi Dang quy I nam 2021 o Muong Lay?', expected: 'Ngôn Ngọc Khuê' },
      {
        q: 'Hội nghị giao ban công tác Đảng, đoàn thể 9 tháng năm 2023 do ai chủ trì?',
        expected: 'Văn Quốc Cường',
      },
      {
        q: 'Ai chủ trì buổi làm việc định kỳ của Thường trực Tỉnh ủy với các cơ quan tham mưu giúp việc?',
        expected: 'Lê Tiến Châu',
      },
    ];
    const users = Array.from({ length: 20 }, (_, i) => ({ chat: stack.chat(), ...cases[i % cases.length]! }));
    const t = performance.now();
    await Promise.all(users.map((u) => u.chat.say(u.q)));
    const answers = await Promise.all(users.map((u) => u.chat.replies(1, 30_000)));
    timings.concurrentMs = performance.now() - t;
    const extra = await Promise.all(users.map((u) => u.chat.settle(300, 5_000)));
    users.forEach((u, i) => {
      expect(answers[i], `user ${u.chat.userId}`).toHaveLength(1);
      expect(extra[i], `user ${u.chat.userId}`).toEqual([]);
      expect(answers[i]![0]!.text).toContain(u.expected);
      expect(answers[i]![0]!.buttons[0]?.text).toBe('Nguồn 1');
    });
  });

  it('stops on SIGTERM with exit code 0, having logged no errors and never the token', async () => {
    expect(await stack.bot.stop('SIGTERM', 15_000)).toBe(0);
    const out = stack.bot.output();
    expect(out).toContain('"msg":"bot: stopped"');
    expect(stack.bot.errorLines()).toEqual([]);
    // Once started, standard error carries JSON log lines only (no build progress from /add).
    const afterStart = out.slice(out.indexOf('"msg":"bot: started"')).split('\n').slice(1);
    expect(afterStart.filter((l) => l.trim() && !l.startsWith('{'))).toEqual([]);
    expect(out).not.toContain(TEST_TOKEN);
    expect(existsSync(stack.seedsDir)).toBe(true);
  });
});
