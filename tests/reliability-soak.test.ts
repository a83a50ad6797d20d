/**
 * A small soak (the long one is `npm run soak`): the real bot process with the offline test model
 * over 30 synthetic articles answers 200 generated questions from many users at once through
 * telegram-test-api. No crash, every question answered once, no apology; memory is reported.
 */
import { describe, expect, it } from 'vitest';
import { describeSoak, runSoak } from './helpers/soak.ts';

describe('soak, small: 200 questions through the real bot process', () => {
  it('answers every question once, never apologises, stops cleanly', async () => {
    const r = await runSoak({ questions: 200, articles: 30, concurrency: 16, timeLimitMs: 90_000 });
    console.info(
      `reliability-soak:\n${describeSoak(r)
        .map((l) => `  ${l}`)
        .join('\n')}`,
    );
    expect(r.crashed).toBe(false);
    expect(r.answered).toBe(200);
    expect(r.unanswered).toBe(0);
    expect(r.apologies).toBe(0);
    expect(r.rateLimited).toBe(0);
    expect(r.extraMessages).toBe(0);
    expect(r.stopCode).toBe(0);
    expect(r.rss.length).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
