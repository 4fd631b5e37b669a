/** POST /contests/:id/lifelines: the team consults its 智囊团 (think-tank) on the open question. */
import type { LifelineUseResult } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';

export function spendThinkTank(contestId: string, token: string, questionId: string): Promise<LifelineUseResult> {
  return apiRequest<LifelineUseResult>(`/contests/${contestId}/lifelines`, { method: 'POST', token, body: { kind: 'think-tank', questionId } });
}
