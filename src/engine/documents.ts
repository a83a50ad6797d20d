/**
 * Reading single articles out of the index (for `Toàn bài` and stable `Nguồn` buttons) and parsing
 * an article without saving it (the `/add` preview). Pure functions over an open {@link IndexReader}.
 */
import { createHash } from 'node:crypto';
import { formatChair, periodLabel } from '../answer/format.ts';
import type { IndexReader } from '../index/open.ts';
import { decodeArticleBytes } from '../ingest/decode.ts';
import { parseArticle } from '../ingest/parse.ts';
import { phraseMatches } from '../text/phrase.ts';
import type { ArticlePreview, StoredDocument, TitleMatch } from './types.ts';

/** Characters of the body shown in a preview. */
const OPENING_CHARS = 400;

/** docIds written as they are in a reference; longer or non-ASCII ones are hashed. */
const PLAIN_REF = /^[A-Za-z0-9_~-][A-Za-z0-9_.~-]{0,39}$/;
/** Per open index: hashed reference → docId. */
const hashedRefs = new WeakMap<IndexReader, Map<string, string>>();

/**
 * A short, stable reference to a docId (for button data): the docId itself when it is at most 40
 * plain ASCII characters, else `#` and 12 characters of its SHA-256 in base64url.
 */
export function docRef(docId: string): string {
  if (PLAIN_REF.test(docId)) return docId;
  return `#${createHash('sha256').update(docId).digest('base64url').slice(0, 12)}`;
}

function resolveRef(reader: IndexReader, ref: string): string | undefined {
  if (!ref.startsWith('#')) return ref;
  let map = hashedRefs.get(reader);
  if (!map) {
    map = new Map(reader.docs.filter((d) => !PLAIN_REF.test(d.docId)).map((d) => [docRef(d.docId), d.docId]));
    hashedRefs.set(reader, map);
  }
  return map.get(ref);
}

/** One stored article with its body, by docId or {@link docRef}; undefined when there is none. */
export function storedDocument(reader: IndexReader, id: string): StoredDocument | undefined {
  const docId = resolveRef(reader, id);
  const doc = docId === undefined ? undefined : reader.doc(docId);
  if (!doc) return undefined;
  const body = reader.body(doc.bodyHash);
  if (body === null) return undefined;
  return {
    docId: doc.docId,
    title: doc.title,
    published: doc.published,
    source: doc.source,
    url: doc.origin?.url ?? null,
    site: doc.origin?.site ?? null,
    body,
  };
}

/** Articles whose title holds `phrase` (see `phraseMatches`), newest first, at most `limit`. */
export function titleMatches(reader: IndexReader, phrase: string, limit: number): TitleMatch[] {
  return reader.docs
    .filter((d) => phraseMatches(d.title, phrase).length > 0)
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''))
    .slice(0, limit)
    .map((d) => ({ docId: d.docId, title: d.title, published: d.published }));
}

/** A URL without its fragment and trailing slash, for "is this page already stored?". */
export function comparableUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.toString().replace(/\/+$/, '');
  } catch {
    return url;
  }
}

/**
 * Parse `content` exactly as the index build would read it from a saved file (a `.txt`, or an
 * `.html` page with or without a web-origin header), and look for an article already stored with
 * the same URL or the same body.
 */
export function previewArticle(reader: IndexReader, content: string, format: 'txt' | 'html'): ArticlePreview {
  const read = decodeArticleBytes(Buffer.from(`${content.trim()}\n`, 'utf8'), `preview.${format}`);
  const empty: ArticlePreview = {
    ok: false,
    title: '',
    published: null,
    author: null,
    chairs: [],
    periods: [],
    organisation: null,
    opening: '',
    bodyChars: 0,
    url: null,
    site: null,
    duplicateOf: null,
  };
  if (!read.ok) return empty;
  const article = parseArticle(read.text, { docId: 'preview', source: 'preview', origin: read.origin });
  const url = article.origin?.url ?? null;
  const bodyHash = createHash('sha256').update(article.body).digest('hex');
  const sameUrl = url
    ? reader.docs.find((d) => d.origin && comparableUrl(d.origin.url) === comparableUrl(url))
    : undefined;
  const sameBody = article.body ? reader.docsWithBody(bodyHash)[0] : undefined;
  const dup = sameUrl ?? sameBody;
  return {
    ok: article.body.trim() !== '',
    title: article.title,
    published: article.published,
    author: article.author,
    chairs: article.facts.chairs.map(formatChair),
    periods: article.facts.periods.map((p) => periodLabel(p, 'vi')),
    organisation: article.facts.organisation,
    opening:
      article.body.length > OPENING_CHARS ? `${article.body.slice(0, OPENING_CHARS - 1)}…` : article.body,
    bodyChars: article.body.length,
    url,
    site: article.origin?.site ?? null,
    duplicateOf: dup ? { docId: dup.docId, title: dup.title } : null,
  };
}
