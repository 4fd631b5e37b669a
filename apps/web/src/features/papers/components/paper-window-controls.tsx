import { App, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { PlayCircleOutlined, StopOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../lib/api-client';
import { usePaperWindowControl } from '../api/control-paper-window';
import { usePaperWindows } from '../api/get-paper-windows';
import type { ContestRound, PaperWindowStatus } from '@jingsai/domain';
import { useT, type MessageKey } from '../../../i18n/index';

const STATUS: Record<PaperWindowStatus, { key: MessageKey; color: string }> = {
  pending: { key: 'paperWindowPending', color: 'default' },
  open: { key: 'paperWindowOpen', color: 'green' },
  closed: { key: 'paperWindowClosed', color: 'blue' },
};

/** A paper round opens as a whole: 开放答卷 / 结束答卷 instead of per-question open. */
export function PaperWindowControls({ contestId, round }: { contestId: string; round: ContestRound }) {
  const t = useT();
  const { message } = App.useApp();
  const windows = usePaperWindows(contestId);
  const control = usePaperWindowControl(contestId);
  const paper = round.settings?.paper;
  const window = windows.data?.find((w) => w.roundId === round.id);
  const status: PaperWindowStatus = window?.status ?? 'pending';
  const run = (action: 'open' | 'close') =>
    control.mutate({ roundId: round.id, action }, { onError: (error) => void message.error(errorMessage(error)) });
  const busy = (action: 'open' | 'close') => control.isPending && control.variables?.action === action;
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid={`paper-window-${round.position}`}>
      <Tag color={STATUS[status].color}>{t(STATUS[status].key)}</Tag>
      {paper && (
        <Typography.Text type="secondary">
          {t('paperInfo', { n: paper.draw.reduce((sum, d) => sum + d.count, 0), minutes: paper.minutes })}
        </Typography.Text>
      )}
      <Popconfirm title={`${t('paperOpenWindow')}?`} onConfirm={() => run('open')} disabled={status !== 'pending'}>
        <Button type="primary" icon={<PlayCircleOutlined />} disabled={status !== 'pending'} loading={busy('open')} data-testid="paper-open">
          {t('paperOpenWindow')}
        </Button>
      </Popconfirm>
      <Popconfirm title={`${t('paperCloseWindow')}?`} description={t('paperCloseWindowHint')} onConfirm={() => run('close')} disabled={status !== 'open'}>
        <Button danger icon={<StopOutlined />} disabled={status !== 'open'} loading={busy('close')} data-testid="paper-close">
          {t('paperCloseWindow')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
