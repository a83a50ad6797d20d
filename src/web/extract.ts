/**
 * A fetched resource (web page, PDF, DOCX, plain text) to the file kept in SEEDS_DIR: the page as
 * fetched, or HTML made from the document, behind a header naming its URL and site
 * (see `stored.ts`). PDFs are read with unpdf (pdf.js), DOCX with mammoth.
 */
import { escapeHtml } from '../bot/format/html.ts';
import { type FetchedResource, safeFetch } from './fetch.ts';
import { type ArticleOrigin, extractPageArticle, withOriginHeader } from './stored.ts';

/** A document refused by the extractor (empty, unreadable, not a kind it reads). */
export class ExtractError extends Error {
  override name = 'ExtractError';
  constructor(
    readonly code: 'unsupported' | 'unreadable' | 'empty',
    message: string,
  ) {
    super(message);
  }
}

/** The file to save and where it came from. */
export interface ExtractedDocument {
  origin: ArticleOrigin;
  /** Complete file content (header + HTML), UTF-8. */
  file: string;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Which kind of document the bytes are: by signature first (servers mislabel), then by type and extension. */
export function documentKind(
  res: Pick<FetchedResource, 'bytes' | 'contentType' | 'url'>,
): ArticleOrigin['kind'] | null {
  const head = res.bytes.subarray(0, 8).toString('latin1');
  const ext = /\.([a-z0-9]{2,5})(?:$|[?#])/i.exec(new URL(res.url).pathname)?.[1]?.toLowerCase();
  if (head.startsWith('%PDF-')) return 'pdf';
  // DOCX is a ZIP file; the extension or type tells it from other ZIPs.
  if (head.startsWith('PK\x03\x04')) return res.contentType === DOCX_TYPE || ext === 'docx' ? 'docx' : null;
  if (res.contentType === 'application/pdf' || res.contentType === DOCX_TYPE) return null;
  if (res.contentType === 'text/plain' || (ext === 'txt' && res.contentType !== 'text/html')) return 'text';
  if (
    res.contentType === 'text/html' ||
    res.contentType === 'application/xhtml+xml' ||
    res.contentType === ''
  ) {
    return 'html';
  }
  if (res.contentType === 'application/octet-stream') return ext === 'html' || ext === 'htm' ? 'html' : null;
  return null;
}

/** Turn a fetched resource into the file to save. Throws {@link ExtractError} for what it cannot read. */
export async function extractDocument(res: FetchedResource, now = new Date()): Promise<ExtractedDocument> {
  const kind = documentKind(res);
  if (!kind) {
    throw new ExtractError('unsupported', `${res.contentType || 'this file'} is not a web page, PDF or DOCX`);
  }
  const host = new URL(res.url).hostname.replace(/^www\./, '');
  const base = { url: res.url, kind, fetchedAt: now.toISOString() };
  if (kind === 'html') {
    const html = decodeText(res.bytes, res.charset);
    const page = extractPageArticle(html);
    return {
      origin: { ...base, site: page.siteName ?? host },
      file: withOriginHeader({ ...base, site: page.siteName ?? host }, html),
    };
  }
  const origin: ArticleOrigin = { ...base, site: host };
  if (kind === 'text')
    return { origin, file: withOriginHeader(origin, textToHtml(decodeText(res.bytes, res.charset))) };
  if (kind === 'pdf') return { origin, file: withOriginHeader(origin, await pdfToHtml(res.bytes)) };
  return { origin, file: withOriginHeader(origin, await docxToHtml(res.bytes)) };
}

/** Bytes in the declared charset (UTF-8 when none or unknown); a BOM wins. */
function decodeText(bytes: Buffer, charset: string | null): string {
  let label = charset ?? 'utf-8';
  if (!charset) {
    const meta = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(bytes.subarray(0, 2048).toString('latin1'));
    if (meta?.[1]) label = meta[1].toLowerCase();
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Plain text as HTML paragraphs (blank lines separate paragraphs). */
export function textToHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  if (paragraphs.length === 0) throw new ExtractError('empty', 'the document has no text');
  return `<!doctype html>\n<html><head><meta charset="utf-8"></head><body><article>\n${paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n')}\n</article></body></html>\n`;
}

/** PDF text (pdf.js via unpdf), one paragraph per text block. Scanned PDFs without a text layer are refused. */
export async function pdfToHtml(bytes: Buffer): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractText(pdf, { mergePages: false })).text;
    await pdf.destroy();
  } catch (err) {
    throw new ExtractError('unreadable', `the PDF could not be read (${(err as Error).message})`);
  }
  const text = pages.map(pdfParagraphs).join('\n\n');
  if (!text.trim()) throw new ExtractError('empty', 'the PDF has no text layer (a scan?)');
  return textToHtml(text);
}

/** A line shorter than this share of the page's longest line ends its paragraph (headlines, date lines, last lines). */
const SHORT_LINE = 0.7;

/**
 * pdf.js gives a page as lines, the article's paragraphs wrapped over several of them. Lines are
 * joined back into paragraphs: a line ends its paragraph when it ends a sentence or is clearly
 * shorter than the page's full lines.
 */
export function pdfParagraphs(page: string): string {
  const lines = page.split('\n').map((l) => l.trim());
  const full = Math.max(0, ...lines.map((l) => l.length));
  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines) {
    if (!line) {
      if (current) paragraphs.push(current);
      current = '';
      continue;
    }
    current = current ? `${current} ${line}` : line;
    if (/[.!?:;…"”)]$/.test(line) || line.length < full * SHORT_LINE) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n\n');
}

/** DOCX to HTML with mammoth (headings and paragraphs kept). */
export async function docxToHtml(bytes: Buffer): Promise<string> {
  const mammoth = await import('mammoth');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (err) {
    throw new ExtractError('unreadable', `the DOCX file could not be read (${(err as Error).message})`);
  }
  if (!html.replace(/<[^>]+>/g, '').trim()) throw new ExtractError('empty', 'the DOCX file has no text');
  // Block ends as line breaks, so headline and paragraphs reach the parser as separate lines.
  return `<!doctype html>\n<html><head><meta charset="utf-8"></head><body><article>\n${html.replace(/<\/(p|h\d)>/g, '</$1>\n')}\n</article></body></html>\n`;
}

/** Options of {@link fetchDocument}. */
export interface FetchDocumentOptions {
  maxBytes: number;
  timeoutMs: number;
  allowPrivate: boolean;
}

/** Fetch a URL safely (see `safeFetch`) and turn it into the file to save. */
export async function fetchDocument(url: string, options: FetchDocumentOptions): Promise<ExtractedDocument> {
  const res = await safeFetch(url, options);
  return extractDocument(res);
}
