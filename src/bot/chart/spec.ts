/**
 * The `/stats` chart as a Vega-Lite specification: one group of bars per quarter, one bar per
 * province, each bar labelled with its count. Labels come from the locales (`chart-*`), quarters
 * are written as people write them ("Quý III/2024", "Q3 2024").
 */
import type { TopLevelSpec } from 'vega-lite';
import { i18n, type Lang } from '../i18n.ts';
import type { ChartData } from './data.ts';

/** The font the chart is drawn in; `render.ts` bundles it (it has every Vietnamese glyph). */
export const CHART_FONT = 'Noto Sans';
/** Plot size in CSS pixels, before the renderer's zoom. */
export const CHART_WIDTH = 760;
export const CHART_HEIGHT = 320;

const ROMAN = ['I', 'II', 'III', 'IV'];
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** `2024-Q3` → "Quý III/2024" (vi) or "Q3 2024" (en); other strings unchanged. */
export function quarterLabel(quarter: string, lang: Lang): string {
  const m = QUARTER.exec(quarter);
  if (!m) return quarter;
  const n = Number(m[2]);
  return i18n.t(lang, 'chart-quarter', { roman: ROMAN[n - 1] ?? String(n), n: String(n), year: m[1]! });
}

/** One data value of the chart: the bar's quarter (as labelled), province and count. */
export interface ChartValue {
  quarter: string;
  province: string;
  count: number;
}

/** The Vega-Lite specification of `data`, labelled in `lang`. */
export function chartSpec(data: ChartData, lang: Lang): TopLevelSpec {
  const values: ChartValue[] = data.rows.map((r) => ({
    quarter: quarterLabel(r.quarter, lang),
    province: r.province,
    count: r.count,
  }));
  const quarters = data.quarters.map((q) => quarterLabel(q, lang));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: i18n.t(lang, 'chart-title'),
      subtitle: i18n.t(lang, 'chart-subtitle', {
        shown: data.shown,
        total: data.total,
        provinces: data.provinces.length,
        quarters: data.quarters.length,
      }),
    },
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    background: 'white',
    padding: 16,
    data: { values },
    encoding: {
      // Every quarter of the range has its slot, even one without a meeting of the provinces shown.
      x: {
        field: 'quarter',
        type: 'nominal',
        sort: quarters,
        scale: { domain: quarters },
        title: null,
        axis: { labelAngle: 0 },
      },
      xOffset: { field: 'province', type: 'nominal', sort: data.provinces },
      y: {
        field: 'count',
        type: 'quantitative',
        title: i18n.t(lang, 'chart-axis-count'),
        axis: { tickMinStep: 1, format: 'd' },
      },
    },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 2 },
        encoding: {
          color: {
            field: 'province',
            type: 'nominal',
            sort: data.provinces,
            title: i18n.t(lang, 'chart-legend'),
            scale: { scheme: 'tableau10' },
          },
        },
      },
      {
        mark: { type: 'text', dy: -7, fontSize: 10, color: '#333' },
        encoding: { text: { field: 'count', type: 'quantitative' } },
      },
    ],
    config: {
      font: CHART_FONT,
      view: { stroke: null },
      legend: { orient: 'bottom', columns: 5, labelFontSize: 12, titleFontSize: 12 },
      axis: { labelFontSize: 12, titleFontSize: 12 },
      title: { fontSize: 16, subtitleFontSize: 12, anchor: 'start' },
    },
  };
}
