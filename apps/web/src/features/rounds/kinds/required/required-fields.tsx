import { Form, Select } from 'antd';
import { useT } from '../../../../i18n/index';
import { settingsItem as item, SettingsRow } from '../../components/settings-row';
import { WrongPenaltyField } from '../penalty-field';

/** 必答: the penalty for a wrong answer; every team answers, or one team per question in turn. */
export function RequiredFields() {
  const t = useT();
  return (
    <SettingsRow>
      <WrongPenaltyField />
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
