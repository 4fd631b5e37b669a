import { Breadcrumb, Card, Empty, Progress, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useReviewQueue } from '../../api/judge-hooks';
import { useContest } from '../../api/staff-hooks';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoading } from '../../components/page-loading';
import { useT } from '../../i18n';
import { PublishRoundButton } from './chief-tools';
import { ReviewCard } from './review-card';

/** /judge/contests/:id — the blind review queue: one answer at a time, no team or contestant names. */
export function JudgeContestPage() {
  const { contestId = '' } = useParams();
  const t = useT();
  const queue = useReviewQueue(contestId);
  const contest = useContest(contestId);
  const [index, setIndex] = useState(0);
  const items = queue.data ?? [];
  useEffect(() => {
    if (index >= items.length && items.length > 0) setIndex(items.length - 1);
  }, [index, items.length]);

  if (queue.isLoading) return <PageLoading />;
  if (queue.isError) return <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />;
  const chief = items.some((i) => i.panelScores !== undefined);
  const mine = items.filter((i) => i.myScore !== null).length;
  const roundIds = [...new Set(items.map((i) => i.roundId))];
  const roundTitle = (id: string) => contest.data?.rounds.find((r) => r.id === id)?.title ?? id.slice(0, 8);
  const current = items[Math.min(index, items.length - 1)];
  const next = () => setIndex((i) => (items.length === 0 ? 0 : (i + 1) % items.length));

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/judge">{t('judgeContests')}</Link> }, { title: contest.data?.title ?? '' }]} />
      <Card>
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space direction="vertical" size={0}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('judgeQueue')} {chief && <Tag color="gold">{t('chiefJudge')}</Tag>}
            </Typography.Title>
            {items.length > 0 && (
              <Typography.Text type="secondary" data-testid="queue-position">
                {t('answerN', { n: Math.min(index, items.length - 1) + 1, m: items.length })} · {t('scored')} {mine}/{items.length}
              </Typography.Text>
            )}
          </Space>
          {items.length > 0 && <Progress type="circle" size={56} percent={Math.round((mine / items.length) * 100)} />}
        </Space>
        {chief && roundIds.length > 0 && (
          <Space wrap style={{ marginTop: 12 }}>
            {roundIds.map((id) => (
              <PublishRoundButton key={id} contestId={contestId} roundId={id} label={roundTitle(id)} />
            ))}
          </Space>
        )}
      </Card>
      {current ? (
        <ReviewCard contestId={contestId} item={current} chief={chief} onNext={next} />
      ) : (
        <Card>
          <Empty description={t('judgeEmpty')} data-testid="judge-empty" />
        </Card>
      )}
    </Space>
  );
}
