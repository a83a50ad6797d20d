/**
 * Question patterns keep no state between calls: a question parses the same whatever was parsed
 * before it (a global pattern used with `.test` would start from the previous call's `lastIndex`).
 */
import { describe, expect, it } from 'vitest';
import { allMatches, globalOf, word } from '../src/query/match.ts';
import { parseQuestion } from '../src/query/parse.ts';

/** The parse as text; sets and maps spelled out so that they are compared too. */
const frame = (q: string): string =>
  JSON.stringify(parseQuestion(q), (_k, v: unknown) =>
    v instanceof Set ? [...v] : v instanceof Map ? [...v.entries()] : v,
  );

const QUESTIONS = [
  'Ai chủ trì hội nghị giao ban quý III năm 2023 của Huyện ủy Đồng Văn?',
  'hop giao ban q3 huyen uy dong van ngay nao z',
  'How many new party members did Hai Lang admit in the first half of 2023?',
  'Hội nghị sơ kết 6 tháng đầu năm có bao nhiêu đại biểu dự, đúng không?',
  'Những huyện nào tổ chức giao ban quý II/2024?',
  'When was the most recent working session of the Provincial Party Standing Committee?',
  'Đồng chí nào trình bày báo cáo tại phiên họp thứ 12 của Ban Chỉ đạo 35?',
];

describe('question patterns are stateless', () => {
  it('word() patterns are not global, so .test gives the same answer on every call', () => {
    const re = word('giao ban');
    expect(re.global).toBe(false);
    const text = 'hội nghị giao ban quý';
    expect([re.test(text), re.test(text), re.test(text)]).toEqual([true, true, true]);
  });

  it('allMatches finds every match of a non-global pattern and leaves it untouched', () => {
    const re = word('quý');
    const found = [...allMatches(re, 'quý I, quý II và quý III')].map((m) => m.index);
    expect(found).toEqual([0, 7, 17]);
    expect(re.lastIndex).toBe(0);
    expect(globalOf(re)).toBe(globalOf(re));
    expect(globalOf(re).flags).toBe('gu');
  });

  it('each question parses to the same frame twice in a row, after the others, and in reverse order', () => {
    const first = QUESTIONS.map(frame);
    const twice = QUESTIONS.map((q) => [frame(q), frame(q)]);
    const backward = [...QUESTIONS].reverse().map(frame).reverse();
    expect(twice).toEqual(first.map((f) => [f, f]));
    expect(backward).toEqual(first);
  });
});
