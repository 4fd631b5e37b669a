import { Alert, Button, Card, Spin, Tag } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import type { SubmissionGradedEvent } from '@jingsai/domain';
import { QUESTION_TYPE_LABELS } from '@jingsai/domain';
import { useMyPapers } from '../../api/paper-hooks';
import { tokenStore } from '../../api/token-store';
import type { BuzzEvent, BuzzResult, PaperRoundSummary } from '../../api/types';
import { formatRevealed } from '../../components/format-revealed';
import { useLiveSocket } from '../../api/use-live-socket';
import { LanguageSwitch } from '../../components/language-switch';
import { formatSeconds, useCountdown } from '../../components/use-countdown';
import { useBilingual, useT } from '../../i18n';
import { AnswerInput, isAnswerReady } from './answer-input';
import { AnswerResult } from './answer-result';
import { BuzzPanel, type BuzzState } from './buzz-panel';
import { PaperEntry } from './paper-entry';
import { PaperSheet } from './paper-sheet';
import { FALLBACK_STAKES, StakePicker } from './stake-picker';
import { ThinkTankButton } from './think-tank-button';
import { useAnswer } from './use-answer';
import './play.css';

export function PlayPage() {
  const { contestId = '' } = useParams();
  const session = tokenStore.contestant(contestId);
  if (!session) return <Navigate to={`/join?contest=${contestId}`} replace />;
  return <PlayScreen contestId={contestId} token={session.accessToken} contestant={session.contestant} />;
}

interface ScreenProps {
  contestId: string;
  token: string;
  contestant: { id: string; name: string; teamId: string; teamName?: string };
}

