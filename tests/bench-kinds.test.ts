/**
 * The frozen set of the benchmark's question kinds over real articles (seeds, the dev corpus and
 * the written answer fixtures): the presenter asked as "Người báo cáo … là ai", and a figure asked
 * as "tổng số X" that the article states without a total word, beside controls that must keep
 * their answers (the chair, the total and the new members, the presenter in English).
 */
import { describe, expect, it } from 'vitest';
import { type EvalQuestion, scoreAnswer, summarize } from '../src/eval/score.ts';
import { devCorpusPresent, readJsonLines, useEvalEngine } from './helpers/eval-engine.ts';

const present = devCorpusPresent('bench-kinds.test', 'the frozen set');

describe.skipIf(!present)('frozen benchmark-kinds set (keyword-only)', () => {
  const engine = useEvalEngine({
    prefix: 'bench-kinds',
    extra: ['tests/fixtures/answers', 'tests/fixtures/answers-b', 'tests/fixtures/answers-ops'],
  });

  it('answers all 16 questions (8 before the presenter cue and the total fallback)', async () => {
    const questions = readJsonLines<EvalQuestion>('tests/fixtures/bench-kinds.jsonl');
    const results = [];
    for (const q of questions) results.push(scoreAnswer(q, await engine().ask(q.q)));
    const s = summarize(results);
    const missed = results.filter((r) => !r.correct).map((r) => r.id);
    console.info(
      `bench-kinds.test: ${s.correct}/${s.total}${missed.length ? ` (missed ${missed.join(', ')})` : ''}`,
    );
    expect(s.total).toBe(16);
    expect(missed).toEqual([]);
  }, 300_000);
});
