/**
 * Places as constraints: the places a question names, linked to the gazetteer, against the places
 * an article is about (`DocPlaces`). A place is a unit, not a string: "Điện Biên" is satisfied by an
 * article about Mường Lay (a town of that province) that never writes "Điện Biên", "Dong Van
 * district" by "huyện Đồng Văn", and "Cần Thơ" (since 2025) by an article about Sóc Trăng, which it
 * joined. A place name never matches inside a person's name (the linker's rule).
 */
import { former2025, is2025, placeByKey, sameOrContains } from '../place/relations.ts';
import type { Place } from '../place/types.ts';
import { isFoldedSurname, isSurname } from '../place/words.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import type { QuestionPlace } from '../query/places.ts';
import type { DocPlaces } from '../records/bundle.ts';
import { PLACE_LEVELS, PLACE_LEVELS_EN } from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';
import { escapeRegExp } from '../text/regex.ts';

export type { QuestionPlace } from '../query/places.ts';

/** How an article stands to a place of the question. */
export type PlaceFit =
  /** The article is about that place or a unit within it. */
  | 'own'
  /** The article names the place (or a unit within it) without being about it. */
  | 'named'
  /** The article does not name it. */
  | 'absent'
  /** The article is about another unit of the same level (another district, or units of another province only): it cannot be the one asked about. */
  | 'conflict';

/** Names under which articles may write a question place: a 2025 province's former provinces. */
export function searchNames(p: QuestionPlace): string[] {
  const names = new Set<string>();
  for (const c of p.candidates) if (is2025(c)) for (const f of former2025(c)) names.add(f.name);
  return [...names];
}

const unitsOf = (keys: readonly string[]): Place[] =>
  keys.map((k) => placeByKey(k)).filter((p): p is Place => p !== undefined);

/** How the article with places `doc` fits the question place `q`. */
export function placeFit(q: QuestionPlace, doc: DocPlaces): PlaceFit {
  const own = unitsOf(doc.own);
  const within = (units: Place[]) => q.candidates.some((c) => units.some((d) => sameOrContains(c, d)));
  if (within(own)) return 'own';
  // A district asked about, and the article is another district's (or a commune of another).
  const local = q.candidates.filter((c) => c.level !== 'province');
  if (local.length === q.candidates.length && local.length > 0) {
    const otherLocal = own.some(
      (d) =>
        d.level !== 'province' && !q.candidates.some((c) => sameOrContains(d, c) || sameOrContains(c, d)),
    );
    if (otherLocal) return 'conflict';
  }
  if (placeNamed(q, doc)) return 'named';
  // A province asked about (or a 2025 province, with its former ones), and the article is about
  // units of other provinces only, naming none of it: "Ban Chỉ đạo 35 tỉnh Quảng Ngãi" is not
  // answered by Gia Lai's board, whatever else matches.
  // An article whose own place is unknown and which names only other provinces ("… hợp tác xã tỉnh
  // Sơn La" in a resolution's name) is theirs, not the asked province's.
  const province = q.candidates.length > 0 && q.candidates.every((c) => c.level === 'province');
  const outside = (units: Place[]) => units.every((d) => !q.candidates.some((c) => sameOrContains(d, c)));
  const elsewhere =
    own.length > 0
      ? outside(own)
      : unitsOf(doc.named).some((d) => d.level === 'province') && outside(unitsOf(doc.named));
  return province && elsewhere ? 'conflict' : 'absent';
}

/** The article names the question's place (or a unit within it) anywhere, its own or in passing. */
export function placeNamed(q: QuestionPlace, doc: DocPlaces): boolean {
  const units = unitsOf(doc.named);
  return q.candidates.some((c) => units.some((d) => sameOrContains(c, d)));
}

/**
 * The persons a question names, folded and in lower case: its entities that are neither places
 * (linked, or written where a place stands: "huyện Sơn Khê Hạ") nor numbered bodies ("Ban Chỉ đạo 35").
 */
export function personNamesAsked(q: Pick<ParsedQuestion, 'entities' | 'places' | 'text'>): string[] {
  return q.entities
    .filter((e) => !entityIsPlace(e, q.places) && !/\d/u.test(e) && !unknownPlace(e, q.text))
    .map((e) => fold(e).toLowerCase());
}

