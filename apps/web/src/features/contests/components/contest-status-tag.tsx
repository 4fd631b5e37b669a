import { Tag } from 'antd';
import type { ContestStatus } from '@jingsai/domain';
import { useT, type MessageKey } from '../../../i18n/index';

const LABELS: Record<ContestStatus, { key: MessageKey; color: string }> = {
  draft: { key: 'statusDraft', color: 'default' },
  running: { key: 'statusRunning', color: 'green' },
  finished: { key: 'statusFinished', color: 'blue' },
  archived: { key: 'statusArchived', color: 'default' },
};

export function ContestStatusTag({ status }: { status: ContestStatus }) {
  const t = useT();
  const label = LABELS[status] ?? LABELS.draft;
  return (
    <Tag color={label.color} data-testid="contest-status">
      {t(label.key)}
    </Tag>
  );
}
