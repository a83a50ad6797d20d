import { describe, expect, it } from 'vitest';
import { blank } from '../src/query/match.ts';

/** The definition: every code unit inside any span becomes a space. */
function reference(low: string, spans: readonly { start: number; end: number }[]): string {
  const chars = low.split('');
  for (const s of spans) for (let i = s.start; i < s.end && i < chars.length; i++) chars[i] = ' ';
  return chars.join('');
}

describe('blank', () => {
  it('blanks unsorted, overlapping and out-of-range spans as the definition does', () => {
    const text = 'hội nghị giao ban quý i năm 2021 của huyện ủy 🙂 mường lay';
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 500; round++) {
      const spans = Array.from({ length: rand(5) }, () => {
        const start = rand(text.length + 5);
        return { start, end: start + rand(12) };
      });
      expect(blank(text, spans)).toBe(reference(text, spans));
    }
  });

  it('keeps the length and returns the text itself without spans', () => {
    expect(blank('quý i', [])).toBe('quý i');
    expect(blank('quý i năm 2021', [{ start: 4, end: 5 }])).toBe('quý   năm 2021');
  });
});
