/**
 * The gazetteer: `data/vn-admin-units.json` (a copy of the shared reference data; see `data/README.md`)
 * read, checked and turned into `Place` records once per process, on first use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fold } from '../text/normalize.ts';
import type { Place } from './types.ts';

/** Where the gazetteer lives, relative to this file, so a fresh clone needs nothing outside the project. */
export const GAZETTEER_PATH = fileURLToPath(new URL('../../data/vn-admin-units.json', import.meta.url));

/** The file's shape (see data/README.md). */
interface GazetteerFile {
  asOf: string;
  provinces: {
    code: string;
    name: string;
    type: string;
    districts: { code: string; name: string; type: string; communes: [string, string, string][] }[];
  }[];
  provinces2025: { name: string; formerProvinces: string[] }[];
  aliases: Record<string, string[]>;
}

const PROVINCE_TYPES = new Set(['Tỉnh', 'Thành phố Trung ương']);
const DISTRICT_TYPES = new Set(['Huyện', 'Thị xã', 'Quận', 'Thành phố']);
const COMMUNE_TYPES = new Set(['Xã', 'Phường', 'Thị trấn']);

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/**
 * Check the file's shape by hand: a schema library walking 10,000 commune tuples costs more than the
 * rest of the load. Returns the path and value of the first problem, or undefined.
 */
function shapeProblem(raw: unknown): string | undefined {
  const file = raw as Partial<GazetteerFile> | null;
  if (!file || typeof file !== 'object') return 'the file is not a JSON object';
  if (!Array.isArray(file.provinces) || file.provinces.length === 0)
    return 'provinces is not a non-empty array';
  for (const [i, p] of file.provinces.entries()) {
    if (!isText(p?.code) || !isText(p.name) || !PROVINCE_TYPES.has(p.type) || !Array.isArray(p.districts)) {
      return `provinces[${i}] = ${JSON.stringify(p).slice(0, 80)}`;
    }
    for (const [j, d] of p.districts.entries()) {
      if (!isText(d?.code) || !isText(d.name) || !DISTRICT_TYPES.has(d.type) || !Array.isArray(d.communes)) {
        return `provinces[${i}].districts[${j}] = ${JSON.stringify(d).slice(0, 80)}`;
      }
      for (const [k, c] of d.communes.entries()) {
        if (!Array.isArray(c) || !isText(c[0]) || !isText(c[1]) || !COMMUNE_TYPES.has(c[2])) {
          return `provinces[${i}].districts[${j}].communes[${k}] = ${JSON.stringify(c)}`;
        }
      }
    }
  }
  if (!Array.isArray(file.provinces2025)) return 'provinces2025 is not an array';
  for (const [i, p] of file.provinces2025.entries()) {
    if (!isText(p?.name) || !Array.isArray(p.formerProvinces) || !p.formerProvinces.every(isText)) {
      return `provinces2025[${i}] = ${JSON.stringify(p)}`;
    }
  }
  if (!file.aliases || typeof file.aliases !== 'object') return 'aliases is not an object';
  for (const [name, spellings] of Object.entries(file.aliases)) {
    if (!Array.isArray(spellings) || !spellings.every(isText))
      return `aliases.${name} = ${JSON.stringify(spellings)}`;
  }
  return undefined;
}

/** Everything derived from the file, built once. */
export interface Gazetteer {
  /** Every unit, 2025 provinces included, by id. */
  byId: Map<string, Place>;
  /** The 63 provinces before July 2025, in the file's order. */
  provinces: Place[];
  /** The 34 provinces from July 2025. */
  provinces2025: Place[];
  /** Districts by province id. */
  districts: Map<string, Place[]>;
  /** Communes by district id. */
  communes: Map<string, Place[]>;
  /** Former provinces (pre-2025 `Place`s) by 2025 province id. */
  former: Map<string, Place[]>;
  /** 2025 province by pre-2025 province id. */
  to2025: Map<string, Place>;
  /** Extra spellings: [alias, province name as in the file]. */
  aliases: [string, string][];
  /**
   * Figures of the load: wall time, heap growth (without a forced GC, so approximate; see
   * scripts/place-bench.ts for a measured figure) and the number of units, 2025 provinces included.
   */
  stats: { loadMs: number; heapBytes: number; units: number };
}

// The office's list writes a few units with their type word in the name ("Thành Phố Bắc Kạn",
// "Thị Xã Mường Lay", "Thị Trấn Ái Tử"); the capitalised second syllable tells those apart from real
// names that start with a type word ("Phường Đúc" in Huế is a ward called Phường Đúc).
const TYPE_IN_NAME = /^(?:Thành Phố|Thị Xã|Thị Trấn) (?=\S)/u;

/** The name without a type word the source list left in it. */
function cleanName(name: string): string {
  return name.replace(TYPE_IN_NAME, '').trim();
}

