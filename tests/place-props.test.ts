/** Properties of findPlaces over arbitrary text: well-formed mentions, and names found in any context. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../src/place/data.ts';
import { findPlaces } from '../src/place/find.ts';

/** Syllables and punctuation of meeting reports, place names and person names mixed. */
const PIECES = [
  'huyện',
  'Huyện ủy',
  'tỉnh',
  'TP.',
  'xã',
  'thị xã',
  'district',
  'Đồng',
  'Văn',
  'Hà',
  'Giang',
  'Ngọc',
  'Hồi',
  'Nguyễn',
  'Thị',
  'ông',
  'Châu',
  'Thành',
  'q1',
  '2021',
  ',',
  '.',
  ' và ',
  '\u200b',
  'đ/c',
  'HCM',
  'dong van',
  '🙂',
];
const textArb = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 40 })
  .map((parts) => parts.join(' '));

describe('findPlaces properties', () => {
  it('returns well-formed mentions for any text: offsets in order, surface = slice, ranked candidates', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        let previousEnd = 0;
        for (const m of findPlaces(text)) {
          expect(m.fullStart).toBeGreaterThanOrEqual(previousEnd);
          expect(m.fullStart).toBeLessThanOrEqual(m.start);
          expect(m.start).toBeLessThan(m.end);
          expect(m.end).toBeLessThanOrEqual(m.fullEnd);
          expect(m.fullEnd).toBeLessThanOrEqual(text.length);
          expect(m.surface).toBe(text.slice(m.start, m.end));
          expect(m.candidates.length).toBeGreaterThan(0);
          expect(m.scores).toHaveLength(m.candidates.length);
          for (let k = 1; k < m.scores.length; k++)
            expect(m.scores[k - 1]!).toBeGreaterThanOrEqual(m.scores[k]!);
          previousEnd = m.fullEnd;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a typed district wherever it stands in arbitrary text', () => {
    const g = gazetteer();
    const districts = g.provinces
      .flatMap((p) => g.districts.get(p.id) ?? [])
      .filter((d) => d.type === 'Huyện');
    fc.assert(
      fc.property(textArb, textArb, fc.constantFrom(...districts), (left, right, d) => {
        const text = `${left}. Huyện ${d.name}. ${right}`;
        const at = left.length + 2;
        const m = findPlaces(text).find((x) => x.fullStart === at);
        expect(m?.surface).toBe(d.name);
        expect(m?.candidates.map((c) => c.id)).toContain(d.id);
      }),
      { numRuns: 200 },
    );
  });
});
