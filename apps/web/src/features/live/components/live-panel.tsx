import { Alert, Badge, Card, Col, Empty, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { LeaderboardRow } from '@jingsai/domain';
import { errorMessage } from '../../../lib/api-client';
import type { LiveState } from '../hooks/use-live-socket';
import { QuestionTypeTag } from '../../../components/question-type-tag';
import { formatSeconds, useCountdown } from '../../../components/use-countdown';
import { useT } from '../../../i18n/index';
import { QuestionStatusPanel } from './question-status-panel';

/** Live control: what is on screen now, its countdown, who answered / buzzed / staked, and the staff leaderboard. */
export function LivePanel({ live }: { live: LiveState }) {
  const t = useT();
  const view = live.live;
  return (
    <Card
      title={
        <Space>
          {t('liveControl')}
          <Badge status={live.connected ? 'success' : 'error'} text={live.connected ? t('connected') : t('disconnected')} />
        </Space>
      }
    >
      {live.error && !live.connected && <Alert type="warning" showIcon message={errorMessage(live.error)} style={{ marginBottom: 12 }} />}
      <Row gutter={24}>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t('currentQuestion')}</Typography.Title>
          {view?.question && view.phase !== 'waiting' ? (
            <CurrentQuestion live={live} />
          ) : (
            <Empty description={t('noCurrentQuestion')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          )}
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t('leaderboardStaff')}</Typography.Title>
          <StaffBoard rows={live.leaderboard?.rows ?? []} loading={!live.leaderboard} frozen={live.leaderboard?.frozen ?? false} />
        </Col>
      </Row>
    </Card>
  );
}

function CurrentQuestion({ live }: { live: LiveState }) {
  const t = useT();
  const view = live.live;
  const remaining = useCountdown(view?.phase === 'open' ? view.deadline : null, live.clockOffset, view?.pausedAt);
  if (!view?.question) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {view.round && <Tag>{view.round.title}</Tag>}
        {view.questionPosition !== null && <Tag>{t('questionN', { n: view.questionPosition })}</Tag>}
        <QuestionTypeTag type={view.question.type} />
        <Tag color={view.phase === 'open' ? 'green' : 'default'} data-testid="live-phase">
          {view.phase === 'open' ? t('qOpen') : view.revealed ? t('qRevealed') : t('qClosed')}
        </Tag>
      </Space>
      <Typography.Paragraph style={{ fontSize: 16 }}>{view.question.stem}</Typography.Paragraph>
      {view.question.options?.map((o) => (
        <div key={o.key}>
          <b>{o.key}.</b> {o.text}
        </div>
      ))}
      {view.phase === 'open' && remaining !== null && (
        <Statistic title={t('timeLeft')} value={remaining > 0 ? formatSeconds(remaining) : t('timeUp')} valueStyle={{ color: remaining <= 5000 ? '#cf1322' : undefined, fontSize: 36 }} />
      )}
      {view.round && <QuestionStatusPanel roundId={view.round.id} questionId={view.question.id} roundKind={view.round.kind} open={view.phase === 'open'} buzz={view.buzz} />}
    </Space>
  );
}

function StaffBoard({ rows, loading, frozen }: { rows: LeaderboardRow[]; loading: boolean; frozen: boolean }) {
  const t = useT();
  return (
    <>
      {frozen && <Alert type="info" showIcon message={t('frozen')} style={{ marginBottom: 8 }} />}
      <Table<LeaderboardRow>
        size="small"
        rowKey="teamId"
        loading={loading}
        dataSource={rows}
        pagination={false}
        columns={[
          { title: t('rank'), dataIndex: 'rank', width: 60 },
          { title: t('teamName'), dataIndex: 'teamName' },
          { title: t('group'), dataIndex: 'group', render: (g: string | null) => g ?? '—' },
          { title: t('score'), dataIndex: 'score', render: (s: number) => <b>{s}</b> },
          { title: t('correct'), dataIndex: 'correct', width: 70 },
          { title: t('wrong'), dataIndex: 'wrong', width: 70 },
        ]}
      />
    </>
  );
}
