/** GET /submissions/:id: one answer's result as its contestant may see it (held back as `submitted` until released). */
import { useQuery } from '@tanstack/react-query';
import type { SubmissionState } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { submissionKeys } from './keys';

export function getSubmission(submissionId: string, token: string): Promise<SubmissionState> {
  return apiRequest<SubmissionState>(`/submissions/${submissionId}`, { token });
}

export function useSubmissionResult(submissionId: string, token: string) {
  return useQuery({ queryKey: submissionKeys.one(submissionId), queryFn: () => getSubmission(submissionId, token) });
}
