/**
 * Questions during admin updates, through the bot's handlers over a real engine (seeds + 100
 * synthetic articles, offline test model): 50 users ask at once while /reindex or /add runs, and
 * every one gets an answer (never an apology), from the old index or the new one; a second update
 * at the same time is refused, never run alongside.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY } from '../src/bot/errors.ts';
import { BUSY, UPDATE_STARTED } from '../src/bot/features/admin.ts';
import { generateCorpus, generateQuestions } from '../src/synth/index.ts';
import type { SynthArticle } from '../src/synth/types.ts';
import { ADMIN, callback, pressButton, type RealBot, startRealBot, text } from './helpers/real-bot.ts';
import { sleep } from './helpers/reliability.ts';

const QUESTIONS = 50;
let rb: RealBot;
let fresh: SynthArticle[];
let nextFresh = 0;
let nextUser = 60_000;
const figures: string[] = [];

beforeAll(async () => {
  rb = await startRealBot({ synthetic: 100, apiDelayMs: 2 });
  // Articles the running index does not know yet: dropping them into SEEDS_DIR makes an update work.
  fresh = generateCorpus({ articles: 160, seed: 'rel-concurrency' });
}, 120_000);

afterAll(async () => {
  await rb?.close();
  if (figures.length > 0) console.info(`reliability-concurrency:\n${figures.join('\n')}`);
});

function dropArticles(n: number): void {
  for (let i = 0; i < n; i++) {
    const a = fresh[nextFresh++]!;
    writeFileSync(path.join(rb.seedsDir, `new_${a.fileName}`), a.text);
  }
}

/** Questions about articles of the running index, one per user. */
function questions(n: number): string[] {
  const seedQs = [
    'Ai chủ trì hội nghị giao ban Khối Đảng quý I năm 2021 ở Mường Lay?',
    'Hội nghị giao ban 9 tháng năm 2023 do ai chủ trì?',
    'Đảng bộ Khối có bao nhiêu đảng viên?',
  ];
  const synth = generateQuestions(generateCorpus({ articles: 100, seed: 'rel-bot' }), {
    count: n,
    seed: 'c',
  }).map((q) => q.q);
  return Array.from({ length: n }, (_, i) => (i % 5 === 0 ? seedQs[i % 3]! : synth[i]!));
}

async function askMany(qs: string[]): Promise<{ user: number; ms: number; doneWhileUpdating: boolean }[]> {
  return Promise.all(
    qs.map(async (q) => {
      const user = nextUser++;
      const t = performance.now();
      await rb.handle(text(q, { from: user }));
      return { user, ms: performance.now() - t, doneWhileUpdating: rb.engine.updating };
    }),
  );
}

/** Texts the bot sent to `chatId`, from its `since`-th message on. */
function textsTo(chatId: number, since: number): string[] {
  return rb
    .sent(chatId)
    .slice(since)
    .map((p) => p.text as string);
}

function expectAllAnswered(results: { user: number }[]): void {
  for (const { user } of results) {
    const replies = rb.sent(user);
    expect(replies.length, `user ${user}`).toBeGreaterThanOrEqual(1);
    for (const r of replies) {
      expect(r.text).not.toBe(APOLOGY);
      expect(r.text).not.toBe(BUSY);
      expect(r.text.length).toBeGreaterThan(20);
    }
  }
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function waitUntilUpdating(timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!rb.engine.updating) {
    if (Date.now() > end) throw new Error('the update did not start');
    await sleep(5);
  }
}

