/** POST /rounds/:roundId/paper/submit: hands the paper in. */
import type { PaperSubmitResult } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';

export function submitPaper(roundId: string, token: string): Promise<PaperSubmitResult> {
  return apiRequest<PaperSubmitResult>(`/rounds/${roundId}/paper/submit`, { method: 'POST', token });
}
