/**
 * Reading single articles out of the index (for `Toàn bài` and stable `Nguồn` buttons) and parsing
 * an article without saving it (the `/add` preview). Pure functions over an open {@link IndexReader}.
 */
import { createHash } from 'node:crypto';
import { formatChair, periodLabel } from '../answer/format.ts';
import type { IndexReader } from '../index/open.ts';
import { decodeArticleBytes } from '../ingest/decode.ts';
import { parseArticle } from '../ingest/parse.ts';
import type { ArticlePreview, StoredDocument } from './types.ts';

/** Characters of the body shown in a preview. */
const OPENING_CHARS = 400;

/** One stored article with its body; undefined when the docId is unknown. */
export function storedDocument(reader: IndexReader, docId: string): StoredDocument | undefined {
  const doc = reader.doc(docId);
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
