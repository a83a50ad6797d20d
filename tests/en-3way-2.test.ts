/**
 * The second frozen three-way set of issue 10 (tests/fixtures/en-3way-2.jsonl): 38 facts of 22
 * articles (seeds, the dev corpus, the robustness articles), each asked formal / chat / English in
 * one group, the English as journalists phrase it ("Who gave the closing remarks at …", "What share
 * of households …", "How much did … earn per capita"), and 8 unanswerable near-miss groups. Written
 * and committed before the mechanisms it measures (English figure nouns after "what", money and
 * per-item totals, "by the end of September", a place spelt like a question phrase before an
 * English type word, glossary entries of income, growth, payments); odd groups are the dev half
 * the mechanisms were tuned on, even groups the held-out half.
 */
import { describe, expect, it } from 'vitest';
import { type EvalResult, scoreAnswer } from '../src/eval/score.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { devCorpusPresent, readJsonLines, useEvalEngine } from './helpers/eval-engine.ts';
import type { PhrasingQuestion } from './helpers/phrasings.ts';

const present = devCorpusPresent('en-3way-2.test', 'the second English three-way set');

type Question = PhrasingQuestion & { half: 'dev' | 'held' };

/**
 * Measured 2026-12-02 (keyword-only, branch s7-en 69ada18): dev formal 18, chat 16, en 18 of 19,
 * all three correct in 16 groups; held 17, 19, 15 of 19, 14 groups; 3 answered wrongly; 4 of 24
 * near-miss questions answered. On main 08f3140 before: dev 18, 16, 12, 11 groups; held 17, 19,
 * 15, 14 groups; 5 answered wrongly; 10 of 24 near-miss questions answered. Main of 2026-12-03
 * (tenth session: a figure's inherited period, words written apart): dev chat 17, 17 groups; with
 * lower-case names after "đồng chí" read as names: dev chat 18, 18 groups.
 */
const FLOORS = {
  dev: { formal: 18, chat: 18, en: 18, allCorrect: 18 },
  held: { formal: 17, chat: 19, en: 15, allCorrect: 14 },
} as const;
const ANSWERED_WRONG = 3;
const NEAR_MISSES_ANSWERED = 4;

describe('English frames of the second three-way set', () => {
  it('reads a quantity noun after "what" as an amount asked', () => {
    const q = parseQuestion('What was the per capita income in Tua Chua district in the first half of 2022?');
    expect([...q.asks]).toEqual(['howmany']);
    expect(q.target.target).toEqual({ kind: 'figure', figure: null });
    // A section question naming a figure noun later is still a section.
    const s = parseQuestion('What difficulties were pointed out at the An Khe briefing on budget revenue?');
    expect(s.target.target).toEqual({ kind: 'section', section: 'limitation' });
  });

  it('reads "by the end of September 2023" as the nine-month period', () => {
    expect(parseQuestion('What had La Gi town disbursed by the end of September 2023?').time.periods).toEqual(
      ['2023-9M'],
    );
    expect(parseQuestion('Đến hết tháng 6 năm 2022 thu ngân sách bao nhiêu?').time.periods).toEqual([
      '2022-H1',
    ]);
  });

  it('reads a name spelt like "là gì" before an English type word as the place', () => {
    expect(parseQuestion('How many boats does La Gi town have?').places.map((p) => p.surface)).toEqual([
      'La Gi',
    ]);
    expect(parseQuestion('Huyện ủy nói thị xã là gì?').places).toEqual([]);
  });

  it('asks no target for a programme named "national target programmes"', () => {
    const q = parseQuestion(
      'What was the total funding for the national target programmes in Ke Sach district?',
    );
    expect(q.target.figure).toBe('total');
  });

  it('"how much" before what is measured names no counted noun', () => {
    expect(parseQuestion('How much support was paid to workers in Quynh Phu district?').unitPhrases).toEqual(
      [],
    );
    expect(parseQuestion('How much money was paid to workers in Quynh Phu district?').unitPhrases).toEqual([
      'tiền',
    ]);
  });
});

describe.skipIf(!present)('frozen English three-way set 2 (keyword-only)', () => {
  const engine = useEvalEngine({ prefix: 'en-3way-2', extra: ['eval/robustness/corpus'] });

  it('each half keeps its formal / chat / English floors; few wrong, few near-misses answered', async () => {
    const questions = readJsonLines<Question>('tests/fixtures/en-3way-2.jsonl');
    const results = new Map<string, EvalResult>();
    for (const q of questions) results.set(q.id, scoreAnswer(q, await engine().ask(q.q)));
    const answerable = questions.filter((q) => q.type !== 'none');
    const score = (half: Question['half']) => {
      const qs = answerable.filter((q) => q.half === half);
      const correct = (style: Question['style']) =>
        qs.filter((q) => q.style === style && results.get(q.id)?.correct).length;
      const groups = new Map<string, boolean[]>();
      for (const q of qs)
        groups.set(q.group, [...(groups.get(q.group) ?? []), results.get(q.id)?.correct === true]);
      return {
        formal: correct('formal'),
        chat: correct('chat'),
        en: correct('en'),
        groups: groups.size,
        allCorrect: [...groups.values()].filter((g) => g.every(Boolean)).length,
      };
    };
    const dev = score('dev');
    const held = score('held');
    const wrong = answerable.filter((q) => results.get(q.id)?.answered && !results.get(q.id)?.correct).length;
    const nearMissesAnswered = questions.filter(
      (q) => q.type === 'none' && results.get(q.id)?.answered,
    ).length;
    console.info(
      `en-3way-2.test: dev ${JSON.stringify(dev)}; held ${JSON.stringify(held)}; ${wrong} answered wrongly; ${nearMissesAnswered}/24 near-misses answered`,
    );
    expect(questions).toHaveLength(138);
    expect(dev.groups).toBe(19);
    expect(held.groups).toBe(19);
    for (const [half, got] of [
      ['dev', dev],
      ['held', held],
    ] as const) {
      const floor = FLOORS[half];
      expect(got.formal, `${half} formal`).toBeGreaterThanOrEqual(floor.formal);
      expect(got.chat, `${half} chat`).toBeGreaterThanOrEqual(floor.chat);
      expect(got.en, `${half} en`).toBeGreaterThanOrEqual(floor.en);
      expect(got.allCorrect, `${half} all correct`).toBeGreaterThanOrEqual(floor.allCorrect);
    }
    expect(wrong).toBeLessThanOrEqual(ANSWERED_WRONG);
    expect(nearMissesAnswered).toBeLessThanOrEqual(NEAR_MISSES_ANSWERED);
  }, 600_000);
});
