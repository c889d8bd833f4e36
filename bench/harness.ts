/**
 * What the benchmarks share: medians and percentiles of rounds, and the order in which paths
 * alternate. Each benchmark measures its paths side by side in one run, round by round, and
 * reports medians and ratios (the machine is shared: only figures of one run compare).
 */

/** The median (the mean of the two middle values for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

/** The p-th percentile of values sorted ascending (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/**
 * The order of `paths` in round `round`: each round starts with the next path, so that none
 * always runs first (on a cold JIT) or last (on a machine warming up).
 */
export function rotation<T>(paths: readonly T[], round: number): T[] {
  const k = paths.length === 0 ? 0 : round % paths.length;
  return [...paths.slice(k), ...paths.slice(0, k)];
}
