/**
 * Button data that names an article and passages of its body by stable ids, so `Nguồn n` and
 * `Toàn bài` keep working after a restart and after re-indexing, for as long as the article (and,
 * for passages, its text) is unchanged. Nothing is kept in memory.
 *
 *   `s:<ref>:<start>-<end>[.<start>-<end>…]:<sum>`  passages (offsets in base 36; `sum`: 4
 *                                                    characters of a hash of the quoted text, so a
 *                                                    changed article is noticed, not misquoted)
 *   `a:<ref>:<page>`                           the whole article, page n (0-based)
 *
 * `<ref>` is the docId when it is short and plain ASCII, else `#` and 12 characters of its SHA-256
 * (see `docRef`). Telegram allows 64 bytes of callback data.
 */
import { createHash } from 'node:crypto';
import { docRef } from '../engine/documents.ts';

export { docRef };

/** Telegram's limit for callback_data, bytes. */
export const CALLBACK_DATA_LIMIT = 64;
const PLAIN_REF = /^[A-Za-z0-9_~-][A-Za-z0-9_.~-]{0,39}$/;
const HASH_REF = /^#[A-Za-z0-9_-]{12}$/;
const SPAN = /^([0-9a-z]{1,7})-([0-9a-z]{1,7})$/;
/** A quoted passage is a sentence or two; anything longer is not one of ours. */
export const MAX_SPAN_CHARS = 4000;
/** Highest page number accepted in data. */
const MAX_PAGE = 9999;

export interface Span {
  start: number;
  end: number;
}

/** A quoted passage: its offsets in the body and its text (trimmed, as cited). */
export interface Quoted extends Span {
  quote: string;
}

export type SourceData =
  | { kind: 'passages'; ref: string; spans: Span[]; sum: string }
  | { kind: 'article'; ref: string; page: number };

const SUM = /^[A-Za-z0-9_-]{4}$/;
const SUM_CHARS = 4;

/** Checksum of the passages' texts, as carried in the data. */
export function quoteSum(quotes: readonly string[]): string {
  return createHash('sha256').update(quotes.join('\n')).digest('base64url').slice(0, SUM_CHARS);
}

/** Data of a `Nguồn` button: as many of the passages as fit in 64 bytes (at least the first). */
export function encodePassages(docId: string, passages: readonly Quoted[]): string {
  const head = `s:${docRef(docId)}:`;
  const room = CALLBACK_DATA_LIMIT - Buffer.byteLength(head) - 1 - SUM_CHARS;
  let spans = '';
  const used: string[] = [];
  for (const p of passages) {
    const part = `${used.length > 0 ? '.' : ''}${p.start.toString(36)}-${p.end.toString(36)}`;
    if (used.length > 0 && spans.length + part.length > room) break;
    spans += part;
    used.push(p.quote);
  }
  return `${head}${spans}:${quoteSum(used)}`;
}

/** Data of a `Toàn bài` button (page `page` of the article). */
export function encodeArticle(docId: string, page = 0): string {
  return `a:${docRef(docId)}:${page}`;
}

/** Parse strictly; anything not produced by the encoders gives null. */
export function decodeSourceButton(data: string | undefined): SourceData | null {
  if (!data || Buffer.byteLength(data) > CALLBACK_DATA_LIMIT) return null;
  const parts = data.split(':');
  if (parts.length !== (data.startsWith('s:') ? 4 : 3)) return null;
  const [kind, ref = '', rest = '', sum = ''] = parts;
  if (!PLAIN_REF.test(ref) && !HASH_REF.test(ref)) return null;
  if (kind === 'a') {
    if (!/^(?:0|[1-9]\d{0,3})$/.test(rest)) return null;
    const page = Number(rest);
    return page <= MAX_PAGE ? { kind: 'article', ref, page } : null;
  }
  if (kind !== 's' || !SUM.test(sum)) return null;
  const spans: Span[] = [];
  for (const part of rest.split('.')) {
    const m = SPAN.exec(part);
    if (!m) return null;
    const start = Number.parseInt(m[1]!, 36);
    const end = Number.parseInt(m[2]!, 36);
    if (!(end > start) || end - start > MAX_SPAN_CHARS) return null;
    spans.push({ start, end });
  }
  return spans.length > 0 ? { kind: 'passages', ref, spans, sum } : null;
}
