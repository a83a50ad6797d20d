/**
 * The name index: every unit's name (and the aliases) as syllables, filed under its first two folded
 * syllables, so that finding the names starting at a token is two Map lookups and a few comparisons.
 */
import { fold } from '../text/normalize.ts';
import { type Gazetteer, gazetteer } from './data.ts';
import { type NameSyllable, nameSyllables, spells, tokenize } from './tokens.ts';
import type { Place, PlaceLevel } from './types.ts';
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
  /** Some unit of this name is a district or a province (communes alone need a type word). */
  aboveCommune: boolean;
  /** Reads as a person's name ("Hồ Chí Minh", "Trần Văn Thời"): found only after a type word. */
  personLike: boolean;
}

/** The names starting with one folded syllable. */
export interface NameNode {
  /** One-syllable names ("Huế", "Lắk", "HCM"). */
  single: NameEntry[];
  /** Longer names by their folded second syllable, longest first: "tân" alone starts 300 names. */
  byNext: Map<string, NameEntry[]>;
}

/** Names by their first two folded syllables. */
export interface NameIndex {
  byFirst: Map<string, NameNode>;
  /** Names by their folded form ("chau thanh"), for lookups by name. */
  byFolded: Map<string, NameEntry[]>;
}

const SURNAME_SET = new Set(SURNAMES.map((w) => nameSyllables(w)[0]!.lower));
const MIDDLE_SET = new Set(MIDDLE_NAMES.map((w) => nameSyllables(w)[0]!.lower));

function personLike(syllables: NameSyllable[]): boolean {
  return syllables.length >= 3 && SURNAME_SET.has(syllables[0]!.lower) && MIDDLE_SET.has(syllables[1]!.lower);
}

/** `name` with the rising tone dropped from every syllable ending in k ("Đắk Hà" → "Đăk Hà"). */
export function withoutKTone(name: string): string {
  return name
    .split(' ')
    .map((w) =>
      /k$/iu.test(w)
        ? w
            .normalize('NFD')
            .replace(/\u0301/gu, '')
            .normalize('NFC')
        : w,
    )
    .join(' ');
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
      entry = {
        syllables,
        places: [],
        standalone,
        aboveCommune: false,
        personLike: !standalone && personLike(syllables),
      };
      exact.set(key, entry);
    }
    if (!entry.places.includes(place)) entry.places.push(place);
    if (place.level !== 'commune') entry.aboveCommune = true;
  };
  for (const place of g.byId.values()) {
    if (place.id.startsWith('p2025:')) continue;
    add(place.name, place, false);
    // "M'Đrắk" is also written "MĐrắk"; "KBang" also "K'Bang" — glue the apostrophe both ways.
    if (/['’]/.test(place.name)) add(place.name.replace(/['’]\s*/g, ''), place, false);
    // "Đắk Hà" is as often written "Đăk Hà", "Đắk Lắk" "Đăk Lăk": a syllable ending in k (Central
    // Highlands names) has its rising tone by rule, so many drop the mark.
    const unmarked = withoutKTone(place.name);
    if (unmarked !== place.name) add(unmarked, place, false);
  }
  const provinceByFolded = new Map(g.provinces.map((p) => [fold(p.name), p]));
  for (const [alias, name] of [...g.aliases, ...EXTRA_ALIASES]) {
    const province = provinceByFolded.get(fold(name));
    if (!province) throw new Error(`Place alias "${alias}" names unknown province "${name}"`);
    add(alias, province, true);
  }

  const byFirst = new Map<string, NameNode>();
  const byFolded = new Map<string, NameEntry[]>();
  for (const entry of exact.values()) {
    const [first, second] = entry.syllables;
    let node = byFirst.get(first!.folded);
    if (!node) {
      node = { single: [], byNext: new Map() };
      byFirst.set(first!.folded, node);
    }
    if (second) {
      const list = node.byNext.get(second.folded);
      if (list) list.push(entry);
      else node.byNext.set(second.folded, [entry]);
    } else {
      node.single.push(entry);
    }
    const key = entry.syllables.map((s) => s.folded).join(' ');
    const same = byFolded.get(key);
    if (same) same.push(entry);
    else byFolded.set(key, [entry]);
  }
  for (const node of byFirst.values()) {
    for (const list of node.byNext.values()) list.sort((a, b) => b.syllables.length - a.syllables.length);
  }
  return { byFirst, byFolded };
}

let index: NameIndex | undefined;

/** The index over the project's gazetteer, built on first use. */
export function nameIndex(): NameIndex {
  index ??= buildNameIndex(gazetteer());
  return index;
}

/**
 * The units called exactly `name` (no type word: "Châu Thành", "Chau Thanh", "Hoà Bình"), with the
 * spelling rules of `findPlaces` (marks compared when written, tone placement and final i/y free), in
 * the gazetteer's order; only those of `level` when given. For a name taken from a parsed record
 * rather than found in running text.
 */
export function placesNamed(name: string, level?: PlaceLevel): Place[] {
  const tokens = tokenize(name);
  if (tokens.length === 0) return [];
  const entries = nameIndex().byFolded.get(tokens.map((t) => t.folded).join(' ')) ?? [];
  const places = entries.filter((e) => spells(name, tokens, 0, e.syllables)).flatMap((e) => e.places);
  return [...new Set(places)].filter((p) => level === undefined || p.level === level);
}
