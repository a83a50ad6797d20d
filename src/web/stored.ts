/**
 * How a document fetched from the web is kept in SEEDS_DIR: one `.html` file whose first line is a
 * comment naming where it came from, followed by the page as fetched (or, for a PDF or DOCX, the
 * HTML made from it). A rebuild reads the same file the same way, so it reproduces the article and
 * its source without any network access.
 *
 * ```
 * <!-- bantin-source {"url":"https://…","site":"Báo …","kind":"html","fetchedAt":"2026-…"} -->
 * <!doctype html>…
 * ```
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from '../ingest/html-text.ts';
import type { ArticleOrigin } from '../ingest/types.ts';

export type { ArticleOrigin };

const MARKER = 'bantin-source';
const HEADER = /^\s*<!--\s*bantin-source\s+(\{[^\n]*?\})\s*-->/;
const KINDS: readonly ArticleOrigin['kind'][] = ['html', 'pdf', 'docx', 'text'];

/** The file content to save: the header line, then the HTML. */
export function withOriginHeader(origin: ArticleOrigin, html: string): string {
  // `--` cannot end a comment early: JSON.stringify leaves it, so it is escaped as \u002d.
  const json = JSON.stringify(origin).replace(/-/g, '\\u002d');
  return `<!-- ${MARKER} ${json} -->\n${html}`;
}

/** The origin recorded in a saved file's first line, or null for any other file. */
export function readOriginHeader(text: string): ArticleOrigin | null {
  const m = HEADER.exec(text.slice(0, 4096));
  if (!m) return null;
  try {
    const o = JSON.parse(m[1]!) as Partial<ArticleOrigin>;
    if (typeof o.url !== 'string' || !/^https?:\/\//.test(o.url)) return null;
    return {
      url: o.url,
      site: typeof o.site === 'string' && o.site ? o.site : new URL(o.url).hostname,
      kind: KINDS.includes(o.kind as ArticleOrigin['kind']) ? (o.kind as ArticleOrigin['kind']) : 'html',
      fetchedAt: typeof o.fetchedAt === 'string' ? o.fetchedAt : '',
    };
  } catch {
    return null;
  }
}

/** What the extractor found in a web page. */
export interface PageArticle {
  title: string | null;
  /** ISO date (YYYY-MM-DD) from the page's metadata, when it has one. */
  published: string | null;
  byline: string | null;
  siteName: string | null;
  /** The article's own HTML (no menus, sidebars or comments), or the whole page when none was found. */
  contentHtml: string;
}

/** Mozilla Readability over a linkedom document: the article part of a web page. */
export function extractPageArticle(html: string): PageArticle {
  const { document } = parseHTML(html);
  let parsed: ReturnType<Readability<string>['parse']> = null;
  try {
    parsed = new Readability(document as never, { charThreshold: 200 }).parse();
  } catch {
    parsed = null;
  }
  const meta = (name: string) =>
    document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? null;
  const site = parsed?.siteName ?? meta('og:site_name');
  const time = parsed?.publishedTime ?? meta('article:published_time') ?? meta('date');
  const published = time && /^\d{4}-\d{2}-\d{2}/.test(time) ? time.slice(0, 10) : null;
  return {
    title: clean(parsed?.title ?? meta('og:title')),
    published,
    byline: clean(parsed?.byline),
    siteName: clean(site),
    contentHtml: parsed?.content ?? html,
  };
}

/**
 * A saved web document as the text the article parser reads (headline, date line, body, by-line),
 * the same at preview time and at every rebuild. Web pages go through Readability first; documents
 * converted when they were added are already just the article.
 */
export function storedDocumentText(html: string, origin: ArticleOrigin): string {
  const body = html.replace(HEADER, '');
  if (origin.kind !== 'html') return htmlToText(body);
  const page = extractPageArticle(body);
  const lines: string[] = [];
  if (page.title) lines.push(page.title);
  if (page.published) lines.push(vietnameseDateLine(page.published));
  lines.push(htmlToText(page.contentHtml));
  if (page.byline) lines.push(page.byline);
  return lines.join('\n\n');
}

/** `2024-03-15` → `Ngày 15 tháng 03 năm 2024`, the date line the parser reads under a headline. */
function vietnameseDateLine(iso: string): string {
  return `Ngày ${iso.slice(8, 10)} tháng ${iso.slice(5, 7)} năm ${iso.slice(0, 4)}`;
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
