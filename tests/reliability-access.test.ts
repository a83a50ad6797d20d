/**
 * Who may change the corpus, checked against a real engine and real files: only a fresh message
 * from an ADMIN_IDS user in person runs /reindex, /add or /remove; forged button data gets a polite
 * refusal; /add writes only inside SEEDS_DIR under a name it makes itself, whatever the upload is
 * called; and at the default log level neither the token nor what users wrote reaches the log.
 */
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORWARDED, NOT_ADMIN, REMOVE_USAGE } from '../src/bot/features/admin.ts';
import { BUTTON_GONE } from '../src/bot/features/fallback.ts';
import { ARTICLE_CHANGED, ARTICLE_GONE, BUTTON_INVALID } from '../src/bot/features/passages.ts';
import { SOURCE_EXPIRED, SOURCE_INVALID } from '../src/bot/features/sources.ts';
import {
  ADMIN,
  callback,
  document,
  edited,
  pressButton,
  RELIABILITY_TOKEN,
  type RealBot,
  startRealBot,
  text,
} from './helpers/real-bot.ts';

const USER = 8101;
const OTHER = 8102;
const GROUP = { id: -100_777, type: 'supergroup' as const };
const QUESTION = 'Ai chủ trì hội nghị giao ban Khối Đảng quý I năm 2021 ở Mường Lay?';
/** A word only users typed: it must never be logged. */
const PRIVATE_WORD = 'riengtu7q3z';

let rb: RealBot;
let files: Server;
const served: Record<string, Buffer> = {};
const requested: string[] = [];

/** Everything in a folder, recursively, as relative paths. */
function listTree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

const updateLogs = () => rb.logs.filter((l) => l.includes('"msg":"admin: update started"')).length;

beforeAll(async () => {
  files = createServer((req, res) => {
    requested.push(req.url ?? '');
    const prefix = `/file/bot${RELIABILITY_TOKEN}/`;
    const filePath = req.url?.startsWith(prefix) ? decodeURIComponent(req.url.slice(prefix.length)) : '';
    const body = filePath.startsWith('documents/') ? served[filePath.slice('documents/'.length)] : undefined;
    if (!body) res.writeHead(404).end();
    else res.writeHead(200, { 'content-length': body.length }).end(body);
  });
  await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
  const apiRoot = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  rb = await startRealBot({
    env: { TELEGRAM_API_ROOT: apiRoot },
    // Telegram's getFile gives a server-side path; the file name the user chose plays no part in it.
    getFile: (p) => ({
      file_id: p.file_id,
      file_unique_id: `u${p.file_id}`,
      file_path: `documents/${p.file_id}`,
    }),
  });
}, 60_000);

afterAll(async () => {
  await rb?.close();
  await new Promise<void>((r) => files?.close(() => r()));
});

describe('only a fresh message from an admin in person changes anything', () => {
  it('refuses non-admins, forwarded, edited, anonymous and button-borne admin commands; nothing changes', async () => {
    const before = { tree: listTree(rb.seedsDir), stats: rb.engine.stats(), updates: updateLogs() };
    const commands = [
      '/reindex',
      `/add Bài mới\nNội dung ${PRIVATE_WORD} của bài.`,
      '/remove 000_0c95c87bab80c7cf',
    ];
    for (const c of commands) {
      await rb.handle(text(c, { from: USER }));
      await rb.handle(text(c, { from: USER, chat: GROUP }));
      await rb.handle(text(c, { from: ADMIN, forwarded: true }));
      await rb.handle(text(c, { from: ADMIN, chat: GROUP, senderChat: true }));
      await rb.handle(edited(c, { from: ADMIN }));
    }
    for (const data of ['/reindex', 'reindex', 'admin:reindex', 'remove:000_0c95c87bab80c7cf']) {
      await rb.handle(callback(data, { from: ADMIN, messageId: 1 }));
    }
    served.nonadmin = Buffer.from(`Bài từ người lạ\n\nNgày 01/01/2024\n\nNội dung ${PRIVATE_WORD}.`);
    await rb.handle(
      document({ file_id: 'nonadmin', file_name: 'bai.txt', file_size: 60 }, '/add', { from: USER }),
    );

    expect(rb.sent(USER).map((p) => p.text)).toEqual([NOT_ADMIN, NOT_ADMIN, NOT_ADMIN, NOT_ADMIN]);
    expect(rb.sent(GROUP.id).map((p) => p.text)).toEqual([
      NOT_ADMIN,
      NOT_ADMIN,
      NOT_ADMIN,
      NOT_ADMIN,
      NOT_ADMIN,
      NOT_ADMIN,
    ]);
    expect(rb.sent(ADMIN).map((p) => p.text)).toEqual([FORWARDED, FORWARDED, FORWARDED]);
    const toasts = rb.calls.filter((c) => c.method === 'answerCallbackQuery').map((c) => c.payload.text);
    expect(toasts).toEqual([BUTTON_GONE, BUTTON_GONE, BUTTON_GONE, BUTTON_GONE]);
    expect(requested).toEqual([]); // the non-admin's file was never fetched
    expect(listTree(rb.seedsDir)).toEqual(before.tree);
    expect(rb.engine.stats()).toEqual(before.stats);
    expect(updateLogs()).toBe(before.updates);
  });
});

