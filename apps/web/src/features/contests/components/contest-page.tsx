import { App, Breadcrumb, Col, Row, Space, Tabs } from 'antd';
import { BarChartOutlined, BulbOutlined, ControlOutlined } from '@ant-design/icons';
import { lazy, Suspense, useCallback } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { LifelineUsedEvent } from '@jingsai/domain';
import { memberKeys } from '../../members/api/keys';
import { paperKeys } from '../../papers/api/keys';
import { useManagedContest } from '../hooks/use-managed-contest';
import { useLiveSocket } from '../../live/hooks/use-live-socket';
import { venueKeys } from '../../venue/api/keys';
import { ErrorAlert } from '../../../components/error-alert';
import { lifelineText } from '../../../components/lifeline-toast';
import { PageLoading } from '../../../components/page-loading';
import { useT } from '../../../i18n/index';
import { AppealsPanel } from '../../appeals/components/appeals-panel';
import { ContestHeader } from './contest-header';
import { ContestSettingsCard } from './contest-settings-card';
import { JudgesPanel } from '../../judging/components/judges-panel';
import { LivePanel } from '../../live/components/live-panel';
import { LiveTools } from '../../live/components/live-tools';
import { MembersPanel } from '../../members/components/members-panel';
import { RoundsPanel } from '../../rounds/components/rounds-panel';
import { TeamsPanel } from './teams-panel';
import { TieBreakCard } from './tie-break-card';
import { VenueCard } from '../../venue/components/venue-card';

// The analysis tab brings ECharts: loaded when it is first opened.
const AnalysisTab = lazy(() => import('../../analysis/components/analysis-tab').then((m) => ({ default: m.AnalysisTab })));

export function ContestPage() {
  const { contestId = '' } = useParams();
  const t = useT();
  const { client, contest, questions, refresh: refreshContest, auth, verifySession } = useManagedContest(contestId);
  const { message } = App.useApp();
  const onLifeline = useCallback((event: LifelineUsedEvent) => void message.info({ content: lifelineText(event, t), icon: <BulbOutlined style={{ color: '#7b3fe4' }} />, duration: 6 }), [message, t]);
  const onPaper = useCallback(() => {
    void client.invalidateQueries({ queryKey: paperKeys.windows(contestId) });
    refreshContest();
  }, [client, contestId, refreshContest]);
  const onMembersChanged = useCallback(() => {
    void client.invalidateQueries({ queryKey: memberKeys.members(contestId) });
    void client.invalidateQueries({ queryKey: venueKeys.lobby(contestId) });
  }, [client, contestId]);
  const live = useLiveSocket(auth, { onLive: refreshContest, onLifeline, onPaper, onContestUpdated: refreshContest, onMembersChanged, verifySession });
  // ?tab=analysis: the tab survives a reload and can be linked to.
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'analysis' ? 'analysis' : 'run';

  if (contest.isLoading) return <PageLoading />;
  if (contest.isError || !contest.data) return <ErrorAlert error={contest.error} onRetry={() => void contest.refetch()} />;
  const data = contest.data;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/console">{t('contests')}</Link> }, { title: data.title }]} />
      <ContestHeader contest={data} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'analysis' ? { tab: key } : {}, { replace: true })}
        items={[
          { key: 'run', label: t('anTabRun'), icon: <ControlOutlined /> },
          { key: 'analysis', label: <span data-testid="analysis-tab-button">{t('anTab')}</span>, icon: <BarChartOutlined /> },
        ]}
        style={{ marginBottom: -16 }}
      />
      {tab === 'analysis' ? (
        <Suspense fallback={<PageLoading />}>
          <AnalysisTab contest={data} />
        </Suspense>
      ) : (
        <>
          <LivePanel live={live} />
          <LiveTools contestId={data.id} teams={data.teams} live={live} />
          <TieBreakCard contestId={data.id} teams={data.teams} boardVersion={live.leaderboard?.version} />
          <AppealsPanel contestId={data.id} />
          <Row gutter={16}>
            <Col xs={24} xl={9}>
              <VenueCard contestId={data.id} />
              <TeamsPanel contestId={data.id} teams={data.teams} />
              <MembersPanel contestId={data.id} />
              <JudgesPanel contestId={data.id} />
              <ContestSettingsCard key={data.version} contestId={data.id} settings={data.settings} baseScore={data.baseScore} />
            </Col>
            <Col xs={24} xl={15}>
              <RoundsPanel contest={data} questions={questions} />
            </Col>
          </Row>
        </>
      )}
    </Space>
  );
}
