import type { IndexStats, UpdateReport } from '../../engine/types.ts';
import { i18n, type Lang } from '../i18n.ts';
import { formatAge, formatDateTime } from './date.ts';
import { escapeHtml } from './html.ts';

/** Most ids listed per line of an update report; beyond that only the count is shown. */
const MAX_IDS_LISTED = 10;

/**
 * `/stats`: sizes, whether semantic search is on, generation, index age. Why vectors are off is an
 * internal matter (model cache paths, network errors in English): only admins see it, on its own line.
 */
export function formatStats(
  stats: IndexStats,
  now: Date,
  opts: { admin?: boolean; lang?: Lang } = {},
): string {
  const lang = opts.lang ?? 'vi';
  const t = (key: string, vars?: Record<string, string | number>) => i18n.t(lang, key, vars);
  const vectors = stats.vectors
    ? t('stats-vectors-on', { model: escapeHtml(stats.model ?? t('stats-model-unknown')) })
    : t('stats-vectors-off');
  const why =
    !stats.vectors && opts.admin && stats.vectorsMissingReason
      ? [`<i>${t('admin-detail', { detail: escapeHtml(stats.vectorsMissingReason) })}</i>`]
      : [];
  return [
    `<b>${t('stats-heading')}</b>`,
    t('stats-articles', { n: stats.articles }),
    t('stats-chunks', { n: stats.chunks }),
    t('stats-vectors', { state: vectors }),
    ...why,
    t('stats-generation', { n: String(stats.generation) }),
    t('stats-built', {
      at: escapeHtml(formatDateTime(stats.builtAt)),
      age: formatAge(stats.builtAt, now, lang),
    }),
  ].join('\n');
}

/** An admin update's outcome: added / changed / removed / unchanged, then skipped files. */
export function formatUpdateReport(report: UpdateReport, lang: Lang = 'vi'): string {
  const t = (key: string, vars?: Record<string, string | number>) => i18n.t(lang, key, vars);
  const ids = (list: string[]) =>
    list.length > 0 && list.length <= MAX_IDS_LISTED
      ? ` (${list.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ')})`
      : '';
  const seconds = lang === 'vi' ? report.seconds.toFixed(1).replace('.', ',') : report.seconds.toFixed(1);
  const lines = [
    t('update-done', { seconds }),
    t('update-added', { n: report.added.length }) + ids(report.added),
    t('update-changed', { n: report.changed.length }) + ids(report.changed),
    t('update-removed', { n: report.removed.length }) + ids(report.removed),
    t('update-unchanged', { n: report.unchanged }),
  ];
  if (report.skipped.length > 0) {
    lines.push(t('update-skipped', { n: report.skipped.length }));
    for (const s of report.skipped.slice(0, MAX_IDS_LISTED)) {
      lines.push(`• ${escapeHtml(s.file)}: ${escapeHtml(s.reason)}`);
    }
  }
  return lines.join('\n');
}
