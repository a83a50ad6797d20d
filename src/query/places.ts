/**
 * Places a question names, linked to the gazetteer. Read on the question with its time and
 * ordinal expressions blanked, so "Q1 2021" is a quarter and never "Quận 1".
 */

import type { SurfaceLookup } from '../index/surface-forms.ts';
import { findPlaces } from '../place/find.ts';
import { placesNamed } from '../place/names.ts';
import { is2025, mistypedUnit } from '../place/relations.ts';
import type { Place } from '../place/types.ts';
import { COMMON_PHRASES, TYPE_WORDS_AFTER, TYPE_WORDS_BEFORE } from '../place/words.ts';
import { isDictionaryWord } from '../text/dictionary.ts';
import { fold, hasDiacritics } from '../text/normalize.ts';
import { VI_STOP_EVERY_FOLDED } from './lexicon.ts';

/** A place the question names, with the units it may be. */
export interface QuestionPlace {
  /** As written in the question. */
  surface: string;
  /** Candidate units, best first. */
  candidates: Place[];
  /**
   * The type word written with it ("tỉnh", "huyện", "province", "district"), when the question writes
   * one: the level is then stated, not inferred ("tỉnh Bình Thuận" is the province as a whole).
   */
  typeWord?: string;
}

// Question phrases that spell a place name once diacritics are gone ("là gì" → La Gi). Closed
// class: the interrogatives and copulas of a question.
const QUESTION_PHRASE_LIST = [
  'là gì',
  'la gi',
  'là ai',
  'la ai',
  'ở đâu',
  'o dau',
  'bao nhiêu',
  'bao nhieu',
  'thế nào',
  'the nao',
  'ra sao',
  'khi nào',
  'khi nao',
  'lúc nào',
  'luc nao',
];
const QUESTION_PHRASES = new RegExp(`(?<![\\p{L}])(?:${QUESTION_PHRASE_LIST.join('|')})(?![\\p{L}])`, 'giu');

/**
 * Places of `masked` (the question with non-place expressions replaced by spaces, offsets kept).
 * @param typedWithMarks the user typed diacritics (in `text` they may be restored ones, restore.ts).
 */
export function scanPlaces(text: string, masked: string, typedWithMarks = false): QuestionPlace[] {
  // Same length, so offsets agree: the mask only blanks characters.
  const blanked = masked.length === text.length ? maskLike(text, masked) : text;
  // A question typed with diacritics writes its interrogatives with them: "la gi" typed bare there
  // is the town La Gi (written without marks), not "là gì".
  const source = blanked.replace(QUESTION_PHRASES, (m: string, at: number) =>
    namesPlace(blanked, at, m.length) || (typedWithMarks && bareOfMarkedPhrase(m)) ? m : ' '.repeat(m.length),
  );
  return findPlaces(source, { include2025: true, chat: true }).map((m) => ({
    surface: text.slice(m.start, m.end),
    candidates: m.candidates,
    ...(m.typeWord !== undefined ? { typeWord: m.typeWord } : {}),
  }));
}

/** Interrogatives that are written with diacritics ("là gì"), folded: typed bare, they lost them. */
const MARKED_PHRASES = new Set(QUESTION_PHRASE_LIST.filter((p) => hasDiacritics(p)).map((p) => fold(p)));

/** A question phrase typed without the diacritics it is written with ("la gi" for "là gì"). */
const bareOfMarkedPhrase = (m: string): boolean => !hasDiacritics(m) && MARKED_PHRASES.has(m.toLowerCase());

/**
 * What chat writes right after a place: the start of a period (a number, "6t", "2023", "q3", "quy",
 * "nam", "thang") or the meeting ("so ket", "tong ket", "giao ban", "gb").
 */
const PERIOD_AFTER =
  '(?:\\d|q\\d|quy(?!\\p{L})|nam(?!\\p{L})|thang(?!\\p{L})|so ket(?!\\p{L})|tong ket(?!\\p{L})|giao ban(?!\\p{L})|gb(?!\\p{L}))';

