/**
 * The text of an alert: one short message per article, in the subscriber's language.
 *
 *   🔔 Bài mới về «Kon Tum»:
 *   <b><a href="https://…">Title</a></b>
 *   Site — 29/09/2022
 */
import { formatDate } from '../bot/format/date.ts';
import { escapeHtml } from '../bot/format/html.ts';
import { link } from '../bot/format/preview.ts';
import { i18n } from '../bot/i18n.ts';
import { docRef } from '../bot/source-data.ts';
import type { StoredDocument } from '../engine/types.ts';
import type { Subscription } from './store.ts';

/** The notice of `doc` for `sub` (Telegram HTML). */
export function formatNotice(sub: Pick<Subscription, 'lang' | 'topic'>, doc: StoredDocument): string {
  const head = i18n.t(sub.lang, 'alert-notice-head', { topic: escapeHtml(sub.topic.label) });
  const title = doc.url ? link(doc.url, doc.title) : escapeHtml(doc.title);
  const where = doc.site ?? doc.source;
  const date = doc.published ? formatDate(doc.published) : null;
  return `${head}\n<b>${title}</b>\n${escapeHtml([where, date].filter(Boolean).join(' — '))}`;
}

/** Label of the button that shows the whole article. */
formatNotice.read = (lang: 'vi' | 'en'): string => i18n.t(lang, 'alert-read');
/** Label of the button that asks a question about the article. */
formatNotice.ask = (lang: 'vi' | 'en'): string => i18n.t(lang, 'alert-ask');
/** Label of the button that opens the article's web page. */
formatNotice.open = (lang: 'vi' | 'en'): string => i18n.t(lang, 'alert-open');

/** Data of the "ask about it" button: `al:q:<ref>` (see `docRef`; at most 45 bytes). */
export function encodeAsk(docId: string): string {
  return `al:q:${docRef(docId)}`;
}

/** The ref of an "ask about it" button, or null for other data. */
export function decodeAsk(data: string): string | null {
  return /^al:q:([A-Za-z0-9_~-][A-Za-z0-9_.~-]{0,39}|#[A-Za-z0-9_-]{12})$/.exec(data)?.[1] ?? null;
}
