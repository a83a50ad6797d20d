import type { LatestItem } from '../../engine/types.ts';
import { i18n, type Lang } from '../i18n.ts';
import { formatDate } from './date.ts';
import { escapeHtml, shorten } from './html.ts';

/** Options of {@link formatLatest}. */
export interface LatestFormatOptions {
  /** Show each docId (what `/remove` takes). */
  showDocIds: boolean;
  /** Language of the labels. Default Vietnamese. */
  lang?: Lang;
  /** The places the list is filtered to, already escaped ("Kon Tum"), for the heading. */
  place?: string;
}

/**
 * `/latest`: newest first as the engine returns them; date, title, then the chair or, when the
 * article names none, a one-line summary. Admins also see each docId (what `/remove` takes).
 */
export function formatLatest(items: readonly LatestItem[], opts: LatestFormatOptions): string {
  const lang = opts.lang ?? 'vi';
  if (items.length === 0) return i18n.t(lang, 'latest-empty');
  const lines = items.map((item, i) => {
    const detail = item.chair
      ? i18n.t(lang, 'latest-chair', { chair: escapeHtml(item.chair) })
      : escapeHtml(shorten(item.summary, 160));
    const id = opts.showDocIds ? `\n   <code>${escapeHtml(item.docId)}</code>` : '';
    return `${i + 1}. ${escapeHtml(formatDate(item.published, lang))} — <b>${escapeHtml(item.title)}</b>\n   ${detail}${id}`;
  });
  const heading = opts.place
    ? i18n.t(lang, 'latest-heading-place', { count: items.length, place: opts.place })
    : i18n.t(lang, 'latest-heading', { count: items.length });
  return `<b>${heading}</b>\n\n${lines.join('\n\n')}`;
}
