/**
 * The name index: every unit's name (and the aliases) as syllables, filed under its folded first
 * syllable, so that finding the names starting at a token is one Map lookup and a few comparisons.
 */
import { fold } from '../text/normalize.ts';
import { type Gazetteer, gazetteer } from './data.ts';
import { type NameSyllable, nameSyllables } from './tokens.ts';
import type { Place } from './types.ts';
import { EXTRA_ALIASES, MIDDLE_NAMES, SURNAMES } from './words.ts';

/** One spelling of a name and the units that carry it. */
export interface NameEntry {
  syllables: NameSyllable[];
  /** Units with this name (several for "Châu Thành"). */
  places: Place[];
  /**
   * An alias that is unambiguous on its own ("TP.HCM", "Hanoi", "Thừa Thiên Huế"): it needs no type
   * word and no capital letter.
   */
  standalone: boolean;
  /** Reads as a person's name ("Hồ Chí Minh", "Trần Văn Thời"): found only after a type word. */
  personLike: boolean;
}

/** Names by the folded first syllable, longest first. */
export interface NameIndex {
  byFirst: Map<string, NameEntry[]>;
  /** Names by their folded form ("chau thanh"), for lookups by name. */
  byFolded: Map<string, NameEntry[]>;
}

const SURNAME_SET = new Set(SURNAMES);
const MIDDLE_SET = new Set(MIDDLE_NAMES);

/** Folded key of a name's syllables ("Hoà Bình" → "hoa binh"). */
export function foldedKey(name: string): string {
  return nameSyllables(name)
    .map((s) => s.folded)
    .join(' ');
}

function personLike(syllables: NameSyllable[]): boolean {
  return syllables.length >= 3 && SURNAME_SET.has(syllables[0]!.lower) && MIDDLE_SET.has(syllables[1]!.lower);
}

/** Build the index over a gazetteer (pre-2025 units; 2025 provinces reuse the same names). */
export function buildNameIndex(g: Omit<Gazetteer, 'stats'>): NameIndex {
  // Entries by exact spelling, so "Châu Thành" is one entry with all its units.
  const exact = new Map<string, NameEntry>();
  const add = (spelling: string, place: Place, standalone: boolean) => {
    const syllables = nameSyllables(spelling);
    if (syllables.length === 0) return;
    const key = syllables.map((s) => s.lower).join(' ');
    let entry = exact.get(key);
    if (!entry) {
      entry = { syllables, places: [], standalone, personLike: !standalone && personLike(syllables) };
      exact.set(key, entry);
    }
    if (!entry.places.includes(place)) entry.places.push(place);
  };
  for (const place of g.byId.values()) {
    if (place.id.startsWith('p2025:')) continue;
    add(place.name, place, false);
    // "M'Đrắk" is also written "MĐrắk"; "KBang" also "K'Bang" — glue the apostrophe both ways.
    if (/['’]/.test(place.name)) add(place.name.replace(/['’]\s*/g, ''), place, false);
  }
  const provinceByFolded = new Map(g.provinces.map((p) => [fold(p.name), p]));
  for (const [alias, name] of [...g.aliases, ...EXTRA_ALIASES]) {
    const province = provinceByFolded.get(fold(name));
    if (!province) throw new Error(`Place alias "${alias}" names unknown province "${name}"`);
    add(alias, province, true);
  }

  const byFirst = new Map<string, NameEntry[]>();
  const byFolded = new Map<string, NameEntry[]>();
  for (const entry of exact.values()) {
    const first = entry.syllables[0]!.folded;
    const list = byFirst.get(first) ?? [];
    list.push(entry);
    byFirst.set(first, list);
    const key = entry.syllables.map((s) => s.folded).join(' ');
    const same = byFolded.get(key);
    if (same) same.push(entry);
    else byFolded.set(key, [entry]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.syllables.length - a.syllables.length);
  return { byFirst, byFolded };
}

let index: NameIndex | undefined;

/** The index over the project's gazetteer, built on first use. */
export function nameIndex(): NameIndex {
  index ??= buildNameIndex(gazetteer());
  return index;
}