/** The district and province names that are also everyday phrases once folded (`COMMON_PHRASES`). */
let looseNameList: { name: string; re: RegExp }[] | undefined;
const looseNameTable = (): { name: string; re: RegExp }[] =>
  (looseNameList ??= COMMON_PHRASES.filter(
    (n) => placesNamed(n, 'district').length + placesNamed(n, 'province').length > 0,
  ).map((n) => {
    const name = n.replace(' ', '\\s+');
    // Where chat writes a place: opening the question, or right before its period ("dai tu 10t 2019").
    return {
      name: n,
      re: new RegExp(`^\\s*${name}(?![\\p{L}\\d])|(?<![\\p{L}\\d])${name}\\s+${PERIOD_AFTER}`, 'u'),
    };
  }));

/**
 * Place names the question may mean though they are not taken as places: written bare and in lower
 * case where chat puts a place, opening the question or right before its period ("tam dao 6t dau
 * 2023 …", "dien tich ho tieu dai tu 10t 2019"). They are also everyday phrases ("du an duong", "van
 * ban nao" are no places), so they are no constraint; but an article that writes neither the place
 * nor the phrase answers another question (answer/answer.ts keeps only articles that write them).
 */
export function looseNames(text: string, places: readonly QuestionPlace[]): string[] {
  const bare = fold(text);
  if (bare !== text.toLowerCase()) return [];
  const taken = places.map((p) => fold(p.surface));
  return looseNameTable()
    .filter((n) => n.re.test(bare) && !taken.includes(n.name))
    .map((n) => n.name);
}

/**
 * The levels whose unit chat names bare right after the level word ("xa hieu giang", "phuong an
 * son"), folded. Closed: the levels of the state below the province.
 */
const NAMED_AFTER_LEVEL = ['thi tran', 'thi xa', 'phuong', 'xa', 'huyen'];
// Where chat puts a unit: before its period or meeting ("xa hieu giang so ket q3"), or last.
const TYPED_PAIR = new RegExp(
  `(?<![\\p{L}])(${NAMED_AFTER_LEVEL.join('|')})\\s+(\\p{L}+)\\s+(\\p{L}+)(?=\\s+${PERIOD_AFTER}|\\s*[?.!]*\\s*$)`,
  'gu',
);

/**
 * Names typed bare after a level word, where chat writes a unit (before the period or meeting, or
 * last), that the gazetteer did not link and the index never writes side by side ("xa hieu giang
 * so ket q3" when no article writes "Hiếu Giang"): a unit the question names
 * that the articles never mention, most often a commune formed in 2025, after the gazetteer. An
 * answering article must write the name (`looseNames`), so none does. Function words are no name
 * ("xa nao co"); without the index's pair vocabulary nothing is read.
 */
export function unwrittenTypedNames(
  text: string,
  places: readonly QuestionPlace[],
  forms: SurfaceLookup | undefined,
): string[] {
  const low = text.toLowerCase();
  if (!forms?.pairsFrom || fold(low) !== low) return [];
  const taken = places.map((p) => fold(p.surface).toLowerCase());
  const out: string[] = [];
  for (const m of low.matchAll(TYPED_PAIR)) {
    const [level, a, b] = [(m[1] as string).split(' ').at(-1) as string, m[2] as string, m[3] as string];
    if (VI_STOP_EVERY_FOLDED.has(a) || VI_STOP_EVERY_FOLDED.has(b)) continue;
    // The level word and the next are one word ("huyen uy", "xa hoi"), or the two are ("hoa binh"):
    // no name, or none that is surely one.
    if (a === 'uy' || isDictionaryWord(level, a, true) || isDictionaryWord(a, b, true)) continue;
    const name = `${a} ${b}`;
    if (taken.some((t) => t.includes(name)) || forms.pairsFrom(`${a}${b}`).has(`${a}${b}`)) continue;
    out.push(name);
  }
  return out;
}

/**
 * An interrogative in the words before a question phrase (folded): the question asks already, so a
 * second "là gì" is no question. "mấy" is left out: folded it is also "máy" (bộ máy).
 */
const ASKS_BEFORE = /(?<![\p{L}])(?:ai|bao nhieu|khi nao|luc nao|o dau|the nao|ra sao|nhung gi)(?![\p{L}])/u;

/** The type words written before a name ("thị ủy", "thị xã", "huyện"), longest first. */
const TYPE_BEFORE = [...TYPE_WORDS_BEFORE]
  .filter((t) => !t.needsDot)
  .sort((a, b) => b.words.length - a.words.length);

