/**
 * What the `/stats` chart counts: meetings per quarter and province, from the index's per-article
 * facets. A meeting's quarter is that of its first meeting date (the parser's facts), else of the
 * article's publication; its province is the first province among the places the article is about
 * (the records bundle's `own` places, where a district brings its province). Syndicated copies share
 * a body and count once. Articles with neither a date nor a place of their own are left out and
 * counted apart, so the caption can say how many the chart does not show.
 */
import type { DocFacet } from '../../engine/types.ts';
import { placeByKey } from '../../place/relations.ts';

/** Quarters shown: the consecutive quarters (two years) ending with the latest that has a meeting. */
export const MAX_QUARTERS = 8;
/** Provinces shown at most: those with the most meetings in the quarters shown. */
export const MAX_PROVINCES = 5;

/** One bar: meetings of one province in one quarter. */
export interface ChartRow {
  /** `YYYY-Qn`. */
  quarter: string;
  province: string;
  count: number;
}

/** The chart's data: rows for the top provinces in the latest quarters. */
export interface ChartData {
  rows: ChartRow[];
  /** Quarters shown, oldest first, consecutive (a quarter without meetings keeps its place). */
  quarters: string[];
  /** Provinces shown, most meetings first. */
  provinces: string[];
  /** Meetings counted in the chart (the sum of `rows`). */
  shown: number;
  /** Meetings of the whole index (distinct bodies). */
  total: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-\d{2}/;

/** `2024-08-15` → `2024-Q3`; null for anything that is not an ISO date. */
export function quarterOfDate(iso: string | null | undefined): string | null {
  const m = iso ? ISO_DATE.exec(iso) : null;
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${m[1]}-Q${Math.ceil(month / 3)}` : null;
}

/** The quarter a meeting belongs to: its first meeting date's, else its article's publication's. */
export function meetingQuarter(f: DocFacet): string | null {
  return quarterOfDate(f.meetingDates[0]) ?? quarterOfDate(f.published);
}

/** The name of the first province among the article's own places, or null. */
export function meetingProvince(f: DocFacet): string | null {
  for (const key of f.places.own) {
    const place = placeByKey(key);
    if (place?.level === 'province') return place.name;
  }
  return null;
}

/** Count meetings per quarter and province; keep the latest quarters and the busiest provinces. */
export function chartData(facets: readonly DocFacet[]): ChartData {
  const seen = new Set<string>();
  const counts = new Map<string, Map<string, number>>();
  for (const f of facets) {
    if (seen.has(f.bodyHash)) continue;
    seen.add(f.bodyHash);
    const quarter = meetingQuarter(f);
    const province = meetingProvince(f);
    if (!quarter || !province) continue;
    const byProvince = counts.get(quarter) ?? new Map<string, number>();
    byProvince.set(province, (byProvince.get(province) ?? 0) + 1);
    counts.set(quarter, byProvince);
  }
  const latest = [...counts.keys()].sort().at(-1);
  const quarters = latest ? quartersEndingAt(latest, MAX_QUARTERS) : [];
  const perProvince = new Map<string, number>();
  for (const q of quarters)
    for (const [p, n] of counts.get(q) ?? []) perProvince.set(p, (perProvince.get(p) ?? 0) + n);
  const provinces = [...perProvince]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'))
    .slice(0, MAX_PROVINCES)
    .map(([p]) => p);
  const rows: ChartRow[] = [];
  for (const quarter of quarters)
    for (const province of provinces) {
      const count = counts.get(quarter)?.get(province) ?? 0;
      if (count > 0) rows.push({ quarter, province, count });
    }
  return { rows, quarters, provinces, shown: rows.reduce((s, r) => s + r.count, 0), total: seen.size };
}

/** The `n` consecutive quarters ending with `last` (`YYYY-Qn`), oldest first. */
export function quartersEndingAt(last: string, n: number): string[] {
  const m = /^(\d{4})-Q([1-4])$/.exec(last);
  if (!m) throw new Error(`chart: "${last}" is not a quarter (YYYY-Qn)`);
  const end = Number(m[1]) * 4 + Number(m[2]) - 1;
  return Array.from({ length: n }, (_, i) => {
    const q = end - (n - 1 - i);
    return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
  });
}
