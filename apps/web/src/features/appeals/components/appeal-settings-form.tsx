import { App, Button, Form, InputNumber, Switch } from 'antd';
import { useUpdateAppealSettings } from '../api/update-appeal-settings';
import type { AppealSettings } from '@jingsai/domain';
import { errorMessage } from '../../../lib/api-client';
import { useT } from '../../../i18n/index';

interface Values {
  windowMinutes: number | null;
  showOnScreen: boolean;
}

/** 申诉: how long after a question ends a team may appeal, and whether the big screen shows 申诉处理中. */
export function AppealSettingsForm({ contestId, settings }: { contestId: string; settings: AppealSettings | undefined }) {
  const t = useT();
  const { message } = App.useApp();
  const update = useUpdateAppealSettings(contestId);
  const submit = (values: Values) =>
    update.mutate(
      { windowMinutes: values.windowMinutes ?? null, showOnScreen: values.showOnScreen },
      { onSuccess: () => void message.success(t('settingsSaved')), onError: (error) => void message.error(errorMessage(error)) },
    );
  return (
    <Form<Values>
      layout="inline"
      onFinish={submit}
      initialValues={{ windowMinutes: settings?.windowMinutes ?? null, showOnScreen: settings?.showOnScreen ?? false }}
      style={{ rowGap: 8 }}
      data-testid="appeal-settings"
    >
      <Form.Item name="windowMinutes" label={t('appealWindow')} tooltip={t('appealWindowHint')}>
        <InputNumber min={1} max={1440} precision={0} placeholder={t('appealWindowDefault')} style={{ width: 190 }} data-testid="appeal-window" />
      </Form.Item>
      <Form.Item name="showOnScreen" label={t('appealShowOnScreen')} valuePropName="checked">
        <Switch data-testid="appeal-show-on-screen" />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={update.isPending} data-testid="appeal-settings-save">
        {t('save')}
      </Button>
    </Form>
  );
}