/**
 * Words a place name follows ("huyện X", "Tỉnh ủy X", "UBND tỉnh X"): a name there is a place even
 * when the gazetteer does not know it (a new unit, a misspelling), and a place is checked as a unit
 * by the candidate filter, not as a string the article must write — a district's article often
 * never names its province. Closed: the administrative levels and the territorial bodies.
 */
const PLACE_HEADS = [...PLACE_LEVELS, 'tỉnh ủy', 'huyện ủy', 'thị ủy', 'thành ủy', 'quận ủy'];
/** English words that follow or precede a place name ("X district", "X provincial …", "in X"). */
const PLACE_PREPOSITIONS_EN = ['in'];

/** The words before and after a place name as alternations, folded (built once: read per entity per candidate). */
const PLACE_BEFORE = [...PLACE_HEADS, ...PLACE_PREPOSITIONS_EN].map((h) => escapeRegExp(fold(h))).join('|');
const PLACE_AFTER = PLACE_LEVELS_EN.map(escapeRegExp).join('|');

/** Whether the question writes `entity` where a place name stands (after a level word, before an English one). */
export function inPlacePosition(entity: string, question: string): boolean {
  const e = escapeRegExp(fold(entity));
  const pattern = new RegExp(
    `(?:^|[^\\p{L}])(?:(?:${PLACE_BEFORE})\\s+${e}|${e}\\s+(?:${PLACE_AFTER}))(?![\\p{L}])`,
    'iu',
  );
  return pattern.test(fold(question));
}

/**
 * The full personal names a question writes (three or four syllables, capitalised, or bare in a
 * question typed in chat: "lo thi mai"), folded: {@link personNamesAsked} less the names of bodies
 * and single words ("Quản" of "Ban Quản lý").
 */
export function fullNamesAsked(q: Pick<ParsedQuestion, 'entities' | 'places' | 'text'>): string[] {
  return personNamesAsked({ ...q, entities: q.entities.filter(fullNameWritten) });
}

/**
 * A Vietnamese person's full name as written: three or four capitalised syllables (places and
 * bodies are mostly two, or hold lower-case words).
 */
export const FULL_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){2,3}$/u;
/** Three or four syllables in lower case: a person's name a question typed in chat writes bare ("lo thi mai"). */
export const BARE_FULL_NAME = /^\p{Ll}+(?:\s+\p{Ll}+){2,3}$/u;
/** Three or four syllables, each capitalised or each in lower case (a name typed bare). */
const fullNameWritten = (e: string): boolean => FULL_NAME.test(e) || BARE_FULL_NAME.test(e);

/**
 * A name the gazetteer does not know written where a place stands ("huyện Sơn Khê Hạ"), unless it
 * opens with a surname: "Chủ tịch UBND huyện Giàng A Dình" names the chairman after his body.
 */
export function unknownPlace(entity: string, question: string): boolean {
  const first = entity.split(/\s+/u)[0]?.toLowerCase() ?? '';
  // Typed without diacritics ("ct xa tran thi my xuyen"), by the surnames safe to read folded.
  return inPlacePosition(entity, question) && !isSurname(first) && !isFoldedSurname(first);
}

/** Whether `text` names every one of `persons` ({@link personNamesAsked}'s folded names). */
export function namesPersons(text: string, persons: readonly string[]): boolean {
  const said = fold(text).toLowerCase();
  return persons.every((p) => said.includes(p));
}

/**
 * {@link entityIsPlace} per question's places (a parsed question's list, never changed): it is asked
 * for every entity of every candidate article, and folding both names each time was 1–2% of `ask`.
 */
const placeOfEntity = new WeakMap<readonly QuestionPlace[], Map<string, QuestionPlace | undefined>>();

/** True when a question entity (a capitalised name) is the written form of a question place. */
export function entityIsPlace(entity: string, places: readonly QuestionPlace[]): QuestionPlace | undefined {
  let memo = placeOfEntity.get(places);
  if (!memo) {
    memo = new Map();
    placeOfEntity.set(places, memo);
  }
  if (memo.has(entity)) return memo.get(entity);
  const found = placeOf(entity, places);
  memo.set(entity, found);
  return found;
}

function placeOf(entity: string, places: readonly QuestionPlace[]): QuestionPlace | undefined {
  const e = fold(entity);
  return places.find((p) => {
    const s = fold(p.surface);
    return s === e || e.includes(s) || s.includes(e);
  });
}
