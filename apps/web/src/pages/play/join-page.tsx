import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { apiRequest, errorMessage } from '../../api/client';
import { tokenStore } from '../../api/token-store';
import type { JoinResponse } from '../../api/types';
import { LanguageSwitch } from '../../components/language-switch';
import { useT } from '../../i18n';
import './play.css';

interface JoinForm {
  contestId: string;
  joinCode: string;
  name: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function JoinPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const presetContest = params.get('contest') ?? '';
  const join = useMutation({
    mutationFn: (values: JoinForm) =>
      apiRequest<JoinResponse>(`/contests/${values.contestId.trim()}/join`, {
        method: 'POST',
        body: { joinCode: values.joinCode.trim().toUpperCase(), name: values.name.trim() },
      }),
    onSuccess: (data, values) => {
      const contestId = values.contestId.trim();
      tokenStore.setContestant(contestId, data);
      navigate(`/play/${contestId}`);
    },
  });
  const existing = presetContest ? tokenStore.contestant(presetContest) : null;

  return (
    <div className="play-shell">
      <header className="play-header">
        <span className="play-brand">🏆 {t('appName')}</span>
        <LanguageSwitch dark />
      </header>
      <main className="play-main">
        <Card title={t('joinTitle')} className="play-card">
          {existing && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message={`${existing.contestant.name}${existing.contestant.teamName ? ` · ${existing.contestant.teamName}` : ''}`}
              action={<Button size="small" type="primary" onClick={() => navigate(`/play/${presetContest}`)}>{t('open')}</Button>}
            />
          )}
          {join.isError && <Alert type="error" showIcon message={errorMessage(join.error)} style={{ marginBottom: 16 }} data-testid="join-error" />}
          <Form<JoinForm> layout="vertical" size="large" requiredMark={false} initialValues={{ contestId: presetContest }} onFinish={(v) => join.mutate(v)}>
            <Form.Item
              name="contestId"
              label={t('contestId')}
              hidden={UUID.test(presetContest)}
              rules={[{ required: true, message: t('required') }, { pattern: UUID, message: t('contestId') + ' ?' }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="joinCode" label={t('joinCode')} rules={[{ required: true, message: t('required') }, { min: 4, max: 16 }]}>
              <Input autoComplete="off" autoCapitalize="characters" style={{ textTransform: 'uppercase', letterSpacing: 4, fontSize: 22 }} />
            </Form.Item>
            <Form.Item name="name" label={t('yourName')} rules={[{ required: true, message: t('required') }, { max: 50 }]}>
              <Input autoComplete="name" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={join.isPending} style={{ height: 52, fontSize: 18 }}>
              {t('join')}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
            Jingsai · 竞赛
          </Typography.Paragraph>
        </Card>
      </main>
    </div>
  );
}
