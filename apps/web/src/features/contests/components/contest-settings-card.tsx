import { App, Button, Card, Divider, Form, InputNumber, Radio } from 'antd';
import { errorMessage } from '../../../lib/api-client';
import { useUpdateContestSettings } from '../api/update-contest-settings';
import type { ContestSettings } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { AppealSettingsForm } from '../../appeals/components/appeal-settings-form';

interface SettingsForm {
  thinkTank: number;
  baseScore: number;
  groupScore: 'sum' | 'mean';
}

interface Props {
  contestId: string;
  settings: ContestSettings | undefined;
  baseScore: number;
}

/** Contest-wide settings: lifelines (智囊团 consultations per team), the base score every team starts with, group totals, appeals (申诉). */
export function ContestSettingsCard({ contestId, settings, baseScore }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const update = useUpdateContestSettings(contestId);
  const submit = (values: SettingsForm) =>
    update.mutate(
      { lifelines: { thinkTank: values.thinkTank }, baseScore: values.baseScore, groupScore: values.groupScore },
      { onSuccess: () => void message.success(t('settingsSaved')), onError: (error) => void message.error(errorMessage(error)) },
    );
  return (
    <Card title={t('contestSettings')} size="small" style={{ marginTop: 16 }} data-testid="contest-settings">
      <Form<SettingsForm>
        layout="vertical"
        onFinish={submit}
        initialValues={{ thinkTank: settings?.lifelines?.thinkTank ?? 0, baseScore, groupScore: settings?.groupScore ?? 'mean' }}
      >
        <Form.Item name="baseScore" label={t('baseScore')} extra={t('baseScoreHint')} rules={[{ required: true, message: t('required') }]}>
          <InputNumber min={-100000} max={100000} style={{ width: 140 }} data-testid="settings-base-score" />
        </Form.Item>
        <Form.Item name="thinkTank" label={t('thinkTankPerTeam')} extra={t('thinkTankPerTeamHint')} rules={[{ required: true, message: t('required') }]}>
          <InputNumber min={0} max={100} precision={0} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="groupScore" label={t('groupScoreLabel')} extra={t('groupScoreHint')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'mean', label: t('groupScoreMean') },
              { value: 'sum', label: t('groupScoreSum') },
            ]}
          />
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
