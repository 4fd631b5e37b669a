import type { AnswerValue } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import type { PaperSubmitResult, PaperView, SubmissionReceipt } from '@jingsai/domain';

export const paperApi = {
  /** Starts the paper, or returns the one already drawn. */
  start: (roundId: string, token: string) => apiRequest<PaperView>(`/rounds/${roundId}/paper`, { method: 'POST', token }),
  get: (roundId: string, token: string) => apiRequest<PaperView>(`/rounds/${roundId}/paper`, { token }),
  answer: (roundId: string, token: string, body: { questionId: string; answer: AnswerValue; clientKey: string }) =>
    apiRequest<SubmissionReceipt>(`/rounds/${roundId}/paper/answers`, { method: 'POST', token, body }),
  submit: (roundId: string, token: string) => apiRequest<PaperSubmitResult>(`/rounds/${roundId}/paper/submit`, { method: 'POST', token }),
};
