/**
 * English renderings for generated questions: names without diacritics (as English-language
 * users type them), organisations and periods in English word order.
 */
import type { MeetingKind } from './body.ts';

/** `Bảo Yên` → `Bao Yen`; `Đồng Văn` → `Dong Van` (case kept). */
export function unaccent(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

const UNIT_EN: Record<string, string> = {
  huyện: 'district',
  'thị xã': 'town',
  'thành phố': 'city',
  tỉnh: 'province',
};

/** Where a meeting's organisation sits. */
export interface OrgPlace {
  /** District or province name with diacritics. */
  name: string;
  /** `huyện`, `thị xã`, `thành phố` or `tỉnh`. */
  unit: string;
  province: string;
  /** English name of a steering body, for `bcd` meetings. */
  committeeEn?: string | undefined;
}

/** The organisation in English with unaccented names, e.g. `the Bao Yen district Party Committee`. */
export function orgEnglish(kind: MeetingKind, org: string, p: OrgPlace): string {
  const place = `${unaccent(p.name)} ${UNIT_EN[p.unit] ?? p.unit}`;
  if (kind === 'working') return `the ${unaccent(p.province)} provincial Party Standing Board`;
  if (kind === 'bcd') return `the ${p.committeeEn ?? 'Steering Board'} of ${place}`;
  if (kind === 'ubnd') return `the ${place} People's Committee`;
  if (org.startsWith('Ban Chấp hành')) return `the ${place} Party Executive Committee`;
  if (org.startsWith('Ban Thường vụ')) return `the Standing Committee of the ${place} Party Committee`;
  if (org.startsWith('Thường trực')) return `the Standing Board of the ${place} Party Committee`;
  return `the ${place} Party Committee`;
}

const ORDINAL_Q = ['', 'Q1', 'Q2', 'Q3', 'Q4'];

/** A period code in English: `2021-Q1` → `Q1 2021`, `2022-H1` → `the first half of 2022`, `2020` → `2020`. */
export function periodEnglish(code: string): string {
  const [y, tail] = code.split('-');
  if (!tail) return String(y);
  if (tail === 'H1') return `the first half of ${y}`;
  if (tail === '9M') return `the first nine months of ${y}`;
  return `${ORDINAL_Q[Number(tail.slice(1))] ?? tail} ${y}`;
}
