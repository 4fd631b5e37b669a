import { App, Breadcrumb, Button, Card, Col, Row, Space, Typography } from 'antd';
import { DesktopOutlined, MobileOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { LifelineUsedEvent } from '@jingsai/domain';
import { useStaffToken } from '../../api/auth-context';
import { paperKeys } from '../../api/paper-hooks';
import { queryKeys, useAllQuestionsById, useContest } from '../../api/staff-hooks';
import { useLiveSocket } from '../../api/use-live-socket';
import { ErrorAlert } from '../../components/error-alert';
import { lifelineText } from '../../components/lifeline-toast';
import { PageLoading } from '../../components/page-loading';
import { useT } from '../../i18n';
import { ContestSettingsCard } from './contest-settings-card';
import { ContestStatusTag } from './contest-status-tag';
import { JudgesPanel } from './judges-panel';
import { LivePanel } from './live-panel';
import { LiveTools } from './live-tools';
import { RoundsPanel } from './rounds-panel';
import { TeamsPanel } from './teams-panel';
import { TieBreakCard } from './tie-break-card';

export function ContestPage() {
  const { contestId = '' } = useParams();
  const t = useT();
  const token = useStaffToken();
  const client = useQueryClient();
  const contest = useContest(contestId);
  const questions = useAllQuestionsById();
  const onLive = useCallback(() => void client.invalidateQueries({ queryKey: queryKeys.contest(contestId) }), [client, contestId]);
  const auth = useMemo(() => (token ? { token, contestId } : null), [token, contestId]);
  const { message } = App.useApp();
  const onLifeline = useCallback((event: LifelineUsedEvent) => void message.info({ content: `🧠 ${lifelineText(event, t)}`, duration: 6 }), [message, t]);
  const onPaper = useCallback(() => {
    void client.invalidateQueries({ queryKey: paperKeys.windows(contestId) });
    void client.invalidateQueries({ queryKey: queryKeys.contest(contestId) });
  }, [client, contestId]);
  const live = useLiveSocket(auth, { onLive, onLifeline, onPaper });

  if (contest.isLoading) return <PageLoading />;
  if (contest.isError || !contest.data) return <ErrorAlert error={contest.error} onRetry={() => void contest.refetch()} />;
  const data = contest.data;
  const joinUrl = `${window.location.origin}/join?contest=${data.id}`;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/console">{t('contests')}</Link> }, { title: data.title }]} />
      <Card>
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space direction="vertical" size={0}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {data.title} <ContestStatusTag status={data.status} />
            </Typography.Title>
            <Typography.Text type="secondary" copyable={{ text: data.id }}>
              {t('contestId')}: {data.id}
            </Typography.Text>
          </Space>
          <Space wrap>
            <Button icon={<DesktopOutlined />} href={`/screen/${data.id}`} target="_blank">
              {t('bigScreen')}
            </Button>
            <Typography.Text copyable={{ text: joinUrl }}>
              <MobileOutlined /> {t('playLink')}
            </Typography.Text>
          </Space>
        </Space>
      </Card>
      <LivePanel live={live} />
      <LiveTools contestId={data.id} teams={data.teams} live={live} />
      <TieBreakCard contestId={data.id} teams={data.teams} boardVersion={live.leaderboard?.version} />
      <Row gutter={16}>
        <Col xs={24} xl={8}>
          <TeamsPanel contestId={data.id} teams={data.teams} />
          <JudgesPanel contestId={data.id} />
          <ContestSettingsCard key={data.version} contestId={data.id} settings={data.settings} />
        </Col>
        <Col xs={24} xl={16}>
          <RoundsPanel contest={data} questions={questions} />
        </Col>
      </Row>
    </Space>
  );
}
