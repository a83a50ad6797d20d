/**
 * Raw file bytes to text. Scraped corpora come in UTF-8 (with or without BOM), UTF-16 from
 * Windows tools, the odd Latin-1 file, saved HTML pages, and sometimes binary junk with a .txt
 * name; each gets text or a reason, never an exception.
 */
import { extname } from 'node:path';
import { convert } from 'html-to-text';
import { type ArticleOrigin, readOriginHeader, storedDocumentText } from '../web/stored.ts';

/**
 * The outcome of decoding one file. `notes` says how it was read; `warnings` (a subset) are the
 * ones an operator should look at (replaced bytes, a guessed encoding, a flattened page); `origin`
 * is the web address of a page added from the web.
 */
export type DecodeResult =
  | { ok: true; text: string; notes: string[]; warnings: string[]; origin?: ArticleOrigin }
  | { ok: false; reason: string };

const SAMPLE = 8192;
/**
 * A file that is not valid UTF-8 is still read as UTF-8 (bad bytes → U+FFFD) when its valid
 * non-ASCII characters outnumber the bad sequences by this factor: a Vietnamese article with a stray
 * byte has hundreds of accented letters per bad byte, a Latin-1 file has none.
 */
const VALID_PER_INVALID_UTF8 = 8;
/** Tag nesting beyond which a page is flattened first: html-to-text walks the tree recursively and
 *  overflows the stack at about 1,000 nested tables or 3,000 nested divs; real pages nest < 100. */
const MAX_HTML_DEPTH = 500;
/** Elements that never have a closing tag, so they do not nest. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Kept when flattening: their content must still be skipped (script, style…) or they break lines. */
const KEEP_WHEN_FLAT = new Set(['html', 'head', 'title', 'body', 'script', 'style', 'noscript', 'br', 'p']);
/** Replaced by a line break when flattening, so paragraphs stay apart. */
const BLOCK_ELEMENTS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
]);

/** Share of NUL bytes at even and odd offsets in the first bytes: UTF-16 text has one side full of them. */
function nulProfile(buf: Uint8Array): { even: number; odd: number; any: boolean } {
  const n = Math.min(buf.length, SAMPLE);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (buf[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const half = Math.max(1, n / 2);
  return { even: even / half, odd: odd / half, any: even + odd > 0 };
}

/** True for control codes no text file contains (tab, line breaks and form feed excluded) and U+FFFD. */
function isJunkCode(c: number): boolean {
  return (c < 0x20 && !(c >= 0x09 && c <= 0x0d)) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd;
}

/** Share of junk characters in the start of the text. */
function controlShare(text: string): number {
  const n = Math.min(text.length, SAMPLE * 4);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) if (isJunkCode(text.charCodeAt(i))) bad++;
  return bad / n;
}

function decodeUtf16(buf: Uint8Array, be: boolean): string {
  return new TextDecoder(be ? 'utf-16be' : 'utf-16le').decode(buf);
}

/** Deepest tag nesting of a page (a plain scan, no tree: it must not overflow on the pages it guards). */
export function htmlDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (VOID_ELEMENTS.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else max = Math.max(max, ++depth);
  }
  return max;
}

/**
 * The page without nesting: container and inline tags removed (block ones become line breaks),
 * script, style and head kept so their content is still skipped. Text survives, structure does not.
 */
export function flattenHtml(html: string): string {
  const flat = html.replace(/<(\/?)([a-zA-Z][\w:-]*)[^>]*>/g, (tag: string, _close: string, name: string) => {
    const n = name.toLowerCase();
    if (KEEP_WHEN_FLAT.has(n)) return tag;
    return BLOCK_ELEMENTS.has(n) ? '<br>' : '';
  });
  // Thousands of closing tags in a row would be thousands of empty lines: one break is enough.
  return flat.replace(/(?:<br>\s*){2,}/g, '<br>');
}

/**
 * Saved web pages: visible text only, one paragraph per line, no scripts, styles or image tags.
 * A page nested too deeply for the converter's recursion is flattened first (see {@link flattenHtml}).
 */
