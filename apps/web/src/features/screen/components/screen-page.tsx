import { ConfigProvider, Spin, theme } from 'antd';
import { BulbFilled, LockFilled, MutedOutlined, SoundOutlined, ThunderboltFilled } from '@ant-design/icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import type { LeaderboardRow, LifelineUsedEvent, LiveView } from '@jingsai/domain';
import { errorMessage } from '../../../lib/api-client';
import { useLiveSocket } from '../../live/hooks/use-live-socket';
import { useLobby } from '../../venue/api/get-lobby';
import { LanguageSwitch } from '../../../components/language-switch';
import { lifelineText } from '../../../components/lifeline-toast';
import { useT } from '../../../i18n/index';
import { AppealsOpenBadge } from './appeals-open-badge';
import { BuzzOrderPanel } from './buzz-order-panel';
import { GroupTotals } from './group-totals';
import { LeaderboardRace } from './leaderboard-race';
import { OptionSharesPanel } from './option-shares-panel';
import { QuestionPanel } from './question-panel';
import { ceremonyDurationMs, RevealCeremony } from './reveal-ceremony';
import { ScreenLobby } from './screen-lobby';
import { StakesPanel } from './stakes-panel';
import { useScreenSounds } from '../hooks/use-screen-sounds';
import './screen.css';
import './screen-lobby.css';

/** 大屏: public, no sign-in; everything arrives over the /live socket. */
export function ScreenPage() {
  const { contestId = '' } = useParams();
  const t = useT();
  const lifeline = useLifelineBanner();
  const lobby = useLobby(contestId);
  const refetchLobby = lobby.refetch;
  const onLobbyChange = useCallback(() => void refetchLobby(), [refetchLobby]);
  const state = useLiveSocket(contestId ? { contestId } : null, { onLifeline: lifeline.show, onMembersChanged: onLobbyChange, onContestUpdated: onLobbyChange });
  const { live, leaderboard, connected, error, clockOffset } = state;
  const groups = leaderboard?.groups?.filter((g) => g.group) ?? [];
  const ceremony = useRevealCeremony(leaderboard?.frozen, leaderboard?.rows);
  const sounds = useScreenSounds(live, leaderboard, clockOffset, Boolean(ceremony.rows));
  // 候场: the lobby until the organizer starts the contest.
  const inLobby = live?.status === 'draft' && lobby.data !== undefined;

  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
      <div className="screen" data-testid="big-screen" onClick={sounds.resume} role="presentation">
        <header className="screen-header">
          <div className="screen-title">{live?.title ?? t('appName')}</div>
          <div className="screen-status">
            {live && live.status !== 'running' && (
              <span className="screen-stage" data-testid="screen-stage">
                {t(live.status === 'draft' ? 'statusDraft' : live.status === 'finished' ? 'statusFinished' : 'statusArchived')}
              </span>
            )}
            {live?.round && <span>{live.round.title}</span>}
            <button
              type="button"
              className={`screen-sound${sounds.on ? '' : ' off'}`}
              onClick={(event) => {
                event.stopPropagation();
                sounds.toggle();
              }}
              data-testid="sound-toggle"
              aria-pressed={sounds.on}
            >
              {sounds.on ? <SoundOutlined /> : <MutedOutlined />}
              {sounds.on ? t('soundOn') : sounds.wanted ? t('soundClickToResume') : t('soundOff')}
            </button>
            <span className={`screen-dot${connected ? '' : ' off'}`} title={connected ? t('connected') : t('disconnected')} />
            <LanguageSwitch dark />
          </div>
        </header>
        {leaderboard?.frozen && (
          <div className="screen-freeze" data-testid="freeze-banner">
            <LockFilled className="screen-icon" />
            {t('frozen')}
          </div>
        )}
        {lifeline.event && (
          <div className="screen-lifeline" key={lifeline.event.version} data-testid="lifeline-banner">
            <BulbFilled className="screen-icon" />
            {lifelineText(lifeline.event, t)}
          </div>
        )}
        {sounds.buzzWinner && (
          <div className="screen-buzz-winner" data-testid="buzz-winner">
            <ThunderboltFilled className="screen-icon" />
            {t('buzzWinner', { team: sounds.buzzWinner })}
          </div>
        )}
        {inLobby && lobby.data ? (
          <ScreenLobby lobby={lobby.data} />
        ) : !live || !leaderboard ? (
          <div className="screen-center">
            {error && !connected ? <span style={{ color: '#ff8a8a' }}>{t('contestNotFound')} · {errorMessage(error)}</span> : <Spin size="large" />}
          </div>
        ) : (
          <main className="screen-body">
            <section className="screen-board screen-panel">
              <div className="screen-panel-title">{t('leaderboard')}</div>
              <div className="screen-chart" data-testid="leaderboard-chart">
                <LeaderboardRace board={leaderboard} />
              </div>
              <AppealsOpenBadge live={live} board={leaderboard} />
            </section>
            <aside className="screen-side">
              <QuestionPanel live={live} clockOffset={clockOffset} />
              <OptionSharesPanel live={live} />
              {showsQuestion(live) && live.buzz && <BuzzOrderPanel buzz={live.buzz} />}
              {showsQuestion(live) && live.stakes && <StakesPanel stakes={live.stakes} />}
              {groups.length > 0 && <GroupTotals groups={groups} mode={leaderboard.groupScore ?? 'sum'} />}
            </aside>
          </main>
        )}
        {ceremony.rows && <RevealCeremony rows={ceremony.rows} onDone={ceremony.dismiss} />}
        {live && !connected && <div className="screen-freeze" style={{ background: '#ff6b6b', margin: '0 2.5vw 1vh' }}>{t('disconnected')}</div>}
      </div>
    </ConfigProvider>
  );
}

/** The question (and its buzz order or stakes) is on screen while the contest runs. */
function showsQuestion(live: LiveView): boolean {
  return live.phase !== 'waiting' && live.status !== 'finished' && live.status !== 'archived';
}

/** When the board goes from frozen to unfrozen (揭晓), play the final ranking for a while. */
function useRevealCeremony(frozen: boolean | undefined, rows: LeaderboardRow[] | undefined) {
  const wasFrozen = useRef<boolean | undefined>(undefined);
  const [shown, setShown] = useState<LeaderboardRow[] | null>(null);
  useEffect(() => {
    if (frozen === undefined) return;
    if (wasFrozen.current === true && !frozen && rows) setShown(rows);
    wasFrozen.current = frozen;
  }, [frozen, rows]);
  useEffect(() => {
    if (!shown) return undefined;
    const timer = window.setTimeout(() => setShown(null), ceremonyDurationMs(shown.length) + 30_000);
    return () => window.clearTimeout(timer);
  }, [shown]);
  return { rows: shown, dismiss: () => setShown(null) };
}

const LIFELINE_BANNER_MS = 6000;

/** 智囊团: a brief banner when a team consults its think-tank. */
function useLifelineBanner() {
  const [event, setEvent] = useState<LifelineUsedEvent | null>(null);
  const show = useCallback((next: LifelineUsedEvent) => setEvent(next), []);
  useEffect(() => {
    if (!event) return undefined;
    const timer = window.setTimeout(() => setEvent(null), LIFELINE_BANNER_MS);
    return () => window.clearTimeout(timer);
  }, [event]);
  return { event, show };
}
