/** GET /contests/:id/lifelines: the team's lifelines left (also how a phone checks that its session is still current). */
import type { LifelineCounts } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';

export function getLifelines(contestId: string, token: string): Promise<LifelineCounts> {
  return apiRequest<LifelineCounts>(`/contests/${contestId}/lifelines`, { token });
}
