/**
 * Feed polling against a local site on 127.0.0.1: an RSS feed built in the test, listing article
 * pages made from the seeds (and, when present, from `../shared/eval/corpus`) and one article
 * written here. A real engine over a temp SEEDS_DIR / INDEX_DIR (keyword-only): new items are
 * saved like `/add <url>` saves them and indexed in one update; conditional GET with stored
 * validators; items never fetched twice; failures retried a bounded number of times; damaged feeds
 * named; private addresses refused by default.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTopic, topicMatches } from '../src/alerts/topic.ts';
import { loadConfig } from '../src/config.ts';
import { createEngine } from '../src/engine/create.ts';
import type { Engine, NewArticle } from '../src/engine/types.ts';
import { FeedError, parseFeed } from '../src/feeds/parse.ts';
import { FEED_MAX_BYTES, type PollDeps, pollFeeds } from '../src/feeds/poll.ts';
import { FeedStore, MAX_ITEM_ATTEMPTS } from '../src/feeds/store.ts';
import { formatSummary } from '../src/feeds/summary.ts';
import { readOriginHeader } from '../src/web/stored.ts';
import { copySeeds, projectRoot, readSeed } from './helpers/bot-harness.ts';
import {
  FEED_SEEDS,
  FEED_SITE_NAME,
  type FeedSite,
  HTML_TYPE,
  itemTitle,
  RSS_TYPE,
  rssFeed,
  serveArticle,
  startFeedSite,
} from './helpers/feeds.ts';

const CORPUS = path.join(projectRoot, '..', 'shared', 'eval', 'corpus');

/** An article written for this test (a made-up meeting), served once its page stops failing. */
const WRITTEN = `Hội nghị giao ban công tác dân vận quý III năm 2024

Ngày 28/09/2024

Sáng 27/9, Ban Dân vận Huyện ủy tổ chức hội nghị giao ban công tác dân vận quý III năm 2024. Đồng chí Nguyễn Văn Thử, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.

Trong quý III, các cơ quan đã tổ chức 12 buổi đối thoại với nhân dân, tiếp nhận 45 ý kiến, kiến nghị và giải quyết xong 40 ý kiến. Công tác dân vận chính quyền có nhiều chuyển biến tích cực.

Hội nghị thống nhất nhiệm vụ quý IV: tiếp tục nắm tình hình nhân dân, phối hợp giải quyết dứt điểm các kiến nghị còn tồn đọng trước ngày 31/12/2024.`;

const raw = (dir: string, id: string) => readFileSync(path.join(dir, `${id}.txt`), 'utf8');
const quiet = { info: () => {}, warn: () => {} };

let root: string;
let seedsDir: string;
let stateDir: string;
let engine: Engine;
let site: FeedSite;
let store: FeedStore;
/** addArticles calls: one per poll that found something. */
const batches: NewArticle[][] = [];
const warnings: string[] = [];

function deps(overrides: Partial<PollDeps> = {}): PollDeps {
  return {
    engine: {
      previewArticle: (c, o) => engine.previewArticle(c, o),
      addArticles: (items) => {
        batches.push([...items]);
        return engine.addArticles(items);
      },
    },
    store,
    feeds: [`${site.base}/rss.xml`],
    fetch: { maxBytes: 10 * 1024 * 1024, timeoutMs: 10_000, allowPrivate: true },
    logger: { info: () => {}, warn: (_o, m) => warnings.push(m ?? '') },
    ...overrides,
  };
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'feeds-'));
  seedsDir = path.join(root, 'seeds');
  stateDir = path.join(root, 'state');
  copySeeds(seedsDir, FEED_SEEDS.indexed);
  engine = await createEngine(loadConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: path.join(root, 'index') }), {
    embedder: null,
    logger: quiet,
  });
  site = await startFeedSite();
  store = new FeedStore(stateDir);
}, 120_000);

