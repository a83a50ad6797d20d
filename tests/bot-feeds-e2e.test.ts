/**
 * End to end, feeds and alerts: the real bot process (`src/main.ts`) against telegram-test-api, with
 * FEEDS pointing at an RSS feed on a local site (127.0.0.1) and a 3-second poll interval. Chats
 * subscribe with /theodoi; the feed then lists two new articles (pages made from two seeds that
 * are not yet indexed); one poll adds both in one update and the subscriber gets exactly one notice
 * per article (although one article matches two of its subscriptions), another chat following an
 * unrelated place gets none; later polls are answered 304 and alert nothing. After a restart
 * without FETCH_ALLOW_PRIVATE the feed is refused before any connection, and the subscriptions are
 * still there. Every wait is bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BotMessage,
  type BotStack,
  createBotStack,
  type EmulatorChat,
  readSeed,
  waitUntil,
} from './helpers/bot-harness.ts';
import {
  FEED_SEEDS,
  FEED_SITE_NAME,
  type FeedSite,
  itemTitle,
  RSS_TYPE,
  rssFeed,
  serveArticle,
  startFeedSite,
} from './helpers/feeds.ts';

const T_MUONG_LAY = 'Mường Lay: Giao ban Khối Đảng quý I năm 2021';
const T_HAU_GIANG =
  'Thường trực Tỉnh ủy làm việc định kỳ với các cơ quan, tham mưu giúp việc Tỉnh ủy và các cơ quan có liên quan';

let stack: BotStack;
let site: FeedSite;
let subscriber: EmulatorChat;
let bystander: EmulatorChat;
let notices: BotMessage[] = [];

/** The bot reads the local feed, polling every 3 s. */
const feedEnv = () => ({ FEEDS: `${site.base}/rss.xml`, FEED_INTERVAL_MINUTES: '0.05' });
/** How long a reply to a command may take. */
const REPLY_MS = 20_000;

