import { Form, Select, Switch } from 'antd';
import { useT } from '../../../../i18n/index';
import { settingsItem as item, SettingsRow } from '../../components/settings-row';
import { invalidStakes } from './stakes';

/** 风险: the stake tiers a team picks from, and whether each tier may be used once per team. */
export function RiskFields() {
  const t = useT();
  return (
    <SettingsRow>
      <Form.Item
        name={['settings', 'stakes']}
        label={t('stakeTiers')}
        tooltip={t('stakeTiersHint')}
        extra={t('stakeTiersDefault')}
        style={{ flex: 2, minWidth: 240 }}
        rules={[
          {
            validator: (_, v: (string | number)[] | undefined) => {
              if (!v || v.length === 0) return Promise.reject(new Error(t('required')));
              if (v.length > 10) return Promise.reject(new Error(t('stakeTiersMax')));
              const bad = invalidStakes(v);
              return bad.length ? Promise.reject(new Error(`${t('stakeTiersInvalid')}: ${bad.join(', ')}`)) : Promise.resolve();
            },
          },
        ]}
      >
        <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} data-testid="stake-tiers" />
      </Form.Item>
      <Form.Item name={['settings', 'stakeOncePerTeam']} label={t('stakeOncePerTeam')} valuePropName="checked" {...item}>
        <Switch />
      </Form.Item>
    </SettingsRow>
  );
}
