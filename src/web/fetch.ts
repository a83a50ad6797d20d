/**
 * Fetching a page an admin names, safely. The bot runs on a server: a URL from a chat must not be
 * able to reach the server's own services (loopback, the cloud metadata address, the LAN), hang
 * the bot, or fill its memory. So:
 *  - only `http:` and `https:` URLs, without user names or passwords in them;
 *  - every address the host name resolves to is checked before connecting, and the socket connects
 *    to the checked address itself (no second DNS lookup an attacker could answer differently);
 *    private, loopback, link-local and other non-public ranges are refused unless allowed;
 *  - redirects are followed by hand, each hop checked the same way, at most `maxRedirects`;
 *  - one deadline for the whole transfer, a size cap checked on the declared length and while
 *    reading, and a content-type check (HTML, PDF, DOCX, RSS/Atom, plain text).
 */
import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Refused input or a failed transfer; `code` lets callers word it for users, `message` is for logs and admins. */
export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    readonly code:
      | 'bad-url'
      | 'blocked-address'
      | 'dns'
      | 'timeout'
      | 'too-large'
      | 'too-many-redirects'
      | 'http-status'
      | 'content-type'
      | 'network',
    message: string,
    /** The HTTP status, for 'http-status'. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Options of {@link safeFetch}. */
export interface SafeFetchOptions {
  /** Largest body accepted, bytes. */
  maxBytes: number;
  /** Deadline for the whole fetch (all redirects included), ms. Default 20 s. */
  timeoutMs?: number;
  /** Redirects followed at most. Default 5. */
  maxRedirects?: number;
  /** Allow private, loopback and link-local addresses (tests, intranet portals). Default false. */
  allowPrivate?: boolean;
  /** Content types accepted (lower case, without parameters). Default {@link DOCUMENT_TYPES}. */
  accept?: readonly string[];
  /** Extra request headers (If-None-Match, If-Modified-Since for feeds). */
  headers?: Record<string, string>;
}

/** What a successful fetch returns. A 304 answer comes back with `status` 304 and no bytes. */
export interface FetchedResource {
  /** The URL finally answered, after redirects. */
  url: string;
  status: number;
  /** Lower case, without parameters; '' when the server sent none. */
  contentType: string;
  /** The `charset` parameter of Content-Type, when given. */
  charset: string | null;
  bytes: Buffer;
  etag: string | null;
  lastModified: string | null;
}

/** What article ingestion accepts. */
export const DOCUMENT_TYPES = [
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  // Many servers label every download as bytes; the extractor then decides by the file's signature.
  'application/octet-stream',
] as const;

/** What feed polling accepts. */
export const FEED_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/xml',
  'text/xml',
  'application/feed+json',
  'application/json',
] as const;

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_REDIRECTS = 5;
const USER_AGENT = 'meeting-report-bot/0.1 (+article ingestion)';

/** True when `address` (IPv4 or IPv6, IPv4-mapped included) is a public unicast address. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) {
    ip = (ip as ipaddr.IPv6).toIPv4Address();
  }
  return ip.range() === 'unicast';
}

/** A DNS lookup that refuses non-public addresses (unless allowed), so the socket can only reach a checked one. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as unknown as { address: string; family: number }[];
      const usable = allowPrivate ? list : list.filter((a) => isPublicAddress(a.address));
      if (usable.length === 0) {
        const shown = list.map((a) => a.address).join(', ');
        const error = Object.assign(
          new Error(
            `${hostname} resolves to ${shown}, a private or local address; refused (set FETCH_ALLOW_PRIVATE=1 to allow)`,
          ),
          { code: 'EBLOCKED' },
        );
        return callback(error, '', 0);
      }
      if ((options as { all?: boolean }).all) return callback(null, usable as never);
      const first = usable[0]!;
      return callback(null, first.address, first.family);
    });
  };
}

/** Parse and vet a URL typed by an admin: http(s) only, no credentials, a literal address must be public. */
export function checkUrl(raw: string, allowPrivate = false): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError('bad-url', `not a URL: ${raw.slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad-url', `only http and https URLs are fetched, not ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new FetchError('bad-url', 'URLs with a user name or password are not fetched');
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && ipaddr.isValid(host) && !isPublicAddress(host)) {
    throw new FetchError(
      'blocked-address',
      `${host} is a private or local address; refused (set FETCH_ALLOW_PRIVATE=1 to allow)`,
    );
  }
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost'))) {
    throw new FetchError(
      'blocked-address',
      `${host} is the local machine; refused (set FETCH_ALLOW_PRIVATE=1 to allow)`,
    );
  }
  return url;
}

