import { App, Button, Popconfirm, Space, Tooltip } from 'antd';
import { DeleteOutlined, EditOutlined, ExperimentOutlined } from '@ant-design/icons';
import { useState, type MouseEvent } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useDeleteRound } from '../api/delete-round';
import type { ContestRound } from '@jingsai/domain';
import { useT } from '../../../i18n/index';
import { RoundEditModal } from './round-edit-modal';
import { RoundGradingModal } from './round-grading-modal';

const stop = (event: MouseEvent) => event.stopPropagation();

/** A round's own actions in its header: rename / time, grading (strict blanks with a preview), delete (before any answer). */
export function RoundActions({ contestId, round }: { contestId: string; round: ContestRound }) {
  const t = useT();
  const { message } = App.useApp();
  const remove = useDeleteRound(contestId);
  const [dialog, setDialog] = useState<'edit' | 'grading' | null>(null);
  return (
    <span onClick={stop} role="presentation">
      <Space size={2}>
        <Tooltip title={t('editRound')}>
          <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('editRound')} onClick={() => setDialog('edit')} />
        </Tooltip>
        <Tooltip title={t('roundGrading')}>
          <Button size="small" type="text" icon={<ExperimentOutlined />} aria-label={t('roundGrading')} onClick={() => setDialog('grading')} data-testid={`round-grading-${round.position}`} />
        </Tooltip>
        <Popconfirm
          title={t('deleteRoundConfirm', { name: round.title })}
          description={t('deleteBeforeAnswers')}
          okText={t('delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('cancel')}
          onConfirm={() => remove.mutateAsync(round.id).catch((error: unknown) => void message.error(errorMessage(error)))}
        >
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('delete')} />
        </Popconfirm>
      </Space>
      {dialog === 'edit' && <RoundEditModal contestId={contestId} round={round} onClose={() => setDialog(null)} />}
      {dialog === 'grading' && <RoundGradingModal contestId={contestId} round={round} onClose={() => setDialog(null)} />}
    </span>
  );
}
