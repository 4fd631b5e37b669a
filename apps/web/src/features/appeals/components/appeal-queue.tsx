import { Alert, Empty, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useAppealQueue } from '../api/get-appeal-queue';
import { ErrorAlert } from '../../../components/error-alert';
import { useT } from '../../../i18n/index';
import { AppealCard } from './appeal-card';

/** The appeal queue: open appeals first (oldest first), decided ones on request. */
export function AppealQueue({ contestId }: { contestId: string }) {
  const t = useT();
  const queue = useAppealQueue(contestId);
  const [showDecided, setShowDecided] = useState(false);
  if (queue.isError) return <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />;
  const items = queue.data ?? [];
  const open = items.filter((a) => a.status === 'pending').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const decided = items.filter((a) => a.status !== 'pending').sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''));
  const shown = showDecided ? [...open, ...decided] : open;
  if (items.length === 0) {
    return (
      <Typography.Text type="secondary" data-testid="appeal-queue">
        {queue.isLoading ? t('loading') : t('appealsEmpty')}
      </Typography.Text>
    );
  }
  return (
    <div data-testid="appeal-queue">
      <Alert type="info" showIcon message={t('appealQueueHint')} style={{ marginBottom: 12 }} />
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text strong data-testid="appeals-open-count">
          {t('appealsOpenCount', { n: open.length })}
        </Typography.Text>
        <Switch size="small" checked={showDecided} onChange={setShowDecided} disabled={decided.length === 0} />
        <Typography.Text type="secondary">
          {t('appealShowDecided')} ({decided.length})
        </Typography.Text>
      </Space>
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appealsEmpty')} />
      ) : (
        shown.map((item) => <AppealCard key={item.id} contestId={contestId} item={item} />)
      )}
    </div>
  );
}
