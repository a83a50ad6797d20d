/**
 * Alerts without Telegram: topics (place or phrase), matching against articles (places linked at
 * index time), the subscription store (persistence, limits, known articles, once per chat), the
 * send queue's limits, and the service over a fake engine and a recording Bot API.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Api } from 'grammy';
import { afterAll, describe, expect, it } from 'vitest';
import { SendQueue } from '../src/alerts/queue.ts';
import { Alerts } from '../src/alerts/service.ts';
import { AlertStore, MAX_SUBSCRIPTIONS_PER_CHAT } from '../src/alerts/store.ts';
import { parseTopic, type Topic, topicKey, topicMatches } from '../src/alerts/topic.ts';
import { parseArticle } from '../src/ingest/parse.ts';
import { placeByKey } from '../src/place/relations.ts';
import { linkDocPlaces } from '../src/records/bundle.ts';
import { projectRoot, TEST_TOKEN } from './helpers/bot-harness.ts';
import { createFakeEngine, report } from './helpers/fake-engine.ts';

const root = mkdtempSync(path.join(tmpdir(), 'alerts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => path.join(root, `s${dirs++}`);

function topic(text: string): Topic {
  const t = parseTopic(text);
  if (typeof t === 'string') throw new Error(`not a topic: ${text} (${t})`);
  return t;
}

/** A seed parsed as the index parses it, with its places. */
function seedArticle(id: string) {
  const a = parseArticle(readFileSync(path.join(projectRoot, 'seeds', `${id}.txt`), 'utf8'), {
    docId: id,
    source: `${id}.txt`,
  });
  return { title: a.title, body: a.body, places: linkDocPlaces(a.title, a.body, a.facts.organisation) };
}

describe('topics', () => {
  it('a place name alone is a place (gazetteer units); anything around it makes a phrase', () => {
    const kt = topic('Kon Tum');
    expect(kt.kind).toBe('place');
    expect(kt.kind === 'place' && kt.keys.map((k) => placeByKey(k)?.name)).toContain('Kon Tum');
    const dv = topic('huyện Đồng Văn');
    expect(
      dv.kind === 'place' && dv.keys.map((k) => `${placeByKey(k)?.type} ${placeByKey(k)?.name}`),
    ).toEqual(['Huyện Đồng Văn']);
    expect(topic('Ban Tuyên giáo Kon Tum')).toEqual({ kind: 'phrase', label: 'Ban Tuyên giáo Kon Tum' });
    expect(topic('  ngân   sách ')).toEqual({ kind: 'phrase', label: 'ngân sách' });
    expect(parseTopic('ab')).toBe('too-short');
    expect(parseTopic('   ')).toBe('empty');
    expect(parseTopic('x'.repeat(81))).toBe('too-long');
    expect(topicKey(topic('Ngân Sách'))).toBe(topicKey(topic('ngan sach')));
  });

  it('a place matches an article about it or a unit within it, not one that names it in passing', () => {
    const muongLay = seedArticle('000_0c95c87bab80c7cf');
    expect(topicMatches(topic('Điện Biên'), muongLay)).toBe(true);
    expect(topicMatches(topic('thị xã Mường Lay'), muongLay)).toBe(true);
    expect(topicMatches(topic('Kon Tum'), muongLay)).toBe(false);
    // About Mường Chà (Điện Biên); Lai Châu is named once, far below the lead.
    const title = 'Huyện ủy Mường Chà giao ban công tác quý I';
    const body = `Sáng 30/3, Huyện ủy Mường Chà tổ chức hội nghị giao ban công tác quý I. ${'Các cơ quan báo cáo kết quả thực hiện nhiệm vụ. '.repeat(12)}Đoàn công tác từng học tập mô hình ở tỉnh Lai Châu.`;
    const passing = { title, body, places: linkDocPlaces(title, body, null) };
    expect(topicMatches(topic('Điện Biên'), passing)).toBe(true);
    expect(passing.places.named.map((k) => placeByKey(k)?.name)).toContain('Lai Châu');
    expect(topicMatches(topic('Lai Châu'), passing)).toBe(false);
    expect(topicMatches(topic('Lai Châu'), { ...passing, places: undefined })).toBe(false);
  });

  it('a phrase matches whole syllables in title or body: exact with marks, folded without', () => {
    const a = { title: 'Sơ kết 6 tháng', body: 'Thảo luận về chính sách cán bộ.', places: undefined };
    const b = { title: 'Sơ kết 6 tháng', body: 'Thu ngân sách đạt 60% dự toán.', places: undefined };
    expect([topicMatches(topic('ngân sách'), a), topicMatches(topic('ngân sách'), b)]).toEqual([false, true]);
    expect(topicMatches(topic('ngan sach'), b)).toBe(true);
    expect(topicMatches(topic('sơ kết'), a)).toBe(true);
    expect(topicMatches(topic('kết 6 thán'), a)).toBe(false);
  });
});

