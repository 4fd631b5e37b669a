/** Rounds to 2 decimals, half away from zero, without the 1.005 → 1.00 surprise; never returns -0. */
export function round2(value: number): number {
  const rounded = Math.round((Math.abs(value) + Number.EPSILON) * 100) / 100;
  if (rounded === 0) return 0;
  return value < 0 ? -rounded : rounded;
}

/**
 * Sums in a canonical (sorted) order so the result does not depend on the order of the
 * input: the leaderboard must be identical however the log was read.
 */
export function stableSum(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b).reduce((total, v) => total + v, 0);
}
