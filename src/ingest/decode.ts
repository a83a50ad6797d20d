/**
 * Raw file bytes to text. Scraped corpora come in UTF-8 (with or without BOM), UTF-16 from
 * Windows tools, the odd Latin-1 file, saved HTML pages, and sometimes binary junk with a .txt
 * name; each gets text or a reason, never an exception.
 */
import { extname } from 'node:path';
import { type ArticleOrigin, readOriginHeader, storedDocumentText } from '../web/stored.ts';
import { htmlToText } from './html-text.ts';

/** The outcome of decoding one file. */
export type DecodeResult =
  | { ok: true; text: string; notes: string[]; origin?: ArticleOrigin }
  | { ok: false; reason: string };

export { htmlToText };

const SAMPLE = 8192;

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

/**
 * Decode an article file. Handles UTF-8 (BOM or not), UTF-16 LE/BE (BOM, or detected by the NUL
 * pattern), invalid UTF-8 (read as windows-1252, with a note) and HTML (`.html`/`.htm`: visible
 * text). Refuses binary content and empty files with a reason.
 */
export function decodeArticleBytes(buf: Uint8Array, fileName: string): DecodeResult {
  const notes: string[] = [];
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
        text = new TextDecoder('windows-1252').decode(buf);
        notes.push('not valid UTF-8: decoded as windows-1252 (Latin-1); check the accents');
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
    text = htmlToText(text);
    notes.push('HTML page: visible text extracted');
  }
  if (text.trim().length === 0) return { ok: false, reason: 'empty file' };
  return { ok: true, text, notes, ...(origin ? { origin } : {}) };
}