describe('50 simultaneous questions while an admin update runs', () => {
  it('baseline: 50 simultaneous questions with no update running', async () => {
    const t0 = performance.now();
    const results = await askMany(questions(QUESTIONS));
    expectAllAnswered(results);
    const ms = results.map((r) => r.ms);
    figures.push(
      `  baseline: ${QUESTIONS} simultaneous questions, no update: all answered in ${(performance.now() - t0).toFixed(0)} ms; latency p50 ${pct(ms, 0.5).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms`,
    );
  });

  it('/reindex: every question answered; a second /reindex, /add, /remove refused meanwhile', async () => {
    dropArticles(80);
    const before = rb.engine.stats();
    const adminBefore = rb.sent(ADMIN).length;
    const t0 = performance.now();
    const update = rb.handle(text('/reindex', { from: ADMIN }));
    await waitUntilUpdating();
    const [results] = await Promise.all([
      askMany(questions(QUESTIONS)),
      (async () => {
        await rb.handle(text('/reindex', { from: ADMIN }));
        // Previews and confirmations are shown; the buttons that would write are refused.
        await rb.handle(
          text(
            '/add Đảng ủy xã Tà Xùa sơ kết 6 tháng\n\nNgày 05/07/2024\n\nChiều ngày 4/7/2024, Đảng ủy xã Tà Xùa tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024.',
            { from: ADMIN },
          ),
        );
        await pressButton(rb, ADMIN, 'Lưu');
        await rb.handle(text('/remove 000_0c95c87bab80c7cf', { from: ADMIN }));
        await pressButton(rb, ADMIN, 'Xóa');
      })(),
    ]);
    const updatingAfterQuestions = rb.engine.updating;
    await update;
    const updateMs = performance.now() - t0;
    expectAllAnswered(results);
    const adminTexts = textsTo(ADMIN, adminBefore);
    expect(adminTexts.slice(0, 6)).toEqual([
      UPDATE_STARTED,
      BUSY,
      expect.stringContaining('Xem trước — chưa lưu'),
      BUSY,
      expect.stringContaining('Xóa bài <code>000_0c95c87bab80c7cf</code>'),
      BUSY,
    ]);
    expect(adminTexts[6]).toContain('Thêm: 80');
    expect(adminTexts).toHaveLength(7);
    const after = rb.engine.stats();
    expect(after.articles).toBe(before.articles + 80);
    expect(after.generation).toBe(before.generation + 1);
    // The questions really ran during the update (it outlasted them), not after it.
    expect(updatingAfterQuestions).toBe(true);
    const started = rb.logs.filter((l) => l.includes('"msg":"admin: update started"'));
    expect(started).toHaveLength(1);
    const ms = results.map((r) => r.ms);
    figures.push(
      `  /reindex of 80 new articles took ${(updateMs / 1000).toFixed(1)} s; ${QUESTIONS} simultaneous questions during it all answered (${results.filter((r) => r.doneWhileUpdating).length} of them before the update ended); latency p50 ${pct(ms, 0.5).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms`,
    );
  }, 90_000);

  it('/add: every question answered; a second /add at the same moment is refused', async () => {
    dropArticles(60);
    const before = rb.engine.stats();
    const adminBefore = rb.sent(ADMIN).length;
    const article = [
      'Huyện ủy Mộc Châu giao ban công tác Đảng quý I năm 2024',
      '',
      'Ngày 15 tháng 03 năm 2024',
      '',
      'Sáng ngày 14/3/2024, Huyện ủy Mộc Châu tổ chức hội nghị giao ban công tác Đảng quý I năm 2024. Đồng chí Hoàng Văn Nam, Bí thư Huyện ủy Mộc Châu chủ trì hội nghị.',
    ].join('\n');
    const t0 = performance.now();
    // Two previews saved in the same instant: exactly one runs.
    await rb.handle(text(`/add ${article}`, { from: ADMIN }));
    await rb.handle(text(`/add ${article}\n\nBản sửa.`, { from: ADMIN }));
    const saves = rb
      .sent(ADMIN)
      .slice(adminBefore)
      .map((p) =>
        (p.reply_markup?.inline_keyboard?.flat() ?? []).find((b: { text: string }) => b.text === 'Lưu'),
      )
      .filter(Boolean) as { callback_data: string }[];
    expect(saves).toHaveLength(2);
    const firstId = 5001 + rb.calls.filter((c) => c.method === 'sendMessage').length - 2;
    const adds = Promise.all(
      saves.map((b, i) =>
        rb.handle(callback(b.callback_data, { from: ADMIN, chatId: ADMIN, messageId: firstId + i })),
      ),
    );
    await waitUntilUpdating();
    const results = await askMany(questions(QUESTIONS));
    const updatingAfterQuestions = rb.engine.updating;
    await adds;
    const updateMs = performance.now() - t0;
    expectAllAnswered(results);
    const adminTexts = textsTo(ADMIN, adminBefore);
    expect(adminTexts.filter((t) => t.includes('Xem trước — chưa lưu'))).toHaveLength(2);
    expect(adminTexts.filter((t) => t === BUSY)).toHaveLength(1);
    expect(adminTexts.filter((t) => t === UPDATE_STARTED)).toHaveLength(1);
    expect(adminTexts.filter((t) => t.startsWith('Đã thêm bài'))).toHaveLength(1);
    expect(rb.engine.stats().articles).toBe(before.articles + 61);
    expect(updatingAfterQuestions).toBe(true);
    const a = await rb.engine.ask(
      'Ai chủ trì hội nghị giao ban công tác Đảng quý I năm 2024 của Huyện ủy Mộc Châu?',
    );
    expect(a.answer).toContain('Hoàng Văn Nam');
    const ms = results.map((r) => r.ms);
    figures.push(
      `  /add (with 60 more new files in SEEDS_DIR) took ${(updateMs / 1000).toFixed(1)} s; ${QUESTIONS} simultaneous questions during it all answered; latency p50 ${pct(ms, 0.5).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms; the second /add was refused`,
    );
  }, 90_000);
});
