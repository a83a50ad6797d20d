/**
 * Period expressions inside a sentence ("9 tháng năm 2022", "quý III/2020", "6 tháng đầu năm",
 * "năm 2021", "nhiệm kỳ 2020 - 2025"), normalised to the parser's ids (`2022-9M`, `2020-Q3`,
 * `2023-H1`, `2021`, `2020-2025`), so a figure can say which period it counts.
 */

const B = '(?<![\\p{L}\\p{N}])';
const W = '(?![\\p{L}\\p{N}])';
const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const PERIOD = new RegExp(
  [
    `${B}quý\\s+(IV|III|II|I|[1-4])${W}(?:\\s*(?:năm\\s+|/\\s*|-\\s*)(\\d{4})${W})?`,
    `${B}(\\d{1,2})\\s+tháng(?:\\s+(đầu|cuối))?(?:\\s+năm)?(?:\\s+(\\d{4})${W})?`,
    `${B}nhiệm\\s+kỳ\\s+(\\d{4})\\s*[-–—]\\s*(\\d{4})${W}`,
    `${B}năm\\s+(\\d{4})${W}`,
  ].join('|'),
  'giu',
);
// "trong quý", "trong năm", "trong kỳ", "cả năm": the meeting's own period, named without its number.
const OWN_PERIOD = new RegExp(`${B}(?:trong|cả)\\s+(?:quý|năm|kỳ)${W}(?!\\s+(?:\\d|tới|sau|20))`, 'giu');

/** A period expression found in a text. */
export interface PeriodHit {
  /** Offset in the text. */
  at: number;
  end: number;
  /** Normalised id; `own` for "trong quý/năm/kỳ", which the caller resolves to the meeting's period. */
  id: string;
}

/**
 * Period expressions of `text`, in order; `year` completes those written without a year (when
 * it is null, as for an undated article, those are left out).
 */
export function findPeriodHits(text: string, year: number | null): PeriodHit[] {
  const out: PeriodHit[] = [];
  for (const m of text.matchAll(PERIOD)) {
    const end = m.index + m[0].length;
    if (m[1] !== undefined) {
      const q = ROMAN_QUARTER[m[1].toLowerCase()]!;
      const y = m[2] ?? year;
      if (y !== null) out.push({ at: m.index, end, id: `${y}-Q${q}` });
    } else if (m[3] !== undefined) {
      const n = Number(m[3]);
      const y = m[5] ?? (year === null ? null : String(year));
      const part = m[4]?.toLowerCase();
      if (y === null) continue;
      if (n === 6) out.push({ at: m.index, end, id: `${y}-${part === 'cuối' ? 'H2' : 'H1'}` });
      else if (n === 3) out.push({ at: m.index, end, id: `${y}-Q${part === 'cuối' ? 4 : 1}` });
      else if (n >= 1 && n <= 11 && part !== 'cuối') out.push({ at: m.index, end, id: `${y}-${n}M` });
    } else if (m[6] !== undefined) {
      out.push({ at: m.index, end, id: `${m[6]}-${m[7]}` });
    } else if (m[8] !== undefined) {
      out.push({ at: m.index, end, id: m[8] });
    }
  }
  for (const m of text.matchAll(OWN_PERIOD)) out.push({ at: m.index, end: m.index + m[0].length, id: 'own' });
  return out.sort((a, b) => a.at - b.at);
}
