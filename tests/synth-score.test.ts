import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/engine/types.ts';
import { asDate, asNumber, datesIn } from '../src/eval/equiv.ts';
import { containsAlternative, scoreAnswer } from '../src/eval/score.ts';
import { EN_MONTH_NAMES } from '../src/text/months.ts';

const MONTHS = EN_MONTH_NAMES;

const pad = (n: number) => String(n).padStart(2, '0');

/** Every written form the scorer must treat as the same date. */
function forms(y: number, m: number, d: number): string[] {
  return [
    `${d}/${m}/${y}`,
    `${pad(d)}/${pad(m)}/${y}`,
    `${d}-${m}-${y}`,
    `${pad(d)}-${pad(m)}-${y}`,
    `${pad(d)}/${m}/${y}`,
    `${MONTHS[m - 1]} ${d}, ${y}`,
    `${d} ${MONTHS[m - 1]} ${y}`,
    `ngày ${d} tháng ${m} năm ${y}`,
    `${y}-${pad(m)}-${pad(d)}`,
  ];
}

const dateArb = fc.record({
  y: fc.integer({ min: 1990, max: 2035 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
});
/** Text around a date that does not itself touch it with a digit. */
const context = fc.constantFrom('', 'Hội nghị diễn ra ngày ', 'Held on ', '(', 'Sáng ', '[1] ');
const after = fc.constantFrom('', '.', ', tại hội trường.', ' [1]', ')', '; ai chủ trì');

describe('scorer: dates in any written form', () => {
  it('treats 12/1/2021 = 12/01/2021 = 12-1-2021 = 12-01-2021 = January 12, 2021 = 12 January 2021 (property)', () => {
    fc.assert(
      fc.property(dateArb, context, after, fc.nat(100), fc.nat(100), ({ y, m, d }, pre, post, i, j) => {
        const all = forms(y, m, d);
        const expected = all[i % 5] as string; // expected strings are written the numeric ways
        const written = all[j % all.length] as string;
        expect(containsAlternative(`${pre}${written}${post}`, expected)).toBe(true);
      }),
    );
  });

  it('does not match another day, month or year, nor a date inside a longer number (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 9 }), fc.nat(100), ({ y, m, d }, k, j) => {
        const expected = `${d}/${m}/${y}`;
        const otherDay = ((d + k - 1) % 28) + 1;
        if (otherDay !== d) {
          const written = forms(y, m, otherDay)[j % 9] as string;
          expect(containsAlternative(`Ngày ${written}.`, expected)).toBe(false);
        }
        expect(containsAlternative(`Ngày ${d}/${m}/${y + 1}.`, expected)).toBe(false);
        // A digit before the day makes another date: 6/10/2020 is not inside 16/10/2020.
        if (d < 10) expect(containsAlternative(`ngày 1${d}/${m}/${y}`, expected)).toBe(false);
        expect(containsAlternative(`ngày ${d}/${m}/${y}5`, expected)).toBe(false);
      }),
    );
  });

  it('matches the classic single-digit trap only at a boundary', () => {
    expect(containsAlternative('ngày 16/10/2020', '6/10/2020')).toBe(false);
    expect(containsAlternative('ngày 6/10/2020', '16/10/2020')).toBe(false);
    expect(containsAlternative('ngày 06/10/2020', '6/10/2020')).toBe(true);
    expect(containsAlternative('October 6, 2020', '6/10/2020')).toBe(true);
    expect(containsAlternative('October 16, 2020', '6/10/2020')).toBe(false);
  });

  it('lets an expected date without a year match any year, but not the other way round', () => {
    expect(containsAlternative('ngày 28/9/2022', '28/9')).toBe(true);
    expect(containsAlternative('ngày 28-09-2022', '28/9')).toBe(true);
    expect(containsAlternative('ngày 28/9', '28/9/2022')).toBe(false);
  });

  it('reads whole-string dates only', () => {
    expect(asDate('12/1/2021')).toEqual({ d: 12, m: 1, y: 2021 });
    expect(asDate('ngày 12-01-2021')).toEqual({ d: 12, m: 1, y: 2021 });
    expect(asDate('January 12, 2021')).toEqual({ d: 12, m: 1, y: 2021 });
    expect(asDate('12/1/2021 và 13/1/2021')).toBeNull();
    expect(asDate('45/52')).toBeNull();
    expect(datesIn('họp 3/2 và 4-5-2023, on May 6, 2024')).toEqual([
      { d: 3, m: 2, y: null },
      { d: 4, m: 5, y: 2023 },
      { d: 6, m: 5, y: 2024 },
    ]);
  });
});

describe('scorer: numbers and words', () => {
  it('accepts numbers with or without thousands separators, and either decimal mark (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 99_999_999 }), (n) => {
        const vi = n.toLocaleString('de-DE'); // 3.742 — the Vietnamese grouping
        const en = n.toLocaleString('en-US'); // 3,742
        for (const written of [vi, en, String(n)]) {
          expect(containsAlternative(`có ${written} đảng viên`, vi)).toBe(true);
          expect(containsAlternative(`có ${written} đảng viên`, String(n))).toBe(true);
        }
        expect(containsAlternative(`có 1${vi} đảng viên`, vi)).toBe(false);
        expect(containsAlternative(`có ${n + 1} đảng viên`, vi)).toBe(false);
      }),
    );
    expect(containsAlternative('đạt 97.5%', '97,5')).toBe(true);
    expect(containsAlternative('đạt 97,5%', '97.5')).toBe(true);
    expect(containsAlternative('có 3.742 đảng viên', '742')).toBe(false);
    expect(asNumber('1.250')).toBe(1250);
    expect(asNumber('97,5')).toBe(97.5);
    expect(asNumber('12/1')).toBeNull();
  });

  it('needs a word boundary for words: Không is not inside Khổng, No is not inside November', () => {
    expect(containsAlternative('Không. Người chủ trì là Lê Văn A [1]', 'Không')).toBe(true);
    expect(containsAlternative('Ông Khổng Minh chủ trì', 'Không')).toBe(false);
    expect(containsAlternative('held in November', 'No')).toBe(false);
    expect(containsAlternative('No — it was chaired by Le Van A', 'No')).toBe(true);
    expect(containsAlternative('Lê Văn An chủ trì', 'Lê Văn A')).toBe(false);
  });

  it('scores a generated-style question whose answer writes the date another way', () => {
    const answer: Answer = {
      answered: true,
      answer: 'The meeting was held on January 12, 2021 [1].',
      citations: [{ n: 1, docId: 'd1' }],
      timings: { totalMs: 1 },
    } as unknown as Answer;
    const r = scoreAnswer(
      { id: 's1', q: 'When…?', lang: 'en', type: 'when', docs: ['d1'], must: [['12/01/2021']] },
      answer,
    );
    expect(r.correct).toBe(true);
  });
});
