import type { Context } from 'grammy';
import type { Answer, AskOptions } from '../engine/types.ts';

/** The conversation a question is asked in, as the question handler sees it. */
export interface ConversationTurn {
  /** Which conversation (see `conversationKey`). */
  readonly key: string;
  /** Options for `engine.ask` of a new question here: the stored context, when there is one. */
  askOptions(): AskOptions | undefined;
  /**
   * Keep what the answer tells about the conversation (its context; a clarification as the pending
   * one). Returns the pending clarification's id when the answer is a clarification.
   */
  remember(question: string, answer: Answer, asked: AskOptions | undefined): string | undefined;
}

const turns = new WeakMap<Context, ConversationTurn>();

/** Attach the conversation to an update (done by the conversation feature). */
export function setConversation(ctx: Context, turn: ConversationTurn): void {
  turns.set(ctx, turn);
}

/** The conversation of this update, or undefined when it belongs to none. */
export function conversationOf(ctx: Context): ConversationTurn | undefined {
  return turns.get(ctx);
}
