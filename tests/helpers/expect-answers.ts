/** Assertions on an engine's answers to a few questions, shared by the fresh-fixes suites. */
import { expect } from 'vitest';
import type { Engine } from '../../src/engine/types.ts';

/** Each question is answered, its answer writing `want` (a string, or a pattern it matches). */
export async function expectAnswered(
  engine: Engine,
  questions: readonly string[],
  want: string | RegExp,
): Promise<void> {
  for (const q of questions) {
    const a = await engine.ask(q);
    expect(a.answered, q).toBe(true);
    if (typeof want === 'string') expect(a.answer, q).toContain(want);
    else expect(a.answer, q).toMatch(want);
  }
}

/** Each question is refused (the articles do not say). */
export async function expectRefused(engine: Engine, questions: readonly string[]): Promise<void> {
  for (const q of questions) expect((await engine.ask(q)).answered, q).toBe(false);
}
