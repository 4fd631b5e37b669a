/** Rounds a 0..1 share (or a correlation) to 4 decimals; never returns -0. */
export function round4(value: number): number {
  const rounded = Math.round(value * 10_000) / 10_000;
  return rounded === 0 ? 0 : rounded;
}

/** numerator / denominator rounded to 4 decimals, or null when there is nothing to divide by. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? round4(numerator / denominator) : null;
}

/** Code-unit order: deterministic on every server, whatever its ICU data (as the leaderboard sorts). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Competition ranks (1, 1, 3) for items already sorted best first; `tied` compares neighbours. */
export function competitionRanks(sortedCount: number, tied: (previous: number, current: number) => boolean): Int32Array {
  const ranks = new Int32Array(sortedCount);
  for (let i = 0; i < sortedCount; i++) ranks[i] = i > 0 && tied(i - 1, i) ? ranks[i - 1] : i + 1;
  return ranks;
}
