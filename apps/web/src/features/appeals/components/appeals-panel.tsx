import { Badge, Card, Space } from 'antd';
import { AuditOutlined } from '@ant-design/icons';
import { useAppealQueue } from '../api/get-appeal-queue';
import { useT } from '../../../i18n/index';
import { AppealQueue } from './appeal-queue';

/** 申诉: the contest's open appeals with their teams' names, decided here as the chief judge would. */
export function AppealsPanel({ contestId }: { contestId: string }) {
  const t = useT();
  const queue = useAppealQueue(contestId, { pollMs: 3000 });
  const open = (queue.data ?? []).filter((a) => a.status === 'pending').length;
  return (
    <Card
      size="small"
      data-testid="appeals-panel"
      title={
        <Space>
          <AuditOutlined />
          {t('appealQueue')}
          <Badge count={open} />
        </Space>
      }
    >
      <AppealQueue contestId={contestId} />
    </Card>
  );
}
