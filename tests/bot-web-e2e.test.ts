/**
 * End to end, web ingestion: the real bot process (`src/main.ts`, what `npm start` runs) against
 * telegram-test-api, and a local HTTP server on 127.0.0.1 serving a portal page, a PDF and a DOCX
 * made from three articles of `../shared/eval/corpus`. The admin adds them by URL through the
 * preview and its buttons; questions cite them with their URLs; a `Nguồn 1` button keeps working
 * after the bot restarts; a rebuild from SEEDS_DIR alone reproduces the sources; and the restarted
 * bot, without FETCH_ALLOW_PRIVATE, refuses a private address. Every wait is bounded.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createEngine } from '../src/engine/create.ts';
import {
  ADMIN_ID,
  type BotMessage,
  type BotStack,
  createBotStack,
  type EmulatorChat,
  projectRoot,
} from './helpers/bot-harness.ts';
import { articleDocx, articlePage, articlePdf } from './helpers/documents.ts';
import { type FeedSite, startFeedSite } from './helpers/feeds.ts';

const CORPUS = path.join(projectRoot, '..', 'shared', 'eval', 'corpus');
const BAO_YEN = '200_520d24c45f0b18f6';
const CHIEM_HOA = '201_0d855e1c619dad71';
const NGA_NAM = '202_8c4d6c3b8a09e1c0';
const SITE = 'Cổng thông tin điện tử huyện Bảo Yên';
/** Questions of `../shared/eval/questions.jsonl` (d001–d003) answered by those three articles. */
const Q_BAO_YEN =
  'Hội nghị giao ban công tác xây dựng Đảng 9 tháng năm 2022 của Huyện ủy Bảo Yên do ai chủ trì?';
const Q_CHIEM_HOA =
  'Cho hỏi giao ban 9 tháng 2022 của Ban Thường vụ Huyện ủy Chiêm Hóa thì đồng chí nào chủ trì?';
const Q_NGA_NAM = 'Thị ủy Ngã Năm giao ban 9 tháng năm 2022, những ai đồng chủ trì hội nghị?';

let stack: BotStack;
/** The portal on 127.0.0.1 serving the page, the PDF and the DOCX. */
let site: FeedSite;
let base: string;
/** Paths the portal was asked for, in order. */
const hits = () => site.hits.map((h) => h.path);
let admin: EmulatorChat;
/** The answer whose buttons are pressed again after the restart. */
let kept: BotMessage;
let addedId = '';
/** How long a reply to a command may take. */
const REPLY_MS = 20_000;

function button(message: BotMessage, label: string): { text: string; data: string } {
  const b = message.buttons.find((x) => x.text === label);
  if (!b) throw new Error(`no button ${label}: ${JSON.stringify(message.buttons)}`);
  return b;
}

/** Press [Lưu] on a preview; returns the update report. */
async function save(preview: BotMessage): Promise<string> {
  await admin.press(button(preview, 'Lưu').data, preview.messageId);
  const [started, done] = await admin.replies(2, 30_000);
  expect(started?.text).toContain('Đang cập nhật chỉ mục');
  return done?.text ?? '';
}

