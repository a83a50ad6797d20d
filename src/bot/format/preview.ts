import type { ArticlePreview } from '../../engine/types.ts';
import { i18n, type Lang } from '../i18n.ts';
import { formatDate } from './date.ts';
import { escapeHtml } from './html.ts';

/** A link to `url` labelled `label`, both escaped; the label alone when the URL is not http(s). */
export function link(url: string, label: string): string {
  return /^https?:\/\//i.test(url)
    ? `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`
    : escapeHtml(label);
}

/** What `/add` shows before saving: every parsed field, so the admin can see a bad parse before it is stored. */
export function formatPreview(p: ArticlePreview, lang: Lang = 'vi'): string {
  const t = (key: string, vars?: Record<string, string | number>) => i18n.t(lang, key, vars);
  const lines = [
    `<b>${t('preview-heading')}</b>`,
    t('preview-title', { title: `<b>${escapeHtml(p.title)}</b>` }),
  ];
  lines.push(t('source-published', { date: escapeHtml(formatDate(p.published, lang)) }));
  if (p.author) lines.push(t('preview-author', { author: escapeHtml(p.author) }));
  if (p.chairs.length > 0) lines.push(t('preview-chairs', { chairs: escapeHtml(p.chairs.join('; ')) }));
  if (p.periods.length > 0) lines.push(t('preview-periods', { periods: escapeHtml(p.periods.join(', ')) }));
  if (p.organisation) lines.push(t('preview-organisation', { organisation: escapeHtml(p.organisation) }));
  if (p.url) lines.push(t('source-where', { where: link(p.url, p.site ?? p.url) }));
  lines.push(t('preview-length', { chars: p.bodyChars }));
  return `${lines.join('\n')}\n\n<blockquote>${escapeHtml(p.opening)}</blockquote>\n\n${t('preview-actions')}`;
}

/** The answer to an `/add` of an article that is already stored. */
export function formatDuplicate(dup: { docId: string; title: string }, lang: Lang = 'vi'): string {
  return i18n.t(lang, 'add-duplicate', {
    id: `<code>${escapeHtml(dup.docId)}</code>`,
    title: escapeHtml(dup.title),
  });
}
