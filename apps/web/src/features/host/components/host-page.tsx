import { Badge, Empty, Spin, Tag } from 'antd';
import { HourglassOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useManagedContest } from '../../contests/hooks/use-managed-contest';
import type { ContestDetails, LiveView } from '@jingsai/domain';
import { useLiveSocket } from '../../live/hooks/use-live-socket';
import { ErrorAlert } from '../../../components/error-alert';
import { LanguageSwitch } from '../../../components/language-switch';
import { formatSeconds, useCountdown } from '../../../components/use-countdown';
import { useT, type Translate } from '../../../i18n/index';
import { QuestionStatusPanel } from '../../live/components/question-status-panel';
import { HostControls } from './host-controls';
import { HostQuestion } from './host-question';
import './host.css';

/** "抢答题 · 第 3 题": the round and the question's place in it. */
function labelOf(contest: ContestDetails | undefined, roundId: string | undefined, questionId: string, t: Translate): string {
  const round = contest?.rounds.find((r) => r.id === roundId);
  const position = round?.questions.find((q) => q.questionId === questionId)?.position;
  return [round?.title, position ? t('questionN', { n: position }) : null].filter(Boolean).join(' · ');
}

/**
 * 主持人视图 /host/:contestId — for a tablet: the current question with its key and explanation, the next one,
 * the countdown, who has answered / the buzz order / the stakes, and large buttons for the console's actions.
 */
export function HostPage() {
  const { contestId = '' } = useParams();
  const t = useT();
  const { contest, questions, refresh, auth, verifySession } = useManagedContest(contestId);
  const live = useLiveSocket(auth, { onLive: refresh, onContestUpdated: refresh, verifySession });
  const view = live.live;
  // 下一题: the host looks at the next question before opening it; opening (or any new question) ends that.
  const [stagedId, setStagedId] = useState<string | null>(null);
  const nextId = view?.next?.questionId ?? null;
  useEffect(() => {
    if (stagedId && stagedId !== nextId) setStagedId(null);
  }, [stagedId, nextId]);
  const staged = stagedId !== null && stagedId === nextId;
  const currentId = staged ? nextId : view?.phase !== 'waiting' ? (view?.question?.id ?? null) : null;
  const current = currentId ? questions.get(currentId) : undefined;
  const upcoming = !staged && nextId ? questions.get(nextId) : undefined;
  const remaining = useCountdown(view?.phase === 'open' ? view.deadline : null, live.clockOffset, view?.pausedAt);

  if (contest.isError) return <ErrorAlert error={contest.error} onRetry={() => void contest.refetch()} />;
  return (
    <div className="host" data-testid="host-view">
      <header className="host-header">
        <span className="host-title">{view?.title ?? contest.data?.title ?? t('appName')}</span>
        <Tag color="gold">{t('hostView')}</Tag>
        {view && <StageTag view={view} staged={staged} />}
        <Badge status={live.connected ? 'success' : 'error'} text={<span className="host-conn">{live.connected ? t('connected') : t('disconnected')}</span>} />
        <LanguageSwitch dark />
      </header>
      {!view ? (
        <div className="host-center">
          <Spin size="large" />
        </div>
      ) : (
        <div className="host-body">
          <section className="host-main">
            {current ? (
              <HostQuestion
                question={current}
                label={labelOf(contest.data, staged ? view.next?.roundId : view.round?.id, current.id, t)}
                extra={!staged && view.phase === 'open' && remaining !== null ? <Countdown remaining={remaining} paused={Boolean(view.pausedAt)} /> : null}
              />
            ) : (
              <Empty image={<HourglassOutlined className="host-empty-icon" />} description={view.status === 'draft' ? t('hostNotStarted') : t('noCurrentQuestion')} />
            )}
          </section>
          <aside className="host-side">
            {view.phase !== 'waiting' && view.round && view.question && !staged && (
              <div className="host-panel">
                <QuestionStatusPanel roundId={view.round.id} questionId={view.question.id} roundKind={view.round.kind} open={view.phase === 'open'} buzz={view.buzz} />
              </div>
            )}
            <div className="host-panel">
              <div className="host-panel-title">{t('hostNextQuestion')}</div>
              {upcoming ? <HostQuestion question={upcoming} compact label={labelOf(contest.data, view.next?.roundId, upcoming.id, t)} /> : <span className="host-muted">{staged ? t('hostStagedHint') : t('hostNoNext')}</span>}
            </div>
          </aside>
        </div>
      )}
      <HostControls contestId={contestId} view={view} staged={staged} onNext={() => setStagedId(nextId)} />
    </div>
  );
}

function StageTag({ view, staged }: { view: LiveView; staged: boolean }) {
  const t = useT();
  if (view.status === 'draft') return <Tag>{t('statusDraft')}</Tag>;
  if (view.status === 'finished' || view.status === 'archived') return <Tag>{t('statusFinished')}</Tag>;
  if (staged) return <Tag color="purple">{t('hostStaged')}</Tag>;
  if (view.phase === 'open') return <Tag color="green" data-testid="host-phase">{view.pausedAt ? t('questionPaused') : t('qOpen')}</Tag>;
  if (view.phase === 'closed') return <Tag color="blue" data-testid="host-phase">{view.revealed ? t('qRevealed') : t('qClosed')}</Tag>;
  return <Tag data-testid="host-phase">{t('noCurrentQuestion')}</Tag>;
}

function Countdown({ remaining, paused }: { remaining: number; paused: boolean }) {
  return (
    <span className={`host-countdown${remaining <= 5000 ? ' urgent' : ''}${paused ? ' paused' : ''}`} data-testid="host-countdown">
      {remaining > 0 ? formatSeconds(remaining) : 0}
    </span>
  );
}
