import { Form, Select } from 'antd';
import { useT } from '../../../../i18n/index';
import { SettingsRow } from '../../components/settings-row';
import { invalidSpeedTiers } from './speed-tiers';

/** 速答: the share of the points the first, second, … right answer earns. */
export function SpeedFields() {
  const t = useT();
  return (
    <SettingsRow>
      <Form.Item
        name={['settings', 'speedTiers']}
        label={t('speedTiers')}
        tooltip={t('speedTiersHint')}
        extra={t('speedTiersDefault')}
        style={{ flex: 2, minWidth: 240 }}
        rules={[
          {
            validator: (_, v: (string | number)[] | undefined) => {
              if (!v || v.length === 0) return Promise.reject(new Error(t('required')));
              if (v.length > 10) return Promise.reject(new Error(t('stakeTiersMax')));
              const bad = invalidSpeedTiers(v);
              return bad.length ? Promise.reject(new Error(`${t('speedTiersInvalid')}: ${bad.join(', ')}`)) : Promise.resolve();
            },
          },
        ]}
      >
        <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} data-testid="speed-tiers" />
      </Form.Item>
    </SettingsRow>
  );
}
