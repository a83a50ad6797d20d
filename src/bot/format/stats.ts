import type { IndexStats, UpdateReport } from '../../engine/types.ts';
import { formatAge, formatDateTime } from './date.ts';
import { escapeHtml } from './html.ts';

/** Most ids listed per line of an update report; beyond that only the count is shown. */
const MAX_IDS_LISTED = 10;

/**
 * `/stats`: sizes, whether semantic search is on, generation, index age. Why vectors are off is an
 * internal matter (model cache paths, network errors in English): only admins see it, on its own line.
 */
export function formatStats(stats: IndexStats, now: Date, opts: { admin?: boolean } = {}): string {
  const vectors = stats.vectors
    ? `bật (${escapeHtml(stats.model ?? 'không rõ mô hình')})`
    : 'tắt — chỉ tìm theo từ khóa';
  const why =
    !stats.vectors && opts.admin && stats.vectorsMissingReason
      ? [`<i>Quản trị: ${escapeHtml(stats.vectorsMissingReason)}</i>`]
      : [];
  return [
    '<b>Thống kê chỉ mục</b>',
    `Bài viết: ${stats.articles}`,
    `Đoạn văn: ${stats.chunks}`,
    `Tìm kiếm ngữ nghĩa: ${vectors}`,
    ...why,
    `Thế hệ chỉ mục: ${stats.generation}`,
    `Cập nhật lúc: ${escapeHtml(formatDateTime(stats.builtAt))} (${formatAge(stats.builtAt, now)})`,
  ].join('\n');
}

/** An admin update's outcome: added / changed / removed / unchanged, then skipped files. */
export function formatUpdateReport(report: UpdateReport): string {
  const ids = (list: string[]) =>
    list.length > 0 && list.length <= MAX_IDS_LISTED
      ? ` (${list.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ')})`
      : '';
  const lines = [
    `<b>Đã cập nhật chỉ mục</b> trong ${report.seconds.toFixed(1).replace('.', ',')} giây`,
    `Thêm: ${report.added.length}${ids(report.added)}`,
    `Thay đổi: ${report.changed.length}${ids(report.changed)}`,
    `Xóa: ${report.removed.length}${ids(report.removed)}`,
    `Không đổi: ${report.unchanged}`,
  ];
  if (report.skipped.length > 0) {
    lines.push(`Bỏ qua: ${report.skipped.length}`);
    for (const s of report.skipped.slice(0, MAX_IDS_LISTED)) {
      lines.push(`• ${escapeHtml(s.file)}: ${escapeHtml(s.reason)}`);
    }
  }
  return lines.join('\n');
}
