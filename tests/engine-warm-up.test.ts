/**
 * The warm-up questions createEngine asks before it returns cover the answer paths they claim
 * (a role, a chat figure, English, a yes/no deadline, a list): a rewording that lost a path would
 * leave that path's first user question cold (the tail of `ask`'s p95).
 */
import { describe, expect, it } from 'vitest';
import { WARM_UP_QUESTIONS } from '../src/engine/create.ts';
import { parseQuestion } from '../src/query/parse.ts';

describe('warm-up questions', () => {
  const parsed = WARM_UP_QUESTIONS.map((q) => parseQuestion(q));

  it('cover a role, a chat figure, English, a yes/no deadline and a list', () => {
    expect(parsed.map((q) => q.target.target.kind)).toEqual(['role', 'figure', 'role', 'date', 'open']);
    expect(parsed[1]?.folded).toBe(true);
    expect(parsed[2]?.lang).toBe('en');
    expect(parsed[3]?.target.yesNo).toBe(true);
    expect(parsed[4]?.list).toBe(true);
  });
});
