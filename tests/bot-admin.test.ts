import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADD_USAGE,
  BAD_FILE_TYPE,
  BUSY,
  documentFormat,
  FORWARDED,
  NOT_ADMIN,
  NOT_UTF8,
  REMOVE_USAGE,
  UPDATE_STARTED,
} from '../src/bot/features/admin.ts';
import { BUTTON_GONE } from '../src/bot/features/fallback.ts';
import type { UpdateReport } from '../src/engine/types.ts';
import {
  ADMIN_ID,
  callbackQuery,
  createHarness,
  documentMessage,
  editedMessage,
  GROUP_ID,
  type Harness,
  TEST_TOKEN,
  textMessage,
  USER_ID,
} from './helpers/bot-harness.ts';
import { deferred, report } from './helpers/fake-engine.ts';

const updateCalls = (h: Harness) =>
  h.engine.calls.filter((c) => ['reindex', 'addArticle', 'removeArticle'].includes(c.method));
const logLines = (h: Harness) => h.logs.map((l) => JSON.parse(l) as Record<string, unknown>);

/** Press the button labelled `label` on the last message that has it. */
async function press(h: Harness, label: string, from = ADMIN_ID): Promise<void> {
  const message = h
    .sent()
    .filter((p) => p.reply_markup?.inline_keyboard)
    .at(-1);
  const buttons = (message?.reply_markup.inline_keyboard ?? []).flat() as {
    text: string;
    callback_data: string;
  }[];
  const button = buttons.find((b) => b.text === label);
  if (!button) throw new Error(`no button ${label} in ${JSON.stringify(buttons)}`);
  const sentIndex = h.sent().indexOf(message!);
  await h.handle(callbackQuery(button.callback_data, { from, chatId: from, messageId: 901 + sentIndex }));
}

/** /remove with its confirmation pressed. */
async function removeConfirmed(h: Harness, docId: string): Promise<void> {
  h.engine.documents.set(docId, {
    docId,
    title: `Bài ${docId}`,
    published: null,
    source: `seeds/${docId}.txt`,
    url: null,
    site: null,
    body: 'Nội dung.',
  });
  await h.handle(textMessage(`/remove ${docId}`, { from: ADMIN_ID }));
  await press(h, 'Xóa');
}

describe('bot admin: who may update', () => {
  it('refuses /reindex, /add and /remove from a non-admin, logging the user id', async () => {
    const h = createHarness();
    for (const cmd of ['/reindex', '/add Tiêu đề\nNội dung', '/remove 001_oldest'])
      await h.handle(textMessage(cmd));
    expect(h.texts()).toEqual([NOT_ADMIN, NOT_ADMIN, NOT_ADMIN]);
    expect(updateCalls(h)).toEqual([]);
    expect(logLines(h).filter((l) => l.msg === 'admin: refused' && l.userId === USER_ID)).toHaveLength(3);
  });

  it('refuses a forwarded admin command, even from the admin', async () => {
    const h = createHarness();
    await h.handle(textMessage('/reindex', { from: ADMIN_ID, forwarded: true }));
    expect(h.texts()).toEqual([FORWARDED]);
    expect(updateCalls(h)).toEqual([]);
  });

  it('ignores an edited admin command entirely', async () => {
    const h = createHarness();
    await h.handle(editedMessage('/reindex', { from: ADMIN_ID }));
    expect(h.calls).toEqual([]);
    expect(updateCalls(h)).toEqual([]);
  });

  it('refuses a non-admin in a group; a button can never run an admin action', async () => {
    const h = createHarness();
    await h.handle(textMessage('/reindex', { chatType: 'supergroup', chatId: GROUP_ID }));
    await h.handle(callbackQuery('/reindex', { from: ADMIN_ID, messageId: 1 }));
    await h.handle(callbackQuery('reindex', { from: ADMIN_ID, messageId: 1 }));
    expect(h.texts()).toEqual([NOT_ADMIN]);
    expect(h.callbackAnswers().map((a) => a.text)).toEqual([BUTTON_GONE, BUTTON_GONE]);
    expect(updateCalls(h)).toEqual([]);
  });
});

