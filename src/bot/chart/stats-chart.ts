/**
 * The `/stats` picture: meetings per quarter by province, rendered once per index generation and
 * language (a generation never changes, so the same picture would be drawn again for every /stats).
 */
import type { Engine } from '../../engine/types.ts';
import type { Lang } from '../i18n.ts';
import { type ChartData, chartData } from './data.ts';
import { renderPng } from './render.ts';
import { chartSpec } from './spec.ts';

/** Pictures kept: two languages of the live generation and of the one before. */
const MAX_CACHED = 4;

/** A rendered chart and the counts it shows. */
export interface StatsChart {
  png: Buffer;
  data: ChartData;
}

/** Renders and caches the chart of an engine's index. */
export class StatsChartCache {
  private readonly cache = new Map<string, Promise<StatsChart | null>>();

  constructor(private readonly engine: Pick<Engine, 'facets'>) {}

  /**
   * The chart of index generation `generation` (the live one, from `Engine.stats`) in `lang`, or
   * null when no article has both a date and a place.
   */
  get(generation: number, lang: Lang): Promise<StatsChart | null> {
    const key = `${generation}:${lang}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.render(lang);
      // A failed render is not kept: the next /stats tries again.
      hit.catch(() => this.cache.delete(key));
      this.cache.set(key, hit);
      while (this.cache.size > MAX_CACHED) {
        const oldest = this.cache.keys().next().value;
        if (oldest === undefined) break;
        this.cache.delete(oldest);
      }
    }
    return hit;
  }

  private async render(lang: Lang): Promise<StatsChart | null> {
    const data = chartData(this.engine.facets());
    if (data.rows.length === 0) return null;
    return { png: await renderPng(chartSpec(data, lang)), data };
  }
}
