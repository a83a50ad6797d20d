import type { PollSummary } from './poll.ts';

/** The summary printed at the end, one fact per line. */
export function formatSummary(s: PollSummary): string {
  const count = (status: string) => s.feeds.filter((f) => f.status === status).length;
  const lines = [
    `feeds checked: ${s.feeds.length} (not modified: ${count('not-modified')}, failed: ${count('failed')})`,
    `new items: ${s.newItems}`,
    `added: ${s.added.length}`,
    ...s.added.map((a) => `  + ${a.docId}  ${a.title}  <${a.url}>`),
    `skipped: ${s.skipped.length}`,
    ...s.skipped.map((k) => `  - ${k.url}: ${k.reason}`),
    `retry next time: ${s.failed.length}`,
    ...s.failed.map((k) => `  ! ${k.url}: ${k.reason}`),
    ...s.feeds.filter((f) => f.status === 'failed').map((f) => `feed failed: ${f.url}: ${f.error}`),
  ];
  if (s.report) lines.push(`index updated in ${s.report.seconds.toFixed(1)} s`);
  lines.push(`done in ${s.seconds.toFixed(1)} s`);
  return `${lines.join('\n')}\n`;
}
