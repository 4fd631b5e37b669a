import { Card, Empty, List } from 'antd';
import { Link } from 'react-router-dom';
import { useContests } from '../../contests/api/get-contests';
import { ErrorAlert } from '../../../components/error-alert';
import { useT } from '../../../i18n/index';
import { ContestStatusTag } from '../../contests/components/contest-status-tag';

/** /judge: the contests this judge sits on. */
export function JudgeContestsPage() {
  const t = useT();
  const contests = useContests();
  return (
    <Card title={t('judgeContests')}>
      {contests.isError && <ErrorAlert error={contests.error} onRetry={() => void contests.refetch()} />}
      <List
        loading={contests.isLoading}
        dataSource={contests.data ?? []}
        locale={{ emptyText: <Empty description={t('noData')} /> }}
        renderItem={(c) => (
          <List.Item extra={<ContestStatusTag status={c.status} />}>
            <Link to={`/judge/contests/${c.id}`} style={{ fontSize: 16 }}>
              {c.title}
            </Link>
          </List.Item>
        )}
      />
    </Card>
  );
}
