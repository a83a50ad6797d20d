import { InlineKeyboard } from 'grammy';
import { phraseMatches } from '../../text/phrase.ts';
import { i18n, type Lang } from '../i18n.ts';
import { formatDate } from './date.ts';
import { escapeHtml } from './html.ts';

/** One `/search` result: an article, and where the phrase is in it. */
export interface SearchHit {
  docId: string;
  title: string;
  published: string | null;
  /** A passage holding the phrase, or '' when only the title does. */
  text: string;
  /** True when the title itself holds the phrase. */
  inTitle: boolean;
}

/** Results per page. */
export const SEARCH_PAGE_SIZE = 5;
/** Characters of context kept around the first match in an excerpt. */
const CONTEXT_CHARS = 120;

/** `text` escaped, with every occurrence of `phrase` in bold (or another tag: titles are already bold). */
export function boldPhrase(text: string, phrase: string, tag = 'b'): string {
  let out = '';
  let at = 0;
  for (const m of phraseMatches(text, phrase)) {
    out += `${escapeHtml(text.slice(at, m.start))}<${tag}>${escapeHtml(text.slice(m.start, m.end))}</${tag}>`;
    at = m.end;
  }
  return out + escapeHtml(text.slice(at));
}

/** About 240 characters around the first match, cut at spaces, with ellipses where cut. */
export function excerpt(text: string, phrase: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const first = phraseMatches(flat, phrase)[0];
  if (!first) return escapeHtml(flat.slice(0, CONTEXT_CHARS * 2));
  let from = Math.max(0, first.start - CONTEXT_CHARS);
  let to = Math.min(flat.length, first.end + CONTEXT_CHARS);
  if (from > 0) from = flat.indexOf(' ', from) + 1 || from;
  if (to < flat.length) to = flat.lastIndexOf(' ', to) > first.end ? flat.lastIndexOf(' ', to) : to;
  return `${from > 0 ? '…' : ''}${boldPhrase(flat.slice(from, to), phrase)}${to < flat.length ? '…' : ''}`;
}

/** One page of results: title, date, and an excerpt with the phrase in bold. */
export function formatSearchPage(
  phrase: string,
  hits: readonly SearchHit[],
  page: number,
  lang: Lang = 'vi',
): string {
  const pages = Math.max(1, Math.ceil(hits.length / SEARCH_PAGE_SIZE));
  const shown = hits.slice(page * SEARCH_PAGE_SIZE, (page + 1) * SEARCH_PAGE_SIZE);
  const lines = shown.map((h, i) => {
    const n = page * SEARCH_PAGE_SIZE + i + 1;
    const title = h.inTitle ? boldPhrase(h.title, phrase, 'u') : escapeHtml(h.title);
    const body = h.text ? `\n${excerpt(h.text, phrase)}` : '';
    return `${n}. <b>${title}</b> — ${escapeHtml(formatDate(h.published, lang))}${body}`;
  });
  const counter = pages > 1 ? ` ${i18n.t(lang, 'search-page', { page: page + 1, pages })}` : '';
  const heading = i18n.t(lang, 'search-heading', { count: hits.length, phrase: escapeHtml(phrase) });
  return `<b>${heading}</b>${counter}\n\n${lines.join('\n\n')}`;
}

/** [‹ Trước] / [Sau ›] for page `page` of a stored result list `id`; undefined when one page holds all. */
export function searchPager(
  id: string,
  page: number,
  total: number,
  lang: Lang = 'vi',
): InlineKeyboard | undefined {
  const pages = Math.ceil(total / SEARCH_PAGE_SIZE);
  if (pages <= 1) return undefined;
  const keyboard = new InlineKeyboard();
  if (page > 0) keyboard.text(i18n.t(lang, 'search-previous'), `sr:${id}:${page - 1}`);
  if (page + 1 < pages) keyboard.text(i18n.t(lang, 'search-next'), `sr:${id}:${page + 1}`);
  return keyboard;
}
