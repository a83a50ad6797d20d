/**
 * The frozen set of the benchmark's question kinds over real articles (seeds, the dev corpus and
 * the written answer fixtures): the presenter asked as "Người báo cáo … là ai", and a figure asked
 * as "tổng số X" that the article states without a total word, beside controls that must keep
 * their answers (the chair, the total and the new members, the presenter in English); the latest
 * meeting of a named body when another body of the same district met later.
 */
import { describe, expect, it } from 'vitest';
import { askedBodyFamily } from '../src/answer/bodies.ts';
import { type EvalQuestion, scoreAnswer, summarize } from '../src/eval/score.ts';
import { devCorpusPresent, readJsonLines, useEvalEngine } from './helpers/eval-engine.ts';

const present = devCorpusPresent('bench-kinds.test', 'the frozen set');

describe.skipIf(!present)('frozen benchmark-kinds set (keyword-only)', () => {
  const engine = useEvalEngine({
    prefix: 'bench-kinds',
    extra: [
      'tests/fixtures/answers',
      'tests/fixtures/answers-b',
      'tests/fixtures/answers-ops',
      'tests/fixtures/bench-kinds',
    ],
  });

  it('answers all 30 questions (before: 8/16 presenter and total, 1/5 latest of a body, 2/4 rate against the plan, 4/5 places of a province)', async () => {
    const questions = readJsonLines<EvalQuestion>('tests/fixtures/bench-kinds.jsonl');
    const results = [];
    for (const q of questions) results.push(scoreAnswer(q, await engine().ask(q.q)));
    const s = summarize(results);
    const missed = results.filter((r) => !r.correct).map((r) => r.id);
    console.info(
      `bench-kinds.test: ${s.correct}/${s.total}${missed.length ? ` (missed ${missed.join(', ')})` : ''}`,
    );
    expect(s.total).toBe(30);
    expect(missed).toEqual([]);
  }, 300_000);
});

describe('the body a question names', () => {
  it.each([
    ['Cuộc họp gần đây nhất của Huyện ủy Yên Minh do ai chủ trì?', 'party'],
    ['lan gan nhat huyen uy yen minh hop, ai la nguoi chu tri', 'party'],
    ['Who chaired the most recent meeting of the Yen Minh district Party Committee?', 'party'],
    ['Cuộc họp gần đây nhất của UBND huyện Yên Minh do ai chủ trì?', 'government'],
    ['Ban Chỉ đạo phát triển du lịch của Huyện ủy X họp gần nhất khi nào?', 'steering'],
  ])('%s → %s', (q, family) => expect(askedBodyFamily(q)?.family).toBe(family));

  it("a body inside a person's title names no meeting body", () => {
    expect(askedBodyFamily('Chủ tịch UBND huyện Yên Minh chủ trì cuộc họp nào gần đây nhất?')).toBeNull();
    expect(askedBodyFamily('Cuộc họp mới nhất ở Yên Minh do ai chủ trì?')).toBeNull();
  });
});
