import { App, Button, Card, Divider, Form, InputNumber } from 'antd';
import { errorMessage } from '../../api/client';
import { useUpdateContestSettings } from '../../api/live-control-hooks';
import type { ContestSettings } from '../../api/types';
import { useT } from '../../i18n';
import { AppealSettingsForm } from './appeal-settings-form';

interface SettingsForm {
  thinkTank: number;
}

/** Contest-wide settings: lifelines (智囊团 consultations per team) and appeals (申诉). */
export function ContestSettingsCard({ contestId, settings }: { contestId: string; settings: ContestSettings | undefined }) {
  const t = useT();
  const { message } = App.useApp();
  const update = useUpdateContestSettings(contestId);
  const submit = (values: SettingsForm) =>
    update.mutate(
      { lifelines: { thinkTank: values.thinkTank } },
      { onSuccess: () => void message.success(t('settingsSaved')), onError: (error) => void message.error(errorMessage(error)) },
    );
  return (
    <Card title={t('contestSettings')} size="small" style={{ marginTop: 16 }} data-testid="contest-settings">
      <Form<SettingsForm> layout="inline" onFinish={submit} initialValues={{ thinkTank: settings?.lifelines?.thinkTank ?? 0 }}>
        <Form.Item name="thinkTank" label={t('thinkTankPerTeam')} tooltip={t('thinkTankPerTeamHint')} rules={[{ required: true, message: t('required') }]}>
          <InputNumber min={0} max={100} precision={0} style={{ width: 100 }} />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={update.isPending}>
          {t('save')}
        </Button>
      </Form>
      <Divider orientation="left" plain style={{ margin: '12px 0 8px' }}>
        {t('appealSettings')}
      </Divider>
      <AppealSettingsForm key={JSON.stringify(settings?.appeals ?? null)} contestId={contestId} settings={settings?.appeals} />
    </Card>
  );
}
