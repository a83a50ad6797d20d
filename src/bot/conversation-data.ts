import type { Vote } from '../conversation/feedback.ts';

/** Telegram's limit for callback_data. */
export const MAX_CALLBACK_BYTES = 64;
/** Buttons a clarification shows at most. */
export const MAX_CLARIFY_OPTIONS = 6;
/** Longest button label kept (longer engine labels are shortened with an ellipsis). */
export const MAX_CLARIFY_LABEL = 40;

const ID = '[A-Za-z0-9_-]{8}';
const CLARIFY_DATA = new RegExp(`^k:(${ID}):([0-5])$`);
const FEEDBACK_DATA = new RegExp(`^fb:(${ID}):(u|d)$`);

function checked(data: string): string {
  if (Buffer.byteLength(data, 'utf8') > MAX_CALLBACK_BYTES) {
    throw new Error(`callback data "${data}" is over Telegram's ${MAX_CALLBACK_BYTES} bytes`);
  }
  return data;
}

/**
 * callback_data of option `index` of pending clarification `pendingId`: `k:<8 chars>:<0-5>`. The
 * option is named by its position; its `choice` stays in the session, so nothing the engine
 * returns can make the data too long or ambiguous.
 */
export function encodeClarifyData(pendingId: string, index: number): string {
  return checked(`k:${pendingId}:${index}`);
}

/** Parse clarification data strictly; anything `encodeClarifyData` cannot produce gives null. */
export function decodeClarifyData(data: string | undefined): { pendingId: string; index: number } | null {
  const m = data ? CLARIFY_DATA.exec(data) : null;
  return m ? { pendingId: m[1]!, index: Number(m[2]) } : null;
}

/** callback_data of a 👍/👎 button: `fb:<answer id>:u|d`. */
export function encodeFeedbackData(answerId: string, vote: Vote): string {
  return checked(`fb:${answerId}:${vote === 'up' ? 'u' : 'd'}`);
}

/** Parse feedback data strictly; anything `encodeFeedbackData` cannot produce gives null. */
export function decodeFeedbackData(data: string | undefined): { answerId: string; vote: Vote } | null {
  const m = data ? FEEDBACK_DATA.exec(data) : null;
  return m ? { answerId: m[1]!, vote: m[2] === 'u' ? 'up' : 'down' } : null;
}
