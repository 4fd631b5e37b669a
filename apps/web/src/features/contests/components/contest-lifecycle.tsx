import { App, Button, Popconfirm, Space } from 'antd';
import { CaretRightOutlined, DeleteOutlined, FlagOutlined, InboxOutlined, RedoOutlined } from '@ant-design/icons';
import type { ContestStatus } from '@jingsai/domain';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../../lib/api-client';
import { useDeleteContest } from '../api/delete-contest';
import { useUpdateContest } from '../api/update-contest';
import { DeleteContestConfirm } from './delete-contest-confirm';
import { useT, type MessageKey } from '../../../i18n/index';

interface Move {
  to: ContestStatus;
  label: MessageKey;
  confirm: MessageKey;
  icon: ReactNode;
  primary?: boolean;
  danger?: boolean;
}

/** draft → running → finished → archived; a finished contest may run again (to fix a mistake). */
const MOVES: Record<ContestStatus, Move[]> = {
  draft: [
    { to: 'running', label: 'startContest', confirm: 'startContestConfirm', icon: <CaretRightOutlined />, primary: true },
    { to: 'archived', label: 'archiveContest', confirm: 'archiveContestConfirm', icon: <InboxOutlined /> },
  ],
  running: [{ to: 'finished', label: 'finishContest', confirm: 'finishContestConfirm', icon: <FlagOutlined />, danger: true }],
  finished: [
    { to: 'running', label: 'resumeContest', confirm: 'resumeContestConfirm', icon: <RedoOutlined /> },
    { to: 'archived', label: 'archiveContest', confirm: 'archiveContestConfirm', icon: <InboxOutlined /> },
  ],
  archived: [],
};

/** The contest's stage buttons (开始 / 结束 / 恢复进行 / 归档) and delete (only before any answer: the server says why not). */
export function ContestLifecycle({ contestId, status }: { contestId: string; status: ContestStatus }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const update = useUpdateContest(contestId);
  const remove = useDeleteContest();
  const onError = (error: unknown) => void message.error(errorMessage(error));
  return (
    <Space wrap data-testid="contest-lifecycle">
      {MOVES[status].map((move) => (
        <Popconfirm key={move.to} title={`${t(move.label)}?`} description={t(move.confirm)} okText={t(move.label)} cancelText={t('cancel')} onConfirm={() => update.mutateAsync({ status: move.to }).catch(onError)}>
          <Button icon={move.icon} type={move.primary ? 'primary' : 'default'} danger={move.danger} loading={update.isPending && update.variables?.status === move.to} data-testid={`contest-${move.to}`}>
            {t(move.label)}
          </Button>
        </Popconfirm>
      ))}
      {(status === 'draft' || status === 'archived') && (
        <DeleteContestConfirm onConfirm={() => remove.mutateAsync(contestId).then(() => navigate('/console'), onError)}>
          <Button danger type="text" icon={<DeleteOutlined />} loading={remove.isPending}>
            {t('delete')}
          </Button>
        </DeleteContestConfirm>
      )}
    </Space>
  );
}
