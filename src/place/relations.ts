/** Relations between units: containment, provinces, districts, and the 2025 merger of provinces. */
import { fold } from '../text/normalize.ts';
import { gazetteer } from './data.ts';
import type { Place } from './types.ts';

const P2025 = 'p2025:';

/** True for a province from 1 July 2025 (id `p2025:…`). */
export function is2025(place: Place): boolean {
  return place.id.startsWith(P2025);
}

/**
 * A stable key for a unit, usable as a constraint or a database column: the statistics office's code
 * with a level prefix (`p:02` Hà Giang, `d:026` Đồng Văn, `c:00712`), or `p2025:<folded name>` for a
 * province from 1 July 2025. Keys do not change when the data file is re-copied.
 */
export function placeKey(place: Place): string {
  return place.id;
}

/** The unit with this key, or undefined. */
export function placeByKey(key: string): Place | undefined {
  return gazetteer().byId.get(key);
}

/** The province a unit lies in (the unit itself for a province). */
export function provinceOf(place: Place): Place {
  const province = gazetteer().byId.get(place.provinceId);
  if (!province)
    throw new Error(`Place ${place.id} (${place.name}) names unknown province ${place.provinceId}`);
  return province;
}

/**
 * The districts of a province (pre-2025 id `p:…`), or of all the former provinces of a 2025 province
 * (`p2025:…`); empty for an unknown id.
 */
export function districtsOf(provinceId: string): Place[] {
  const g = gazetteer();
  const former = g.former.get(provinceId);
  if (former) return former.flatMap((p) => g.districts.get(p.id) ?? []);
  return [...(g.districts.get(provinceId) ?? [])];
}

/** The communes of a district; empty for an unknown id. */
export function communesOf(districtId: string): Place[] {
  return [...(gazetteer().communes.get(districtId) ?? [])];
}

/** Folded spellings (names and aliases) → pre-2025 province. */
let provinceSpellings: Map<string, Place> | undefined;

function spellingKey(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The pre-2025 province written this way, with or without diacritics, tone-mark variants, or one of
 * the aliases ("TP.HCM", "Thừa Thiên Huế", "Dak Lak"); undefined when none.
 */
export function provinceNamed(name: string): Place | undefined {
  if (!provinceSpellings) {
    const g = gazetteer();
    provinceSpellings = new Map(g.provinces.map((p) => [spellingKey(p.name), p]));
    const byName = new Map(g.provinces.map((p) => [p.name, p]));
    for (const [alias, target] of g.aliases) {
      const province = byName.get(target);
      if (province) provinceSpellings.set(spellingKey(alias), province);
    }
  }
  return provinceSpellings.get(spellingKey(name));
}

/** The 2025 province written this way (any spelling `provinceNamed` accepts), or undefined. */
export function province2025Named(name: string): Place | undefined {
  const g = gazetteer();
  const key = spellingKey(name);
  const direct = g.provinces2025.find((p) => spellingKey(p.name) === key);
  if (direct) return direct;
  const old = provinceNamed(name);
  return old ? g.provinces2025.find((p) => p.name === old.name) : undefined;
}

/**
 * The former provinces a province of 1 July 2025 joined, as pre-2025 `Place`s:
 * `former2025('Cần Thơ')` → Cần Thơ, Sóc Trăng, Hậu Giang. Accepts a name in any spelling or a 2025
 * `Place`; empty when the name is no 2025 province.
 */
export function former2025(province: string | Place): Place[] {
  const p = typeof province === 'string' ? province2025Named(province) : province;
  if (!p) return [];
  return [...(gazetteer().former.get(is2025(p) ? p.id : (province2025Named(p.name)?.id ?? '')) ?? [])];
}

/**
 * The province of 1 July 2025 that a former province (name in any spelling, or any pre-2025 unit)
 * joined: `province2025Of('Sóc Trăng')` → Cần Thơ (2025). Undefined when unknown.
 */
export function province2025Of(oldProvince: string | Place): Place | undefined {
  const g = gazetteer();
  if (typeof oldProvince !== 'string') {
    return is2025(oldProvince) ? oldProvince : g.to2025.get(oldProvince.provinceId);
  }
  const old = provinceNamed(oldProvince);
  return old ? g.to2025.get(old.id) : undefined;
}

/**
 * True when `b` is `a` or lies within it: a province contains its districts and communes, a district
 * its communes, and a 2025 province every unit of the provinces it joined. A pre-2025 province does
 * not contain the 2025 province of the same name (that one is larger).
 */
export function sameOrContains(a: Place, b: Place): boolean {
  if (a.id === b.id) return true;
  if (is2025(b)) return false;
  if (is2025(a)) return b.province2025 === a.name;
  if (a.level === 'province') return b.provinceId === a.id;
  if (a.level === 'district') return b.districtId === a.id;
  return false;
}

/** Commune-level type words as text writes them (folded), with the gazetteer type each names. Closed. */
const COMMUNE_TYPE_OF: Readonly<Record<string, string>> = {
  xa: 'Xã',
  commune: 'Xã',
  phuong: 'Phường',
  ward: 'Phường',
  'thi tran': 'Thị trấn',
  township: 'Thị trấn',
};

/**
 * A name written after a commune-level type word that none of its linked units has ("phường Hòa
 * Cường" linked to xã Hòa Cuông, "xã Di Linh" to thị trấn Di Linh): a unit the gazetteer does not
 * know (formed in 2025, or renamed), not the one linked.
 */
export function mistypedUnit(typeWord: string | undefined, candidates: readonly Place[]): boolean {
  const typed = typeWord === undefined ? undefined : COMMUNE_TYPE_OF[fold(typeWord).toLowerCase()];
  return typed !== undefined && candidates.every((c) => c.level === 'commune' && c.type !== typed);
}
