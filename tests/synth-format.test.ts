import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumber,
  fmtDec,
  fmtInt,
  fromDayNumber,
  parseIso,
  weekdayName,
  wordCount,
} from '../src/synth/format.ts';
import { periodsBetween, periodTexts } from '../src/synth/periods.ts';
import { hex16, Rng } from '../src/synth/rng.ts';
import { expand } from '../src/synth/template.ts';

describe('synth number and date writing', () => {
  it('groups thousands with dots (3742 → 3.742)', () => {
    expect(fmtInt(3742)).toBe('3.742');
    expect(fmtInt(96)).toBe('96');
    expect(fmtInt(1234567)).toBe('1.234.567');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), (n) => {
        const s = fmtInt(n);
        expect(s).toMatch(/^\d{1,3}(\.\d{3})*$/);
        expect(Number(s.replace(/\./g, ''))).toBe(n);
      }),
    );
  });

  it('writes decimals with a comma and drops trailing zeros (97.5 → 97,5)', () => {
    expect(fmtDec(97.5)).toBe('97,5');
    expect(fmtDec(80)).toBe('80');
    expect(fmtDec(1236.48, 1)).toBe('1.236,5');
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 2 }),
        (x, digits) => {
          const s = fmtDec(x, digits);
          const back = Number(s.replace(/\./g, '').replace(',', '.'));
          expect(Math.abs(back - x)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9);
        },
      ),
    );
  });

  it('does calendar arithmetic in UTC days and names weekdays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: -400, max: 400 }), (day, delta) => {
        const d = fromDayNumber(day);
        expect(dayNumber(d)).toBe(day);
        expect(dayNumber(addDays(d, delta))).toBe(day + delta);
      }),
    );
    expect(weekdayName(parseIso('2024-03-04'))).toBe('Thứ hai');
    expect(weekdayName(parseIso('2022-10-04'))).toBe('Thứ ba');
    expect(weekdayName(parseIso('2021-02-07'))).toBe('Chủ nhật');
    expect(() => parseIso('2021-2-7')).toThrow("synth: bad date '2021-2-7'; write it as YYYY-MM-DD");
  });

  it('counts words as wc -w does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('hội', 'nghị', '3.742', ' ', '\n', '\t', 'x')), (parts) => {
        const text = parts.join('');
        expect(wordCount(text)).toBe(text.split(/\s+/).filter(Boolean).length);
      }),
    );
  });
});

describe('synth periods', () => {
  it('lists the periods whose meetings fall in a range, including last year’s review in January', () => {
    const codes = periodsBetween(parseIso('2021-01-01'), parseIso('2021-12-31'), ['Q', 'H1', '9M', 'Y']).map(
      (p) => p.code,
    );
    for (const c of ['2020', '2020-Q4', '2021-Q1', '2021-Q2', '2021-Q3', '2021-H1', '2021-9M', '2021']) {
      expect(codes).toContain(c);
    }
    expect(codes).not.toContain('2019');
  });

  it('writes periods the ways the press does', () => {
    const [q3] = periodsBetween(parseIso('2020-10-01'), parseIso('2020-10-02'), ['Q']);
    expect(q3?.code).toBe('2020-Q3');
    expect(periodTexts(q3!)).toEqual(['quý III năm 2020', 'quý III/2020']);
  });
});

describe('synth randomness and templates', () => {
  it('repeats exactly for a seed and stays in bounds', () => {
    const a = Rng.of('x', 1);
    const b = Rng.of('x', 1);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => Rng.of('x', 2).next())).not.toEqual(seqA);
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, lo, span) => {
          const v = new Rng(seed).int(lo, lo + span);
          expect(v).toBeGreaterThanOrEqual(lo);
          expect(v).toBeLessThanOrEqual(lo + span);
        },
      ),
    );
    expect(() => new Rng(1).pick([])).toThrow('rng: pick from an empty list');
  });

  it('derives 16 hex digits from the parts', () => {
    expect(hex16('seed', 'file', 0)).toMatch(/^[0-9a-f]{16}$/);
    expect(hex16('seed', 'file', 0)).toBe(hex16('seed', 'file', 0));
    expect(hex16('seed', 'file', 0)).not.toBe(hex16('seed', 'file', 1));
  });

  it('expands alternatives and variables, and reports bad templates', () => {
    const r = new Rng(5);
    for (let i = 0; i < 50; i++) {
      const s = expand(
        '{Sáng|Chiều} $d, $org {tổ chức |}họp{ giao ban|}.',
        { d: '28/9/2022', org: 'Huyện ủy X' },
        r,
      );
      expect(s).toMatch(/^(Sáng|Chiều) 28\/9\/2022, Huyện ủy X (tổ chức )?họp( giao ban)?\.$/);
    }
    expect(() => expand('$missing', {}, r)).toThrow(
      'template: no value for $missing; add it to the variables',
    );
    expect(() => expand('{a|b', {}, r)).toThrow("template: unclosed '{' in '{a|b'");
  });
});
