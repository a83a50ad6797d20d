/**
 * The closed word classes of yes/no claims, in one table: the tails that make a statement a
 * yes/no question ("… chưa?", "… không?", "p ko"), the comparators a claimed number may carry
 * ("hơn 1.900", "at least 2,500"), English scale words ("200 billion"), and the words that frame a
 * claim without being part of what it claims ("có phải", "is it true that"). Nothing here names a
 * topic, place or person: the claim's own words stay content terms of the question.
 */
import {
  eitherSpelling,
  NOT_WORD_AFTER,
  NOT_WORD_BEFORE,
  SCALES,
  VENUE_HALLS,
  VENUE_HEADS,
} from '../records/vocab.ts';
import { fold, syllables } from '../text/normalize.ts';

/** How a claimed number relates to the stated one. */
export type Comparator = 'eq' | 'gt' | 'ge' | 'lt' | 'le';

/**
 * Words before a number that make the claim a bound, not a value. Closed class: Vietnamese and
 * English comparatives of quantity (longest first when matched).
 */
export const COMPARATORS: Readonly<Record<string, Exclude<Comparator, 'eq'>>> = {
  hơn: 'gt',
  trên: 'gt',
  vượt: 'gt',
  quá: 'gt',
  'nhiều hơn': 'gt',
  'cao hơn': 'gt',
  'lớn hơn': 'gt',
  'ít nhất': 'ge',
  'tối thiểu': 'ge',
  'không dưới': 'ge',
  'không ít hơn': 'ge',
  dưới: 'lt',
  'chưa đến': 'lt',
  'chưa tới': 'lt',
  'không đến': 'lt',
  'ít hơn': 'lt',
  'thấp hơn': 'lt',
  'nhỏ hơn': 'lt',
  'tối đa': 'le',
  'không quá': 'le',
  'không vượt quá': 'le',
  'more than': 'gt',
  over: 'gt',
  above: 'gt',
  exceeding: 'gt',
  'higher than': 'gt',
  'greater than': 'gt',
  'at least': 'ge',
  'no less than': 'ge',
  'no fewer than': 'ge',
  'less than': 'lt',
  'fewer than': 'lt',
  under: 'lt',
  below: 'lt',
  'lower than': 'lt',
  'at most': 'le',
  'no more than': 'le',
};

/** English scale words after a number ("200 billion dong"). Closed class; Vietnamese ones are `SCALES`. */
export const SCALES_EN: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** The factor of a scale word in either language ("tỷ", "ty", "billion"), or undefined. */
export function scaleOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return SCALES[w] ?? SCALES_EN[w] ?? FOLDED_SCALES.get(fold(w));
}
const FOLDED_SCALES = new Map(Object.entries(SCALES).map(([w, f]) => [fold(w), f]));

/** Words of a percentage after a number. Closed class. */
export const PERCENT_AFTER = /^\s*(?:%|phần trăm|phan tram|per ?cent)/iu;

const COMPARATOR_BEFORE = new RegExp(
  `${NOT_WORD_BEFORE}(${eitherSpelling(Object.keys(COMPARATORS))})\\s+$`,
  'iu',
);

/** The comparator written right before `at` in `text` ("hơn 1.900" → gt), else `eq`. */
export function comparatorBefore(text: string, at: number): Comparator {
  const m = COMPARATOR_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  if (!m?.[1]) return 'eq';
  const key = Object.keys(COMPARATORS).find((k) => fold(k) === fold(m[1]!.replace(/\s+/g, ' ')));
  return key ? (COMPARATORS[key] ?? 'eq') : 'eq';
}

/** Whether `stated` bears out the claim `op claimed` (equal within a rounding of 1e-6). */
export function satisfies(stated: number, op: Comparator, claimed: number): boolean {
  const eq = Math.abs(stated - claimed) <= 1e-6 * Math.max(1, Math.abs(claimed));
  switch (op) {
    case 'eq':
      return eq;
    case 'gt':
      return stated > claimed && !eq;
    case 'ge':
      return stated > claimed || eq;
    case 'lt':
      return stated < claimed && !eq;
    case 'le':
      return stated < claimed || eq;
  }
}

/** Particles that may close a question after its tail ("… chưa vậy?", "… không nhỉ", "… phải không bạn"). Closed. */
const CLOSING_PARTICLES_VI = ['vậy', 'nhỉ', 'ạ', 'nhé', 'hả', 'bạn'];

/**
 * Vietnamese tails that make a statement a yes/no question without "có … không": "… đã họp
 * chưa?", "… chủ trì không?", "… p ko" (after chat shorthand is spelt out: "p không"). Read only
 * when the question holds no question word.
 */
