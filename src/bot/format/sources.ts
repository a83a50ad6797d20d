import { InlineKeyboard } from 'grammy';
import type { ArticleRef, Citation, StoredDocument } from '../../engine/types.ts';
import { i18n, type Lang } from '../i18n.ts';
import { encodeArticle, encodePassages, type Quoted, type Span } from '../source-data.ts';
import { formatDate } from './date.ts';
import { escapeHtml } from './html.ts';
import { link } from './preview.ts';

/** The citations of one article, merged: one source line and one pair of buttons per article. */
export interface CitedArticle extends ArticleRef {
  /** Citation numbers of this article, ascending. */
  ns: number[];
  /** The quoted passages, in citation order. */
  spans: Quoted[];
  alsoIn: { docId: string; source: string }[];
}

/** Characters of article text per `Toàn bài` message (Telegram allows 4096 with the header). */
export const ARTICLE_PAGE_CHARS = 3500;

/** Citations grouped by article, in order of their first number. */
export function citedArticles(citations: readonly Citation[]): CitedArticle[] {
  const byDoc = new Map<string, CitedArticle>();
  for (const c of [...citations].sort((a, b) => a.n - b.n)) {
    let entry = byDoc.get(c.docId);
    if (!entry) {
      entry = {
        ns: [],
        docId: c.docId,
        title: c.title,
        published: c.published,
        source: c.source,
        url: c.url ?? null,
        site: c.site ?? null,
        spans: [],
        alsoIn: c.alsoIn ?? [],
      };
      byDoc.set(c.docId, entry);
    }
    if (!entry.ns.includes(c.n)) entry.ns.push(c.n);
    if (c.span && !entry.spans.some((s) => s.start === c.span!.start && s.end === c.span!.end)) {
      entry.spans.push({ ...c.span, quote: c.quote });
    }
  }
  return [...byDoc.values()];
}

/**
 * One line per cited article: `[1][2] title — site — date` with the title linking the article's
 * URL, or `[1] title — date — file` for articles without one (the seeds, files put in SEEDS_DIR).
 */
export function sourceLine(a: CitedArticle, lang: Lang = 'vi'): string {
  const ns = a.ns.map((n) => `[${n}]`).join('');
  const date = escapeHtml(formatDate(a.published, lang));
  const also =
    a.alsoIn.length > 0
      ? ` (${i18n.t(lang, 'source-also-in', { sources: a.alsoIn.map((x) => escapeHtml(x.source)).join(', ') })})`
      : '';
  if (a.url) return `${ns} ${link(a.url, a.title)} — ${escapeHtml(a.site ?? '')} — ${date}${also}`;
  return `${ns} ${escapeHtml(a.title)} — ${date} — ${escapeHtml(a.source)}${also}`;
}

/** Label of the passages button of the article first cited as `[n]`. */
export function passagesLabel(n: number, lang: Lang = 'vi'): string {
  return i18n.t(lang, 'source-button', { n: String(n) });
}

/** Label of the whole-article button; numbered only when several articles are cited. */
export function articleLabel(n: number, several: boolean, lang: Lang = 'vi'): string {
  return several ? i18n.t(lang, 'article-button-n', { n: String(n) }) : i18n.t(lang, 'article-button');
}

/** Per cited article a row: `Nguồn n` (its quoted passages) and `Toàn bài` (the article). Stable data, no state. */
export function stableSourceKeyboard(articles: readonly CitedArticle[], lang: Lang = 'vi'): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const several = articles.length > 1;
  articles.forEach((a, i) => {
    if (i > 0) keyboard.row();
    const n = a.ns[0] ?? i + 1;
    if (a.spans.length > 0) keyboard.text(passagesLabel(n, lang), encodePassages(a.docId, a.spans));
    keyboard.text(articleLabel(n, several, lang), encodeArticle(a.docId));
  });
  return keyboard;
}

/** Title, date and where the article lives (its link, or its file), the head of both button messages. */
function articleHead(doc: StoredDocument, lang: Lang): string[] {
  return [
    `<b>${escapeHtml(doc.title)}</b>`,
    i18n.t(lang, 'source-published', { date: escapeHtml(formatDate(doc.published, lang)) }),
    i18n.t(lang, 'source-where', {
      where: doc.url ? `${escapeHtml(doc.site ?? '')} — ${link(doc.url, doc.url)}` : escapeHtml(doc.source),
    }),
  ];
}

/** What a `Nguồn n` button shows: the article's head and each quoted passage. */
export function formatPassages(doc: StoredDocument, spans: readonly Span[], lang: Lang = 'vi'): string {
  const quotes = spans.map(
    (s) => `<blockquote>${escapeHtml(doc.body.slice(s.start, s.end).trim())}</blockquote>`,
  );
  return `${articleHead(doc, lang).join('\n')}\n\n${quotes.join('\n')}`;
}

/** The article's body cut into pages at paragraph breaks (a paragraph longer than a page is cut at a space). */
export function articlePages(body: string, size = ARTICLE_PAGE_CHARS): string[] {
  const pages: string[] = [];
  let current = '';
  for (const paragraph of body.split(/\n{2,}/)) {
    let rest = paragraph;
    while (rest.length > size) {
      const cut = rest.lastIndexOf(' ', size);
      const at = cut > size / 2 ? cut : size;
      if (current) pages.push(current);
      current = '';
      pages.push(rest.slice(0, at).trim());
      rest = rest.slice(at).trim();
    }
    if (current && current.length + 2 + rest.length > size) {
      pages.push(current);
      current = rest;
    } else current = current ? `${current}\n\n${rest}` : rest;
  }
  if (current) pages.push(current);
  return pages.length > 0 ? pages : [''];
}

/** Page `page` of the whole article, with a `Trang sau` button when more follows. */
export function formatArticlePage(
  doc: StoredDocument,
  page: number,
  lang: Lang = 'vi',
): { html: string; keyboard?: InlineKeyboard } {
  const pages = articlePages(doc.body);
  const i = Math.min(page, pages.length - 1);
  const counter =
    pages.length > 1 ? `\n<i>${i18n.t(lang, 'article-page', { page: i + 1, pages: pages.length })}</i>` : '';
  const head = i === 0 ? `${articleHead(doc, lang).join('\n')}\n\n` : `<b>${escapeHtml(doc.title)}</b>\n\n`;
  const html = `${head}${escapeHtml(pages[i] ?? '')}${counter}`;
  if (i + 1 >= pages.length) return { html };
  const next = i18n.t(lang, 'article-next-page');
  return { html, keyboard: new InlineKeyboard().text(next, encodeArticle(doc.docId, i + 1)) };
}
