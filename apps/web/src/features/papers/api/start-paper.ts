/** POST /rounds/:roundId/paper: starts the contestant's paper, or returns the one already drawn. */
import type { PaperView } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';

export function startPaper(roundId: string, token: string): Promise<PaperView> {
  return apiRequest<PaperView>(`/rounds/${roundId}/paper`, { method: 'POST', token });
}
