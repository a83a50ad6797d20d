/**
 * One poll of every configured feed: conditional GET of each feed (ETag / Last-Modified from the
 * last full answer), the new items' pages fetched and extracted exactly as `/add <url>` does
 * (`fetchDocument`: safe fetch, Readability, PDF, DOCX; the URL kept in the saved file's header),
 * then ONE index update for all of them (`engine.addArticles`). Shared by the bot's timer and
 * `npm run pull`.
 *
 * Nothing is lost on failure: a feed's validators are stored only after every item of its answer
 * has been handled, so a feed that failed, or an item whose page could not be fetched this time, is
 * seen again on the next poll; items already added or skipped for good are never fetched again.
 */
import type { AddedBatch, Engine, UpdateReport } from '../engine/types.ts';
import { ExtractError, fetchDocument } from '../web/extract.ts';
import { FEED_TYPES, FetchError, safeFetch } from '../web/fetch.ts';
import { parseFeed } from './parse.ts';
import type { FeedStore } from './store.ts';

/** Items looked at per feed and poll (feeds list the newest first; a backlog is worked off over several polls). */
export const MAX_ITEMS_PER_FEED = 20;
/** A feed larger than this is refused (a feed is a list of links, not the articles). */
export const FEED_MAX_BYTES = 5 * 1024 * 1024;
/**
 * What a feed URL may answer besides the feed types: servers label feeds `text/html` or
 * `text/plain` surprisingly often, and a web page given by mistake is better named as such by the
 * parser than refused as "a content type".
 */
const FEED_ACCEPT = [...FEED_TYPES, 'text/html', 'text/plain', 'application/octet-stream'] as const;
/** Fetch failures that will not change by trying again: the item is skipped for good. */
const FINAL_FETCH_CODES: ReadonlySet<FetchError['code']> = new Set([
  'bad-url',
  'blocked-address',
  'content-type',
  'too-large',
  'too-many-redirects',
]);

