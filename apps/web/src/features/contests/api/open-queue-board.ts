/** POST /admin/queue-board/session: a short-lived cookie for the grading queue's board (admins). */
import type { QueueBoardSession } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';

export function openQueueBoardSession(token: string | null): Promise<QueueBoardSession> {
  return apiRequest<QueueBoardSession>('/admin/queue-board/session', { method: 'POST', token });
}
