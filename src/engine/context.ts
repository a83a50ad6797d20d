/**
 * The conversation context as it travels through callers (the bot's session, `npm run ask
 * --session`): validated on the way in, since it comes back from storage and may be old or damaged.
 */
import { FRAME_VERSION, type Frame } from './conversation.ts';
import type { Clarification, ConversationContext } from './types.ts';

/** Most choices offered at once (Telegram shows them as one button each). */
export const MAX_CHOICES = 6;

/** The frame of a context, or null when there is none or it is not one this version wrote. */
export function frameOf(ctx: ConversationContext | null | undefined): Frame | null {
  if (!ctx || ctx.v !== FRAME_VERSION || typeof ctx.frame !== 'object' || ctx.frame === null) return null;
  const f = ctx.frame as Partial<Frame>;
  if (typeof f.q !== 'string' || !Array.isArray(f.docIds) || !Array.isArray(f.persons)) return null;
  if (f.lang !== 'vi' && f.lang !== 'en') return null;
  return {
    q: f.q,
    lang: f.lang,
    persons: f.persons.filter((p): p is string => typeof p === 'string'),
    docIds: f.docIds.filter((d): d is string => typeof d === 'string'),
    ...(Array.isArray(f.choices)
      ? { choices: f.choices.filter((d): d is string => typeof d === 'string') }
      : {}),
  };
}

const PROMPT = { vi: 'Bạn hỏi về cuộc họp nào?', en: 'Which meeting do you mean?' } as const;

/** Buttons for "which meeting?": choices are 1-based positions in the frame's `choices`. */
export function clarification(meetings: { label: string }[], lang: 'vi' | 'en'): Clarification {
  return {
    prompt: PROMPT[lang],
    options: meetings
      .slice(0, MAX_CHOICES)
      .map((m, i) => ({ label: m.label.slice(0, 40), choice: String(i + 1) })),
  };
}
