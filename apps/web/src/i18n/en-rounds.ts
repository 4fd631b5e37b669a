import type { zhRounds } from './zh-CN-rounds';

/** English text: round kinds' own rules (speed tiers). */
export const enRounds: Record<keyof typeof zhRounds, string> = {
  speedTiers: 'Speed tiers',
  speedTiersHint: 'The share of the points (0–1) for the 1st, 2nd, 3rd … right answer by order of arrival',
  speedTiersDefault: 'Default 1 / 0.8 / 0.6 / 0.4; later right answers earn the last tier',
  speedTiersInvalid: 'Shares must be between 0 and 1',
  speedTiersShort: 'Speed {tiers}',
};
