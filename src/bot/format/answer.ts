import { InlineKeyboard } from 'grammy';
import type { Answer, Citation } from '../../engine/types.ts';
import { encodeSourceData } from '../citations.ts';
import { formatDate } from './date.ts';
import { escapeHtml } from './html.ts';

/** Label of the button that shows citation `n`. */
export function sourceButtonLabel(n: number): string {
  return `Nguồn ${n}`;
}

/**
 * An answer as Telegram HTML: notes (if any), the answer text with its `[n]` markers, then one
 * line per citation (title — published date — source). Every engine string is escaped.
 */
export function formatAnswer(answer: Answer): string {
  const blocks: string[] = [];
  const notes = answer.notes ?? [];
  if (notes.length > 0) blocks.push(notes.map((note) => `<i>ℹ️ ${escapeHtml(note)}</i>`).join('\n'));
  blocks.push(escapeHtml(answer.answer.trim()));
  const citations = orderedCitations(answer.citations);
  if (citations.length > 0) blocks.push(['<b>Nguồn:</b>', ...citations.map(sourceLine)].join('\n'));
  return blocks.join('\n\n');
}

/** The message a `Nguồn n` button shows: title, date, source and the quoted passage. */
export function formatCitation(c: Citation): string {
  const lines = [
    `<b>[${c.n}] ${escapeHtml(c.title)}</b>`,
    `Ngày đăng: ${escapeHtml(formatDate(c.published))}`,
    `Nguồn: ${escapeHtml(c.source)}`,
  ];
  const also = alsoIn(c);
  if (also) lines.push(`Cũng đăng tại: ${also}`);
  return `${lines.join('\n')}\n\n<blockquote>${escapeHtml(c.quote.trim())}</blockquote>`;
}

/** One button per citation, `Nguồn 1`, `Nguồn 2`, …, four to a row. */
export function sourceKeyboard(answerId: string, citations: readonly Citation[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  orderedCitations(citations).forEach((c, i) => {
    if (i > 0 && i % 4 === 0) keyboard.row();
    keyboard.text(sourceButtonLabel(c.n), encodeSourceData(answerId, c.n));
  });
  return keyboard;
}

/** Citations sorted by `n`, one per `n`. */
export function orderedCitations(citations: readonly Citation[]): Citation[] {
  const byN = new Map<number, Citation>();
  for (const c of citations) if (!byN.has(c.n)) byN.set(c.n, c);
  return [...byN.values()].sort((a, b) => a.n - b.n);
}

function sourceLine(c: Citation): string {
  const also = alsoIn(c);
  return `[${c.n}] ${escapeHtml(c.title)} — ${escapeHtml(formatDate(c.published))} — ${escapeHtml(c.source)}${also ? ` (cũng đăng tại: ${also})` : ''}`;
}

function alsoIn(c: Citation): string {
  return (c.alsoIn ?? []).map((a) => escapeHtml(a.source)).join(', ');
}
