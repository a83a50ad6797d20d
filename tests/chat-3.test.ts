/**
 * The third frozen chat set (tests/fixtures/chat-3.jsonl, issue "Answers that hold beyond the
 * examples"): 32 facts of 17 articles (dev corpus 200–228, robustness corpus 300–302), each asked
 * formal and in two chat styles chat-2 does not cover — `teen` (teen-code: dc, bn, bnh, bnhieu, ng,
 * vs, ns, ko, ak; words in an unusual order, "chu tri la ai vay hn giao ban …") and `typo` (one
 * slip per question: a dropped or doubled letter, a wrong tone mark; words run together "baoyen",
 * "lagi", "toantrinh"; half-accented or mixed case "Huyện uy", "Thị uy Ngã năm"; clipped names
 * "h.Bao Yen", "tx"; "bao nhiu") — and 8 unanswerable near-miss groups (period or year not covered,
 * a measure not stated, a place absent) in the same three styles. Written and committed before the
 * mechanisms it measures; odd groups are the dev half they were tuned on, even groups the held-out
 * half. The floors are the measurements.
 */
import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../src/eval/score.ts';
import { devCorpusPresent, readJsonLines, useEvalEngine } from './helpers/eval-engine.ts';
import { type PhrasingQuestion, scorePhrasings } from './helpers/phrasings.ts';

const present = devCorpusPresent('chat-3.test', 'the third chat phrasing set');

/** A line of the set: its chat variant (teen-code or one slip) and its half. */
interface ChatQuestion extends PhrasingQuestion {
  variant: 'formal' | 'teen' | 'typo';
  half: 'dev' | 'held';
}

/**
 * Measured 2026-12-03 (keyword-only). On main 382d38f before: dev half formal 19, teen 18, typo 15
 * of 20, 14/20 groups all correct; held-out half formal 18, teen 14, typo 12 of 20, 10/20 groups all
 * correct; 9 answerable questions answered wrongly (2 dev, 7 held-out), 1 near-miss answered.
 */
const FLOORS = {
  dev: { formal: 19, teen: 18, typo: 15, allCorrect: 14 },
  held: { formal: 18, teen: 14, typo: 12, allCorrect: 10 },
} as const;
const ANSWERED_WRONG = 9;

describe.skipIf(!present)('third frozen chat phrasing set (keyword-only)', () => {
  const engine = useEvalEngine({ prefix: 'chat-3', extra: ['eval/robustness/corpus'] });

  it('formal, teen-code and slipped chat at their floors in each half; no more wrong answers', async () => {
    const questions = readJsonLines<ChatQuestion>('tests/fixtures/chat-3.jsonl');
    expect(questions).toHaveLength(120);
    const correct = new Map<string, boolean>();
    for (const q of questions) correct.set(q.id, scoreAnswer(q, await engine().ask(q.q)).correct);
    for (const half of ['dev', 'held'] as const) {
      const own = questions.filter((q) => q.half === half);
      const count = (v: ChatQuestion['variant']) =>
        own.filter((q) => q.variant === v && correct.get(q.id)).length;
      const groups = new Map<string, boolean[]>();
      for (const q of own) groups.set(q.group, [...(groups.get(q.group) ?? []), correct.get(q.id) === true]);
      const allCorrect = [...groups.values()].filter((g) => g.every(Boolean)).length;
      const got = { formal: count('formal'), teen: count('teen'), typo: count('typo'), allCorrect };
      console.info(
        `chat-3.test ${half}: formal ${got.formal}, teen ${got.teen}, typo ${got.typo} of ${groups.size}; all three correct in ${allCorrect}`,
      );
      expect(groups.size).toBe(20);
      expect(got.formal).toBeGreaterThanOrEqual(FLOORS[half].formal);
      expect(got.teen).toBeGreaterThanOrEqual(FLOORS[half].teen);
      expect(got.typo).toBeGreaterThanOrEqual(FLOORS[half].typo);
      expect(got.allCorrect).toBeGreaterThanOrEqual(FLOORS[half].allCorrect);
    }
    // The shared scorer too: wrong answers to answerable questions (formal and both chat variants).
    const { wrong } = await scorePhrasings(engine(), questions);
    console.info(`chat-3.test: answerable questions answered wrongly ${wrong}`);
    expect(wrong).toBeLessThanOrEqual(ANSWERED_WRONG);
  }, 600_000);
});
