/** GET /contests/:id/live: the live view (public), when the socket may have missed a change. */
import type { LiveView } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';

export function getLiveView(contestId: string): Promise<LiveView> {
  return apiRequest<LiveView>(`/contests/${contestId}/live`);
}
