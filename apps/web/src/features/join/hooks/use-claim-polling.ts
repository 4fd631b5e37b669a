import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { claimJoinRequest } from '../api/claim-join-request';
import type { JoinResponse } from '@jingsai/domain';
import type { PendingRejoin } from '../utils/join-session';

export type ClaimState = 'waiting' | 'denied' | 'gone';

const POLL_MS = 2500;

/** While a new phone waits for the organizer: asks every 2.5 s whether the request was approved (then takes the session). */
export function useClaimPolling(pending: PendingRejoin, onJoined: (result: JoinResponse) => void): { state: ClaimState; restart: () => void } {
  const [state, setState] = useState<ClaimState>('waiting');
  const [round, setRound] = useState(0);
  const joined = useRef(onJoined);
  joined.current = onJoined;
  useEffect(() => {
    const { contestId, requestId } = pending;
    if (!requestId || !contestId) return undefined;
    let stopped = false;
    let timer: number | undefined;
    const poll = async () => {
      try {
        const result = await claimJoinRequest(contestId, requestId);
        if (stopped) return;
        if (!('status' in result)) return joined.current(result);
      } catch (error) {
        if (stopped) return;
        if (error instanceof ApiError && error.status === 403) return setState('denied');
        if (error instanceof ApiError && error.status === 404) return setState('gone');
        // The network: ask again shortly (as while pending).
      }
      timer = window.setTimeout(() => void poll(), POLL_MS);
    };
    setState('waiting');
    timer = window.setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [pending, round]);
  return { state, restart: () => setRound((n) => n + 1) };
}