/**
 * A question phrase that stands where a place name does ("thi uy la gi giao ban …": "La Gi" after
 * "Thị ủy") spells the place: right after a type word, with a unit of that name and of that type
 * in the gazetteer, and with more of the question after it ("… của thị xã là gì?" at the end asks);
 * or, in English, right before a type word ("La Gi town") with a unit of that name and type; or
 * opening the question, where no interrogative stands ("la gi 9t 2022 giải ngân …": a copula needs
 * a subject before it), when a unit has that name. At the end of a question that asks already ("ai
 * chu tri … cua thi uy la gi": one question asks one thing) it spells the place too.
 */
function namesPlace(text: string, at: number, length: number): boolean {
  if (!/[\p{L}\d]/u.test(text.slice(at + length)) && !ASKS_BEFORE.test(fold(text.slice(0, at)))) return false;
  const phrase = text.slice(at, at + length);
  if (!/[\p{L}\d]/u.test(text.slice(0, at)) && findPlaces(phrase, { chat: true }).length > 0) return true;
  const after = text
    .slice(at + length)
    .toLowerCase()
    .match(/^\s+(\p{L}+)/u)?.[1];
  const english = TYPE_WORDS_AFTER.find((t) => t.words === after);
  if (
    english &&
    findPlaces(`${phrase} ${english.words}`, { chat: true }).some((m) =>
      m.candidates.some((p) => english.types.includes(p.type)),
    )
  )
    return true;
  const before = fold(text.slice(0, at)).toLowerCase().trimEnd();
  const type = TYPE_BEFORE.find((t) => {
    const w = fold(t.words);
    return before.endsWith(w) && !/\p{L}/u.test(before.charAt(before.length - w.length - 1));
  });
  if (!type) return false;
  return findPlaces(`${type.words} ${phrase}`, { chat: true }).some((m) =>
    m.candidates.some((p) => type.types.includes(p.type)),
  );
}

/** The original text (case kept: capitals decide names) with the masked characters blanked. */
function maskLike(text: string, masked: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += masked[i] === ' ' && text[i] !== ' ' ? ' ' : text[i];
  return out;
}

/** The first year in which the provinces of 1 July 2025 exist (the mergers took effect mid-year). */
export const MERGER_YEAR = 2025;

/**
 * The question's places as they stood in its time: when every year the question names is before
 * the 2025 mergers, a province of 2025 is not what it asks ("tỉnh Hưng Yên … năm 2023" is the
 * Hưng Yên of 2023, not Hưng Yên with Thái Bình), so a place's 2025 candidates are dropped when it
 * has another. A question naming no year, or 2025 or later, keeps them.
 */
export function placesInTime(places: QuestionPlace[], years: readonly number[]): QuestionPlace[] {
  const named = years.filter(Number.isFinite);
  if (named.length === 0 || named.some((y) => y >= MERGER_YEAR)) return places;
  return places.map((p) => {
    const before = p.candidates.filter((c) => !is2025(c));
    return before.length > 0 && before.length < p.candidates.length ? { ...p, candidates: before } : p;
  });
}

/** A ward's type word as typed (folded). Closed. */
const WARD_TYPES: ReadonlySet<string> = new Set(['phuong', 'p', 'p.', 'ward']);

/**
 * The places a question links, without a commune-level unit it types as a type no unit of that name
 * has ("phường Hòa Cường" read as xã Hòa Cuông; "xã Di Linh", formed in 2025, read as thị trấn Di
 * Linh): the gazetteer does not know that unit, and its name, kept among the question's names, is
 * matched as the articles write it. Only in a question of 2025 or later, or naming no year.
 */
export function typedAsLinked(places: readonly QuestionPlace[], years: readonly number[]): QuestionPlace[] {
  // Before the 2025 reform the gazetteer is complete: "xã X" for the thị trấn X is another unit.
  if (years.length > 0 && !years.some((y) => y >= MERGER_YEAR)) return [...places];
  // A question naming no year may be of either time: only a ward typed where the gazetteer knows a
  // rural unit of that name ("p hoa cuong" read as xã Hòa Cuông) is another unit; a commune typed
  // for a thị trấn or a district of the name is the 2025 commune formed from it ("Mai Chau commune").
  const anyType = years.length > 0;
  const typeCounts = (p: QuestionPlace) => anyType || WARD_TYPES.has(fold(p.typeWord ?? '').toLowerCase());
  return places.filter((p) => !(typeCounts(p) && mistypedUnit(p.typeWord, p.candidates)));
}

