import { invalidTiers, tierNumbers } from '../tier-tags';

const fraction = (n: number) => n > 0 && n <= 1;

/** The shares of the points by order of arrival (first, second, …), as typed: fractions of 1. */
export function parseSpeedTiers(values: (string | number)[] | undefined): number[] {
  return tierNumbers(values, fraction);
}

export function invalidSpeedTiers(values: (string | number)[] | undefined): string[] {
  return invalidTiers(values, fraction);
}

export const DEFAULT_SPEED_TIERS = [1, 0.8, 0.6, 0.4];
