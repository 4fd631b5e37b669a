import { Form, InputNumber } from 'antd';
import { useT } from '../../../i18n/index';
import { settingsItem as item } from '../components/settings-row';

/** Points lost for a wrong answer (必答, 抢答). */
export function WrongPenaltyField() {
  const t = useT();
  return (
    <Form.Item name={['settings', 'wrongPenalty']} label={t('wrongPenalty')} {...item}>
      <InputNumber min={0} max={10000} style={{ width: '100%' }} />
    </Form.Item>
  );
}