export const YES_NO_TAIL_VI = new RegExp(
  `${NOT_WORD_BEFORE}(?:(?:p|phải|phai|đúng|dung)\\s+)?(?:${eitherSpelling(['không', 'chưa', 'hông', 'hem'])})(?:\\s+(?:${eitherSpelling(CLOSING_PARTICLES_VI)}))?\\s*\\??\\s*$`,
  'iu',
);

/**
 * A checking tail with a clause after it ("đảng bộ X có 4312 dv phải không, bc với đoàn tỉnh ủy
 * tháng 8/2024"): the clause says where the claim was made, the tail still closes the claim.
 */
const TAIL_THEN_CLAUSE = new RegExp(
  `^(.*\\S)\\s+((?:p|phải|phai|đúng|dung)\\s+(?:${eitherSpelling(['không', 'chưa'])}))\\s*,\\s*([^?]+?)\\s*\\??\\s*$`,
  'iu',
);

/** The question with a checking tail followed by a clause moved to its end ("X phải không, Y" → "X, Y phải không"). */
export function tailLast(text: string): string {
  const m = TAIL_THEN_CLAUSE.exec(text);
  // A clause asking something of its own ("…, Y là ai?") is a second question, not the claim's place.
  return m && !ASKS_OWN.test(m[3] ?? '') ? `${m[1]}, ${m[3]} ${m[2]}` : text;
}
/** Question words of a clause (bare "dau", "may" are also "đầu", "máy"). Closed. */
const ASKS_OWN = /(?<![\p{L}])(?:ai|gì|gi|nào|nao|bao nhiêu|bao nhieu|mấy|đâu|khi nào)(?![\p{L}])/iu;

/**
 * Words that frame a claim and say nothing about what it claims: they are not asked of the
 * sentence that bears a claim out. Closed class.
 */
export const CLAIM_FRAME_WORDS = [
  'có phải',
  'phải không',
  'đúng không',
  'không',
  'chưa',
  'đã',
  'có',
  'là',
  'phải',
  'đúng',
  'hay',
  'việc',
  'về',
  'p',
  'did',
  'does',
  'do',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'it',
  'true',
  'that',
  'the',
  'of',
];
/** The syllables of {@link CLAIM_FRAME_WORDS}, marked and folded. */
export const CLAIM_FRAME_SYLLABLES: ReadonlySet<string> = new Set(
  CLAIM_FRAME_WORDS.flatMap((w) => [...syllables(w), ...syllables(fold(w))]),
);

/** A retrieval term (as written or folded) is a word of the yes/no frame ({@link CLAIM_FRAME_WORDS}). */
export const isClaimFrame = (term: string): boolean =>
  CLAIM_FRAME_SYLLABLES.has(term) || CLAIM_FRAME_SYLLABLES.has(fold(term));

/** The venue heads that name a building or room; an administrative unit after "tại" is a place. */
const HALL_HEADS: ReadonlySet<string> = new Set([...VENUE_HALLS, 'trung tâm hội nghị']);

/**
 * A claimed venue: "tại/ở <hall> …" up to the yes/no tail ("diễn ra tại hội trường Huyện ủy phải
 * không?"). The heads are the records' `VENUE_HEADS`, so a claim and a record read alike.
 */
const VENUE_CLAIM = new RegExp(
  `${NOT_WORD_BEFORE}(?:tại|tai|ở|o)\\s+((?:${eitherSpelling(VENUE_HEADS.filter((h) => HALL_HEADS.has(h)))})${NOT_WORD_AFTER}[^,.;:?]*?)\\s*(?:(?:p|phải|phai|đúng|dung)\\s+)?(?:không|khong|chưa|chua)?\\s*\\??\\s*$`,
  'iu',
);

/** The venue a yes/no question claims ("hội trường Huyện ủy"), or null. */
export function claimedVenue(text: string): string | null {
  return VENUE_CLAIM.exec(text)?.[1]?.trim() ?? null;
}

// "Có phải (đồng chí) X …", "Did X …", "Was X …": the claim opens on the person. Closed class: the
// openers of a claim and the person words that may stand before the name.
const CLAIM_OPENER = new RegExp(
  `(?:^|${NOT_WORD_BEFORE})(?:${eitherSpelling(['có phải', 'phải chăng'])}|^\\s*(?:did|was|is|has|does))\\s+(?:(?:${eitherSpelling(['đồng chí', 'ông', 'bà'])}|comrade|mr\\.?|mrs\\.?|ms\\.?)\\s+)?$`,
  'iu',
);

/** The question opens its claim with the person ("Có phải đồng chí X chủ trì …", "Did X chair …"). */
export function personOpensClaim(text: string, person: string): boolean {
  const at = text.indexOf(person);
  return at >= 0 && CLAIM_OPENER.test(text.slice(0, at));
}
