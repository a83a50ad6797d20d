import { describe, expect, it } from 'vitest';
import { devCorpusPresent, useEvalEngine } from './helpers/eval-engine.ts';
import { scoreNearMissSet } from './helpers/near-miss-score.ts';

const present = devCorpusPresent('near-miss-6.test', 'the sixth near-miss set');

/**
 * Frozen set of issue 10 (tests/fixtures/near-miss-6.jsonl), keyword-only over the seeds, the dev
 * corpus and the robustness articles, written before it was first run: six dev-corpus articles
 * (dev half 203, 212, 214; held-out half 215, 216, 222), three answerable facts and three
 * unanswerable near-misses each (another quarter or year, a presenter or venue the article does not
 * state, a crop or an output it does not state, another district or province, a commune's share of
 * a district figure, a year's revenue where only that year's targets exist, the attendance), each
 * asked formally, in chat and in English.
 */
const CONTROLS = 54;
const NEAR_MISSES = 54;
/**
 * Measured (2026-12-03, eleventh session). First run, on main 2d37337 before any change: controls
 * 49/54 (dev 24/27, held 25/27), near-misses answered 2/54 (dev 2, held 0). With the asked act
 * (answer/asked-act.ts) and the measured noun (support.ts): controls 52/54 (dev 27/27, held 25/27),
 * near-misses answered 1/54 (dev 1: the English coffee area, whose noun the glossary cannot render).
 */
const CONTROLS_CORRECT = 52;
const NEAR_MISSES_ANSWERED = 1;

describe.skipIf(!present)('frozen near-miss set 6 (keyword-only)', () => {
  const engine = useEvalEngine({ prefix: 'near-miss-6', extra: ['eval/robustness/corpus'] });

  it(`controls ≥ ${CONTROLS_CORRECT}, at most ${NEAR_MISSES_ANSWERED} near-misses answered`, async () => {
    const { controls, misses, correct, answered, summary } = await scoreNearMissSet(
      engine(),
      'tests/fixtures/near-miss-6.jsonl',
      ['dev', 'held'],
      // Per-half figures only: the held-out half's individual results are not printed.
      false,
    );
    console.info(`near-miss-6.test: ${summary}`);
    expect(controls).toHaveLength(CONTROLS);
    expect(misses).toHaveLength(NEAR_MISSES);
    expect(correct.length).toBeGreaterThanOrEqual(CONTROLS_CORRECT);
    expect(answered.length).toBeLessThanOrEqual(NEAR_MISSES_ANSWERED);
  }, 300_000);
});