describe('AlertStore', () => {
  it('keeps subscriptions across reopening; one topic once per chat; a limit per chat; removal only in the own chat', () => {
    const dir = freshDir();
    let store = new AlertStore(dir);
    expect(store.subscribe(1, 'vi', topic('Kon Tum'))).toEqual({ kind: 'added', id: 1 });
    expect(store.subscribe(1, 'vi', topic('kon tum'))).toEqual({ kind: 'exists', id: 1 });
    expect(store.subscribe(2, 'en', topic('Kon Tum'))).toEqual({ kind: 'added', id: 2 });
    store.close();
    store = new AlertStore(dir);
    expect(store.list(1).map((s) => [s.id, s.lang, s.topic.label])).toEqual([[1, 'vi', 'Kon Tum']]);
    expect(store.unsubscribe(1, 2)).toBeNull();
    expect(store.list(2)).toHaveLength(1);
    for (let i = 1; i < MAX_SUBSCRIPTIONS_PER_CHAT; i++) store.subscribe(1, 'vi', topic(`chủ đề số ${i}`));
    expect(store.list(1)).toHaveLength(MAX_SUBSCRIPTIONS_PER_CHAT);
    expect(store.subscribe(1, 'vi', topic('một chủ đề nữa'))).toEqual({ kind: 'full' });
    expect(store.unsubscribe(1, 1)?.topic.label).toBe('Kon Tum');
    expect(store.unsubscribeAll(1)).toBe(MAX_SUBSCRIPTIONS_PER_CHAT - 1);
    expect(store.all().map((s) => s.chatId)).toEqual([2]);
    store.close();
  });

  it('the first look at the index is a baseline; later only unseen articles are new; each is claimed once per chat', () => {
    const dir = freshDir();
    const store = new AlertStore(dir);
    expect(store.newArticles(['a', 'b'])).toEqual([]);
    expect(store.newArticles(['a', 'b', 'c'])).toEqual(['c']);
    expect(store.newArticles(['a', 'b', 'c'])).toEqual([]);
    store.close();
    const reopened = new AlertStore(dir);
    expect(reopened.newArticles(['a', 'b', 'c', 'd'])).toEqual(['d']);
    expect([reopened.claim(1, 'd'), reopened.claim(1, 'd'), reopened.claim(2, 'd')]).toEqual([
      true,
      false,
      true,
    ]);
    reopened.close();
  });
});

describe('SendQueue', () => {
  it('waits between two messages to one chat but serves another chat meanwhile', async () => {
    const sent: { id: string; at: number }[] = [];
    const queue = new SendQueue({ perChatGapMs: 300, globalGapMs: 0 });
    const job = (chatId: number, id: string) => ({
      chatId,
      send: async () => {
        sent.push({ id, at: performance.now() });
      },
    });
    queue.push(job(1, 'a1'));
    queue.push(job(1, 'a2'));
    queue.push(job(2, 'b1'));
    await queue.idle();
    expect(sent.map((s) => s.id)).toEqual(['a1', 'b1', 'a2']);
    // A lower bound: load can only make the gap longer.
    expect(sent[2]!.at - sent[0]!.at).toBeGreaterThanOrEqual(299);
  });

  it('keeps a global gap, reports failures and goes on', async () => {
    const at: number[] = [];
    const errors: number[] = [];
    const queue = new SendQueue({
      perChatGapMs: 0,
      globalGapMs: 100,
      onError: (chatId) => errors.push(chatId),
    });
    for (const chatId of [1, 2, 3]) {
      queue.push({
        chatId,
        send: async () => {
          at.push(performance.now());
          if (chatId === 2) throw new Error('boom');
        },
      });
    }
    await queue.idle();
    expect(at).toHaveLength(3);
    expect(errors).toEqual([2]);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(99);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(99);
  });

  it('drops what is queued when stopped', async () => {
    const sent: number[] = [];
    const queue = new SendQueue({ perChatGapMs: 10_000, globalGapMs: 0 });
    for (let i = 0; i < 3; i++) queue.push({ chatId: 7, send: async () => void sent.push(i) });
    await queue.stop();
    expect(sent).toEqual([0]);
    expect(queue.size).toBe(0);
  });
});

