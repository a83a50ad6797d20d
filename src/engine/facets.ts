/**
 * Per-article facets for the bot's lists and charts: when the meeting was held, and which places the
 * article is about or names (the records bundles' `DocPlaces`, stored at index time). Computed once
 * per index generation: `/stats` charts and place-filtered `/latest` read them for every article, and
 * a generation never changes once published.
 */
import type { IndexReader } from '../index/open.ts';
import type { DocPlaces } from '../records/bundle.ts';

/** What the bot's place filters and the `/stats` chart need of one article. */
export interface DocFacet {
  docId: string;
  /** Articles sharing a body (syndicated copies) share this; a chart counts the body once. */
  bodyHash: string;
  published: string | null;
  /** Meeting dates (`YYYY-MM-DD`) from the parser's facts, in order of appearance. */
  meetingDates: string[];
  /** Reporting periods (`2021-Q1`, `2022-H1`, `2020`…) from the parser's facts. */
  periods: string[];
  /** Gazetteer keys of the places the article is about (`own`) and names (`named`). */
  places: DocPlaces;
}

const NO_PLACES: DocPlaces = { own: [], named: [] };
const byReader = new WeakMap<IndexReader, readonly DocFacet[]>();

/** The facets of every article of the reader's generation, in docId order (cached per generation). */
export function docFacets(reader: IndexReader): readonly DocFacet[] {
  const hit = byReader.get(reader);
  if (hit) return hit;
  const places = reader.records.places([...new Set(reader.docs.map((d) => d.bodyHash))]);
  const facets = reader.docs.map((d) => ({
    docId: d.docId,
    bodyHash: d.bodyHash,
    published: d.published,
    meetingDates: d.facts.meetingDates,
    periods: d.facts.periods,
    places: places.get(d.bodyHash) ?? NO_PLACES,
  }));
  byReader.set(reader, facets);
  return facets;
}