describe('bot admin: updates', () => {
  it('/reindex runs the engine and reports added / changed / removed / unchanged', async () => {
    const h = createHarness();
    h.engine.onUpdate = async () =>
      report({
        added: ['004_new'],
        changed: ['002_middle'],
        removed: [],
        unchanged: 2,
        skipped: [{ file: 'x<y>.bin', reason: 'not text' }],
      });
    await h.handle(textMessage('/reindex', { from: ADMIN_ID }));
    expect(updateCalls(h)).toEqual([{ method: 'reindex', args: [] }]);
    const [started, done] = h.texts();
    expect(started).toBe(UPDATE_STARTED);
    expect(done).toContain('<b>Đã cập nhật chỉ mục</b> trong 1,3 giây');
    expect(done).toContain('Thêm: 1 (<code>004_new</code>)');
    expect(done).toContain('Thay đổi: 1 (<code>002_middle</code>)');
    expect(done).toContain('Xóa: 0');
    expect(done).toContain('Không đổi: 2');
    expect(done).toContain('• x&lt;y&gt;.bin: not text');
    const logged = logLines(h).find((l) => l.msg === 'admin: update done');
    expect(logged).toMatchObject({ userId: ADMIN_ID, action: 'reindex', added: 1, changed: 1 });
  });

  it('tells the admin when an update is already running, while questions keep being answered', async () => {
    const h = createHarness();
    const hold = deferred<UpdateReport>();
    h.engine.onUpdate = () => hold.promise;
    const first = h.handle(textMessage('/reindex', { from: ADMIN_ID }));
    await new Promise((r) => setImmediate(r));
    expect(h.engine.updating).toBe(true);
    await h.handle(textMessage('/reindex', { from: ADMIN_ID }));
    await removeConfirmed(h, '001_oldest');
    await h.handle(textMessage('Ai chủ trì?'));
    expect(h.texts()).toEqual([
      UPDATE_STARTED,
      BUSY,
      expect.stringContaining('Xóa bài <code>001_oldest</code>'),
      BUSY,
      expect.stringContaining('[1]'),
    ]);
    hold.resolve(report({ added: ['a'] }));
    await first;
    expect(h.texts().at(-1)).toContain('Thêm: 1');
    expect(updateCalls(h)).toHaveLength(1);
    // Free again afterwards.
    h.engine.onUpdate = async () => report();
    await h.handle(textMessage('/reindex', { from: ADMIN_ID }));
    expect(updateCalls(h)).toHaveLength(2);
  });

  it('reports an engine failure to the admin and stays usable', async () => {
    const h = createHarness();
    h.engine.onUpdate = async () => {
      throw new Error(`index: unknown docId "nope" (token ${TEST_TOKEN})`);
    };
    await removeConfirmed(h, 'nope');
    // The user-facing line is Vietnamese; the engine's English reason is on its own admin line.
    expect(h.texts()[2]).toBe(
      'Cập nhật thất bại.\n<i>Chi tiết: index: unknown docId &quot;nope&quot; (token [REDACTED])</i>',
    );
    h.engine.onUpdate = async () => report({ removed: ['001_oldest'] });
    await removeConfirmed(h, '001_oldest');
    expect(updateCalls(h).at(-1)).toEqual({ method: 'removeArticle', args: ['001_oldest'] });
    expect(h.texts().at(-1)).toContain('Đã xóa bài <code>001_oldest</code> — Bài 001_oldest.');
    expect(h.texts().at(-1)).toContain('Xóa: 1 (<code>001_oldest</code>)');
  });

  it('/remove and /add without an argument give their usage', async () => {
    const h = createHarness();
    await h.handle(textMessage('/remove', { from: ADMIN_ID }));
    await h.handle(textMessage('/remove a/b', { from: ADMIN_ID }));
    await h.handle(textMessage('/add', { from: ADMIN_ID }));
    expect(h.texts()).toEqual([REMOVE_USAGE, REMOVE_USAGE, ADD_USAGE]);
    expect(updateCalls(h)).toEqual([]);
  });

  it('/remove of an unknown id says so; /remove asks first and [Hủy] removes nothing', async () => {
    const h = createHarness();
    await h.handle(textMessage('/remove 009_unknown', { from: ADMIN_ID }));
    expect(h.texts()).toEqual(['Không có bài nào mã <code>009_unknown</code>. Mã bài xem trong /latest.']);
    h.engine.documents.set('001_oldest', {
      docId: '001_oldest',
      title: 'Giao ban quý I',
      published: null,
      source: 'seeds/001_oldest.txt',
      url: null,
      site: null,
      body: 'x',
    });
    await h.handle(textMessage('/remove 001_oldest', { from: ADMIN_ID }));
    expect(h.texts().at(-1)).toBe('Xóa bài <code>001_oldest</code> — <b>Giao ban quý I</b>?');
    await press(h, 'Hủy');
    expect(h.texts().at(-1)).toBe('Đã hủy, không xóa gì.');
    // The same button again (or a non-admin's press) changes nothing either.
    await press(h, 'Xóa');
    await press(h, 'Xóa', USER_ID);
    expect(
      h
        .callbackAnswers()
        .slice(-2)
        .map((a) => a.text),
    ).toEqual([
      'Yêu cầu này đã hết hạn hoặc đã xử lý. Hãy gửi lại lệnh.',
      'Nút này thuộc về yêu cầu của người khác.',
    ]);
    expect(updateCalls(h)).toEqual([]);
  });

  it('/add shows a preview and saves only on [Lưu]; [Hủy] saves nothing', async () => {
    const h = createHarness();
    await h.handle(textMessage('/add Hội nghị A\nSáng 3/4, hội nghị.', { from: ADMIN_ID }));
    expect(h.texts().at(-1)).toContain('<b>Xem trước — chưa lưu</b>');
    expect(h.texts().at(-1)).toContain('Tiêu đề: <b>Hội nghị A</b>');
    await press(h, 'Hủy');
    expect(h.texts().at(-1)).toBe('Đã hủy, không lưu gì.');
    expect(updateCalls(h)).toEqual([]);
  });

  it('/add of an article already stored names it and offers no button', async () => {
    const h = createHarness();
    const base = h.engine.onPreview;
    h.engine.onPreview = (c, o) => ({
      ...base(c, o),
      duplicateOf: { docId: '001_oldest', title: 'Giao ban quý I' },
    });
    await h.handle(textMessage('/add Giao ban quý I\nNội dung.', { from: ADMIN_ID }));
    expect(h.texts()).toEqual(['Bài này đã có: <code>001_oldest</code> — Giao ban quý I. Không lưu thêm.']);
    expect(h.sent()[0]?.reply_markup).toBeUndefined();
    h.engine.onPreview = (c, o) => ({ ...base(c, o), ok: false });
    await h.handle(textMessage('/add <p>chỉ có tiêu đề</p>', { from: ADMIN_ID }));
    expect(h.texts().at(-1)).toBe(
      'Không tìm thấy nội dung bài viết (chỉ có tiêu đề hoặc phần trang trí). Không lưu gì.',
    );
    expect(updateCalls(h)).toEqual([]);
  });

  it('/add keeps the article text with its line breaks', async () => {
    const h = createHarness();
    await h.handle(
      textMessage('/add Hội nghị giao ban\n\nSáng 3/4, Huyện ủy tổ chức hội nghị.', { from: ADMIN_ID }),
    );
    await press(h, 'Lưu');
    expect(updateCalls(h)).toEqual([
      {
        method: 'addArticle',
        args: ['Hội nghị giao ban\n\nSáng 3/4, Huyện ủy tổ chức hội nghị.', { format: 'txt' }],
      },
    ]);
    expect(h.texts().at(-1)).toContain('Đã thêm bài <code>added_0001</code>.');
  });
});

