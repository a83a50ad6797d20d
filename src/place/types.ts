/** Types of the place gazetteer (Vietnam's administrative units) and of place mentions found in text. */

/** Administrative level: province (63 before July 2025, 34 since), district (before July 2025), commune. */
export type PlaceLevel = 'province' | 'district' | 'commune';

/**
 * One administrative unit. Units before the 1 July 2025 reform come from the General Statistics
 * Office's list of 2025-03-01; the 34 provinces since are separate `Place`s whose id starts with `p2025:`.
 */
export interface Place {
  /**
   * Stable id: `p:<GSO code>` (province), `d:<code>` (district), `c:<code>` (commune), `p2025:<folded name>`
   * (a province from 1 July 2025). See `placeKey`.
   */
  id: string;
  /** Name without the type word, NFC, spelled as the statistics office does ("Hoà Bình", "Mường Lay"). */
  name: string;
  level: PlaceLevel;
  /**
   * Type word: `Tỉnh` or `Thành phố` for provinces (centrally-run cities are `Thành phố`); `Huyện`,
   * `Thị xã`, `Quận` or `Thành phố` for districts; `Xã`, `Phường` or `Thị trấn` for communes.
   */
  type: string;
  /** Id of the province the unit lies in (its own id for a province). */
  provinceId: string;
  /** Name of that province. */
  provinceName: string;
  /** Id of the district a commune lies in. */
  districtId?: string;
  /** Name of the district a commune lies in. */
  districtName?: string;
  /** Name of the province (from 1 July 2025) that the unit's former province joined. */
  province2025?: string;
}

/** How the level of a mention was decided. */
export type PlaceQualifier =
  /** A type word written next to the name ("huyện Đồng Văn", "Dong Van district", "TP.HCM"). */
  | 'explicit'
  /** Inherited from the previous mention of a list ("các huyện Đồng Văn, Mèo Vạc và Yên Minh"). */
  | 'list'
  /** No type word: the name stands alone. */
  | 'none';

/** One place name found in a text. Offsets are UTF-16 indices into the text given to `findPlaces`. */
export interface PlaceMention {
  /** Start of the name (inclusive). */
  start: number;
  /** End of the name (exclusive). */
  end: number;
  /** The name exactly as written: `text.slice(start, end)`. */
  surface: string;
  /** Start of the whole mention, type word included ("huyện Đồng Văn" starts at "huyện"). */
  fullStart: number;
  /** End of the whole mention, English type word included ("Dong Van district" ends after "district"). */
  fullEnd: number;
  /** The type word as written ("huyện", "TP.", "district"), when there is one. */
  typeWord?: string;
  /** How the level was decided. */
  qualifier: PlaceQualifier;
  /** Candidate places, best first; never empty. */
  candidates: Place[];
  /** Ranking scores, parallel to `candidates` (higher is better; only their order and gaps mean anything). */
  scores: number[];
  /**
   * True when the text does not settle the choice: a candidate scores within `AMBIGUITY_MARGIN` of
   * the first and neither contains the other ("Châu Thành" with no province named nearby; not "Hà
   * Giang", whose province contains the city of the same name).
   */
  ambiguous: boolean;
}
