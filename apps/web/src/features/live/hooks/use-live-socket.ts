/** Socket.IO `/live`: the live view + leaderboard of one contest, kept fresh by pushes. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import {
  LIVE_NAMESPACE,
  LiveEvent,
  type BuzzEvent,
  type BuzzTurnEvent,
  type ContestUpdatedEvent,
  type Leaderboard,
  type LifelineUsedEvent,
  type LiveClientEvents,
  type LiveServerEvents,
  type LiveView,
  type PaperWindowEvent,
  type SubmissionGradedEvent,
} from '@jingsai/domain';
import { getLiveView } from '../api/get-live-view';
import { applyBuzz, applyBuzzTurn, applyContestUpdate } from '../utils/live-merge';

/** The /live socket, typed by the contract: events and actions as the server declares them. */
export type LiveSocket = Socket<LiveServerEvents, LiveClientEvents>;

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
  onBuzzTurn?: (event: BuzzTurnEvent) => void;
  /** A paper window opened or closed (笔答). */
  onPaper?: (event: PaperWindowEvent & { kind: 'opened' | 'closed' }) => void;
  /** A team used a lifeline (智囊团). */
  onLifeline?: (event: LifelineUsedEvent) => void;
  onContestUpdated?: (event: ContestUpdatedEvent) => void;
  onMembersChanged?: () => void;
  /** An appeal was filed or decided, or the appeal settings changed (the live view is read again: 申诉处理中). */
  onAppealsChanged?: () => void;
  /**
   * The server closed the socket (a session that ended closes its sockets): resolves false when the
   * session is over, and the socket stays closed; true reconnects.
   */
  verifySession?: () => Promise<boolean>;
}

export interface LiveConnection extends LiveState {
  /** Folds a change into the live view (e.g. this phone's own buzz, before the push arrives). */
  updateView: (change: (view: LiveView) => LiveView) => void;
  /** The socket itself, for a contestant's actions with an acknowledgement (null before it exists). */
  socket: () => LiveSocket | null;
}

const RETRY_MS = [1000, 2000, 5000, 10000];

export function useLiveSocket(auth: LiveAuth | null, options: LiveSocketOptions = {}): LiveConnection {
  const [state, setState] = useState<LiveState>({ live: null, leaderboard: null, connected: false, error: null, clockOffset: 0 });
  const optionsRef = useRef(options);
  const socketRef = useRef<LiveSocket | null>(null);
  const getSocket = useCallback(() => socketRef.current, []);
  optionsRef.current = options;
  const authKey = auth ? JSON.stringify(auth) : null;
  const updateView = useCallback((change: (view: LiveView) => LiveView) => setState((s) => (s.live ? { ...s, live: change(s.live) } : s)), []);

  useEffect(() => {
    if (!authKey) return undefined;
    let disposed = false;
    let retries = 0;
    let retryTimer: number | undefined;
    let contestId = (JSON.parse(authKey) as { contestId?: string }).contestId ?? null;
    const socket: LiveSocket = io(LIVE_NAMESPACE, { auth: JSON.parse(authKey) as LiveAuth, transports: ['websocket'] });
    socketRef.current = socket;
    const onView = (view: LiveView) => {
      contestId = view.contestId;
      const offset = new Date(view.serverTime).getTime() - Date.now();
      setState((s) => {
        // A late, older snapshot must not overwrite a newer one.
        if (s.live && s.live.version > view.version) return s;
        return { ...s, live: view, clockOffset: Number.isFinite(offset) ? offset : s.clockOffset };
      });
      optionsRef.current.onLive?.(view);
    };
    const refetchView = () => {
      if (contestId) getLiveView(contestId).then(onView, () => undefined);
    };
    // A socket the server closed does not reconnect by itself: check the session first, then retry.
    const reconnectLater = async () => {
      const verify = optionsRef.current.verifySession;
      const current = verify ? await verify().catch(() => true) : true;
      if (disposed || !current) return;
      retryTimer = window.setTimeout(() => socket.connect(), RETRY_MS[Math.min(retries++, RETRY_MS.length - 1)]);
    };
    socket.on('connect', () => {
      retries = 0;
      setState((s) => ({ ...s, connected: true, error: null }));
    });
    socket.on('disconnect', (reason) => {
      setState((s) => ({ ...s, connected: false }));
      if (reason === 'io server disconnect') void reconnectLater();
    });
    socket.on('connect_error', (err: Error) => setState((s) => ({ ...s, connected: false, error: err.message })));
    socket.on(LiveEvent.Error, (payload) => setState((s) => ({ ...s, error: payload?.message ?? 'error' })));
    socket.on(LiveEvent.Live, onView);
    socket.on(LiveEvent.QuestionOpened, onView);
    socket.on(LiveEvent.QuestionClosed, onView);
    socket.on(LiveEvent.Leaderboard, (board) =>
      setState((s) => (s.leaderboard && s.leaderboard.version > board.version ? s : { ...s, leaderboard: board })),
    );
    socket.on(LiveEvent.QuestionRevealed, (revealed) =>
      setState((s) => (s.live && s.live.question?.id === revealed.questionId ? { ...s, live: { ...s.live, revealed, version: Math.max(s.live.version, revealed.version) } } : s)),
    );
    socket.on(LiveEvent.QuestionExtended, (event) =>
      setState((s) => (s.live && s.live.question?.id === event.questionId ? { ...s, live: { ...s.live, deadline: event.deadline, version: Math.max(s.live.version, event.version) } } : s)),
    );
    socket.on(LiveEvent.Buzz, (event) => {
      setState((s) => (s.live ? { ...s, live: applyBuzz(s.live, event) } : s));
      optionsRef.current.onBuzz?.(event);
    });
    socket.on(LiveEvent.BuzzTurn, (event) => {
      setState((s) => (s.live ? { ...s, live: applyBuzzTurn(s.live, event) } : s));
      optionsRef.current.onBuzzTurn?.(event);
    });
    socket.on(LiveEvent.ContestUpdated, (event) => {
      setState((s) => (s.live ? { ...s, live: applyContestUpdate(s.live, event ?? {}) } : s));
      // Teams or rounds changed (no stage in the payload): the view may show them.
      if (!event?.status) refetchView();
      optionsRef.current.onContestUpdated?.(event ?? {});
    });
    socket.on(LiveEvent.MembersChanged, () => optionsRef.current.onMembersChanged?.());
    socket.on(LiveEvent.AppealsChanged, () => {
      refetchView();
      optionsRef.current.onAppealsChanged?.();
    });
    socket.on(LiveEvent.LifelineUsed, (event) => optionsRef.current.onLifeline?.(event));
    socket.on(LiveEvent.PaperOpened, (event) => optionsRef.current.onPaper?.({ ...event, kind: 'opened' }));
    socket.on(LiveEvent.PaperClosed, (event) => optionsRef.current.onPaper?.({ ...event, kind: 'closed' }));
    socket.on(LiveEvent.SubmissionGraded, (event) => optionsRef.current.onGraded?.(event));
    return () => {
      disposed = true;
      window.clearTimeout(retryTimer);
      socket.removeAllListeners();
      socket.disconnect();
      if (socketRef.current === socket) socketRef.current = null;
    };
  }, [authKey]);

  return { ...state, updateView, socket: getSocket };
}
