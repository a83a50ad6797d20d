/**
 * Place linking: Vietnam's administrative units (`data/vn-admin-units.json`) found in article text and
 * questions, with the relations a question needs (province of a district, the 2025 mergers).
 */
export { type Gazetteer, gazetteer } from './data.ts';
export { AMBIGUITY_MARGIN, type FindPlacesOptions, findPlaces } from './find.ts';
export { placesNamed } from './names.ts';
export {
  communesOf,
  districtsOf,
  former2025,
  is2025,
  placeByKey,
  placeKey,
  province2025Named,
  province2025Of,
  provinceNamed,
  provinceOf,
  sameOrContains,
} from './relations.ts';
export type { Place, PlaceLevel, PlaceMention, PlaceQualifier } from './types.ts';
