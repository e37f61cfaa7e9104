/**
 * The one statistics helper for the benchmarks, the budgets and the audits, with one convention:
 * the nearest rank on the sorted values. A percentile is always a value that was measured (never
 * an average of two), and the median is the 50th percentile, so for an even count it is the
 * lower of the two middle values.
 */

/** Where the `p`-th percentile (0–1) of `count` sorted values sits: the nearest rank, from 0. */
function rankIndex(count: number, p: number): number {
  if (count === 0) throw new RangeError('no values to take a percentile of');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a percentile is from 0 to 1, got ${p}`);
  return Math.max(0, Math.ceil(p * count) - 1);
}

/** The item at the `p`-th percentile (0–1) of `items` ordered by `value`. */
export function percentileBy<T>(items: readonly T[], p: number, value: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => value(a) - value(b));
  return sorted[rankIndex(sorted.length, p)]!;
}

/** The `p`-th percentile (0–1) of `values`, by nearest rank: p95 of 20 values is the 19th smallest. */
export function percentile(values: readonly number[], p: number): number {
  return percentileBy(values, p, (v) => v);
}

/** The item in the middle of `items` ordered by `value` (the lower middle for an even count). */
export function medianBy<T>(items: readonly T[], value: (item: T) => number): T {
  return percentileBy(items, 0.5, value);
}

/** The median of `values`: the lower middle value for an even count. */
export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}
