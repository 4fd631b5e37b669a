import { SettingsRow } from '../../components/settings-row';
import { TierTagsField } from '../tier-tags-field';
import { invalidSpeedTiers } from './speed-tiers';

/** 速答: the share of the points the first, second, … right answer earns. */
export function SpeedFields() {
  return (
    <SettingsRow>
      <TierTagsField name="speedTiers" label="speedTiers" hint="speedTiersHint" defaultText="speedTiersDefault" invalidText="speedTiersInvalid" invalid={invalidSpeedTiers} testId="speed-tiers" />
    </SettingsRow>
  );
}