/** A client error that asking again will not change (408 timeout and 429 too-many-requests may). */
function isFinalStatus(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/** What a poll needs. */
export interface PollDeps {
  engine: Pick<Engine, 'previewArticle' | 'addArticles'>;
  store: FeedStore;
  /** Feed URLs (FEEDS). */
  feeds: readonly string[];
  /** The safe-fetch settings of `/add <url>` (MAX_FILE_MB, FETCH_TIMEOUT_SECONDS, FETCH_ALLOW_PRIVATE). */
  fetch: { maxBytes: number; timeoutMs: number; allowPrivate: boolean };
  logger?: { info(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
  /**
   * Checked before each feed and item: true ends the poll early (the bot is shutting down). What
   * was not handled is left for the next poll; nothing fetched is added.
   */
  shouldStop?: () => boolean;
}

/** How one feed went. */
export interface FeedOutcome {
  url: string;
  status: 'fetched' | 'not-modified' | 'failed';
  /** Why it failed (one line). */
  error?: string;
  /** Items the feed lists (fetched only). */
  listed: number;
}

/** What a poll did, for the bot's log line and `npm run pull`'s summary. */
export interface PollSummary {
  feeds: FeedOutcome[];
  /** Items not seen before (or retried), whose pages were fetched. */
  newItems: number;
  added: { url: string; docId: string; title: string }[];
  /** Items given up for good, with the reason. */
  skipped: { url: string; reason: string }[];
  /** Items that failed this time and are retried on the next poll. */
  failed: { url: string; reason: string }[];
  /** The one index update, when something was added. */
  report: UpdateReport | null;
  seconds: number;
}

interface Pending {
  url: string;
  feed: string;
  file: string;
  title: string;
}

/** Poll every feed once and add what is new in one update. Never throws for a feed or an item. */
export async function pollFeeds(deps: PollDeps): Promise<PollSummary> {
  const t0 = performance.now();
  const { store, logger } = deps;
  const summary: PollSummary = {
    feeds: [],
    newItems: 0,
    added: [],
    skipped: [],
    failed: [],
    report: null,
    seconds: 0,
  };
  const batch: Pending[] = [];
  const seen = new Set<string>();
  /** Validators to store once the feed's items are in; withheld when an item must be retried. */
  const validators = new Map<string, { etag: string | null; lastModified: string | null }>();
  const stopping = () => deps.shouldStop?.() === true;
  for (const feed of deps.feeds) {
    if (stopping()) break;
    const known = store.validators(feed);
    const headers: Record<string, string> = {};
    if (known.etag) headers['if-none-match'] = known.etag;
    if (known.lastModified) headers['if-modified-since'] = known.lastModified;
    let items: { url: string; title: string }[];
    try {
      const res = await safeFetch(feed, {
        maxBytes: Math.min(deps.fetch.maxBytes, FEED_MAX_BYTES),
        timeoutMs: deps.fetch.timeoutMs,
        allowPrivate: deps.fetch.allowPrivate,
        accept: FEED_ACCEPT,
        headers,
      });
      if (res.status === 304) {
        summary.feeds.push({ url: feed, status: 'not-modified', listed: 0 });
        continue;
      }
      items = parseFeed(res.bytes, res.url, res.charset).items;
      validators.set(feed, { etag: res.etag, lastModified: res.lastModified });
      summary.feeds.push({ url: feed, status: 'fetched', listed: items.length });
    } catch (err) {
      const error = (err as Error).message;
      summary.feeds.push({ url: feed, status: 'failed', error, listed: 0 });
      logger?.warn({ feed, err: error }, `feeds: ${feed} not read: ${error}`);
      continue;
    }
    for (const item of items.slice(0, MAX_ITEMS_PER_FEED)) {
      if (stopping()) {
        validators.delete(feed);
        break;
      }
      if (seen.has(item.url) || store.handled(item.url)) continue;
      seen.add(item.url);
      summary.newItems++;
      const outcome = await fetchItem(deps, item.url);
      if (outcome.kind === 'ready') {
        batch.push({ url: item.url, feed, file: outcome.file, title: outcome.title || item.title });
        continue;
      }
      if (outcome.kind === 'retry') {
        summary.failed.push({ url: item.url, reason: outcome.reason });
        store.record(item.url, feed, { state: 'failed', reason: outcome.reason });
        validators.delete(feed);
      } else {
        summary.skipped.push({ url: item.url, reason: outcome.reason });
        store.record(item.url, feed, { state: 'skipped', reason: outcome.reason });
      }
    }
  }
  if (stopping()) {
    // Pages fetched but not added are fetched again next time; the validators wait for them.
    for (const b of batch) validators.delete(b.feed);
    batch.length = 0;
  }
  if (batch.length > 0) {
    const result: AddedBatch = await deps.engine.addArticles(
      batch.map((b) => ({ content: b.file, format: 'html' as const })),
    );
    summary.report = result.report;
    result.items.forEach((r, i) => {
      const b = batch[i]!;
      if (r.ok) {
        summary.added.push({ url: b.url, docId: r.docId, title: b.title });
        store.record(b.url, b.feed, { state: 'added', docId: r.docId });
      } else {
        summary.skipped.push({ url: b.url, reason: r.reason });
        store.record(b.url, b.feed, { state: 'skipped', reason: r.reason });
      }
    });
  }
  for (const [feed, v] of validators) store.saveValidators(feed, v);
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

type ItemOutcome =
  | { kind: 'ready'; file: string; title: string }
  | { kind: 'skip'; reason: string }
  | { kind: 'retry'; reason: string };

/** Fetch and extract one item's page as `/add <url>` does, and check it is a new article. */
async function fetchItem(deps: PollDeps, url: string): Promise<ItemOutcome> {
  let file: string;
  try {
    file = (await fetchDocument(url, deps.fetch)).file;
  } catch (err) {
    const reason = (err as Error).message;
    if (err instanceof ExtractError) return { kind: 'skip', reason };
    if (err instanceof FetchError && FINAL_FETCH_CODES.has(err.code)) return { kind: 'skip', reason };
    // 404, 410, 403…: the page is not there for us; 408, 429 and 5xx may pass.
    if (err instanceof FetchError && err.status !== undefined && isFinalStatus(err.status)) {
      return { kind: 'skip', reason };
    }
    return { kind: 'retry', reason };
  }
  const preview = deps.engine.previewArticle(file, { format: 'html' });
  if (!preview.ok)
    return { kind: 'skip', reason: 'no article text found (only a headline or page furniture)' };
  if (preview.duplicateOf) return { kind: 'skip', reason: `already stored as ${preview.duplicateOf.docId}` };
  return { kind: 'ready', file, title: preview.title };
}
