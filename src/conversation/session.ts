import type { Answer, AskOptions, Clarification, ConversationContext } from '../engine/types.ts';

/** A clarification the bot asked and the user has not yet resolved. */
export interface PendingClarification {
  /** Random id carried by its buttons, so a button of an older clarification is recognised as such. */
  id: string;
  /** The question the clarification is about; a tap asks it again with the chosen option. */
  question: string;
  /**
   * The context the clarifying answer returned (it knows what each option stands for and the question as
   * resolved); the context the question was asked in when the answer returned none.
   */
  context: ConversationContext | null;
  options: Clarification['options'];
}

/** What is kept per conversation (a private chat, a group reply thread, a forum topic, a CLI session). */
export interface ConversationSession {
  /** The engine's context after the last answer; null: the next question is a fresh one. */
  context: ConversationContext | null;
  pending: PendingClarification | null;
}

/** The value of a conversation that has none stored (new, expired or reset). */
export function freshSession(): ConversationSession {
  return { context: null, pending: null };
}

/** Milliseconds in a minute, for CONTEXT_TTL_MINUTES. */
export const MS_PER_MINUTE = 60_000;

/** The messages that start a conversation over, compared after trimming, lower-casing and dropping end punctuation. */
const RESET_PHRASES = new Set(['câu hỏi mới', 'cau hoi moi', 'new question', '/new']);

/** True for "câu hỏi mới" / "new question" (any case, NFC or not, with or without end punctuation). */
export function isResetText(text: string): boolean {
  const t = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s.!?…]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  return RESET_PHRASES.has(t);
}

/** The options to ask a question with in this conversation: its context, when it has one. */
export function askOptionsFor(session: ConversationSession): AskOptions | undefined {
  return session.context ? { context: session.context } : undefined;
}

/**
 * Fold an answer into the session: its context replaces the stored one (the engine returns one for
 * every answer, inherited or fresh); a clarification becomes the pending one, with the context the
 * question was asked in.
 */
export function rememberAnswer(
  session: ConversationSession,
  answer: Answer,
  asked: { question: string; context: ConversationContext | null; pendingId: () => string },
): void {
  if (answer.clarify) {
    session.pending = {
      id: asked.pendingId(),
      question: asked.question,
      context: answer.context ?? asked.context,
      options: answer.clarify.options,
    };
  }
  if (answer.context) session.context = answer.context;
}
