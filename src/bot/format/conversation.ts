import { InlineKeyboard } from 'grammy';
import type { VotedAnswer } from '../../conversation/feedback.ts';
import type { Clarification } from '../../engine/types.ts';
import {
  encodeClarifyData,
  encodeFeedbackData,
  MAX_CLARIFY_LABEL,
  MAX_CLARIFY_OPTIONS,
} from '../conversation-data.ts';
import { i18n, type Lang } from '../i18n.ts';
import { formatDateTime } from './date.ts';
import { escapeHtml } from './html.ts';

export const THUMBS_UP = '👍';
export const THUMBS_DOWN = '👎';
/** Characters of an answer shown per entry of /feedback. */
const ANSWER_EXCERPT_CHARS = 160;

/** The options a clarification can show: at most six, each with a non-empty label and choice. */
export function usableOptions(clarify: Clarification): Clarification['options'] {
  return clarify.options
    .filter((o) => o.label.trim() !== '' && o.choice !== '')
    .slice(0, MAX_CLARIFY_OPTIONS);
}

/** One button per option, one per row (labels such as "Mường Lay · 31/3/2021" read best whole). */
export function clarifyKeyboard(pendingId: string, options: Clarification['options']): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  options.forEach((o, i) => {
    if (i > 0) keyboard.row();
    keyboard.text(shorten(o.label.trim(), MAX_CLARIFY_LABEL), encodeClarifyData(pendingId, i));
  });
  return keyboard;
}

/** Add a row with 👍 and 👎 for answer `answerId` to `keyboard` (a new row when it has buttons). */
export function addFeedbackRow(keyboard: InlineKeyboard, answerId: string): InlineKeyboard {
  if (keyboard.inline_keyboard.some((row) => row.length > 0)) keyboard.row();
  return keyboard
    .text(THUMBS_UP, encodeFeedbackData(answerId, 'up'))
    .text(THUMBS_DOWN, encodeFeedbackData(answerId, 'down'));
}

/** `/feedback`: the latest 👎 with their questions, as Telegram HTML. */
export function formatFeedbackList(
  items: VotedAnswer[],
  totals: { up: number; down: number },
  lang: Lang = 'vi',
): string {
  const t = (key: string, vars?: Record<string, string | number>) => i18n.t(lang, key, vars);
  const head = `<b>${t('feedback-list-heading')}</b> ${THUMBS_UP} ${totals.up} · ${THUMBS_DOWN} ${totals.down}`;
  if (items.length === 0) return `${head}\n\n${t('feedback-list-empty', { down: THUMBS_DOWN })}`;
  const blocks = items.map((item, i) => {
    const when = formatDateTime(new Date(item.votedAt).toISOString());
    const docs = [...new Set(item.citations.map((c) => c.docId))];
    return [
      `${i + 1}. <b>${escapeHtml(item.question)}</b>`,
      `${when} · ${THUMBS_DOWN} ${item.downs}${item.ups > 0 ? ` · ${THUMBS_UP} ${item.ups}` : ''} · ${t('feedback-list-id', { id: `<code>${item.id}</code>` })}`,
      `<i>${escapeHtml(shorten(item.answer.replace(/\s+/g, ' ').trim(), ANSWER_EXCERPT_CHARS))}</i>`,
      docs.length > 0
        ? t('feedback-list-sources', { docs: docs.map((d) => `<code>${escapeHtml(d)}</code>`).join(', ') })
        : t('feedback-list-no-sources'),
    ].join('\n');
  });
  return `${head}\n\n${blocks.join('\n\n')}`;
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
