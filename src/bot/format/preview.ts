import type { ArticlePreview } from '../../engine/types.ts';
import { formatDate } from './date.ts';
import { escapeHtml } from './html.ts';

/** A link to `url` labelled `label`, both escaped; the label alone when the URL is not http(s). */
export function link(url: string, label: string): string {
  return /^https?:\/\//i.test(url)
    ? `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`
    : escapeHtml(label);
}

/** What `/add` shows before saving: every parsed field, so the admin can see a bad parse before it is stored. */
export function formatPreview(p: ArticlePreview): string {
  const lines = ['<b>Xem trước — chưa lưu</b>', `Tiêu đề: <b>${escapeHtml(p.title)}</b>`];
  lines.push(`Ngày đăng: ${escapeHtml(formatDate(p.published))}`);
  if (p.author) lines.push(`Tác giả: ${escapeHtml(p.author)}`);
  if (p.chairs.length > 0) lines.push(`Chủ trì: ${escapeHtml(p.chairs.join('; '))}`);
  if (p.periods.length > 0) lines.push(`Kỳ báo cáo: ${escapeHtml(p.periods.join(', '))}`);
  if (p.organisation) lines.push(`Đơn vị: ${escapeHtml(p.organisation)}`);
  if (p.url) lines.push(`Nguồn: ${link(p.url, p.site ?? p.url)}`);
  lines.push(`Độ dài: ${p.bodyChars.toLocaleString('vi-VN')} ký tự`);
  return `${lines.join('\n')}\n\n<blockquote>${escapeHtml(p.opening)}</blockquote>\n\nBấm <b>Lưu</b> để thêm bài vào chỉ mục, hoặc <b>Hủy</b>.`;
}

/** The answer to an `/add` of an article that is already stored. */
export function formatDuplicate(dup: { docId: string; title: string }): string {
  return `Bài này đã có: <code>${escapeHtml(dup.docId)}</code> — ${escapeHtml(dup.title)}. Không lưu thêm.`;
}