/** Pre-2025 provinces of the file typed `Thành phố Trung ương` become `Thành phố` (the word written in text). */
function provinceType(type: string): string {
  return type === 'Tỉnh' ? 'Tỉnh' : 'Thành phố';
}

/** A stable id for a 2025 province: its folded name ("p2025:can tho"). */
function id2025(name: string): string {
  return `p2025:${fold(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()}`;
}

/** Build the gazetteer from a parsed file (exported for tests with a small hand-made file). */
export function buildGazetteer(raw: unknown, source = GAZETTEER_PATH): Omit<Gazetteer, 'stats'> {
  const problem = shapeProblem(raw);
  if (problem) {
    throw new Error(
      `Gazetteer ${source} is not in the expected shape (${problem}); restore it from ../shared/data/vn-admin-units.json`,
    );
  }
  const file = raw as GazetteerFile;
  const byId = new Map<string, Place>();
  const provinces: Place[] = [];
  const districts = new Map<string, Place[]>();
  const communes = new Map<string, Place[]>();
  const provinceByFolded = new Map<string, Place>();

  for (const p of file.provinces) {
    const province: Place = {
      id: `p:${p.code}`,
      name: p.name,
      level: 'province',
      type: provinceType(p.type),
      provinceId: `p:${p.code}`,
      provinceName: p.name,
    };
    provinces.push(province);
    byId.set(province.id, province);
    provinceByFolded.set(fold(p.name), province);
    const own: Place[] = [];
    for (const d of p.districts) {
      const district: Place = {
        id: `d:${d.code}`,
        name: cleanName(d.name),
        level: 'district',
        type: d.type,
        provinceId: province.id,
        provinceName: province.name,
      };
      own.push(district);
      byId.set(district.id, district);
      const units: Place[] = [];
      for (const [code, name, type] of d.communes) {
        const commune: Place = {
          id: `c:${code}`,
          name: cleanName(name),
          level: 'commune',
          type,
          provinceId: province.id,
          provinceName: province.name,
          districtId: district.id,
          districtName: district.name,
        };
        units.push(commune);
        byId.set(commune.id, commune);
      }
      communes.set(district.id, units);
    }
    districts.set(province.id, own);
  }

  const provinces2025: Place[] = [];
  const former = new Map<string, Place[]>();
  const to2025 = new Map<string, Place>();
  for (const p of file.provinces2025) {
    const id = id2025(p.name);
    const joined = p.formerProvinces.map((name) => {
      const old = provinceByFolded.get(fold(name));
      if (!old)
        throw new Error(`Gazetteer ${source}: 2025 province ${p.name} joins unknown province "${name}"`);
      return old;
    });
    const isCity = joined.some((old) => old.type === 'Thành phố');
    const place: Place = {
      id,
      name: p.name,
      level: 'province',
      type: isCity ? 'Thành phố' : 'Tỉnh',
      provinceId: id,
      provinceName: p.name,
      province2025: p.name,
    };
    provinces2025.push(place);
    byId.set(id, place);
    former.set(id, joined);
    for (const old of joined) to2025.set(old.id, place);
  }
  // Every pre-2025 unit learns the 2025 province its province joined.
  for (const place of byId.values()) {
    if (place.province2025) continue;
    const joined = to2025.get(place.provinceId);
    if (joined) place.province2025 = joined.name;
  }

  const aliases: [string, string][] = [];
  for (const [name, spellings] of Object.entries(file.aliases)) {
    for (const alias of spellings) {
      aliases.push([alias, name]);
      // An initialism is typed without its marks too ("BR-VT" as "brvt", "TP.HCM" as "tphcm").
      const compact = alias.replace(/[-.\s]/gu, '');
      if (INITIALISM.test(alias) && compact !== alias && !spellings.includes(compact))
        aliases.push([compact, name]);
    }
  }
  return { byId, provinces, provinces2025, districts, communes, former, to2025, aliases };
}

/** Two capitals in a row or parted by a mark: an initialism ("BR-VT", "TP.HCM", "TT-Huế"). */
const INITIALISM = /\p{Lu}[-.\s]?\p{Lu}/u;

let loaded: Gazetteer | undefined;

/** The gazetteer, read from `GAZETTEER_PATH` on the first call and kept for the life of the process. */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const started = performance.now();
  const heapBefore = process.memoryUsage().heapUsed;
  let text: string;
  try {
    text = readFileSync(GAZETTEER_PATH, 'utf8');
  } catch (error) {
    throw new Error(
      `Cannot read the gazetteer ${GAZETTEER_PATH} (${(error as Error).message}); ` +
        'copy ../shared/data/vn-admin-units.json to data/',
    );
  }
  const built = buildGazetteer(JSON.parse(text));
  loaded = {
    ...built,
    stats: {
      loadMs: performance.now() - started,
      heapBytes: process.memoryUsage().heapUsed - heapBefore,
      units: built.byId.size,
    },
  };
  return loaded;
}
