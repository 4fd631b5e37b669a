import { Form, InputNumber, Select } from 'antd';
import { useT } from '../../../../i18n/index';
import { settingsItem as item, SettingsRow } from '../../components/settings-row';

/** 必答: the penalty for a wrong answer; every team answers, or one team per question in turn. */
export function RequiredFields() {
  const t = useT();
  return (
    <SettingsRow>
      <Form.Item name={['settings', 'wrongPenalty']} label={t('wrongPenalty')} {...item}>
        <InputNumber min={0} max={10000} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name={['settings', 'assignment']} label={t('assignment')} tooltip={t('assignmentHint')} {...item}>
        <Select
          data-testid="assignment"
          options={[
            { value: 'all', label: t('assignmentAll') },
            { value: 'in-turn', label: t('assignmentInTurn') },
          ]}
        />
      </Form.Item>
    </SettingsRow>
  );
}