afterAll(async () => {
  store?.close();
  await engine?.close();
  await site?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('parseFeed', () => {
  it('reads RSS items: relative links resolved against the feed, fragments and repeats dropped', () => {
    const xml = rssFeed('Tin', [
      { title: 'Một', link: 'http://a.vn/tin/1.html#top', pubDate: 'Thu, 29 Sep 2022 08:00:00 +0700' },
      { title: 'Hai', link: '/tin/2.html' },
      { title: 'Một lần nữa', link: 'http://a.vn/tin/1.html' },
      { title: 'Thư', link: 'mailto:x@a.vn' },
    ]);
    const feed = parseFeed(Buffer.from(xml), 'http://a.vn/rss/tin.xml');
    expect(feed.title).toBe('Tin');
    expect(feed.items).toEqual([
      { url: 'http://a.vn/tin/1.html', title: 'Một', published: '2022-09-29T01:00:00.000Z' },
      { url: 'http://a.vn/tin/2.html', title: 'Hai', published: null },
    ]);
  });

  it('reads Atom', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
      <entry><title>Bài</title><link href="https://b.vn/bai.html"/><id>urn:1</id><updated>2024-01-02T03:04:05Z</updated></entry></feed>`;
    expect(parseFeed(Buffer.from(atom), 'https://b.vn/atom').items).toEqual([
      { url: 'https://b.vn/bai.html', title: 'Bài', published: '2024-01-02T03:04:05.000Z' },
    ]);
  });

  it('names a web page, broken XML and an empty answer instead of reading them', () => {
    const fail = (text: string) => {
      try {
        parseFeed(Buffer.from(text), 'http://a.vn/rss');
      } catch (err) {
        expect(err).toBeInstanceOf(FeedError);
        return `${(err as FeedError).code}: ${(err as FeedError).message}`;
      }
      return 'parsed';
    };
    expect(fail('<!DOCTYPE html><html><body>Trang chủ</body></html>')).toMatch(
      /^html: the address gives a web page, not an RSS\/Atom feed/,
    );
    expect(fail('<rss><channel><item><title>x</title></item>')).toMatch(
      /^malformed: the feed is not well-formed XML/,
    );
    expect(fail('<foo/>')).toMatch(/^format: the feed is not RSS, Atom or JSON Feed/);
    expect(fail('  \n')).toBe('empty: the feed is empty');
  });
});

describe('pollFeeds against a local site', () => {
  const page = (p: string) => `${site.base}${p}`;

  it('first poll: new pages fetched and saved like /add <url>, all in ONE index update; failures kept for retry', async () => {
    serveArticle(site, '/tin/muong-lay.html', readSeed(FEED_SEEDS.muongLay));
    serveArticle(site, '/tin/hau-giang.html', readSeed(FEED_SEEDS.hauGiang));
    site.routes.set('/tin/trong.html', {
      type: HTML_TYPE,
      body: '<html><body><h1>Chỉ có tiêu đề</h1></body></html>',
    });
    site.routes.set('/tin/loi.html', { status: 500, type: HTML_TYPE, body: 'lỗi' });
    site.routes.set('/tin/hong.html', { status: 503, type: HTML_TYPE, body: 'bảo trì' });
    const feed = rssFeed('Tin tức', [
      { title: itemTitle(readSeed(FEED_SEEDS.muongLay)), link: page('/tin/muong-lay.html') },
      { title: itemTitle(readSeed(FEED_SEEDS.hauGiang)), link: '/tin/hau-giang.html' },
      { title: 'Trang trống', link: page('/tin/trong.html') },
      { title: 'Bài lỗi tạm', link: page('/tin/loi.html') },
      { title: 'Bài hỏng', link: page('/tin/hong.html') },
      { title: 'Bài đã gỡ', link: page('/tin/da-go.html') },
    ]);
    site.routes.set('/rss.xml', { type: RSS_TYPE, body: feed, etag: '"v1"' });
    const before = engine.stats();

    const s = await pollFeeds(deps());

    expect(s.feeds).toEqual([{ url: page('/rss.xml'), status: 'fetched', listed: 6 }]);
    expect(s.newItems).toBe(6);
    expect(s.added.map((a) => [a.url, a.title])).toEqual([
      [page('/tin/muong-lay.html'), 'Mường Lay: Giao ban Khối Đảng quý I năm 2021'],
      [
        page('/tin/hau-giang.html'),
        'Thường trực Tỉnh ủy làm việc định kỳ với các cơ quan, tham mưu giúp việc Tỉnh ủy và các cơ quan có liên quan',
      ],
    ]);
    expect(s.skipped).toEqual([
      { url: page('/tin/trong.html'), reason: 'no article text found (only a headline or page furniture)' },
      // A client error (404 here) will not change by asking again; a server error (below) may.
      { url: page('/tin/da-go.html'), reason: `${new URL(site.base).host} answered HTTP 404` },
    ]);
    expect(s.failed).toEqual([
      { url: page('/tin/loi.html'), reason: `${new URL(site.base).host} answered HTTP 500` },
      { url: page('/tin/hong.html'), reason: `${new URL(site.base).host} answered HTTP 503` },
    ]);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(2);
    const after = engine.stats();
    expect(after.articles).toBe(before.articles + 2);
    expect(after.generation).toBe(before.generation + 1);
    expect(s.report?.added.sort()).toEqual(s.added.map((a) => a.docId).sort());
    // Saved as /add <url> saves: YYYYMMDD_<hash>.html behind the source header naming the URL and site.
    for (const a of s.added) {
      expect(a.docId).toMatch(/^\d{8}_[0-9a-f]{16}$/);
      const file = readFileSync(path.join(seedsDir, `${a.docId}.html`), 'utf8');
      expect(readOriginHeader(file)).toMatchObject({ url: a.url, site: FEED_SITE_NAME, kind: 'html' });
      expect(engine.document(a.docId)?.url).toBe(a.url);
    }
    // An item had to be retried, so the feed must be read in full next time: no validators yet.
    expect(store.validators(page('/rss.xml'))).toEqual({ etag: null, lastModified: null });
    expect(store.item(page('/tin/trong.html'))).toMatchObject({ state: 'skipped', attempts: 1 });
    expect(readdirSync(seedsDir)).toHaveLength(5);
    expect(formatSummary(s)).toContain(
      'feeds checked: 1 (not modified: 0, failed: 0)\nnew items: 6\nadded: 2\n',
    );
  }, 60_000);

  it('later polls: only failed items are fetched again; a page that recovers is added; one that keeps failing is given up', async () => {
    site.routes.set('/tin/loi.html', {
      type: HTML_TYPE,
      body: `<!doctype html><html><head><meta charset="utf-8"><meta property="og:site_name" content="${FEED_SITE_NAME}"></head><body><article>${WRITTEN.split(
        '\n\n',
      )
        .map((p, i) => (i === 0 ? `<h1>${p}</h1>` : `<p>${p}</p>`))
        .join('')}</article></body></html>`,
    });
    const second = await pollFeeds(deps());
    expect(second.newItems).toBe(2);
    expect(second.added.map((a) => a.title)).toEqual(['Hội nghị giao ban công tác dân vận quý III năm 2024']);
    expect(second.failed.map((f) => f.url)).toEqual([page('/tin/hong.html')]);
    expect(batches).toHaveLength(2);
    // Never fetched twice: the pages added or skipped in the first poll were not requested again.
    expect(site.hitsOf('/tin/muong-lay.html')).toHaveLength(1);
    expect(site.hitsOf('/tin/hau-giang.html')).toHaveLength(1);
    expect(site.hitsOf('/tin/trong.html')).toHaveLength(1);

    for (let poll = 3; poll <= MAX_ITEM_ATTEMPTS; poll++) {
      const s = await pollFeeds(deps());
      expect(s.failed.map((f) => f.url)).toEqual([page('/tin/hong.html')]);
      expect(s.added).toEqual([]);
    }
    expect(site.hitsOf('/tin/hong.html')).toHaveLength(MAX_ITEM_ATTEMPTS);
    expect(batches).toHaveLength(2);
    // Given up: not fetched again, and with nothing left to retry the feed's validators are kept.
    const settled = await pollFeeds(deps());
    expect(settled.newItems).toBe(0);
    expect(site.hitsOf('/tin/hong.html')).toHaveLength(MAX_ITEM_ATTEMPTS);
    expect(store.item(page('/tin/hong.html'))).toMatchObject({
      state: 'failed',
      attempts: MAX_ITEM_ATTEMPTS,
    });
    expect(store.validators(page('/rss.xml'))).toEqual({ etag: '"v1"', lastModified: null });
  }, 60_000);

  it('conditional GET: an unchanged feed answers 304, also after a restart (validators persisted)', async () => {
    const s = await pollFeeds(deps());
    expect(s.feeds).toEqual([{ url: page('/rss.xml'), status: 'not-modified', listed: 0 }]);
    expect(s.newItems).toBe(0);
    expect(site.hitsOf('/rss.xml').at(-1)).toMatchObject({ status: 304, ifNoneMatch: '"v1"' });

    store.close();
    store = new FeedStore(stateDir);
    const afterRestart = await pollFeeds(deps());
    expect(afterRestart.feeds[0]?.status).toBe('not-modified');
    expect(site.hitsOf('/rss.xml').at(-1)).toMatchObject({ status: 304, ifNoneMatch: '"v1"' });
    expect(formatSummary(afterRestart)).toContain(
      'feeds checked: 1 (not modified: 1, failed: 0)\nnew items: 0\nadded: 0\n',
    );
  });

  it('a changed feed: only its new items are fetched; a page already stored under another URL is skipped as a duplicate', async () => {
    serveArticle(site, '/tin/ban-sao.html', readSeed(FEED_SEEDS.muongLay));
    const stored = store.item(page('/tin/muong-lay.html'));
    expect(stored?.state).toBe('added');
    const muongLayId = stored?.state === 'added' ? stored.docId : '?';
    site.routes.set('/rss.xml', {
      type: RSS_TYPE,
      etag: '"v2"',
      body: rssFeed('Tin tức', [
        { title: 'Bản sao', link: page('/tin/ban-sao.html') },
        { title: itemTitle(readSeed(FEED_SEEDS.muongLay)), link: page('/tin/muong-lay.html') },
        { title: itemTitle(readSeed(FEED_SEEDS.hauGiang)), link: page('/tin/hau-giang.html') },
      ]),
    });
    const s = await pollFeeds(deps());
    expect(s.newItems).toBe(1);
    expect(s.skipped).toEqual([
      { url: page('/tin/ban-sao.html'), reason: `already stored as ${muongLayId}` },
    ]);
    expect(site.hitsOf('/tin/muong-lay.html')).toHaveLength(1);
    expect(batches).toHaveLength(2);
    expect(store.validators(page('/rss.xml')).etag).toBe('"v2"');
  });

  it('damaged feeds (bad XML, a web page, too large) each give one clear line; the other feeds still run; nothing is lost', async () => {
    site.routes.set('/bad.xml', { type: RSS_TYPE, body: '<rss><channel><item><title>cắt ngang' });
    site.routes.set('/page.html', {
      type: HTML_TYPE,
      body: '<!doctype html><html><body><p>Trang chủ</p></body></html>',
    });
    site.routes.set('/huge.xml', { type: RSS_TYPE, body: Buffer.alloc(FEED_MAX_BYTES + 1, 32) });
    warnings.length = 0;
    const articles = engine.stats().articles;
    const feeds = ['/bad.xml', '/page.html', '/huge.xml', '/rss.xml'].map(page);
    const s = await pollFeeds(deps({ feeds }));
    expect(s.feeds.map((f) => [f.url, f.status])).toEqual([
      [feeds[0], 'failed'],
      [feeds[1], 'failed'],
      [feeds[2], 'failed'],
      [feeds[3], 'not-modified'],
    ]);
    expect(s.feeds[0]?.error).toMatch(/^the feed is not well-formed XML/);
    expect(s.feeds[1]?.error).toMatch(/^the address gives a web page, not an RSS\/Atom feed/);
    // Sent without a length, so the cap stops the transfer while reading.
    expect(s.feeds[2]?.error).toBe(`the document is above the ${FEED_MAX_BYTES} byte limit`);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toBe(`feeds: ${feeds[0]} not read: ${s.feeds[0]?.error}`);
    expect(engine.stats().articles).toBe(articles);
    expect(store.validators(feeds[0]!)).toEqual({ etag: null, lastModified: null });
    expect(formatSummary(s)).toContain(`feed failed: ${feeds[1]}: the address gives a web page`);
  });

  it('a feed on a private address is refused by default, before any connection', async () => {
    const before = site.hits.length;
    const s = await pollFeeds(deps({ fetch: { maxBytes: 1_000_000, timeoutMs: 5000, allowPrivate: false } }));
    expect(s.feeds[0]?.status).toBe('failed');
    expect(s.feeds[0]?.error).toBe(
      '127.0.0.1 is a private or local address; refused (set FETCH_ALLOW_PRIVATE=1 to allow)',
    );
    expect(site.hits.length).toBe(before);
  });
});

describe.skipIf(!existsSync(CORPUS))('feed of evaluation-corpus articles (../shared/eval/corpus)', () => {
  it('adds them with their places, so a place subscription matches only its own article', async () => {
    const BAO_YEN = '200_520d24c45f0b18f6';
    const CHIEM_HOA = '201_0d855e1c619dad71';
    serveArticle(site, '/corpus/bao-yen.html', raw(CORPUS, BAO_YEN));
    serveArticle(site, '/corpus/chiem-hoa.html', raw(CORPUS, CHIEM_HOA));
    site.routes.set('/corpus.xml', {
      type: RSS_TYPE,
      lastModified: 'Wed, 02 Dec 2026 01:00:00 GMT',
      body: rssFeed('Corpus', [
        { title: itemTitle(raw(CORPUS, BAO_YEN)), link: `${site.base}/corpus/bao-yen.html` },
        { title: itemTitle(raw(CORPUS, CHIEM_HOA)), link: `${site.base}/corpus/chiem-hoa.html` },
      ]),
    });
    const s = await pollFeeds(deps({ feeds: [`${site.base}/corpus.xml`] }));
    expect(s.added).toHaveLength(2);
    const laoCai = parseTopic('Lào Cai');
    const tuyenQuang = parseTopic('Tuyên Quang');
    if (typeof laoCai === 'string' || typeof tuyenQuang === 'string') throw new Error('not topics');
    const forMatch = (docId: string) => {
      const d = engine.document(docId)!;
      return { title: d.title, body: d.body, places: engine.articlePlaces(docId) };
    };
    const [bao, chiem] = s.added.map((a) => forMatch(a.docId));
    expect([topicMatches(laoCai, bao!), topicMatches(laoCai, chiem!)]).toEqual([true, false]);
    expect([topicMatches(tuyenQuang, bao!), topicMatches(tuyenQuang, chiem!)]).toEqual([false, true]);
    // Last-Modified alone is a validator too.
    const again = await pollFeeds(deps({ feeds: [`${site.base}/corpus.xml`] }));
    expect(again.feeds[0]?.status).toBe('not-modified');
    expect(site.hitsOf('/corpus.xml').at(-1)).toMatchObject({
      status: 304,
      ifModifiedSince: 'Wed, 02 Dec 2026 01:00:00 GMT',
    });
  }, 60_000);
});

if (!existsSync(CORPUS)) {
  console.warn(`feeds.test.ts: ${CORPUS} is absent; the evaluation-corpus feed test is skipped`);
}

describe('FEEDS and FEED_INTERVAL_MINUTES', () => {
  it('reads comma or space separated http(s) URLs, once each; default interval 30 minutes', () => {
    const c = loadConfig({
      FEEDS: 'https://a.vn/rss, http://b.vn/x.xml\n https://a.vn/rss',
      FEED_INTERVAL_MINUTES: '0.5',
    });
    expect(c.FEEDS).toEqual(['https://a.vn/rss', 'http://b.vn/x.xml']);
    expect(c.FEED_INTERVAL_MINUTES).toBe(0.5);
    expect(loadConfig({}).FEEDS).toEqual([]);
    expect(loadConfig({}).FEED_INTERVAL_MINUTES).toBe(30);
  });

  it('errors name the variable, the value and the fix', () => {
    const message = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return 'accepted';
      } catch (err) {
        return (err as Error).message;
      }
    };
    expect(message({ FEEDS: 'ftp://a.vn/rss a.vn/rss' })).toBe(
      'config: invalid environment:\n- FEEDS="ftp://a.vn/rss a.vn/rss": not http(s) URLs: ftp://a.vn/rss, a.vn/rss; fix: write RSS/Atom feed addresses separated by commas or spaces, e.g. FEEDS=https://example.vn/rss/tin-tuc.rss, or leave it empty',
    );
    expect(message({ FEED_INTERVAL_MINUTES: 'abc' })).toBe(
      'config: invalid environment:\n- FEED_INTERVAL_MINUTES="abc": is not a number; fix: write a number of minutes from 0.05 to 10080 (a week), e.g. FEED_INTERVAL_MINUTES=30, or remove the line for 30',
    );
    expect(message({ FEED_INTERVAL_MINUTES: '0' })).toMatch(
      /^config: invalid environment:\n- FEED_INTERVAL_MINUTES="0": .*; fix: write a number of minutes from 0\.05/,
    );
  });
});

describe('stopping', () => {
  it('a poll asked to stop fetches nothing more and adds nothing; the items stay new for the next poll', async () => {
    const stopSite = await startFeedSite();
    try {
      serveArticle(stopSite, '/tin/a.html', readSeed(FEED_SEEDS.hauGiang));
      stopSite.routes.set('/rss.xml', {
        type: RSS_TYPE,
        etag: '"s1"',
        body: rssFeed('Tin', [{ title: 'A', link: `${stopSite.base}/tin/a.html` }]),
      });
      let checks = 0;
      const before = batches.length;
      // Stop right after the feed was read: the item is not fetched.
      const s = await pollFeeds(
        deps({ feeds: [`${stopSite.base}/rss.xml`], shouldStop: () => ++checks > 1 }),
      );
      expect(s.feeds.map((f) => f.status)).toEqual(['fetched']);
      expect(s.newItems).toBe(0);
      expect(stopSite.hitsOf('/tin/a.html')).toHaveLength(0);
      expect(batches.length).toBe(before);
      expect(store.validators(`${stopSite.base}/rss.xml`)).toEqual({ etag: null, lastModified: null });
      expect(store.handled(`${stopSite.base}/tin/a.html`)).toBe(false);
    } finally {
      await stopSite.close();
    }
  });
});
