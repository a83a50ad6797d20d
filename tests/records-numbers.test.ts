import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVietNumber, parseOrdinal, parseVietNumber } from '../src/records/numbers.ts';

describe('parseVietNumber', () => {
  it.each([
    ['1.250', 1250],
    ['11.264', 11264],
    ['1.234.567', 1234567],
    ['97,5', 97.5],
    ['1.234,5', 1234.5],
    ['5.9', 5.9],
    ['2076', 2076],
    ['0,87', 0.87],
    // One or two digits after a dot: the dot-decimal some sites use, never thousands.
    ['1.25', 1.25],
  ])('%s → %d', (text, value) => {
    expect(parseVietNumber(text)).toBe(value);
  });

  it.each(['1,2,3', 'abc', '', '1.2345', '12.34.567'])('rejects %j', (text) => {
    expect(parseVietNumber(text)).toBeNull();
  });

  it('round-trips every integer and two-decimal value through the Vietnamese form', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const value = whole + cents / 100;
          const text = formatVietNumber(value, 2);
          expect(parseVietNumber(text)).toBeCloseTo(value, 6);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes thousands with dots and decimals with a comma', () => {
    expect(formatVietNumber(1250)).toBe('1.250');
    expect(formatVietNumber(97.5)).toBe('97,5');
    expect(formatVietNumber(71.6e9)).toBe('71.600.000.000');
    expect(() => formatVietNumber(-1)).toThrow(/-1/);
  });
});

describe('parseOrdinal', () => {
  it.each([
    ['21', 21],
    ['bảy', 7],
    ['chín', 9],
    ['ba', 3],
    ['mười hai', 12],
    ['hai mươi mốt', 21],
    ['XIV', 14],
    ['nhất', 1],
  ])('%s → %d', (text, value) => {
    expect(parseOrdinal(text)).toBe(value);
  });

  it.each(['lăm', 'mốt', 'hai ba bốn', 'xyz'])('rejects %j', (text) => {
    expect(parseOrdinal(text)).toBeNull();
  });
});
