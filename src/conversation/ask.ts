import type { StorageAdapter } from 'grammy';
import type { Answer, AskOptions, Engine } from '../engine/types.ts';
import {
  askOptionsFor,
  type ConversationSession,
  freshSession,
  isResetText,
  rememberAnswer,
} from './session.ts';

/** Names of CLI sessions: what can safely be a storage key and be typed on a command line. */
export const SESSION_NAME = /^[\w.-]{1,64}$/;

/** What one turn of a CLI conversation gave. */
export type TurnResult =
  | { kind: 'answer'; answer: Answer }
  | { kind: 'reset' }
  /** `choice` named no option of the pending clarification (or there is none). */
  | { kind: 'no-choice'; options: string[] };

/** Pending-clarification ids are not needed outside Telegram's buttons; one fixed id keeps results stable. */
const CLI_PENDING_ID = 'cli';

/**
 * Conversations outside Telegram (`npm run ask`, the dialogue evaluation): the same session value
 * and the same rules as the bot — the stored context goes with each question, the answer's context
 * replaces it, a clarification becomes pending, "câu hỏi mới" / "new question" / "/new" start over —
 * over any grammY storage (SQLite with expiry for `--session`, memory for a batch).
 */
export class ConversationRunner {
  constructor(
    private readonly engine: Pick<Engine, 'ask'>,
    private readonly storage: StorageAdapter<ConversationSession>,
    private readonly k?: number,
  ) {}

  /**
   * Ask `question` in conversation `name`; with `choice`, answer the pending clarification for the
   * option whose choice, 1-based number or label (case-insensitive substring) it names.
   */
  async ask(name: string, question: string, choice?: string): Promise<TurnResult> {
    const key = `cli:${name}`;
    const session = (await this.storage.read(key)) ?? freshSession();
    if (choice === undefined && isResetText(question)) {
      await this.storage.delete(key);
      return { kind: 'reset' };
    }
    let asked: AskOptions;
    let asking = question;
    if (choice !== undefined) {
      const pending = session.pending;
      const option = pending ? pickOption(pending.options, choice) : undefined;
      if (!pending || !option)
        return { kind: 'no-choice', options: pending?.options.map((o) => o.label) ?? [] };
      asking = pending.question;
      asked = { context: pending.context, choice: option.choice };
    } else {
      asked = askOptionsFor(session) ?? {};
    }
    const answer = await this.engine.ask(asking, { ...(this.k ? { k: this.k } : {}), ...asked });
    rememberAnswer(session, answer, {
      question: asking,
      context: asked.context ?? null,
      pendingId: () => CLI_PENDING_ID,
    });
    await this.storage.write(key, session);
    return { kind: 'answer', answer };
  }
}

/** The option `choice` names: its exact choice, its 1-based number, or a unique label substring. */
export function pickOption<T extends { label: string; choice: string }>(
  options: T[],
  choice: string,
): T | undefined {
  const exact = options.find((o) => o.choice === choice);
  if (exact) return exact;
  if (/^\d+$/.test(choice)) return options[Number(choice) - 1];
  const needle = choice.normalize('NFC').toLowerCase();
  const byLabel = options.filter((o) => o.label.normalize('NFC').toLowerCase().includes(needle));
  return byLabel.length === 1 ? byLabel[0] : undefined;
}
