import { round4 } from './numbers.util';

/** One answering unit's result on a question. */
export interface UnitSample {
  /** The unit's total over the contest: what ranks it into the upper or lower group. */
  total: number;
  /** Its score share on the question, 0..1. */
  share: number;
}

/**
 * Upper–lower discrimination index (Kelley): mean share of the top `groupShare` of units by
 * total minus that of the bottom group, −1..1; null with fewer than 2 units. Units tied on
 * the total across a group's edge share the remaining places pro rata, so ties never decide.
 */
export function upperLowerIndex(samples: UnitSample[], groupShare = 0.27): number | null {
  const sorted = [...samples].sort((a, b) => b.total - a.total);
  return upperLowerSorted(
    sorted.map((s) => s.total),
    sorted.map((s) => s.share),
    groupShare,
  );
}

/** `upperLowerIndex` over samples already sorted by total, best first. */
export function upperLowerSorted(totals: ArrayLike<number>, shares: ArrayLike<number>, groupShare: number): number | null {
  const n = totals.length;
  if (n < 2) return null;
  const size = Math.max(1, Math.min(Math.round(groupShare * n), Math.floor(n / 2)));
  const upper = groupMean(totals, shares, size, 0, 1);
  const lower = groupMean(totals, shares, size, n - 1, -1);
  return round4(upper - lower);
}

/** Mean share of the first `size` units walking from `start` by `dir`, tied blocks weighted pro rata. */
function groupMean(totals: ArrayLike<number>, shares: ArrayLike<number>, size: number, start: number, dir: 1 | -1): number {
  let remaining = size;
  let sum = 0;
  let i = start;
  while (remaining > 0) {
    let blockSum = 0;
    let blockSize = 0;
    const total = totals[i];
    for (; i >= 0 && i < totals.length && totals[i] === total; i += dir) {
      blockSum += shares[i];
      blockSize++;
    }
    const taken = Math.min(blockSize, remaining);
    sum += (blockSum * taken) / blockSize;
    remaining -= taken;
  }
  return sum / size;
}

/**
 * Pearson correlation of the share with the rest score (the unit's total without this
 * question): the corrected item–total correlation, the point-biserial for right/wrong items.
 * null with fewer than 2 units or when either side does not vary.
 */
export function itemRestCorrelation(shares: ArrayLike<number>, rests: ArrayLike<number>): number | null {
  const n = shares.length;
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += shares[i];
    sy += rests[i];
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = shares[i] - mx;
    const dy = rests[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Relative tolerance: a constant column summed in floating point can leave ~1e-30 of "variance".
  if (sxx <= 1e-12 * Math.max(1, mx * mx) * n || syy <= 1e-12 * Math.max(1, my * my) * n) return null;
  return round4(sxy / Math.sqrt(sxx * syy));
}
