/** GET /rounds/:roundId/paper: the contestant's own paper and the answers it holds. */
import type { PaperView } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';

export function getPaper(roundId: string, token: string): Promise<PaperView> {
  return apiRequest<PaperView>(`/rounds/${roundId}/paper`, { token });
}
