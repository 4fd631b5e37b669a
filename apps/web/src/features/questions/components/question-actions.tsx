import { App, Button, Popconfirm, Space, Tooltip } from 'antd';
import { PlayCircleOutlined, RedoOutlined, StopOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../lib/api-client';
import { useQuestionControl } from '../../live/api/control-question';
import type { RoundQuestionState } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

interface Props {
  contestId: string;
  roundId: string;
  question: RoundQuestionState;
}

/** 开题 / 收题; a finished question reopens only behind a confirm that says what happens to its answers; a revealed one never. */
export function QuestionActions({ contestId, roundId, question }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const control = useQuestionControl(contestId);
  const run = (action: 'open' | 'close', reopen = false) =>
    control.mutateAsync({ roundId, questionId: question.questionId, action, reopen }).catch((error: unknown) => void message.error(errorMessage(error)));
  const busy = (action: 'open' | 'close') => control.isPending && control.variables?.action === action;
  const { status, position } = question;
  return (
    <Space size={4}>
      {status === 'pending' && (
        <Popconfirm title={`${t('openQuestion')}?`} okText={t('openQuestion')} cancelText={t('cancel')} onConfirm={() => run('open')}>
          <Button size="small" type="primary" icon={<PlayCircleOutlined />} loading={busy('open')} data-testid={`open-${position}`}>
            {t('openQuestion')}
          </Button>
        </Popconfirm>
      )}
      {status === 'open' && (
        <Button size="small" danger icon={<StopOutlined />} onClick={() => void run('close')} loading={busy('close')} data-testid={`close-${position}`}>
          {t('closeQuestion')}
        </Button>
      )}
      {status === 'closed' && (
        <Popconfirm title={`${t('reopenQuestion')}?`} description={<div style={{ maxWidth: 280 }}>{t('reopenConfirm')}</div>} okText={t('reopenQuestion')} cancelText={t('cancel')} onConfirm={() => run('open', true)}>
          <Button size="small" icon={<RedoOutlined />} loading={busy('open')} data-testid={`reopen-${position}`}>
            {t('reopenQuestion')}
          </Button>
        </Popconfirm>
      )}
      {status === 'revealed' && (
        <Tooltip title={t('revealedNoReopen')}>
          <Button size="small" icon={<RedoOutlined />} disabled>
            {t('reopenQuestion')}
          </Button>
        </Tooltip>
      )}
    </Space>
  );
}