/** Fetch `rawUrl` under the rules above. Throws {@link FetchError} for every refusal or failure. */
export async function safeFetch(rawUrl: string, options: SafeFetchOptions): Promise<FetchedResource> {
  const allowPrivate = options.allowPrivate ?? false;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const accept = options.accept ?? DOCUMENT_TYPES;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = checkUrl(rawUrl, allowPrivate);
  for (let hop = 0; ; hop++) {
    const res = await get(url, { allowPrivate, signal, timeoutMs, headers: options.headers ?? {} });
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && status !== 304 && location) {
      res.resume();
      if (hop >= maxRedirects) {
        throw new FetchError('too-many-redirects', `more than ${maxRedirects} redirects from ${rawUrl}`);
      }
      url = checkUrl(new URL(location, url).toString(), allowPrivate);
      continue;
    }
    const meta = {
      url: url.toString(),
      status,
      etag: header(res, 'etag'),
      lastModified: header(res, 'last-modified'),
    };
    if (status === 304) {
      res.resume();
      return { ...meta, contentType: '', charset: null, bytes: Buffer.alloc(0) };
    }
    if (status < 200 || status >= 300) {
      res.resume();
      throw new FetchError('http-status', `${url.host} answered HTTP ${status}`, status);
    }
    const [type = '', ...params] = (header(res, 'content-type') ?? '').split(';');
    const contentType = type.trim().toLowerCase();
    if (contentType && !accept.includes(contentType)) {
      res.resume();
      throw new FetchError('content-type', `${url.host} sent ${contentType}, not a document this bot reads`);
    }
    const charset =
      params
        .map((p) => /^\s*charset\s*=\s*"?([^";]+)"?/i.exec(p)?.[1])
        .find((c) => c !== undefined)
        ?.toLowerCase() ?? null;
    const declared = Number(header(res, 'content-length') ?? Number.NaN);
    if (declared > options.maxBytes) {
      res.destroy();
      throw new FetchError(
        'too-large',
        `${url.host} sent ${declared} bytes, above the ${options.maxBytes} limit`,
      );
    }
    const bytes = await readCapped(res, options.maxBytes, signal);
    return { ...meta, contentType, charset, bytes };
  }
}

function header(res: IncomingMessage, name: string): string | null {
  const v = res.headers[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

function get(
  url: URL,
  o: { allowPrivate: boolean; signal: AbortSignal; timeoutMs: number; headers: Record<string, string> },
): Promise<IncomingMessage> {
  const requestOptions: RequestOptions = {
    method: 'GET',
    lookup: guardedLookup(o.allowPrivate),
    signal: o.signal,
    timeout: o.timeoutMs,
    headers: { 'user-agent': USER_AGENT, accept: '*/*', ...o.headers },
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, requestOptions, resolve);
    req.on('timeout', () => req.destroy(new FetchError('timeout', `${url.host} did not answer in time`)));
    req.on('error', (err) => reject(toFetchError(err, url)));
    req.end();
  });
}

function toFetchError(err: unknown, url: URL): FetchError {
  if (err instanceof FetchError) return err;
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EBLOCKED') return new FetchError('blocked-address', e.message);
  if (e.name === 'AbortError' || e.name === 'TimeoutError' || e.code === 'ABORT_ERR') {
    return new FetchError('timeout', `${url.host} did not answer in time`);
  }
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') {
    return new FetchError('dns', `${url.hostname} could not be resolved (${e.code})`);
  }
  return new FetchError('network', `${url.host}: ${e.code ?? e.message}`);
}

async function readCapped(res: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of res) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) {
        res.destroy();
        throw new FetchError('too-large', `the document is above the ${maxBytes} byte limit`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    if (signal.aborted) throw new FetchError('timeout', 'the transfer did not finish in time');
    throw new FetchError('network', `the transfer broke off (${(err as Error).message})`);
  }
  return Buffer.concat(chunks);
}
