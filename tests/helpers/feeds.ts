/**
 * A local feed site for the feed tests, on 127.0.0.1 only: article pages (built from raw article
 * files with `articlePage`) and an RSS feed listing them, with an ETag so a conditional GET is
 * answered 304 while the feed is unchanged. Every request is recorded.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapeHtml } from '../../src/bot/format/html.ts';
import { articlePage, articleParts } from './documents.ts';

/** Content type of the RSS documents the site serves. */
export const RSS_TYPE = 'application/rss+xml; charset=utf-8';
/** Content type of the article pages the site serves. */
export const HTML_TYPE = 'text/html; charset=utf-8';
/** The portal's name on its article pages (`og:site_name`), which notices and sources show. */
export const FEED_SITE_NAME = 'Cổng thông tin thử nghiệm';
/**
 * Seed ids of the feed tests: `indexed` are indexed before any poll; `muongLay` (Mường Lay,
 * quý I/2021) and `hauGiang` (Hậu Giang, quý I/2021) arrive through the feed.
 */
export const FEED_SEEDS = {
  muongLay: '000_0c95c87bab80c7cf',
  hauGiang: '004_f66d6dc4a8e384f9',
  indexed: ['001_56a5bdce7b9e82f6', '002_31ae2237aeafa83e', '003_8fc4396257645532'],
} as const;

/** One `<item>` of the feed. */
export interface RssItem {
  title: string;
  /** Absolute, or relative to the feed. */
  link: string;
  /** RFC 822 date, as RSS writes it. */
  pubDate?: string;
}

/** An RSS 2.0 document listing `items`. */
export function rssFeed(title: string, items: readonly RssItem[]): string {
  const entries = items
    .map(
      (i) =>
        `<item><title>${escapeHtml(i.title)}</title><link>${escapeHtml(i.link)}</link><guid>${escapeHtml(i.link)}</guid>${
          i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''
        }</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escapeHtml(title)}</title><link>http://127.0.0.1/</link><description>Tin tức</description>\n${entries}\n</channel></rss>\n`;
}

/** The headline of a raw article, as its feed item title. */
export function itemTitle(raw: string): string {
  return articleParts(raw).title;
}

/** A recorded request. */
export interface Hit {
  path: string;
  status: number;
  ifNoneMatch: string | undefined;
  ifModifiedSince: string | undefined;
}

/** What a route answers: status, type and body; or a function of the request. */
export type Route =
  | { status?: number; type: string; body: string | Buffer; etag?: string; lastModified?: string }
  | ((req: IncomingMessage) => {
      status?: number;
      type: string;
      body: string | Buffer;
      etag?: string;
      lastModified?: string;
    });

/** The site: set `routes[path]`, read `hits`. */
export interface FeedSite {
  base: string;
  routes: Map<string, Route>;
  hits: Hit[];
  /** Hits of one path. */
  hitsOf(path: string): Hit[];
  close(): Promise<void>;
}

/** Serve the raw article text `raw` as a portal page of {@link FEED_SITE_NAME} at `urlPath`. */
export function serveArticle(site: FeedSite, urlPath: string, raw: string): void {
  site.routes.set(urlPath, { type: HTML_TYPE, body: articlePage(raw, { site: FEED_SITE_NAME }) });
}

/** Start the site on 127.0.0.1 (an ephemeral port). Unknown paths answer 404. */
export async function startFeedSite(): Promise<FeedSite> {
  const routes = new Map<string, Route>();
  const hits: Hit[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const route = routes.get(path);
    const hit: Hit = {
      path,
      status: 404,
      ifNoneMatch: req.headers['if-none-match'] as string | undefined,
      ifModifiedSince: req.headers['if-modified-since'] as string | undefined,
    };
    hits.push(hit);
    if (!route) return void res.writeHead(404).end();
    const r = typeof route === 'function' ? route(req) : route;
    const headers: Record<string, string> = { 'content-type': r.type };
    if (r.etag) headers.etag = r.etag;
    if (r.lastModified) headers['last-modified'] = r.lastModified;
    const fresh =
      (r.etag !== undefined && req.headers['if-none-match'] === r.etag) ||
      (r.etag === undefined &&
        r.lastModified !== undefined &&
        req.headers['if-modified-since'] === r.lastModified);
    hit.status = fresh ? 304 : (r.status ?? 200);
    if (fresh) return void res.writeHead(304, headers).end();
    res.writeHead(hit.status, headers).end(r.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    routes,
    hits,
    hitsOf: (path) => hits.filter((h) => h.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
