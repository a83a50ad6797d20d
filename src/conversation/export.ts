import type { EvalQuestion } from '../eval/score.ts';
import type { VotedAnswer } from './feedback.ts';

/** An evaluation question made from a voted answer, with what the user saw kept for the admin. */
export interface FeedbackCase extends EvalQuestion {
  /** Not scored: what the bot answered and in which conversation, to help fill in the gold fields. */
  feedback: {
    verdict: VotedAnswer['verdict'];
    ups: number;
    downs: number;
    votedAt: string;
    answered: boolean;
    answer: string;
    cited: string[];
    /** The context the question was asked in (null: a fresh question): a follow-up needs its turns. */
    contextIn: unknown;
    /** The resolved frame the engine returned. */
    contextOut: unknown;
  };
}

/**
 * Voted answers as lines of the evaluation question format (`../shared/eval/README.md`): `id`,
 * `q` and `lang` filled in, the gold fields (`type`, `docs`, `must`) left empty for an admin to
 * fill before the case is added to a question file.
 */
export function feedbackCases(items: VotedAnswer[]): FeedbackCase[] {
  return items.map((item) => ({
    id: `fb-${item.id}`,
    q: item.question,
    lang: item.lang,
    type: '',
    docs: [],
    must: [],
    feedback: {
      verdict: item.verdict,
      ups: item.ups,
      downs: item.downs,
      votedAt: new Date(item.votedAt).toISOString(),
      answered: item.answered,
      answer: item.answer,
      cited: [...new Set(item.citations.map((c) => c.docId))],
      contextIn: item.contextIn,
      contextOut: item.contextOut,
    },
  }));
}
