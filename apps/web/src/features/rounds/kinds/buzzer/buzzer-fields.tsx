import { Form, InputNumber, Switch } from 'antd';
import { useT } from '../../../../i18n/index';
import { settingsItem as item, SettingsRow } from '../../components/settings-row';
import { WrongPenaltyField } from '../penalty-field';

/** 抢答: penalties for a wrong answer and a false start; whether the right passes on after a wrong answer. */
export function BuzzerFields() {
  const t = useT();
  return (
    <SettingsRow>
      <WrongPenaltyField />
      <Form.Item name={['settings', 'falseStartPenalty']} label={t('falseStartPenalty')} {...item}>
        <InputNumber min={0} max={10000} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name={['settings', 'passOnWrong']} label={t('passOnWrong')} valuePropName="checked" {...item}>
        <Switch />
      </Form.Item>
    </SettingsRow>
  );
}
