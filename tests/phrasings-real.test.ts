/**
 * The frozen phrasing set (tests/fixtures/phrasings-real.jsonl): 68 facts of the seeds and the dev
 * corpus, each asked three ways as people really write — formal Vietnamese; chat with dropped
 * words, Telex slips and Party acronyms (BTV, HU, TU, BCĐ, ĐV, đ/c); English as officials write it
 * (unaccented names, Q2, H1, "the first nine months"). Written before the phrasing mechanisms
 * (chat.ts acronyms, telex.ts, glossary words, English units and lone names), measured after.
 * The floors are those measurements: a change that loses a phrasing, or makes the three disagree
 * more often, fails here.
 */
import { describe, expect, it } from 'vitest';
import { devCorpusPresent, readJsonLines, useEvalEngine } from './helpers/eval-engine.ts';
import { type PhrasingQuestion, scorePhrasings } from './helpers/phrasings.ts';

const present = devCorpusPresent('phrasings-real.test', 'the real-phrasing set');

/** Measured 2026-12-02 (keyword-only; before the mechanisms: formal 68, chat 54, en 63, agree 51/68, wrong 1). */
const FLOORS = { formal: 68, chat: 67, en: 66 } as const;
const GROUPS_AGREEING = 66;
const ANSWERED_WRONG = 1;

describe.skipIf(!present)('frozen real-phrasing set (keyword-only)', () => {
  const engine = useEvalEngine({ prefix: 'phrasings-real' });

  it(`formal ≥ ${FLOORS.formal}, chat ≥ ${FLOORS.chat}, English ≥ ${FLOORS.en} of 68; ${GROUPS_AGREEING} groups agree`, async () => {
    const questions = readJsonLines<PhrasingQuestion>('tests/fixtures/phrasings-real.jsonl');
    const { style: scores, groups, agreeing, wrong } = await scorePhrasings(engine(), questions);
    console.info(
      `phrasings-real.test: formal ${scores.formal}, chat ${scores.chat}, en ${scores.en} of ${groups}; ${agreeing}/${groups} groups agree; ${wrong} answered wrongly`,
    );
    expect(questions).toHaveLength(204);
    expect(groups).toBe(68);
    expect(scores.formal).toBeGreaterThanOrEqual(FLOORS.formal);
    expect(scores.chat).toBeGreaterThanOrEqual(FLOORS.chat);
    expect(scores.en).toBeGreaterThanOrEqual(FLOORS.en);
    expect(agreeing).toBeGreaterThanOrEqual(GROUPS_AGREEING);
    expect(wrong).toBeLessThanOrEqual(ANSWERED_WRONG);
  }, 600_000);
});
