/**
 * Question patterns keep no state between calls: a question parses the same whatever was parsed
 * before it (a global pattern used with `.test` would start from the previous call's `lastIndex`).
 */
import fc from 'fast-check';
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

/**
 * `word()` checks its leading boundary in code rather than with a lookbehind (match.ts explains
 * why); every method must still give what the plain pattern of the same source and flags gives.
 */
describe('word() patterns match as their plain source does', () => {
  const sources = [
    'quý',
    'giao ban|ban',
    'ai',
    'a',
    'đ[aă]',
    'x?',
    '(\\d{1,2}) tháng',
    'qu[ýí]\\s*(iv|iii|ii|i)',
  ];
  const alphabet = [...'aăâđbxyq1 2,.-/ÝýíIiV', 'quý', 'ban', 'giao ', 'tháng', '\u0345', '𝐀', 'ai', 'Ai'];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }).map((xs) => xs.join(''));
  const plain = (re: RegExp) => new RegExp(re.source, re.flags);
  const results = (re: RegExp, s: string, from: number) => {
    const out: unknown[] = [];
    re.lastIndex = from;
    out.push(JSON.stringify(re.exec(s)), re.lastIndex);
    re.lastIndex = from;
    out.push(re.test(s), re.lastIndex);
    out.push(s.replace(re, '<$&>'), s.search(re));
    // V8 splits a plain pattern by a shortcut that can cut a surrogate pair where the pattern
    // matches the empty string; a subclass is split as the specification says, by code points.
    if (!re.test('')) out.push(JSON.stringify(s.split(re)));
    if (re.global) out.push(JSON.stringify([...s.matchAll(re)]));
    out.push(JSON.stringify(allMatches(re, s)));
    return out;
  };

  it('exec, test, replace, search, split, matchAll and allMatches agree, whatever the flags and lastIndex', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.constantFrom('u', 'iu', 'gu', 'giu', 'yu', 'gyu'),
        text,
        fc.nat(6),
        (src, flags, s, from) => {
          const re = word(src, flags);
          expect(results(re, s, from)).toEqual(results(plain(re), s, from));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps the source and flags of the whole pattern', () => {
    const re = word('giao ban', 'iu');
    expect(re.source.startsWith('(?<![\\p{L}\\p{N}])')).toBe(true);
    expect(re.flags).toBe('iu');
    expect(globalOf(re).flags).toBe('giu');
  });
});
