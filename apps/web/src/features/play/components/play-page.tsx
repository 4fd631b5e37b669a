import { Alert, Button, Card, Spin } from 'antd';
import { HourglassOutlined, LogoutOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import type { BuzzResult, SubmissionGradedEvent } from '@jingsai/domain';
import { appealKeys } from '../../appeals/api/keys';
import { errorMessage } from '../../../lib/api-client';
import { applyBuzz } from '../../live/utils/live-merge';
import { useMyPapers } from '../../papers/api/get-my-papers';
import { submissionKeys } from '../api/keys';
import { tokenStore, type ContestantSession } from '../../../lib/token-store';
import { useLiveSocket } from '../../live/hooks/use-live-socket';
import { LanguageSwitch } from '../../../components/language-switch';
import { useCountdown } from '../../../components/use-countdown';
import { useT } from '../../../i18n/index';
import { EndScreen } from './end-screen';
import { forgetJustJoined, justJoined, MemberPin } from './member-pin';
import { isNetworkError, OfflineBanner, useOnline } from './offline-banner';
import { PaperEntry } from '../../papers/components/paper-entry';
import { PaperSheet } from '../../papers/components/paper-sheet';
import { QuestionView } from './question-view';
import { SessionEnded } from './session-ended';
import { StakeSection, useChosenStakes } from './stake-section';
import { TeamBar } from './team-bar';
import { useActivePaper } from '../../papers/hooks/use-active-paper';
import { useAnswer } from '../hooks/use-answer';
import { usePlaySession } from '../hooks/use-play-session';
import './play.css';

export function PlayPage() {
  const { contestId = '' } = useParams();
  return <PlayGate key={contestId} contestId={contestId} />;
}

/** The session as the page opened with it: it stays on screen (as "signed out") if the server ends it. */
function PlayGate({ contestId }: { contestId: string }) {
  const [session] = useState(() => tokenStore.contestant(contestId));
  if (!session) return <Navigate to="/join" replace />;
  return <PlayScreen contestId={contestId} token={session.accessToken} contestant={session.contestant} />;
}

interface ScreenProps {
  contestId: string;
  token: string;
  contestant: ContestantSession['contestant'];
}

function PlayScreen({ contestId, token, contestant }: ScreenProps) {
  const t = useT();
  const navigate = useNavigate();
  const session = usePlaySession(contestId, token);
  const [pinShown, setPinShown] = useState(() => justJoined(contestId));
  useEffect(() => forgetJustJoined(contestId), [contestId]);
  const gradedHandler = useRef<(event: SubmissionGradedEvent) => void>(() => undefined);
  const auth = useMemo(() => (session.ended ? null : { token }), [token, session.ended]);
  const stakes = useChosenStakes();
  const papers = useMyPapers(contestId, token);
  const refetchPapers = papers.refetch;
  const onPaper = useCallback(() => void refetchPapers(), [refetchPapers]);
  const client = useQueryClient();
  const onGraded = useCallback(
    (event: SubmissionGradedEvent) => {
      gradedHandler.current(event);
      // A paper's answers read their results by query: a graded (or released) result refetches it.
      void client.invalidateQueries({ queryKey: submissionKeys.one(event.submissionId) });
    },
    [client],
  );
  const onAppealsChanged = useCallback(() => void client.invalidateQueries({ queryKey: appealKeys.mine(contestId) }), [client, contestId]);
  const live = useLiveSocket(auth, { onGraded, onPaper, onAppealsChanged, verifySession: session.verifySession });
  const paper = useActivePaper(papers.data);
  const view = live.live;
  const question = view?.phase !== 'waiting' ? (view?.question ?? null) : null;
  const online = useOnline();
  const channel = useMemo(() => ({ token, socket: live.socket }), [token, live.socket]);
  const answer = useAnswer({ contestId, contestantId: contestant.id, questionId: question?.id ?? null, channel, closed: view?.phase === 'closed', online: online && live.connected });
  gradedHandler.current = answer.applyGraded;
  const remaining = useCountdown(view?.phase === 'open' ? view.deadline : null, live.clockOffset, view?.pausedAt);
  const myRow = live.leaderboard?.rows.find((r) => r.teamId === contestant.teamId);
  const { updateView } = live;
  const onBuzz = useCallback(
    (result: BuzzResult) => {
      if (question) updateView((v) => applyBuzz(v, { ...result, questionId: question.id, teamName: contestant.teamName }));
    },
    [question, updateView, contestant.teamName],
  );

  const leave = () => {
    tokenStore.setContestant(contestId, null);
    navigate('/join');
  };
  const finished = view?.status === 'finished' || view?.status === 'archived';
  const stakePicker = !finished && <StakeSection contestId={contestId} channel={channel} next={view?.next ?? null} chosen={stakes.chosen} onChosen={stakes.choose} />;

  return (
    <div className="play-shell">
      <header className="play-header">
        <span className="play-brand">{view?.title ?? t('appName')}</span>
        <LanguageSwitch dark />
        <Button size="small" type="text" icon={<LogoutOutlined />} style={{ color: '#fff' }} onClick={leave} aria-label={t('leave')} />
      </header>
      <main className="play-main">
        {session.ended ? (
          <SessionEnded />
        ) : (
          <>
            <TeamBar teamName={contestant.teamName ?? ''} memberName={contestant.name} row={myRow} onShowPin={contestant.pin ? () => setPinShown(true) : undefined} />
            {pinShown && contestant.pin && <MemberPin pin={contestant.pin} onClose={() => setPinShown(false)} />}
            {online && !live.connected && live.error && !isNetworkError(live.error) && (
              <Alert type="error" showIcon message={errorMessage(live.error)} action={<Button size="small" onClick={leave}>{t('rejoin')}</Button>} />
            )}
            {(!online || (!live.connected && (view || isNetworkError(live.error)))) && <OfflineBanner />}
            {!paper.active && !finished && <PaperEntry rounds={papers.data ?? []} onStart={paper.enter} />}
            {paper.active ? (
              <PaperSheet
                key={paper.active.round.roundId}
                contestId={contestId}
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
            ) : finished ? (
              <EndScreen board={live.leaderboard} teamId={contestant.teamId} />
            ) : !question ? (
              <>
                {stakePicker}
                <Card className="play-card">
                  <div className="play-waiting" data-testid="waiting">
                    <HourglassOutlined className="play-waiting-icon" />
                    <h2 style={{ margin: 0 }}>{t('waitingTitle')}</h2>
                    <p style={{ color: '#667' }}>{view.status === 'draft' ? t('waitingNotStarted') : t('waitingText')}</p>
                  </div>
                </Card>
              </>
            ) : (
              <>
                {view.phase === 'closed' && stakePicker}
                <QuestionView contestId={contestId} channel={channel} teamId={contestant.teamId} view={view} question={question} answer={answer} remaining={remaining} onBuzz={onBuzz} />
              </>
            )}
          </>
        )}
      </main>
    </div>
  );
}