describe('Alerts service', () => {
  /** A Bot API that records sendMessage and fails for chats in `blocked` with 403. */
  function recordingApi(blocked: Set<number>) {
    const sent: { chat_id: number; text: string; buttons: string[] }[] = [];
    const api = new Api(TEST_TOKEN);
    api.config.use(async (_prev, method, payload) => {
      const p = payload as {
        chat_id: number;
        text: string;
        reply_markup?: { inline_keyboard: { text: string }[][] };
      };
      if (method !== 'sendMessage') return { ok: true, result: true } as never;
      if (blocked.has(p.chat_id))
        return { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } as never;
      sent.push({
        chat_id: p.chat_id,
        text: p.text,
        buttons: p.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [],
      });
      return {
        ok: true,
        result: { message_id: sent.length, date: 0, chat: { id: p.chat_id, type: 'private' } },
      } as never;
    });
    return { api, sent };
  }

  it("announces articles new to the index after the bot's updates, once per chat, and forgets chats that blocked the bot", async () => {
    const engine = createFakeEngine();
    const doc = (docId: string, title: string, body: string) => ({
      docId,
      title,
      published: '2024-05-02',
      source: `seeds/${docId}.html`,
      url: `https://tin.example.vn/${docId}.html`,
      site: 'Báo Ví Dụ',
      body,
    });
    engine.latestItems = [];
    engine.documents.set('n1', doc('n1', 'Hội nghị về ngân sách', 'Thu ngân sách quý I đạt 30% dự toán.'));
    engine.documents.set('n2', doc('n2', 'Sơ kết chính sách', 'Bàn về chính sách cán bộ.'));
    const ids: string[] = ['old'];
    engine.articleIds = () => [...ids];
    const store = new AlertStore(freshDir());
    store.subscribe(10, 'vi', topic('ngân sách'));
    store.subscribe(10, 'vi', topic('thu ngân sách'));
    store.subscribe(20, 'en', topic('ngan sach'));
    store.subscribe(30, 'vi', topic('ngân sách'));
    const logs: string[] = [];
    const logger = {
      info: (_o: object, m?: string) => logs.push(m ?? ''),
      warn: (_o: object, m?: string) => logs.push(m ?? ''),
    };
    const alerts = new Alerts(store, logger, { perChatGapMs: 0, globalGapMs: 0 });
    const watched = alerts.wrap(engine);
    const { api, sent } = recordingApi(new Set([30]));
    alerts.start(api);
    expect(sent).toEqual([]);

    ids.push('n1', 'n2');
    engine.onUpdate = async () => report({ added: ['n1', 'n2'] });
    await watched.reindex();
    await alerts.idle();
    expect(sent.map((s) => [s.chat_id, s.text.split('\n')[0]])).toEqual([
      [10, '🔔 Bài mới về «ngân sách»:'],
      [20, '🔔 New article about “ngan sach”:'],
    ]);
    expect(sent[0]?.text).toBe(
      '🔔 Bài mới về «ngân sách»:\n<b><a href="https://tin.example.vn/n1.html">Hội nghị về ngân sách</a></b>\nBáo Ví Dụ — 02/05/2024',
    );
    expect(sent[0]?.buttons).toEqual(['Đọc bài', 'Hỏi về bài này', 'Mở trang gốc']);
    expect(sent[1]?.buttons).toEqual(['Read it', 'Ask about it', 'Open the page']);
    // Chat 30 blocked the bot: its subscription is gone.
    expect(store.list(30)).toEqual([]);
    expect(logs).toContain('alerts: chat unreachable (403), its subscriptions removed');

    // Another update that sees the same articles announces nothing again.
    await watched.addArticles([{ content: 'x', format: 'txt' }]);
    await alerts.idle();
    expect(sent).toHaveLength(2);
    // Calls other than updates pass straight through; so do failures.
    expect(watched.stats()).toBe(engine.indexStats);
    engine.onUpdate = async () => {
      throw new Error('disk full');
    };
    await expect(watched.reindex()).rejects.toThrow('disk full');
    await alerts.stop();
  });
});
