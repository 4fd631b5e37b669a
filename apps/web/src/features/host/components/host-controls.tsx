import { App, Button } from 'antd';
import { CaretRightOutlined, EyeOutlined, PauseCircleOutlined, PlayCircleOutlined, StepForwardOutlined, StopOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useUpdateContest } from '../../contests/api/update-contest';
import { usePause } from '../../live/api/pause-question';
import { useReveal } from '../../live/api/reveal-answer';
import { useQuestionControl } from '../../live/api/control-question';
import type { LiveView } from '@jingsai/domain';
import { useT, type MessageKey } from '../../../i18n/index';

interface Props {
  contestId: string;
  view: LiveView | null;
  /** The host moved on to the next question (shown, not yet open). */
  staged: boolean;
  onNext: () => void;
}

interface Action {
  key: string;
  label: MessageKey;
  icon: ReactNode;
  enabled: boolean;
  busy: boolean;
  run: () => void;
  kind?: 'primary' | 'danger';
}

/**
 * The host's buttons: the console's own actions (start, open, close, reveal, pause/resume), large, and 下一题
 * which shows the next question (with its key) so the host can read it before opening it.
 */
export function HostControls({ contestId, view, staged, onNext }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const control = useQuestionControl(contestId);
  const reveal = useReveal(contestId);
  const pause = usePause(contestId);
  const start = useUpdateContest(contestId);
  const onError = (error: unknown) => void message.error(errorMessage(error));
  const phase = view?.phase ?? 'waiting';
  const current = view?.round && view.question ? { roundId: view.round.id, questionId: view.question.id } : null;
  const next = view?.next?.roundId ? { roundId: view.next.roundId, questionId: view.next.questionId } : null;
  const finished = view?.status === 'finished' || view?.status === 'archived';
  const actions: Action[] = [
    {
      key: 'open',
      label: 'hostOpen',
      icon: <CaretRightOutlined />,
      enabled: !!next && phase !== 'open' && !finished,
      busy: control.isPending && control.variables?.action === 'open',
      run: () => next && control.mutate({ ...next, action: 'open' }, { onError }),
      kind: 'primary',
    },
    {
      key: 'close',
      label: 'hostClose',
      icon: <StopOutlined />,
      enabled: !!current && phase === 'open',
      busy: control.isPending && control.variables?.action === 'close',
      run: () => current && control.mutate({ ...current, action: 'close' }, { onError }),
      kind: 'danger',
    },
    {
      key: 'reveal',
      label: 'hostReveal',
      icon: <EyeOutlined />,
      enabled: !!current && phase === 'closed' && !view?.revealed && !staged,
      busy: reveal.isPending,
      run: () => current && reveal.mutate(current, { onError }),
    },
    {
      key: 'next',
      label: 'hostNext',
      icon: <StepForwardOutlined />,
      enabled: !!next && phase === 'closed' && !staged && !finished,
      busy: false,
      run: onNext,
    },
    {
      key: 'pause',
      label: view?.pausedAt ? 'resumeQuestion' : 'pauseQuestion',
      icon: view?.pausedAt ? <PlayCircleOutlined /> : <PauseCircleOutlined />,
      enabled: !!current && phase === 'open',
      busy: pause.isPending,
      run: () => current && pause.mutate({ ...current, action: view?.pausedAt ? 'resume' : 'pause' }, { onError }),
    },
  ];
  return (
    <div className="host-controls" data-testid="host-controls">
      {view?.status === 'draft' && (
        <Button
          className="host-button"
          type="primary"
          icon={<CaretRightOutlined />}
          loading={start.isPending}
          onClick={() => start.mutate({ status: 'running' }, { onError })}
          data-testid="host-start"
        >
          {t('startContest')}
        </Button>
      )}
      {actions.map((a) => (
        <Button
          key={a.key}
          className="host-button"
          type={a.kind === 'primary' ? 'primary' : 'default'}
          danger={a.kind === 'danger'}
          icon={a.icon}
          disabled={!a.enabled}
          loading={a.busy}
          onClick={a.run}
          data-testid={`host-${a.key}`}
        >
          {t(a.label)}
        </Button>
      ))}
    </div>
  );
}