export function htmlToText(html: string): string {
  if (htmlDepth(html) > MAX_HTML_DEPTH) return convertHtml(flattenHtml(html));
  try {
    return convertHtml(html);
  } catch (err) {
    // The depth scan is a heuristic (unclosed tags, odd markup): a stack overflow still gets the flat page.
    if (err instanceof RangeError) return convertHtml(flattenHtml(html));
    throw err;
  }
}

function convertHtml(html: string): string {
  return convert(html, {
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'noscript', format: 'skip' },
      { selector: 'img', format: 'skip' },
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'h4', options: { uppercase: false } },
      { selector: 'h5', options: { uppercase: false } },
      { selector: 'h6', options: { uppercase: false } },
      { selector: 'table', format: 'block' },
      { selector: 'tr', format: 'block' },
      { selector: 'td', format: 'block' },
      { selector: 'th', format: 'block' },
    ],
  });
}

/**
 * Decode an article file. Handles UTF-8 (BOM or not), UTF-16 LE/BE (BOM, or detected by the NUL
 * pattern), invalid UTF-8 (read as windows-1252, with a note) and HTML (`.html`/`.htm`: visible
 * text). Refuses binary content and empty files with a reason.
 */
export function decodeArticleBytes(buf: Uint8Array, fileName: string): DecodeResult {
  const notes: string[] = [];
  const warnings: string[] = [];
  let text: string;
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    text = new TextDecoder('utf-8').decode(buf.subarray(3));
    notes.push('UTF-8 byte-order mark removed');
  } else if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    text = decodeUtf16(buf.subarray(2), false);
    notes.push('decoded as UTF-16LE (byte-order mark)');
  } else if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    text = decodeUtf16(buf.subarray(2), true);
    notes.push('decoded as UTF-16BE (byte-order mark)');
  } else {
    const nul = nulProfile(buf);
    if (nul.odd > 0.3 && nul.even < 0.05) {
      text = decodeUtf16(buf, false);
      notes.push('decoded as UTF-16LE (no byte-order mark)');
    } else if (nul.even > 0.3 && nul.odd < 0.05) {
      text = decodeUtf16(buf, true);
      notes.push('decoded as UTF-16BE (no byte-order mark)');
    } else if (nul.any) {
      return { ok: false, reason: 'binary content' };
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
      } catch {
        const lenient = new TextDecoder('utf-8').decode(buf);
        const { replaced, nonAscii, first } = countReplaced(lenient);
        if (nonAscii >= VALID_PER_INVALID_UTF8 * replaced) {
          text = lenient;
          warnings.push(
            `not valid UTF-8: ${replaced} invalid byte sequence(s) replaced by U+FFFD (first at character ${first}); check the file`,
          );
        } else {
          text = new TextDecoder('windows-1252').decode(buf);
          warnings.push('not valid UTF-8: decoded as windows-1252 (Latin-1); check the accents');
        }
      }
    }
  }
  if (controlShare(text) > 0.01) return { ok: false, reason: 'binary content' };
  const ext = extname(fileName).toLowerCase();
  // A page added from the web names its URL in its first line and is read by the article extractor.
  const origin = ext === '.html' || ext === '.htm' ? readOriginHeader(text) : null;
  if (origin) {
    text = storedDocumentText(text, origin);
    notes.push(`web document from ${origin.url}: article extracted`);
  } else if (ext === '.html' || ext === '.htm') {
    const depth = htmlDepth(text);
    if (depth > MAX_HTML_DEPTH)
      warnings.push(
        `HTML nested ${depth} levels deep: flattened before extracting the text; check the paragraphs`,
      );
    text = htmlToText(text);
    notes.push('HTML page: visible text extracted');
  }
  if (text.trim().length === 0) return { ok: false, reason: 'empty file' };
  return { ok: true, text, notes: [...notes, ...warnings], warnings, ...(origin ? { origin } : {}) };
}

/** U+FFFD characters (bad UTF-8 sequences after a lenient decode), other non-ASCII ones, first U+FFFD. */
function countReplaced(text: string): { replaced: number; nonAscii: number; first: number } {
  let replaced = 0;
  let nonAscii = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) {
      if (first < 0) first = i;
      replaced++;
    } else if (c >= 0x80) nonAscii++;
  }
  return { replaced, nonAscii, first };
}