describe('bot admin: /add with a document', () => {
  let server: Server;
  let apiRoot: string;
  const files: Record<string, Buffer> = {
    'documents/a.html': Buffer.from('<html><body><h1>Tiêu đề</h1><p>Nội dung</p></body></html>'),
    'documents/b.txt': Buffer.from('\uFEFFTiêu đề\nNội dung'),
    'documents/latin1.txt': Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0xf6]),
  };
  const requested: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requested.push(req.url ?? '');
      const prefix = `/file/bot${TEST_TOKEN}/`;
      const body = req.url?.startsWith(prefix) ? files[req.url.slice(prefix.length)] : undefined;
      if (!body) res.writeHead(404).end();
      else res.writeHead(200, { 'content-length': body.length }).end(body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const harness = () =>
    createHarness({
      env: { TELEGRAM_API_ROOT: apiRoot, MAX_FILE_MB: '1' },
      getFile: (p) => ({ file_id: p.file_id, file_unique_id: 'u', file_path: `documents/${p.file_id}` }),
    });

  it('downloads a .html document captioned /add and adds it as html', async () => {
    const h = harness();
    await h.handle(
      documentMessage({ file_id: 'a.html', file_name: 'bai.html', file_size: 60 }, '/add', {
        from: ADMIN_ID,
      }),
    );
    expect(h.calls.find((c) => c.method === 'getFile')?.payload).toEqual({ file_id: 'a.html' });
    await press(h, 'Lưu');
    expect(updateCalls(h)).toEqual([
      { method: 'addArticle', args: [files['documents/a.html']!.toString(), { format: 'html' }] },
    ]);
    expect(h.texts().at(-1)).toContain('Đã thêm bài');
  });

  it('adds a .txt document without its byte-order mark', async () => {
    const h = harness();
    await h.handle(
      documentMessage({ file_id: 'b.txt', file_name: 'bai.txt' }, '/add@bantin_test_bot', { from: ADMIN_ID }),
    );
    await press(h, 'Lưu');
    expect(updateCalls(h)).toEqual([
      { method: 'addArticle', args: ['Tiêu đề\nNội dung', { format: 'txt' }] },
    ]);
  });

  it('refuses non-admins, other file types, big files and non-UTF-8 text', async () => {
    const h = harness();
    const before = requested.length;
    await h.handle(documentMessage({ file_id: 'a.html', file_name: 'bai.html' }, '/add'));
    await h.handle(documentMessage({ file_id: 'x.xls', file_name: 'bai.xls' }, '/add', { from: ADMIN_ID }));
    await h.handle(
      documentMessage({ file_id: 'big.txt', file_name: 'big.txt', file_size: 5 * 1024 * 1024 }, '/add', {
        from: ADMIN_ID,
      }),
    );
    await h.handle(
      documentMessage({ file_id: 'latin1.txt', file_name: 'latin1.txt' }, '/add', { from: ADMIN_ID }),
    );
    expect(h.texts()).toEqual([
      NOT_ADMIN,
      BAD_FILE_TYPE,
      'Tệp quá lớn: tối đa 1 MB.',
      `Không đọc được tệp này: tệp không phải văn bản UTF-8.\n<i>Chi tiết: ${NOT_UTF8}</i>`,
    ]);
    expect(requested.length - before).toBe(1); // only the admin's valid-looking text file was fetched
    expect(updateCalls(h)).toEqual([]);
  });

  it('ignores documents without an /add caption (private chat hint from the fallback)', async () => {
    const h = harness();
    await h.handle(
      documentMessage({ file_id: 'b.txt', file_name: 'bai.txt' }, undefined, { from: ADMIN_ID }),
    );
    await h.handle(
      documentMessage({ file_id: 'b.txt', file_name: 'bai.txt' }, 'xem thử', { from: ADMIN_ID }),
    );
    expect(h.calls.some((c) => c.method === 'getFile')).toBe(false);
    expect(updateCalls(h)).toEqual([]);
  });

  it('maps names and MIME types to formats', () => {
    expect(documentFormat('a.TXT', undefined)).toBe('txt');
    expect(documentFormat('a.htm', 'application/octet-stream')).toBe('html');
    expect(documentFormat(undefined, 'text/html')).toBe('html');
    expect(documentFormat(undefined, 'text/plain')).toBe('txt');
    expect(documentFormat('a.docx', 'text/plain')).toBe('docx');
    expect(documentFormat(undefined, 'application/pdf')).toBe('pdf');
    expect(documentFormat('a.xls', 'application/pdf')).toBeNull();
  });
});