describe('feeds and alerts end to end (real bot process, 127.0.0.1 only)', () => {
  beforeAll(async () => {
    stack = await createBotStack({ name: 'bot-feeds-e2e', seeds: FEED_SEEDS.indexed });
    site = await startFeedSite();
    serveArticle(site, '/tin/muong-lay.html', readSeed(FEED_SEEDS.muongLay));
    serveArticle(site, '/tin/hau-giang.html', readSeed(FEED_SEEDS.hauGiang));
    // Empty until the chats have subscribed.
    site.routes.set('/rss.xml', { type: RSS_TYPE, etag: '"v0"', body: rssFeed('Tin tức', []) });
    subscriber = stack.chat(8601);
    bystander = stack.chat(8602);
    await stack.start({ ...feedEnv(), FETCH_ALLOW_PRIVATE: '1' });
    await stack.bot.waitForOutput(/"msg":"feeds: polling"/, 30_000);
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
    await site?.close();
  });

  it('/theodoi subscribes a chat to a place (linked to the gazetteer) or a phrase', async () => {
    expect((await subscriber.ask('/theodoi Điện Biên', REPLY_MS)).text).toBe(
      'Đã theo dõi địa bàn <b>Điện Biên</b> (Tỉnh Điện Biên). Khi có bài mới về nơi này, bot sẽ báo tại đây. Xem và bỏ theo dõi: /boqua',
    );
    expect((await subscriber.ask('/theodoi Thường trực Tỉnh ủy', REPLY_MS)).text).toBe(
      'Đã theo dõi cụm từ «<b>Thường trực Tỉnh ủy</b>» trong tiêu đề và nội dung bài. Khi có bài mới nhắc đến, bot sẽ báo tại đây. Xem và bỏ theo dõi: /boqua',
    );
    expect((await subscriber.ask('/theodoi giao ban khối đảng', REPLY_MS)).text).toContain(
      'Đã theo dõi cụm từ',
    );
    expect((await subscriber.ask('/theodoi Điện Biên', REPLY_MS)).text).toBe(
      'Cuộc trò chuyện này đã theo dõi «Điện Biên» rồi.',
    );
    expect((await bystander.ask('/follow Kon Tum', REPLY_MS)).text).toContain(
      'Đã theo dõi địa bàn <b>Kon Tum</b>',
    );
    expect((await bystander.ask('/theodoi', REPLY_MS)).text).toContain('Cách dùng: /theodoi');
  }, 60_000);

  it('a feed poll adds two new items in one update; the subscriber is alerted once per article, the other chat not at all', async () => {
    const feedHits = site.hitsOf('/rss.xml').length;
    expect(feedHits).toBeGreaterThan(0);
    site.routes.set('/rss.xml', {
      type: RSS_TYPE,
      etag: '"v1"',
      body: rssFeed('Tin tức', [
        {
          title: itemTitle(readSeed(FEED_SEEDS.muongLay)),
          link: `${site.base}/tin/muong-lay.html`,
        },
        {
          title: itemTitle(readSeed(FEED_SEEDS.hauGiang)),
          link: `${site.base}/tin/hau-giang.html`,
        },
      ]),
    });
    notices = await subscriber.replies(2, 45_000);
    const byTitle = (t: string) => notices.find((n) => n.text.includes(t));
    const muongLay = byTitle(T_MUONG_LAY);
    const hauGiang = byTitle(T_HAU_GIANG);
    expect(muongLay?.text).toBe(
      `🔔 Bài mới về «Điện Biên»:\n<b><a href="${site.base}/tin/muong-lay.html">${T_MUONG_LAY}</a></b>\n${FEED_SITE_NAME} — 02/04/2021`,
    );
    expect(hauGiang?.text).toContain(`<b><a href="${site.base}/tin/hau-giang.html">${T_HAU_GIANG}</a></b>`);
    for (const n of notices) {
      expect(n.buttons.map((b) => b.text)).toEqual(['Đọc bài', 'Hỏi về bài này', 'Mở trang gốc']);
      expect(n.buttons[0]?.data).toMatch(/^a:\d{8}_[0-9a-f]{16}:0$/);
      expect(n.buttons[1]?.data).toMatch(/^al:q:\d{8}_[0-9a-f]{16}$/);
    }
    expect(stack.bot.output()).toMatch(
      /"added":\["\d{8}_[0-9a-f]{16}","\d{8}_[0-9a-f]{16}"\].*"msg":"feeds: polled"/,
    );
    // One update for the batch: one index generation was added by the poll.
    expect(stack.bot.output().match(/"msg":"alerts: new articles matched"/g)).toHaveLength(1);

    // Later polls are conditional and answered 304: nothing more is fetched or announced.
    const v1At = site.hits.findIndex(
      (h) => h.path === '/rss.xml' && h.status === 200 && h.ifNoneMatch === '"v0"',
    );
    expect(v1At).toBeGreaterThanOrEqual(0);
    await waitUntil(
      () => site.hits.slice(v1At + 1).filter((h) => h.path === '/rss.xml' && h.status === 304).length >= 2,
      30_000,
      'two 304 answers after the feed changed',
    );
    expect(
      site.hits
        .slice(v1At + 1)
        .filter((h) => h.path === '/rss.xml')
        .every((h) => h.ifNoneMatch === '"v1"'),
    ).toBe(true);
    expect(site.hitsOf('/tin/muong-lay.html')).toHaveLength(1);
    expect(site.hitsOf('/tin/hau-giang.html')).toHaveLength(1);
    expect(await subscriber.settle(1000)).toEqual([]);
    expect(await bystander.settle(500)).toEqual([]);
  }, 90_000);

  it('"Đọc bài" shows the article; "Hỏi về bài này" answers from it alone; /boqua lists the subscriptions with buttons and stops one', async () => {
    const notice = notices.find((n) => n.text.includes(T_MUONG_LAY))!;
    await subscriber.press(notice.buttons[0]!.data, notice.messageId);
    const [article] = await subscriber.replies(1, 15_000);
    expect(article?.text).toContain(T_MUONG_LAY);
    expect(article?.text).toContain('Ngôn Ngọc Khuê');

    // "Hỏi về bài này": a prompt; a reply to it is answered from that article alone.
    await subscriber.press(notice.buttons[1]!.data, notice.messageId);
    const [prompt] = await subscriber.replies(1, 15_000);
    expect(prompt?.text).toBe(
      `Bạn muốn hỏi gì về bài <b>${T_MUONG_LAY}</b>? Hãy <b>trả lời tin nhắn này</b> bằng câu hỏi; bot chỉ tìm câu trả lời trong bài đó.`,
    );
    await subscriber.reply('Hội nghị diễn ra khi nào?', prompt!.messageId);
    const [answer] = await subscriber.replies(1, 20_000);
    expect(answer?.text).toContain('Thời gian: 31/3/2021 [1]');
    expect(answer?.text).toContain(`<a href="${site.base}/tin/muong-lay.html">${T_MUONG_LAY}</a>`);
    expect(answer?.text).not.toContain(T_HAU_GIANG);

    const list = await subscriber.ask('/boqua', REPLY_MS);
    expect(list.text).toBe(
      '<b>Đang theo dõi</b> (bấm một nút để bỏ):\n• Điện Biên (địa bàn)\n• Thường trực Tỉnh ủy (cụm từ)\n• giao ban khối đảng (cụm từ)',
    );
    expect(list.buttons.map((b) => b.text)).toEqual([
      '✕ Điện Biên',
      '✕ Thường trực Tỉnh ủy',
      '✕ giao ban khối đảng',
      'Bỏ tất cả',
    ]);
    await subscriber.press(list.buttons[2]!.data, list.messageId);
    expect((await subscriber.replies(1))[0]?.text).toBe('Đã bỏ theo dõi «giao ban khối đảng».');
    // A forged id of a subscription that is not this chat's does nothing.
    await subscriber.press('al:rm:999999', list.messageId);
    expect(await subscriber.settle(500)).toEqual([]);
  }, 60_000);

  it('after a restart without FETCH_ALLOW_PRIVATE the feed is refused before any connection; subscriptions persisted', async () => {
    expect(await stack.bot.stop('SIGTERM', 20_000)).toBe(0);
    const feedHits = site.hitsOf('/rss.xml').length;
    await stack.start(feedEnv());
    await stack.bot.waitForOutput(/feeds: http:\/\/127\.0\.0\.1:\d+\/rss\.xml not read: /, 30_000);
    expect(stack.bot.output()).toContain(
      '127.0.0.1 is a private or local address; refused (set FETCH_ALLOW_PRIVATE=1 to allow)',
    );
    expect(site.hitsOf('/rss.xml')).toHaveLength(feedHits);
    const list = await subscriber.ask('/boqua', REPLY_MS);
    expect(list.text).toBe(
      '<b>Đang theo dõi</b> (bấm một nút để bỏ):\n• Điện Biên (địa bàn)\n• Thường trực Tỉnh ủy (cụm từ)',
    );
    // The restart announced nothing again.
    expect(await subscriber.settle(500)).toEqual([]);
    expect(await stack.bot.stop('SIGTERM', 20_000)).toBe(0);
    expect(stack.bot.errorLines()).toEqual([]);
  }, 90_000);
});
