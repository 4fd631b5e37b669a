/** Socket.IO `/live`: the live view + leaderboard of one contest, kept fresh by pushes. */
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { LIVE_NAMESPACE, LiveEvent, type Leaderboard, type LifelineUsedEvent, type SubmissionGradedEvent } from '@jingsai/domain';
import type { BuzzEvent, ExtendedEvent, LiveView, PaperWindowEvent, RevealedAnswer } from './types';

/** Contest-room events of the paper window (not in LiveEvent: the papers module names them). */
export const PaperEvent = { Opened: 'paper.opened', Closed: 'paper.closed' } as const;

export type LiveAuth = { token: string; contestId?: string } | { contestId: string };

export interface LiveState {
  live: LiveView | null;
  leaderboard: Leaderboard | null;
  connected: boolean;
  error: string | null;
  /** serverTime − local time at receipt, in ms. */
  clockOffset: number;
}

export interface LiveSocketOptions {
  onGraded?: (event: SubmissionGradedEvent) => void;
  onLive?: (view: LiveView) => void;
  onBuzz?: (event: BuzzEvent) => void;
  /** A paper window opened or closed (笔答). */
  onPaper?: (event: PaperWindowEvent & { kind: 'opened' | 'closed' }) => void;
  /** A team used a lifeline (智囊团). */
  onLifeline?: (event: LifelineUsedEvent) => void;
}

export function useLiveSocket(auth: LiveAuth | null, options: LiveSocketOptions = {}): LiveState {
  const [state, setState] = useState<LiveState>({ live: null, leaderboard: null, connected: false, error: null, clockOffset: 0 });
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const authKey = auth ? JSON.stringify(auth) : null;

  useEffect(() => {
    if (!authKey) return undefined;
    const socket: Socket = io(LIVE_NAMESPACE, { auth: JSON.parse(authKey) as LiveAuth, transports: ['websocket', 'polling'] });
    const onView = (view: LiveView) => {
      const offset = new Date(view.serverTime).getTime() - Date.now();
      setState((s) => {
        // A late, older snapshot must not overwrite a newer one.
        if (s.live && s.live.version > view.version) return s;
        return { ...s, live: view, clockOffset: Number.isFinite(offset) ? offset : s.clockOffset };
      });
      optionsRef.current.onLive?.(view);
    };
    socket.on('connect', () => setState((s) => ({ ...s, connected: true, error: null })));
    socket.on('disconnect', () => setState((s) => ({ ...s, connected: false })));
    socket.on('connect_error', (err: Error) => setState((s) => ({ ...s, connected: false, error: err.message })));
    socket.on('error', (payload: { message?: string }) => setState((s) => ({ ...s, error: payload?.message ?? 'error' })));
    socket.on('live', onView);
    socket.on(LiveEvent.QuestionOpened, onView);
    socket.on(LiveEvent.QuestionClosed, onView);
    socket.on(LiveEvent.Leaderboard, (board: Leaderboard) =>
      setState((s) => (s.leaderboard && s.leaderboard.version > board.version ? s : { ...s, leaderboard: board })),
    );
    socket.on(LiveEvent.QuestionRevealed, (revealed: RevealedAnswer & { version: number }) =>
      setState((s) => (s.live && s.live.question?.id === revealed.questionId ? { ...s, live: { ...s.live, revealed, version: Math.max(s.live.version, revealed.version) } } : s)),
    );
    socket.on(LiveEvent.QuestionExtended, (event: ExtendedEvent) =>
      setState((s) => (s.live && s.live.question?.id === event.questionId ? { ...s, live: { ...s.live, deadline: event.deadline, version: Math.max(s.live.version, event.version) } } : s)),
    );
    socket.on(LiveEvent.Buzz, (event: BuzzEvent) => optionsRef.current.onBuzz?.(event));
    socket.on(LiveEvent.LifelineUsed, (event: LifelineUsedEvent) => optionsRef.current.onLifeline?.(event));
    socket.on(PaperEvent.Opened, (event: PaperWindowEvent) => optionsRef.current.onPaper?.({ ...event, kind: 'opened' }));
    socket.on(PaperEvent.Closed, (event: PaperWindowEvent) => optionsRef.current.onPaper?.({ ...event, kind: 'closed' }));
    socket.on(LiveEvent.SubmissionGraded, (event: SubmissionGradedEvent) => optionsRef.current.onGraded?.(event));
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [authKey]);

  return state;
}
