/**
 * End to end, web ingestion: the real bot process (`src/main.ts`, what `npm start` runs) against
 * telegram-test-api, and a local HTTP server on 127.0.0.1 serving a portal page, a PDF and a DOCX
 * made from three articles of `../shared/eval/corpus`. The admin adds them by URL through the
 * preview and its buttons; questions cite them with their URLs; a `Nguồn 1` button keeps working
 * after the bot restarts; a rebuild from SEEDS_DIR alone reproduces the sources; and the restarted
 * bot, without FETCH_ALLOW_PRIVATE, refuses a private address. Every wait is bounded.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createEngine } from '../src/engine/create.ts';
import {
  ADMIN_ID,
  type BotMessage,
  type BotProcess,
  type Emulator,
  EmulatorChat,
  projectRoot,
  spawnBot,
  startEmulator,
  TEST_TOKEN,
} from './helpers/bot-harness.ts';
import { articleDocx, articlePage, articlePdf } from './helpers/documents.ts';

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

let root: string;
let seedsDir: string;
let indexDir: string;
let emulator: Emulator;
let server: Server;
let base: string;
const hits: string[] = [];
let bot: BotProcess;
let admin: EmulatorChat;
let nextUserId = 8501;
/** The answer whose buttons are pressed again after the restart. */
let kept: BotMessage;
let addedId = '';

const env = (extra: Record<string, string> = {}) => ({
  TELEGRAM_BOT_TOKEN: TEST_TOKEN,
  TELEGRAM_API_ROOT: emulator.apiRoot,
  ADMIN_IDS: String(ADMIN_ID),
  SEEDS_DIR: seedsDir,
  INDEX_DIR: indexDir,
  // No model here: keyword search only, which is all these cases need.
  EMBEDDING_MODEL: path.join(root, 'no-model'),
  MODELS_DIR: path.join(root, 'models'),
  HF_HUB_OFFLINE: '1',
  LOG_LEVEL: 'info',
  ...extra,
});

