import type { JoinLookup, JoinPending, JoinResponse } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { deviceSecret } from '../../../lib/device-secret';

export const joinApi = {
  lookup: (joinCode: string) => apiRequest<JoinLookup>(`/join/${encodeURIComponent(joinCode.trim().toUpperCase())}`),
  join: (body: { joinCode: string; name: string; pin?: string }) =>
    apiRequest<JoinResponse>('/join', { method: 'POST', body: { joinCode: body.joinCode.trim().toUpperCase(), name: body.name.trim(), pin: body.pin?.trim() || undefined, secret: deviceSecret() } }),
  /** The session once approved; `{status:'pending'}` while the organizer has not decided. */
  claim: (contestId: string, requestId: string) =>
    apiRequest<JoinResponse | JoinPending>(`/contests/${contestId}/join-requests/${requestId}/claim`, { method: 'POST', body: { secret: deviceSecret() } }),
};
