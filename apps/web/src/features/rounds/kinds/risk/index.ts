import { ROUND_KIND_LABELS } from '@jingsai/domain';
import type { RoundKindPlugin } from '../kind-plugin';
import { RiskFields } from './risk-fields';
import { MyStakeTag, StakeTiersTag } from './risk-tags';
import { StakeStatus } from './stake-status';
import { StakeUpcoming } from './stake-upcoming';
import { parseStakes } from './stakes';

/** 风险: a team chooses a stake before seeing the question; right adds it, wrong subtracts it. */
export const riskKind: RoundKindPlugin = {
  kind: 'risk',
  label: ROUND_KIND_LABELS.risk,
  defaultVisibility: 'after-close',
  SettingsFields: RiskFields,
  defaults: { stakes: ['10', '20', '30'], stakeOncePerTeam: true },
  toSettings: (f) => ({ stakes: parseStakes(f.stakes), stakeOncePerTeam: f.stakeOncePerTeam ?? false }),
  Tags: StakeTiersTag,
  ConsolePanel: StakeStatus,
  PhoneTag: MyStakeTag,
  PhoneUpcoming: StakeUpcoming,
};
