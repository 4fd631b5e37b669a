import type { ItemSamples } from './item-analysis';

/** Each unit's place when sorted by total, best first; equal totals keep input order. */
export function unitRanks(totals: ArrayLike<number>): Int32Array {
  const order = Array.from({ length: totals.length }, (_, i) => i).sort((a, b) => totals[b] - totals[a] || a - b);
  const rankOf = new Int32Array(totals.length);
  order.forEach((unit, rank) => (rankOf[unit] = rank));
  return rankOf;
}

/**
 * One question's results (unit, share, the item's points) as samples sorted by the units'
 * ranks: totals best first, shares, and rests (total − the item's points). A bucket per rank
 * (a chain, should a unit answer twice) read in rank order: O(units + answers) per question,
 * no comparison sort.
 */
export function sortedSamples(
  units: readonly number[],
  shares: readonly number[],
  points: readonly number[],
  totals: ArrayLike<number>,
  rankOf: Int32Array,
): ItemSamples {
  const k = units.length;
  const head = new Int32Array(rankOf.length).fill(-1);
  const next = new Int32Array(k);
  for (let i = k - 1; i >= 0; i--) {
    const rank = rankOf[units[i]];
    next[i] = head[rank];
    head[rank] = i;
  }
  const sortedTotals = new Float64Array(k);
  const sortedShares = new Float64Array(k);
  const rests = new Float64Array(k);
  let j = 0;
  for (let rank = 0; rank < head.length && j < k; rank++) {
    for (let i = head[rank]; i >= 0; i = next[i], j++) {
      const total = totals[units[i]];
      sortedTotals[j] = total;
      sortedShares[j] = shares[i];
      rests[j] = total - points[i];
    }
  }
  return { totals: sortedTotals, shares: sortedShares, rests };
}