describe('forged source buttons', () => {
  it('get a polite refusal: changed or missing articles, bad offsets, garbage, 64 bytes and more', async () => {
    await rb.handle(text(QUESTION, { from: USER }));
    const answer = rb.sent(USER).at(-1)!;
    const button = answer.reply_markup.inline_keyboard.flat()[0] as { callback_data: string };
    const [, ref, spans, sum] = button.callback_data.split(':');
    const messageId = 5000 + rb.calls.filter((c) => c.method === 'sendMessage').length;
    const before = rb.calls.length;
    const forged: [string, { from: number; messageId: number }, string][] = [
      [`s:${ref}:${spans}:AAAA`, { from: USER, messageId }, ARTICLE_CHANGED],
      [`s:${ref}:0-2s:${sum}`, { from: USER, messageId }, ARTICLE_CHANGED],
      [`s:999_none:${spans}:${sum}`, { from: USER, messageId }, ARTICLE_GONE],
      [`a:999_none:0`, { from: USER, messageId }, ARTICLE_GONE],
      [`s:${ref}:9-1:${sum}`, { from: USER, messageId }, BUTTON_INVALID],
      [`s:${ref}:-1-5:${sum}`, { from: USER, messageId }, BUTTON_INVALID],
      [`a:${ref}:1'; DROP TABLE docs; --`, { from: USER, messageId }, BUTTON_INVALID],
      [`s:../../etc:${spans}:${sum}`, { from: USER, messageId }, BUTTON_INVALID],
      ['s:', { from: USER, messageId }, BUTTON_INVALID],
      [`a:${'x'.repeat(62)}`, { from: USER, messageId }, BUTTON_INVALID], // 64 bytes
      [`a:${'é'.repeat(100)}:0`, { from: USER, messageId }, BUTTON_INVALID], // over Telegram's 64
      ['src:AAAAAAAA:1', { from: USER, messageId }, SOURCE_EXPIRED], // an in-memory button of an older version
      ['src:../../etc:1', { from: USER, messageId }, SOURCE_INVALID],
      ['\u0000\uffff<b>', { from: USER, messageId }, BUTTON_GONE],
      ['', { from: USER, messageId }, BUTTON_GONE],
    ];
    for (const [data, o] of forged) await rb.handle(callback(data, o));
    const after = rb.calls.slice(before);
    expect(after.map((c) => c.method)).toEqual(forged.map(() => 'answerCallbackQuery'));
    expect(after.map((c) => c.payload.text)).toEqual(forged.map(([, , want]) => want));
    // The genuine button works, for anyone (the articles are the public corpus), on any message.
    await rb.handle(callback(button.callback_data, { from: USER, messageId }));
    expect(rb.sent(USER).at(-1)?.text).toContain('Ngôn Ngọc Khuê');
    await rb.handle(callback(button.callback_data, { from: OTHER, messageId: 1 }));
    expect(rb.sent(OTHER).at(-1)?.text).toContain('Ngôn Ngọc Khuê');
  });
});