function PlayScreen({ contestId, token, contestant }: ScreenProps) {
  const t = useT();
  const pick = useBilingual();
  const navigate = useNavigate();
  const gradedHandler = useRef<(event: SubmissionGradedEvent) => void>(() => undefined);
  const auth = useMemo(() => ({ token }), [token]);
  const [buzzes, setBuzzes] = useState<Record<string, BuzzState>>({});
  const [stakes, setStakes] = useState<Record<string, number>>({});
  const recordBuzz = useCallback(
    (questionId: string, result: BuzzResult) =>
      setBuzzes((all) => {
        const current = all[questionId] ?? { mine: null, otherGranted: false };
        const next: BuzzState =
          result.teamId === contestant.teamId
            ? { ...current, mine: current.mine?.granted ? current.mine : result }
            : { ...current, otherGranted: current.otherGranted || result.granted };
        return { ...all, [questionId]: next };
      }),
    [contestant.teamId],
  );
  const onBuzz = useCallback((event: BuzzEvent) => recordBuzz(event.questionId, event), [recordBuzz]);
  const papers = useMyPapers(contestId, token);
  const refetchPapers = papers.refetch;
  const onPaper = useCallback(() => void refetchPapers(), [refetchPapers]);
  const live = useLiveSocket(auth, { onGraded: (event) => gradedHandler.current(event), onBuzz, onPaper });
  const paper = useActivePaper(papers.data);
  const view = live.live;
  const question = view?.phase !== 'waiting' ? (view?.question ?? null) : null;
  const answer = useAnswer({ contestId, contestantId: contestant.id, questionId: question?.id ?? null, token });
  gradedHandler.current = answer.applyGraded;
  const remaining = useCountdown(view?.phase === 'open' ? view.deadline : null, live.clockOffset, view?.pausedAt);
  const myRow = live.leaderboard?.rows.find((r) => r.teamId === contestant.teamId);

  const leave = () => {
    tokenStore.setContestant(contestId, null);
    navigate(`/join?contest=${contestId}`);
  };

  const submitted = Boolean(answer.answer?.submissionId) || Boolean(answer.answer?.refusal);
  const open = view?.phase === 'open' && (remaining === null || remaining > 0);
  const buzzer = view?.round?.kind === 'buzzer';
  const buzzState: BuzzState = (question && buzzes[question.id]) || { mine: null, otherGranted: false };
  const otherTeamTurn = view?.assignedTeam && view.assignedTeam.id !== contestant.teamId ? view.assignedTeam : null;
  const notInTieBreak = Boolean(view?.tieBreak && view.tieBreak.teamIds.length > 0 && !view.tieBreak.teamIds.includes(contestant.teamId));
  const mayAnswer = (!buzzer || Boolean(buzzState.mine?.granted)) && !otherTeamTurn && !notInTieBreak;
  const locked = submitted || !open || answer.submitting || !mayAnswer;
  const upcomingRisk = view?.next && view.next.roundKind === 'risk' ? view.next : null;
  const stakeTiers = upcomingRisk?.stakes ?? view?.stakes ?? FALLBACK_STAKES;

  return (
    <div className="play-shell">
      <header className="play-header">
        <span className="play-brand">{view?.title ?? t('appName')}</span>
        <LanguageSwitch dark />
        <Button size="small" type="text" icon={<LogoutOutlined />} style={{ color: '#fff' }} onClick={leave} aria-label={t('leave')} />
      </header>
      <main className="play-main">
        <div className="play-team">
          <div>
            <div className="play-team-name">{myRow?.teamName ?? contestant.teamName ?? ''}</div>
            <div style={{ color: '#667', fontSize: 13 }}>
              {contestant.name}
              {myRow && ` · ${t('teamRank')} ${myRow.rank}`}
            </div>
          </div>
          <div style={{ textAlign: 'right' }}>
            <div style={{ color: '#667', fontSize: 12 }}>{t('teamScore')}</div>
            <div className="play-team-score" data-testid="team-score">{myRow?.score ?? '—'}</div>
          </div>
        </div>
        {!live.connected && live.error && (
          <Alert
            type="error"
            showIcon
            message={live.error}
            action={<Button size="small" onClick={leave}>{t('rejoin')}</Button>}
          />
        )}
        {!live.connected && !live.error && view && <Alert type="warning" showIcon message={t('disconnected')} />}
        {!paper.active && <PaperEntry rounds={papers.data ?? []} onStart={paper.enter} />}
        {paper.active ? (
          <PaperSheet
            key={paper.active.round.roundId}
            roundId={paper.active.round.roundId}
            title={paper.active.round.title}
            token={token}
            contestantId={contestant.id}
            begin={paper.active.begin}
            windowClosed={paper.active.round.status === 'closed'}
            onExit={() => {
              paper.exit();
              void refetchPapers();
            }}
          />
        ) : !view ? (
          <div className="play-waiting">
            <Spin size="large" />
          </div>
        ) : !question ? (
          <>
          {upcomingRisk && (
            <StakePicker
              contestId={contestId}
              token={token}
              questionId={upcomingRisk.questionId}
              tiers={stakeTiers}
              chosen={stakes[upcomingRisk.questionId] ?? null}
              onChosen={(points) => setStakes((all) => ({ ...all, [upcomingRisk.questionId]: points }))}
            />
          )}
          <Card className="play-card">
            <div className="play-waiting" data-testid="waiting">
              <div className="play-waiting-icon">⏳</div>
              <h2 style={{ margin: 0 }}>{t('waitingTitle')}</h2>
              <p style={{ color: '#667' }}>{t('waitingText')}</p>
            </div>
          </Card>
          </>
        ) : (
          <>
            {view.phase === 'open' && remaining !== null && (
              <div className={`play-countdown${remaining <= 5000 ? ' urgent' : ''}`} data-testid="countdown">
                <span>{view.pausedAt ? t('questionPaused') : remaining > 0 ? t('timeLeft') : t('timeUp')}</span>
                <b>{remaining > 0 ? formatSeconds(remaining) : 0}</b>
              </div>
            )}
            {otherTeamTurn && (
              <Alert type="info" showIcon message={t('answeredByTeam', { team: otherTeamTurn.name })} data-testid="assigned-other" />
            )}
            {notInTieBreak && <Alert type="warning" showIcon message={t('notInTieBreak')} data-testid="not-in-tie-break" />}
            {buzzer && view.phase === 'open' && !submitted && !otherTeamTurn && !notInTieBreak && (
              <BuzzPanel contestId={contestId} token={token} questionId={question.id} open={open} state={buzzState} onResult={(result) => recordBuzz(question.id, result)} />
            )}
            {view.phase === 'closed' && upcomingRisk && (
              <StakePicker
                contestId={contestId}
                token={token}
                questionId={upcomingRisk.questionId}
                tiers={stakeTiers}
                chosen={stakes[upcomingRisk.questionId] ?? null}
                onChosen={(points) => setStakes((all) => ({ ...all, [upcomingRisk.questionId]: points }))}
              />
            )}
            <Card className="play-card" data-testid="question">
              <div>
                {view.round && <Tag>{view.round.title}</Tag>}
                <Tag color="blue">{pick(QUESTION_TYPE_LABELS[question.type])}</Tag>
                <Tag>
                  {question.points} {t('points')}
                </Tag>
              </div>
              <div className="play-stem">{question.stem}</div>
              <AnswerInput question={question} value={answer.answer?.draft ?? null} onChange={answer.setDraft} disabled={locked} />
              {view.phase === 'open' && !submitted && <ThinkTankButton contestId={contestId} token={token} questionId={question.id} open={open && mayAnswer} />}
              {view.phase === 'closed' && !submitted && <Alert type="info" showIcon message={t('closedText')} style={{ marginTop: 16 }} />}
              {answer.error && !answer.answer?.refusal && <Alert type="error" showIcon message={answer.error} style={{ marginTop: 16 }} />}
              {submitted && answer.answer && <AnswerResult answer={answer.answer} />}
              {view.revealed && view.revealed.questionId === question.id && (
                <Alert
                  className="play-revealed"
                  type="success"
                  data-testid="revealed"
                  message={`${t('revealedAnswer')}：${formatRevealed(view.revealed, t)}`}
                  description={view.revealed.explanation ? `${t('explanation')}：${view.revealed.explanation}` : undefined}
                />
              )}
            </Card>
            {!submitted && view.phase === 'open' && !otherTeamTurn && !notInTieBreak && (
              <div className="play-submit">
                <Button
                  type="primary"
                  block
                  size="large"
                  style={{ height: 56, fontSize: 20 }}
                  disabled={!open || !mayAnswer || !isAnswerReady(question, answer.answer?.draft ?? null)}
                  loading={answer.submitting}
                  onClick={() => void answer.submit()}
                  data-testid="submit"
                >
                  {t('submit')}
                </Button>
              </div>
            )}
          </>
        )}
      </main>
    </div>
  );
}

interface ActivePaper {
  round: PaperRoundSummary;
  begin: boolean;
}

/** The paper on screen: entered with 开始答卷, or restored after a reload when one is running. */
function useActivePaper(rounds: PaperRoundSummary[] | undefined) {
  const [chosen, setChosen] = useState<{ roundId: string; begin: boolean } | null>(null);
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !rounds) return;
    restored.current = true;
    const running = rounds.find((r) => r.status === 'open' && r.myPaper && !r.myPaper.submittedAt);
    if (running) setChosen({ roundId: running.roundId, begin: false });
  }, [rounds]);
  const round = chosen ? rounds?.find((r) => r.roundId === chosen.roundId) : undefined;
  const active: ActivePaper | null = chosen && round ? { round, begin: chosen.begin } : null;
  return {
    active,
    enter: (r: PaperRoundSummary, begin: boolean) => setChosen({ roundId: r.roundId, begin }),
    exit: () => setChosen(null),
  };
}
