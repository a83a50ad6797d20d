/**
 * An RSS, Atom or JSON feed's bytes to the list of its items, with @extractus/feed-extractor
 * (fast-xml-parser underneath; no network: we hand it the bytes we fetched ourselves). A feed that
 * is not one — a web page, broken XML, an unknown format — is refused with a {@link FeedError}
 * naming what was found, so an admin can fix the URL.
 */
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { comparableUrl } from '../engine/documents.ts';

/** A feed that cannot be read; `message` says what was found instead and what to do. */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    readonly code: 'html' | 'malformed' | 'format' | 'empty',
    message: string,
  ) {
    super(message);
  }
}

/** One item of a feed: the article's address and what the feed says about it. */
export interface FeedItem {
  /** The article's URL, absolute, without fragment or trailing slash (the dedupe key). */
  url: string;
  title: string;
  /** ISO date-time from the feed, or null. */
  published: string | null;
}

/** A parsed feed. */
export interface ParsedFeed {
  title: string;
  /** Items with a usable http(s) link, in feed order (newest first in most feeds). */
  items: FeedItem[];
}

/** Bytes of the feed looked at to tell a web page from XML. */
const SNIFF_BYTES = 1024;

/**
 * Parse a fetched feed. `url` is the feed's own address (relative item links are resolved against
 * it); `charset` the Content-Type charset, when the server sent one.
 */
export function parseFeed(bytes: Buffer, url: string, charset: string | null = null): ParsedFeed {
  const text = decodeFeed(bytes, charset).replace(/^\uFEFF/, '');
  const head = text.slice(0, SNIFF_BYTES).trimStart().toLowerCase();
  if (!head) throw new FeedError('empty', 'the feed is empty');
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) {
    throw new FeedError(
      'html',
      'the address gives a web page, not an RSS/Atom feed (look for the site’s RSS link and put that in FEEDS)',
    );
  }
  let data: ReturnType<typeof extractFromXml>;
  try {
    data =
      head.startsWith('{') || head.startsWith('[')
        ? extractFromJson(text, { baseUrl: url, descriptionMaxLen: 0 })
        : extractFromXml(text, { baseUrl: url, descriptionMaxLen: 0 });
  } catch (err) {
    const reason = (err as Error).message;
    throw /not well-formed/i.test(reason)
      ? new FeedError('malformed', `the feed is not well-formed XML (${reason}); nothing was read from it`)
      : new FeedError('format', `the feed is not RSS, Atom or JSON Feed (${reason})`);
  }
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  for (const entry of data.entries ?? []) {
    const link = typeof entry.link === 'string' ? absolute(entry.link.trim(), url) : null;
    if (!link || seen.has(link)) continue;
    seen.add(link);
    items.push({
      url: link,
      title: (entry.title ?? '').replace(/\s+/g, ' ').trim(),
      published: entry.published ? entry.published : null,
    });
  }
  return { title: (data.title ?? '').trim(), items };
}

/** An http(s) link resolved against the feed's URL and made comparable; null for anything else. */
function absolute(link: string, base: string): string | null {
  if (!link || !URL.canParse(link, base)) return null;
  const u = new URL(link, base);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return comparableUrl(u.toString());
}

/** The charset of Content-Type, else the XML declaration's encoding, else UTF-8. */
function decodeFeed(bytes: Buffer, charset: string | null): string {
  const declared = /<\?xml[^>]*encoding\s*=\s*["']([\w.-]+)["']/i.exec(
    bytes.subarray(0, 200).toString('latin1'),
  )?.[1];
  const label = (charset ?? declared ?? 'utf-8').toLowerCase();
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