/**
 * The places a question links, without a commune every reading of which lies in another province
 * than the one district the question also names ("L.V.K, công chức xã Tà Lại … huyện Mộc Châu"
 * where the gazetteer's only Tà Lài is in Đồng Nai): the question means a commune of that district
 * the gazetteer spells otherwise or does not know, and its name is matched as the articles write it.
 */
export function withinNamedDistrict<T extends { candidates: readonly Place[]; typeWord?: string }>(
  places: readonly T[],
): T[] {
  const districts = places.filter((p) => namedDistrict(p) !== null);
  if (districts.length !== 1) return [...places];
  const district = namedDistrict(districts[0]!)!;
  return places.filter(
    (p) =>
      p.candidates.length === 0 ||
      p === districts[0] ||
      // A commune of a neighbouring district of the province is a unit the question may mean (a
      // near miss): kept. Only readings all in other provinces are a gap of the gazetteer.
      p.candidates.some((c) => c.districtId === district.id) ||
      (!commonBareName(p) &&
        (p.candidates.some((c) => c.provinceId === district.provinceId) ||
          p.candidates.some((c) => c.level !== 'commune'))),
  );
}

/**
 * The district a place names: its one reading, or a district with only its own units of that name
 * beside it ("cam lo": huyện Cam Lộ and its thị trấn Cam Lộ).
 */
function namedDistrict(p: { candidates: readonly Place[] }): Place | null {
  const ds = p.candidates.filter((c) => c.level === 'district');
  if (ds.length !== 1) return null;
  const d = ds[0]!;
  return p.candidates.every((c) => c === d || c.districtId === d.id) ? d : null;
}

/** Provinces a bare name's readings span before it is read as a common name rather than a place. */
const COMMON_NAME_PROVINCES = 3;

/**
 * A name typed bare (no type word) that names units in many provinces ("tan thanh": Tân Thành in
 * dozens, and the everyday "tán thành"): beside a district it names no unit of, no place of the
 * question, and its words are content like any other.
 */
export function commonBareName(p: {
  candidates: readonly Place[];
  typeWord?: string;
  surface?: string;
}): boolean {
  // Typed in lower case: a capitalised name ("Chiêm Hóa hay An Khê") is written as a name.
  return (
    p.typeWord === undefined &&
    (p.surface ?? '') === (p.surface ?? '').toLowerCase() &&
    !p.candidates.some((c) => c.level === 'province') &&
    new Set(p.candidates.map((c) => c.provinceId)).size >= COMMON_NAME_PROVINCES
  );
}

/** Direction words that open the name of a ward or commune formed in 2025 ("Bắc Gia Nghĩa"), folded. Closed. */
const DIRECTIONS = ['bac', 'nam', 'dong', 'tay'];
/** Commune-level type words as a question writes them before a name, folded. Closed. */
const COMMUNE_TYPES = ['phuong', 'xa', 'p', 'x', 'thi tran', 'tt'];

/**
 * A place linked inside a longer name the question gives a commune-level unit ("phường Nam Gia
 * Nghĩa", "p nam gia nghia": a 2025 ward, not the former city Gia Nghĩa): the name with its
 * direction word, which the answering article must write. Null when the place is not so written.
 */
export function directionalName(text: string, p: QuestionPlace): string | null {
  if (p.candidates.some((c) => c.level === 'commune')) return null;
  const folded = fold(text).toLowerCase();
  const at = folded.indexOf(fold(p.surface).toLowerCase());
  if (at < 0) return null;
  const before = folded.slice(0, at).trimEnd().split(/\s+/u);
  const direction = before[before.length - 1] ?? '';
  const type = before.slice(-3, -1).join(' ');
  if (!DIRECTIONS.includes(direction)) return null;
  if (!COMMUNE_TYPES.some((t) => type === t || type.endsWith(` ${t}`))) return null;
  return `${direction} ${fold(p.surface).toLowerCase()}`;
}
