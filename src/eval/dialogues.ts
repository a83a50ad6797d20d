import { MemorySessionStorage } from 'grammy';
import { ConversationRunner } from '../conversation/ask.ts';
import type { ConversationSession } from '../conversation/session.ts';
import type { Answer, Engine } from '../engine/types.ts';
import { containsAlternative, type EvalQuestion, percentile, scoreAnswer } from './score.ts';

/** What a turn should get: an answer, a clarifying question, or "not found". */
export type TurnExpectation = 'answer' | 'clarify' | 'none';

/** One turn of a dialogue: a question (format of the question file) and what it should get. */
export interface DialogueTurn {
  q: string;
  /** Question type as in the question file (`who`, `when`, …); `none` when nothing answers it. */
  type: string;
  /** Gold articles; an answer citing any other article is about the wrong meeting. */
  docs: string[];
  must: string[][];
  expect: TurnExpectation;
  /** Default `vi`. */
  lang?: string;
  /**
   * Instead of typing `q`, tap this option of the previous turn's clarification (its choice, its
   * 1-based number or a unique part of its label): the original question is answered for it.
   * When there is no such option, `q` is typed instead.
   */
  choose?: string;
}

/** One line of a dialogue file. */
export interface Dialogue {
  id: string;
  turns: DialogueTurn[];
}

/** The verdict on one turn. */
export interface TurnResult {
  dialogue: string;
  turn: number;
  q: string;
  expect: TurnExpectation;
  /** What the bot did: answered, asked back, or said it did not find it. */
  got: TurnExpectation;
  correct: boolean;
  /** Answered citing an article outside the turn's gold docs (only when gold docs are given). */
  wrongMeeting: boolean;
  citedDocs: string[];
  answer: string;
  totalMs: number;
}

export interface DialogueSummary {
  dialogues: number;
  /** Dialogues whose every turn is correct. */
  dialoguesCorrect: number;
  turns: number;
  turnsCorrect: number;
  turnAccuracy: number;
  byExpect: Record<TurnExpectation, { total: number; correct: number }>;
  /** Answers about a meeting other than the turn's (citing a non-gold article). Target 0. */
  wrongMeeting: number;
  p50Ms: number;
  p95Ms: number;
}

const EXPECTATIONS: readonly TurnExpectation[] = ['answer', 'clarify', 'none'];

/** Parse a dialogue file (JSONL); errors name the file, the line and the field. */
export function parseDialogues(text: string, file: string): Dialogue[] {
  const out: Dialogue[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    let d: Dialogue;
    try {
      d = JSON.parse(line) as Dialogue;
    } catch {
      throw new Error(`eval: ${where} is not valid JSON`);
    }
    if (typeof d.id !== 'string' || !Array.isArray(d.turns) || d.turns.length === 0) {
      throw new Error(`eval: ${where} needs "id" (string) and "turns" (a non-empty array)`);
    }
    d.turns.forEach((t, j) => {
      const at = `${where} turn ${j + 1}`;
      if (typeof t.q !== 'string' || !t.q.trim()) throw new Error(`eval: ${at} has no "q"`);
      if (!EXPECTATIONS.includes(t.expect)) {
        throw new Error(
          `eval: ${at}: "expect" must be "answer", "clarify" or "none", not ${JSON.stringify(t.expect)}`,
        );
      }
      if (!Array.isArray(t.docs) || !Array.isArray(t.must)) {
        throw new Error(`eval: ${at} needs "docs" and "must" arrays (empty when not needed)`);
      }
      if (t.choose !== undefined && (j === 0 || typeof t.choose !== 'string')) {
        throw new Error(`eval: ${at}: "choose" must be a string, on a turn after a clarification`);
      }
    });
    out.push(d);
  });
  return out;
}

