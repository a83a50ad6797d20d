/**
 * Rendering context of one article: its random stream, template variables, the facts stated so
 * far, and figures that are pure functions of (seed, place, period), so that two articles about
 * the same place and period never contradict each other.
 */
import type { Period } from './periods.ts';
import type { Region, UnitKind } from './places.ts';
import { Rng } from './rng.ts';
import type { FigureKind, FigureUnit } from './subjects.ts';
import { cap, expand } from './template.ts';

/**
 * A number stated in the body, with what it measures: e.g. `{ label: 'hộ nghèo', value: '1.126',
 * kind: 'total', unit: 'hộ', … }`.
 */
export interface Fact {
  /** The subject the figure measures, as questions name it (unique within an article). */
  label: string;
  /** The value as written (`1.126`, `97,5`). */
  value: string;
  /** The subject in English. */
  subjectEn: string;
  kind: FigureKind;
  unit: FigureUnit;
  /** The field it belongs to (`giảm nghèo bền vững`). */
  field: string;
}

export class Ctx {
  readonly facts: Fact[] = [];
  /** Emitters already used, so no figure is stated twice with two values. */
  readonly used = new Set<unknown>();
  private readonly stats = new Map<string, number>();

  constructor(
    readonly rng: Rng,
    readonly seed: string,
    readonly vars: Record<string, string>,
    /** Identifies the place the figures belong to (a district or province id). */
    readonly placeId: string,
    readonly region: Region,
    /** Province name, e.g. `Lào Cai`. */
    readonly province: string,
    readonly period: Period,
    readonly unit: UnitKind | 'tỉnh',
  ) {}

  /** Renders a template with the article's variables, first letter capitalised. */
  t(tpl: string): string {
    return cap(expand(tpl, this.vars, this.rng));
  }

  /** Renders a clause (no capitalisation), for lists joined with ';'. */
  x(tpl: string): string {
    return expand(tpl, this.vars, this.rng);
  }

  /** Picks one template and renders it. */
  tp(tpls: readonly string[]): string {
    return this.t(this.rng.pick(tpls));
  }

  /** Records a stated number; each label is stated at most once per article. */
  fact(f: Fact): string {
    if (!this.has(f.label)) this.facts.push(f);
    return f.value;
  }

  has(label: string): boolean {
    return this.facts.some((f) => f.label === label);
  }

  /**
   * A figure of this place and period, the same in every article that states it.
   * `gen` receives a generator seeded by (seed, place, period, name).
   */
  stat(name: string, gen: (r: Rng) => number, periodCode = this.period.code): number {
    const key = `${name}@${periodCode}`;
    let v = this.stats.get(key);
    if (v === undefined) {
      v = gen(Rng.of(this.seed, this.placeId, periodCode, name));
      this.stats.set(key, v);
    }
    return v;
  }

  /** A figure of the place itself (size, base counts), constant over time. */
  placeConst(name: string, gen: (r: Rng) => number): number {
    return this.stat(name, gen, 'const');
  }
}
