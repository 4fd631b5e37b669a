import { Form, Select } from 'antd';
import { useT } from '../../../../i18n/index';
import { settingsItem as item, SettingsRow } from '../../components/settings-row';
import { PaperDrawFields } from './paper-draw-fields';

/** 笔答: how members' scores make the team's, and the individual paper each contestant draws. */
export function WrittenFields() {
  const t = useT();
  return (
    <>
      <SettingsRow>
        <Form.Item name={['settings', 'teamScore']} label={t('teamScoreRule')} {...item}>
          <Select
            options={[
              { value: 'sum', label: t('teamScoreSum') },
              { value: 'mean', label: t('teamScoreMean') },
            ]}
          />
        </Form.Item>
      </SettingsRow>
      <PaperDrawFields />
    </>
  );
}
