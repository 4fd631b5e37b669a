/** An answer to the open question: over the live socket (`answer`), else POST /contests/:id/submissions; the clientKey makes a retry the same answer. */
import type { AnswerAction, SubmissionReceipt } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { sendAction, type ActionChannel } from '../../live/utils/live-action';

export function submitAnswer(contestId: string, channel: ActionChannel, body: Required<AnswerAction>): Promise<SubmissionReceipt> {
  return sendAction(channel, 'answer', body, () => apiRequest<SubmissionReceipt>(`/contests/${contestId}/submissions`, { method: 'POST', token: channel.token, body }));
}
