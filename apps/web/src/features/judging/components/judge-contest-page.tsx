import { Badge, Breadcrumb, Space, Tabs } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useAppealQueue } from '../../appeals/api/get-appeal-queue';
import { useReviewQueue } from '../api/get-review-queue';
import { useContest } from '../../contests/api/get-contest';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoading } from '../../../components/page-loading';
import { useT } from '../../../i18n/index';
import { AppealQueue } from '../../appeals/components/appeal-queue';
import { ReviewPane } from './review-pane';

/** /judge/contests/:id — the blind review queue; the chief judge also decides appeals (申诉), still without team names. */
export function JudgeContestPage() {
  const { contestId = '' } = useParams();
  const t = useT();
  const queue = useReviewQueue(contestId);
  const contest = useContest(contestId);
  // Only the contest's chief judge reads the appeal queue and sees the 申诉 tab.
  const appeals = useAppealQueue(contestId, { enabled: contest.data?.chiefJudge === true });

  if (queue.isLoading) return <PageLoading />;
  if (queue.isError) return <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />;
  const roundTitle = (id: string) => contest.data?.rounds.find((r) => r.id === id)?.title ?? id.slice(0, 8);
  const reviews = <ReviewPane contestId={contestId} items={queue.data ?? []} roundTitle={roundTitle} />;
  const openAppeals = (appeals.data ?? []).filter((a) => a.status === 'pending').length;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/judge">{t('judgeContests')}</Link> }, { title: contest.data?.title ?? '' }]} />
      {appeals.isSuccess ? (
        <Tabs
          items={[
            { key: 'reviews', label: t('reviewsTab'), children: reviews },
            {
              key: 'appeals',
              label: (
                <span data-testid="appeals-tab">
                  {t('appealsTab')} <Badge count={openAppeals} size="small" />
                </span>
              ),
              children: <AppealQueue contestId={contestId} />,
            },
          ]}
        />
      ) : (
        reviews
      )}
    </Space>
  );
}
