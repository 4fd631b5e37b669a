/** POST /rounds/:roundId/paper/answers: one answer of the paper (a retry with the same clientKey is the same answer). */
import type { AnswerValue, SubmissionReceipt } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';

export function answerPaper(roundId: string, token: string, body: { questionId: string; answer: AnswerValue; clientKey: string }): Promise<SubmissionReceipt> {
  return apiRequest<SubmissionReceipt>(`/rounds/${roundId}/paper/answers`, { method: 'POST', token, body });
}
