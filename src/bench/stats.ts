/** Latency statistics for the benchmark: nearest-rank percentiles over measured samples. */

/** Summary of a set of timings in milliseconds. */
export interface Summary {
  n: number;
  p50: number;
  p95: number;
  mean: number;
  max: number;
}

/**
 * The nearest-rank percentile `p` (0 < p ≤ 100) of `values`: the smallest sample with at least
 * p% of the samples at or below it. Nearest rank never invents a value no query took.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('bench: percentile of no samples; measure at least one');
  if (!(p > 0 && p <= 100)) throw new Error(`bench: percentile must be in (0, 100], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}

/** p50, p95, mean and max of `values` (all 0 for no samples, so an empty run still prints). */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) return { n: 0, p50: 0, p95: 0, mean: 0, max: 0 };
  const sum = values.reduce((s, v) => s + v, 0);
  return {
    n: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    mean: sum / values.length,
    max: Math.max(...values),
  };
}

/** Run `fn` and return its result with the elapsed wall time in milliseconds. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
}

/** Async {@link timed}. */
export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t };
}

/** Round to `digits` decimals (for JSON that stays readable); never returns −0. */
export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  // + 0 turns −0 (a tiny negative rounded) into 0, which JSON would print as 0 anyway.
  return Math.round(x * f) / f + 0;
}