describe('/add and /remove stay inside SEEDS_DIR', () => {
  it('a document called ../../x.txt is saved under a name the bot makes, inside SEEDS_DIR', async () => {
    const parent = path.dirname(rb.seedsDir);
    const outsideBefore = listTree(parent).filter((f) => !/^(seeds|index)\b/.test(f));
    const names = ['../../x.txt', '../x.html', '/etc/cron.d/x.txt', 'a/../../b.txt', '..\\..\\w.txt'];
    for (const [i, name] of names.entries()) {
      served[`doc${i}`] = Buffer.from(
        `Hội nghị thử số ${i} của Huyện ủy Bảo Yên\n\nNgày 0${i + 1}/02/2024\n\nSáng ngày 0${i + 1}/02/2024, Huyện ủy Bảo Yên tổ chức hội nghị lần ${i}. Đồng chí Lý Văn Sáu, Bí thư Huyện ủy chủ trì hội nghị.`,
      );
      await rb.handle(
        // The name also goes into the caption's arguments (which /add ignores for documents).
        document(
          { file_id: `doc${i}`, file_name: name, file_size: served[`doc${i}`]!.length },
          `/add ${name}`,
          {
            from: ADMIN,
          },
        ),
      );
      await pressButton(rb, ADMIN, 'Lưu');
    }
    const added = listTree(rb.seedsDir).filter((f) => /^\d{8}_[0-9a-f]{16}\.(txt|html)$/.test(f));
    expect(added).toHaveLength(names.length);
    expect(listTree(parent).filter((f) => !/^(seeds|index)\b/.test(f))).toEqual(outsideBefore);
    for (const p of ['/x.txt', '/etc/cron.d/x.txt', path.join(parent, 'x.txt'), path.join(parent, 'b.txt')])
      expect(existsSync(p), p).toBe(false);
    expect(rb.sent(ADMIN).filter((p) => String(p.text).startsWith('Đã thêm bài'))).toHaveLength(names.length);
  });

  it('/remove takes only ids of indexed articles: no path, no link target outside', async () => {
    const outside = path.join(path.dirname(rb.seedsDir), 'outside');
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(outside, 'keep.txt'), 'Không được xóa.');
    symlinkSync(path.join(outside, 'keep.txt'), path.join(rb.seedsDir, 'keep.txt'));
    const before = rb.sent(ADMIN).length;
    for (const id of ['../outside/keep', 'keep', '../../etc/passwd', '/etc/passwd', '.', '..', '*'])
      await rb.handle(text(`/remove ${id}`, { from: ADMIN }));
    const replies = rb
      .sent(ADMIN)
      .slice(before)
      .map((p) => String(p.text));
    for (const r of replies) expect(r === REMOVE_USAGE || r.startsWith('Không có bài nào mã'), r).toBe(true);
    expect(existsSync(path.join(outside, 'keep.txt'))).toBe(true);
    expect(existsSync('/etc/passwd')).toBe(true);
  });
});

describe('logs at the default level', () => {
  it('never contain the bot token or what users wrote', async () => {
    // A failing API call whose error carries the token (as a library's URL would).
    const lines = rb.logs.join('\n');
    await rb.handle(text(`${QUESTION} ${PRIVATE_WORD}`, { from: USER }));
    await rb.handle(text(`/search ${PRIVATE_WORD}`, { from: USER }));
    await rb.handle(
      text(`/add Bài riêng\n\nNội dung ${PRIVATE_WORD} thật dài của bài viết.`, { from: ADMIN }),
    );
    served.tokenleak = Buffer.from('not utf8 \xff\xfe', 'latin1');
    await rb.handle(
      document({ file_id: `missing-${RELIABILITY_TOKEN}`, file_name: 'a.txt' }, '/add', { from: ADMIN }),
    );
    const all = `${lines}\n${rb.logs.join('\n')}`;
    expect(rb.logs.length).toBeGreaterThan(10);
    expect(all).not.toContain(RELIABILITY_TOKEN);
    expect(all).not.toContain(RELIABILITY_TOKEN.split(':')[1]);
    expect(all).not.toContain(PRIVATE_WORD);
    expect(all).not.toContain('Mường Lay?');
    // Yet the log says what happened, by user id.
    expect(all).toContain(`"userId":${USER}`);
    expect(all).toContain('"msg":"bot: question answered"');
    expect(all).toContain('"msg":"admin: add preview"');
    expect(all).toContain('"msg":"admin: document not read"');
  });
});
