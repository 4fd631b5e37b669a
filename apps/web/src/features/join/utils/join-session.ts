/** A phone's join session: kept after joining; a re-join that waits for a PIN or the organizer's approval. */
import type { JoinResponse } from '@jingsai/domain';
import { ApiError } from '../../../lib/api-client';
import { tokenStore } from '../../../lib/token-store';

/** A new phone for a name that already joined: waits for a PIN or the organizer's approval. */
export interface PendingRejoin {
  contestId: string;
  requestId: string | null;
  joinCode: string;
  name: string;
  teamName: string;
}

const PENDING_KEY = 'jingsai.rejoin';

/** Keeps the session for the contest and forgets any pending re-join. */
export function keepSession(result: JoinResponse): void {
  tokenStore.setContestant(result.contestant.contestId, result);
  savePending(null);
}

export function loadPending(): PendingRejoin | null {
  try {
    const raw = localStorage.getItem(PENDING_KEY);
    return raw ? (JSON.parse(raw) as PendingRejoin) : null;
  } catch {
    return null;
  }
}

export function savePending(pending: PendingRejoin | null): void {
  if (pending) localStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  else localStorage.removeItem(PENDING_KEY);
}

/** The re-join the server asks for (409 REJOIN_NEEDS_PIN), or null for any other error. */
export function rejoinOf(error: unknown, join: { joinCode: string; name: string; teamName: string }): PendingRejoin | null {
  if (!(error instanceof ApiError) || error.code !== 'REJOIN_NEEDS_PIN') return null;
  const requestId = typeof error.body?.requestId === 'string' ? error.body.requestId : null;
  const contestId = typeof error.body?.contestId === 'string' ? error.body.contestId : '';
  return { contestId, requestId, joinCode: join.joinCode.trim().toUpperCase(), name: join.name.trim(), teamName: join.teamName };
}
