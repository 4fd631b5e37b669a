import { Form, Switch } from 'antd';
import { useT } from '../../../../i18n/index';
import { settingsItem as item, SettingsRow } from '../../components/settings-row';
import { TierTagsField } from '../tier-tags-field';
import { invalidStakes } from './stakes';

/** 风险: the stake tiers a team picks from, and whether each tier may be used once per team. */
export function RiskFields() {
  const t = useT();
  return (
    <SettingsRow>
      <TierTagsField name="stakes" label="stakeTiers" hint="stakeTiersHint" defaultText="stakeTiersDefault" invalidText="stakeTiersInvalid" invalid={invalidStakes} testId="stake-tiers" />
      <Form.Item name={['settings', 'stakeOncePerTeam']} label={t('stakeOncePerTeam')} valuePropName="checked" {...item}>
        <Switch />
      </Form.Item>
    </SettingsRow>
  );
}
