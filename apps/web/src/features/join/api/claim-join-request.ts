/** POST /contests/:id/join-requests/:requestId/claim: the session once the organizer approved; `{status:'pending'}` until then. */
import type { JoinPending, JoinResponse } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { deviceSecret } from '../../../lib/device-secret';

export function claimJoinRequest(contestId: string, requestId: string): Promise<JoinResponse | JoinPending> {
  return apiRequest<JoinResponse | JoinPending>(`/contests/${contestId}/join-requests/${requestId}/claim`, { method: 'POST', body: { secret: deviceSecret() } });
}