/** Score one turn's outcome. */
export function scoreTurn(dialogue: string, index: number, turn: DialogueTurn, a: Answer): TurnResult {
  const got: TurnExpectation = a.clarify ? 'clarify' : a.answered ? 'answer' : 'none';
  const citedDocs = [...new Set(a.citations.map((c) => c.docId))];
  let correct: boolean;
  if (turn.expect === 'clarify') {
    const shown = a.clarify ? [a.clarify.prompt, ...a.clarify.options.map((o) => o.label)].join('\n') : '';
    correct = got === 'clarify' && turn.must.every((g) => g.some((alt) => containsAlternative(shown, alt)));
  } else {
    const q: EvalQuestion = {
      id: `${dialogue}#${index + 1}`,
      q: turn.q,
      lang: turn.lang ?? 'vi',
      type: turn.expect === 'none' ? 'none' : turn.type,
      docs: turn.docs,
      must: turn.must,
    };
    correct = got !== 'clarify' && scoreAnswer(q, a).correct;
  }
  // Each citation must name a gold article or carry one as a syndicated copy.
  const wrongMeeting =
    got === 'answer' &&
    turn.docs.length > 0 &&
    a.citations.some(
      (c) => !turn.docs.includes(c.docId) && !(c.alsoIn ?? []).some((x) => turn.docs.includes(x.docId)),
    );
  return {
    dialogue,
    turn: index + 1,
    q: turn.choose ? `[${turn.choose}] ${turn.q}` : turn.q,
    expect: turn.expect,
    got,
    correct,
    wrongMeeting,
    citedDocs,
    answer: a.clarify
      ? `${a.clarify.prompt} ${a.clarify.options.map((o) => `[${o.label}]`).join(' ')}`
      : a.answer,
    totalMs: a.timings.totalMs,
  };
}

/**
 * Play each dialogue as one conversation, through the same session rules as the bot and `npm run
 * ask` (the context of each answer goes with the next turn; `choose` taps a clarification's
 * option), and score every turn.
 */
export async function runDialogues(
  engine: Pick<Engine, 'ask'>,
  dialogues: Dialogue[],
): Promise<TurnResult[]> {
  const runner = new ConversationRunner(engine, new MemorySessionStorage<ConversationSession>());
  const results: TurnResult[] = [];
  for (const d of dialogues) {
    for (const [i, turn] of d.turns.entries()) {
      let r = await runner.ask(d.id, turn.q, turn.choose);
      // No such button (the engine did not ask back, or offered other options): the user types
      // `q` instead, as they would in the chat.
      if (r.kind === 'no-choice') r = await runner.ask(d.id, turn.q);
      if (r.kind !== 'answer') {
        throw new Error(`eval: dialogue ${d.id} turn ${i + 1} is a reset phrase, not a question`);
      }
      results.push(scoreTurn(d.id, i, turn, r.answer));
    }
  }
  return results;
}

export function summarizeDialogues(results: TurnResult[]): DialogueSummary {
  const byExpect = Object.fromEntries(EXPECTATIONS.map((e) => [e, { total: 0, correct: 0 }])) as Record<
    TurnExpectation,
    { total: number; correct: number }
  >;
  const dialogues = new Map<string, boolean>();
  for (const r of results) {
    byExpect[r.expect].total++;
    if (r.correct) byExpect[r.expect].correct++;
    dialogues.set(r.dialogue, (dialogues.get(r.dialogue) ?? true) && r.correct);
  }
  const correct = results.filter((r) => r.correct).length;
  const ms = results.map((r) => r.totalMs);
  return {
    dialogues: dialogues.size,
    dialoguesCorrect: [...dialogues.values()].filter(Boolean).length,
    turns: results.length,
    turnsCorrect: correct,
    turnAccuracy: results.length ? correct / results.length : 0,
    byExpect,
    wrongMeeting: results.filter((r) => r.wrongMeeting).length,
    p50Ms: percentile(ms, 50),
    p95Ms: percentile(ms, 95),
  };
}
