/**
 * The unit a how-many question asks in, and figures restated in it. "Bao nhiêu nghìn tỷ?" asks in
 * đồng at the scale 10¹²: a figure written "1.250 tỷ đồng" answers it, restated "1,25 nghìn tỷ đồng".
 * The scale word is a scale, never a word the answer must contain.
 */
import { lowerAligned, tokenize } from '../query/match.ts';
import { asPartyMembers, extractUnits } from '../query/units.ts';
import { formatVietNumber } from '../records/numbers.ts';
import type { FigureRecord } from '../records/types.ts';
import { PERCENT_WORDS, PERCENT_WORDS_EN, SCALES, UNITS } from '../records/vocab.ts';
import { fold, syllables } from '../text/normalize.ts';
import type { Lang } from './format.ts';

/** A unit asked for. */
export interface AskedUnit {
  /** Canonical unit (the records' `UNITS` values), or null for another counted noun. */
  unit: string | null;
  /** Scale asked (1e3 … 1e12), or null when the question names none. */
  scale: number | null;
  /** The scale word as the question writes it ("nghìn tỷ"). */
  scaleWord: string | null;
  /** The counted noun's words when it is no known unit ("cuộc", "lớp"). */
  words: string[];
}

// Folded lookups, longest first, so "nghìn tỷ" wins over "nghìn" and "tổ chức cơ sở đảng" over "tổ chức đảng".
const byLength = (xs: string[]) => xs.sort((a, b) => b.length - a.length);
const SCALE_KEYS = byLength(Object.keys(SCALES).map(fold));
const SCALE_OF = new Map(Object.entries(SCALES).map(([k, v]) => [fold(k), v]));
const UNIT_KEYS = byLength(Object.keys(UNITS).map(fold));
const UNIT_OF = new Map(Object.entries(UNITS).map(([k, v]) => [fold(k), v]));
/** Each folded unit key with the forms `UNITS` writes it in ("ho" → ["hộ"]), lower case. */
const UNIT_FORMS = new Map<string, string[]>();
for (const w of Object.keys(UNITS))
  UNIT_FORMS.set(fold(w), [...(UNIT_FORMS.get(fold(w)) ?? []), w.toLowerCase()]);
/**
 * Words whose folded spelling opens with a unit's ("hồ sơ" with "hộ", "hạ tầng" with "ha"): asked
 * typed bare, they are no unit. Closed: the counted nouns of reports that fold onto a unit.
 */
const FOLDED_NOT_UNIT = ['hồ sơ', 'hỗ trợ', 'hạ tầng', 'đồng bộ'].map(fold);

/** Words of money and proportion questions that name no unit of their own. Closed class. */
const MONEY_WORDS = new Set(['tien', 'kinh phi', 'von', 'ngan sach']);
const PERCENT_NAMES = new Set(['%', ...[...PERCENT_WORDS, ...PERCENT_WORDS_EN].map(fold)]);

const startsWith = (s: string, prefix: string) => s === prefix || s.startsWith(`${prefix} `);

/** The unit of the first unit phrase of a question (`ParsedQuestion.unitPhrases`), or null. */
export function askedUnit(unitPhrases: readonly string[]): AskedUnit | null {
  const phrase = unitPhrases[0];
  if (phrase === undefined) return null;
  let rest = fold(phrase).trim();
  let scale: number | null = null;
  let scaleWord: string | null = null;
  const s = SCALE_KEYS.find((k) => startsWith(rest, k));
  if (s) {
    scale = SCALE_OF.get(s) ?? null;
    scaleWord = phrase.split(/\s+/).slice(0, s.split(' ').length).join(' ');
    rest = rest.slice(s.length).trim();
  }
  if (PERCENT_NAMES.has(rest)) return { unit: '%', scale: null, scaleWord: null, words: [] };
  // A syllable typed with its marks is the unit's only as written ("hồ sơ" is no "hộ"); one typed
  // bare (a chat question restored in part: "tổ chức cơ sở dang") matches folded.
  const written = syllables(phrase.toLowerCase()).slice(scaleWord ? syllables(scaleWord).length : 0);
  const asWritten = (unit: string): boolean =>
    syllables(unit).every((u, i) => {
      const w = written[i];
      return w !== undefined && (w === u || (fold(w) === w && fold(u) === w));
    });
  const notUnit = FOLDED_NOT_UNIT.some((n) => startsWith(rest, n));
  const u = notUnit
    ? undefined
    : UNIT_KEYS.find((k) => startsWith(rest, k) && (UNIT_FORMS.get(k) ?? []).some(asWritten));
  if (u) return { unit: UNIT_OF.get(u) ?? null, scale, scaleWord, words: [] };
  // "bao nhiêu tỷ?", "bao nhiêu tiền?": money.
  if ((scale !== null && rest === '') || MONEY_WORDS.has(rest))
    return { unit: 'đồng', scale, scaleWord, words: [] };
  const words = syllables(rest);
  return words.length > 0 ? { unit: null, scale, scaleWord, words } : null;
}

/** The figure as written, restated at the asked scale when it differs ("1.250 tỷ đồng (= 1,25 nghìn tỷ đồng)"). */
export function convertFigure(f: FigureRecord, asked: AskedUnit | null, lang: Lang): string {
  if (!asked?.scale || !asked.scaleWord || asked.scale === f.scale || f.unit !== asked.unit) return f.text;
  const converted = formatVietNumber(f.value / asked.scale, 3);
  const unit = f.unit ?? '';
  return lang === 'en'
    ? `${f.text} (= ${converted} ${asked.scaleWord} ${unit})`
    : `${f.text} (= ${converted} ${asked.scaleWord} ${unit})`;
}

/**
 * The unit phrases of a counted phrase ("đảng viên mới", "new members", "tỷ đồng"), as a how-many
 * question asking in it would give them: used where the unit is written beside a claimed or
 * compared number rather than after "bao nhiêu".
 */
export function unitsOf(phrase: string, lang: Lang, question = ''): string[] {
  const asked = `${lang === 'vi' ? 'bao nhiêu' : 'how many'} ${phrase}`;
  const units = extractUnits(asked, lowerAligned(asked), tokenize(asked));
  // "Does the Party organisation of X have 1,689 members?": a Party body named anywhere in the question.
  return lang === 'en' ? asPartyMembers(units, question.toLowerCase()) : units;
}
