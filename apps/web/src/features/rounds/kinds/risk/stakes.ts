import { invalidTiers, tierNumbers } from '../tier-tags';

const positive = (n: number) => n > 0;

/** Stake tiers typed as tags: positive numbers, distinct, ascending. */
export function parseStakes(values: (string | number)[] | undefined): number[] {
  return [...new Set(tierNumbers(values, positive))].sort((a, b) => a - b);
}

export function invalidStakes(values: (string | number)[] | undefined): string[] {
  return invalidTiers(values, positive);
}