async function ask(chat: EmulatorChat, text: string, timeoutMs = 20_000): Promise<BotMessage> {
  await chat.say(text);
  const replies = await chat.replies(1, timeoutMs);
  expect(replies).toHaveLength(1);
  return replies[0]!;
}

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
    root = mkdtempSync(path.join(tmpdir(), 'bot-web-e2e-'));
    seedsDir = path.join(root, 'seeds');
    indexDir = path.join(root, 'index');
    cpSync(path.join(projectRoot, 'seeds'), seedsDir, { recursive: true });
    const raw = (id: string) => readFileSync(path.join(CORPUS, `${id}.txt`), 'utf8');
    const page = articlePage(raw(BAO_YEN), { site: SITE });
    const pdf = await articlePdf(raw(CHIEM_HOA));
    const docx = await articleDocx(raw(NGA_NAM));
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/tin/bao-yen.html')
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      else if (req.url === '/files/chiem-hoa.pdf')
        res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
      else if (req.url === '/files/nga-nam.docx')
        res
          .writeHead(200, {
            'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          })
          .end(docx);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    emulator = await startEmulator();
    admin = new EmulatorChat(emulator, TEST_TOKEN, { userId: ADMIN_ID });
    bot = spawnBot(env({ FETCH_ALLOW_PRIVATE: '1' }));
    await bot.waitForOutput(/"msg":"bot: started"/, 60_000);
  }, 90_000);

  afterAll(async () => {
    await bot?.stop('SIGKILL', 5_000);
    await emulator?.stop();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('/add <url> shows a preview; [Hủy] writes nothing', async () => {
    const preview = await ask(admin, `/add ${base}/tin/bao-yen.html`);
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
    expect(readdirSync(seedsDir)).toHaveLength(5);
    expect(hits).toEqual(['/tin/bao-yen.html']);
  });

  it('/add <url> → [Lưu] indexes it; a question cites it with its URL and site; a second /add is a duplicate', async () => {
    const preview = await ask(admin, `/add ${base}/tin/bao-yen.html`);
    const done = await save(preview);
    addedId = /Đã thêm bài <code>(\d{8}_[0-9a-f]{16})<\/code>\./.exec(done)?.[1] ?? '';
    expect(addedId, done).not.toBe('');
    expect(done).toContain('Thêm: 1');
    const saved = readFileSync(path.join(seedsDir, `${addedId}.html`), 'utf8');
    expect(saved.split('\n')[0]).toContain('bantin-source');
    expect(saved).toContain('Lục Văn Khởi');

    const user = new EmulatorChat(emulator, TEST_TOKEN, { userId: nextUserId++ });
    kept = await ask(user, Q_BAO_YEN);
    expect(kept.text).toContain('Lục Văn Khởi');
    expect(kept.text).toContain(
      `[1] <a href="${base}/tin/bao-yen.html">Bảo Yên: Giao ban công tác xây dựng Đảng, đoàn thể 9 tháng năm 2022</a> — ${SITE} — 29/09/2022`,
    );
    expect(kept.buttons.map((b) => b.text)).toEqual(['Nguồn 1', 'Toàn bài', '👍', '👎']);
    await user.press(button(kept, 'Toàn bài').data, kept.messageId);
    const [whole] = await user.replies(1);
    expect(whole?.text).toContain(`<a href="${base}/tin/bao-yen.html">`);
    expect(whole?.text).toContain('Ủy ban Kiểm tra Huyện ủy đã tham mưu kiểm tra 9 tổ chức đảng');

    const again = await ask(admin, `/add ${base}/tin/bao-yen.html`);
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
    const user = new EmulatorChat(emulator, TEST_TOKEN, { userId: nextUserId++ });
    const pdfAnswer = await ask(user, Q_CHIEM_HOA);
    expect(pdfAnswer.text).toContain('Ma Đình Thức');
    expect(pdfAnswer.text).toContain(`<a href="${base}/files/chiem-hoa.pdf">`);
    const docxAnswer = await ask(user, Q_NGA_NAM);
    expect(docxAnswer.text).toContain('Trần Văn Lượm');
    expect(docxAnswer.text).toContain(`<a href="${base}/files/nga-nam.docx">`);
  }, 90_000);

  it('after a restart the old Nguồn 1 button still shows its passage; private addresses are refused by default', async () => {
    expect(await bot.stop('SIGTERM', 20_000)).toBe(0);
    bot = spawnBot(env());
    await bot.waitForOutput(/"msg":"bot: started"/, 60_000);
    const user = new EmulatorChat(emulator, TEST_TOKEN, { userId: nextUserId++ });
    await user.press(button(kept, 'Nguồn 1').data, kept.messageId);
    const [passage] = await user.replies(1, 15_000);
    expect(passage?.text).toContain('Bảo Yên: Giao ban công tác xây dựng Đảng, đoàn thể 9 tháng năm 2022');
    expect(passage?.text).toContain('<blockquote>');
    expect(passage?.text).toContain('Lục Văn Khởi');

    const before = hits.length;
    const refused = await ask(admin, `/add ${base}/tin/bao-yen.html`);
    expect(refused.text).toContain('địa chỉ nội bộ hoặc riêng tư bị chặn');
    expect(refused.text).toContain('FETCH_ALLOW_PRIVATE=1');
    expect(hits.length).toBe(before);
  }, 90_000);

  it('a rebuild from SEEDS_DIR alone reproduces the three web articles with their URLs', async () => {
    const config = loadConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: path.join(root, 'rebuilt') });
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
    const confirm = await ask(admin, `/remove ${addedId}`);
    expect(confirm.text).toContain(`Xóa bài <code>${addedId}</code>`);
    await admin.press(button(confirm, 'Xóa').data, confirm.messageId);
    const [, done] = await admin.replies(2, 30_000);
    expect(done?.text).toContain(`Đã xóa bài <code>${addedId}</code> — Bảo Yên: Giao ban`);
    expect(existsSync(path.join(seedsDir, `${addedId}.html`))).toBe(false);
    expect(await bot.stop('SIGTERM', 20_000)).toBe(0);
    const errors = bot
      .output()
      .split('\n')
      .filter((l) => /"level":(50|60)/.test(l));
    expect(errors).toEqual([]);
  }, 60_000);
});