describe.skipIf(!existsSync(CORPUS))('web ingestion end to end (real bot process, 127.0.0.1 only)', () => {
  beforeAll(async () => {
    // No model: keyword search only, which is all these cases need.
    stack = await createBotStack({ name: 'bot-web-e2e', firstUserId: 8501 });
    const raw = (id: string) => readFileSync(path.join(CORPUS, `${id}.txt`), 'utf8');
    site = await startFeedSite();
    base = site.base;
    site.routes.set('/tin/bao-yen.html', {
      type: 'text/html; charset=utf-8',
      body: articlePage(raw(BAO_YEN), { site: SITE }),
    });
    site.routes.set('/files/chiem-hoa.pdf', {
      type: 'application/pdf',
      body: await articlePdf(raw(CHIEM_HOA)),
    });
    site.routes.set('/files/nga-nam.docx', {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      body: await articleDocx(raw(NGA_NAM)),
    });
    admin = stack.chat(ADMIN_ID);
    await stack.start({ FETCH_ALLOW_PRIVATE: '1' });
  }, 90_000);

  afterAll(async () => {
    await stack?.close();
    await site?.close();
  });

  it('/add <url> shows a preview; [Hủy] writes nothing', async () => {
    const preview = await admin.ask(`/add ${base}/tin/bao-yen.html`, REPLY_MS);
    expect(preview.text).toContain('<b>Xem trước — chưa lưu</b>');
    expect(preview.text).toContain(
      'Tiêu đề: <b>Bảo Yên: Giao ban công tác xây dựng Đảng, đoàn thể 9 tháng năm 2022</b>',
    );
    expect(preview.text).toContain('Ngày đăng: 29/09/2022');
    expect(preview.text).toContain('Chủ trì: Lục Văn Khởi (Bí thư Huyện ủy)');
    expect(preview.text).toContain(`Nguồn: <a href="${base}/tin/bao-yen.html">${SITE}</a>`);
    expect(preview.buttons.map((b) => b.text)).toEqual(['Lưu', 'Hủy']);
    await admin.press(button(preview, 'Hủy').data, preview.messageId);
    expect((await admin.replies(1))[0]?.text).toBe('Đã hủy, không lưu gì.');
    expect(readdirSync(stack.seedsDir)).toHaveLength(5);
    expect(hits()).toEqual(['/tin/bao-yen.html']);
  });

  it('/add <url> → [Lưu] indexes it; a question cites it with its URL and site; a second /add is a duplicate', async () => {
    const preview = await admin.ask(`/add ${base}/tin/bao-yen.html`, REPLY_MS);
    const done = await save(preview);
    addedId = /Đã thêm bài <code>(\d{8}_[0-9a-f]{16})<\/code>\./.exec(done)?.[1] ?? '';
    expect(addedId, done).not.toBe('');
    expect(done).toContain('Thêm: 1');
    const saved = readFileSync(path.join(stack.seedsDir, `${addedId}.html`), 'utf8');
    expect(saved.split('\n')[0]).toContain('bantin-source');
    expect(saved).toContain('Lục Văn Khởi');

    const user = stack.chat();
    kept = await user.ask(Q_BAO_YEN, REPLY_MS);
    expect(kept.text).toContain('Lục Văn Khởi');
    expect(kept.text).toContain(
      `[1] <a href="${base}/tin/bao-yen.html">Bảo Yên: Giao ban công tác xây dựng Đảng, đoàn thể 9 tháng năm 2022</a> — ${SITE} — 29/09/2022`,
    );
    expect(kept.buttons.map((b) => b.text)).toEqual(['Nguồn 1', 'Toàn bài', '👍', '👎']);
    await user.press(button(kept, 'Toàn bài').data, kept.messageId);
    const [whole] = await user.replies(1);
    expect(whole?.text).toContain(`<a href="${base}/tin/bao-yen.html">`);
    expect(whole?.text).toContain('Ủy ban Kiểm tra Huyện ủy đã tham mưu kiểm tra 9 tổ chức đảng');

    const again = await admin.ask(`/add ${base}/tin/bao-yen.html`, REPLY_MS);
    expect(again.text).toContain(`Bài này đã có: <code>${addedId}</code>`);
    expect(again.buttons).toEqual([]);
  }, 60_000);

  it('/add of a PDF and a DOCX URL in one message: two previews, each saved and cited', async () => {
    await admin.say(`/add ${base}/files/chiem-hoa.pdf ${base}/files/nga-nam.docx`);
    const previews = await admin.replies(2, 30_000);
    expect(previews.map((p) => p.buttons.map((b) => b.text))).toEqual([
      ['Lưu', 'Hủy'],
      ['Lưu', 'Hủy'],
    ]);
    for (const p of previews) expect(await save(p)).toContain('Thêm: 1');
    const user = stack.chat();
    const pdfAnswer = await user.ask(Q_CHIEM_HOA, REPLY_MS);
    expect(pdfAnswer.text).toContain('Ma Đình Thức');
    expect(pdfAnswer.text).toContain(`<a href="${base}/files/chiem-hoa.pdf">`);
    const docxAnswer = await user.ask(Q_NGA_NAM, REPLY_MS);
    expect(docxAnswer.text).toContain('Trần Văn Lượm');
    expect(docxAnswer.text).toContain(`<a href="${base}/files/nga-nam.docx">`);
  }, 90_000);

  it('after a restart the old Nguồn 1 button still shows its passage; private addresses are refused by default', async () => {
    expect(await stack.bot.stop('SIGTERM', 20_000)).toBe(0);
    await stack.start();
    const user = stack.chat();
    await user.press(button(kept, 'Nguồn 1').data, kept.messageId);
    const [passage] = await user.replies(1, 15_000);
    expect(passage?.text).toContain('Bảo Yên: Giao ban công tác xây dựng Đảng, đoàn thể 9 tháng năm 2022');
    expect(passage?.text).toContain('<blockquote>');
    expect(passage?.text).toContain('Lục Văn Khởi');

    const before = hits().length;
    const refused = await admin.ask(`/add ${base}/tin/bao-yen.html`, REPLY_MS);
    expect(refused.text).toContain('địa chỉ nội bộ hoặc riêng tư bị chặn');
    expect(refused.text).toContain('FETCH_ALLOW_PRIVATE=1');
    expect(hits().length).toBe(before);
  }, 90_000);

  it('a rebuild from SEEDS_DIR alone reproduces the three web articles with their URLs', async () => {
    const config = loadConfig({ SEEDS_DIR: stack.seedsDir, INDEX_DIR: path.join(stack.root, 'rebuilt') });
    const engine = await createEngine(config, { embedder: null, logger: { info: () => {}, warn: () => {} } });
    try {
      expect(engine.stats().articles).toBe(8);
      const doc = engine.document(addedId);
      expect(doc?.url).toBe(`${base}/tin/bao-yen.html`);
      expect(doc?.site).toBe(SITE);
      const answer = await engine.ask(Q_CHIEM_HOA);
      expect(answer.citations[0]?.url).toBe(`${base}/files/chiem-hoa.pdf`);
    } finally {
      await engine.close();
    }
  }, 60_000);

  it('/remove asks first, then removes and says what', async () => {
    const confirm = await admin.ask(`/remove ${addedId}`, REPLY_MS);
    expect(confirm.text).toContain(`Xóa bài <code>${addedId}</code>`);
    await admin.press(button(confirm, 'Xóa').data, confirm.messageId);
    const [, done] = await admin.replies(2, 30_000);
    expect(done?.text).toContain(`Đã xóa bài <code>${addedId}</code> — Bảo Yên: Giao ban`);
    expect(existsSync(path.join(stack.seedsDir, `${addedId}.html`))).toBe(false);
    expect(await stack.bot.stop('SIGTERM', 20_000)).toBe(0);
    expect(stack.bot.errorLines()).toEqual([]);
  }, 60_000);
});
