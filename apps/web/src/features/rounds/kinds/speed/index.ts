import { ROUND_KIND_LABELS } from '@jingsai/domain';
import type { RoundKindPlugin } from '../kind-plugin';
import { SpeedFields } from './speed-fields';
import { SpeedTiersTag } from './speed-tags';
import { parseSpeedTiers } from './speed-tiers';

/** 速答: every team answers (like 必答); the points of a right answer scale by its order of arrival. */
export const speedKind: RoundKindPlugin = {
  kind: 'speed',
  label: ROUND_KIND_LABELS.speed,
  defaultVisibility: 'after-close',
  SettingsFields: SpeedFields,
  defaults: { speedTiers: ['1', '0.8', '0.6', '0.4'] },
  toSettings: (f) => ({ speedTiers: parseSpeedTiers(f.speedTiers) }),
  Tags: SpeedTiersTag,
};
