import { InlineKeyboard } from 'grammy';
import type { Answer, Citation } from '../../engine/types.ts';
import { encodeSourceData } from '../citations.ts';
import { i18n, type Lang } from '../i18n.ts';
import { formatDate } from './date.ts';
import { escapeHtml } from './html.ts';
import { citedArticles, sourceLine } from './sources.ts';

/** Label of the button that shows citation `n`. */
export function sourceButtonLabel(n: number, lang: Lang = 'vi'): string {
  return i18n.t(lang, 'source-button', { n: String(n) });
}

/**
 * An answer as Telegram HTML: notes (if any), the answer text with its `[n]` markers, then one
 * line per cited article (see `sourceLine`). Every engine string is escaped.
 */
export function formatAnswer(answer: Answer, lang: Lang = answer.lang ?? 'vi'): string {
  const blocks: string[] = [];
  const notes = answer.notes ?? [];
  if (notes.length > 0) blocks.push(notes.map((note) => `<i>ℹ️ ${escapeHtml(note)}</i>`).join('\n'));
  const citations = orderedCitations(answer.citations);
  blocks.push(escapeHtml(withoutSourceList(answer.answer, citations)));
  const heading = i18n.t(lang, 'sources-heading');
  // One line per article, however many of its passages are cited.
  if (citations.length > 0)
    blocks.push(
      [`<b>${heading}</b>`, ...citedArticles(citations).map((a) => sourceLine(a, lang))].join('\n'),
    );
  return blocks.join('\n\n');
}

/**
 * The engine ends its answer text with a plain-text source list (`Nguồn:` / `Sources:` then one
 * `[n] title — date — source` line per article) for the CLIs. The bot renders its own from the
 * structured citations (dates as dd/mm/yyyy, escaped), so that trailing block is dropped here, or
 * every answer would list its sources twice. Only a last block whose every line starts with
 * markers of this answer's citations is dropped; any other text is kept as it is.
 */
export function withoutSourceList(text: string, citations: readonly Citation[]): string {
  const trimmed = text.trim();
  const m = /\n\n[^\n[\]]{1,30}:\n((?:\[\d+\])+ [^\n]*(?:\n(?:\[\d+\])+ [^\n]*)*)$/u.exec(trimmed);
  if (!m) return trimmed;
  const cited = new Set(citations.map((c) => c.n));
  const listed = [...(m[1] ?? '').matchAll(/^((?:\[\d+\])+) /gm)].flatMap((line) =>
    [...(line[1] ?? '').matchAll(/\[(\d+)\]/g)].map((n) => Number(n[1])),
  );
  return listed.length > 0 && listed.every((n) => cited.has(n))
    ? trimmed.slice(0, m.index).trimEnd()
    : trimmed;
}

/** The message a `Nguồn n` button shows: title, date, source and the quoted passage. */
export function formatCitation(c: Citation, lang: Lang = 'vi'): string {
  const lines = [
    `<b>[${c.n}] ${escapeHtml(c.title)}</b>`,
    i18n.t(lang, 'source-published', { date: escapeHtml(formatDate(c.published, lang)) }),
    i18n.t(lang, 'source-where', { where: escapeHtml(c.source) }),
  ];
  const also = alsoIn(c);
  if (also) lines.push(i18n.t(lang, 'source-also-published', { sources: also }));
  return `${lines.join('\n')}\n\n<blockquote>${escapeHtml(c.quote.trim())}</blockquote>`;
}

/** One button per citation, `Nguồn 1`, `Nguồn 2`, …, four to a row. */
export function sourceKeyboard(
  answerId: string,
  citations: readonly Citation[],
  lang: Lang = 'vi',
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  orderedCitations(citations).forEach((c, i) => {
    if (i > 0 && i % 4 === 0) keyboard.row();
    keyboard.text(sourceButtonLabel(c.n, lang), encodeSourceData(answerId, c.n));
  });
  return keyboard;
}

/** Citations sorted by `n`, one per `n`. */
export function orderedCitations(citations: readonly Citation[]): Citation[] {
  const byN = new Map<number, Citation>();
  for (const c of citations) if (!byN.has(c.n)) byN.set(c.n, c);
  return [...byN.values()].sort((a, b) => a.n - b.n);
}

function alsoIn(c: Citation): string {
  return (c.alsoIn ?? []).map((a) => escapeHtml(a.source)).join(', ');
}
