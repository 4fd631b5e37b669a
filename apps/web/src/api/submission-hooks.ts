/** One answer's result as its contestant may see it (GET /submissions/:id): held back as `submitted` until released. */
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './client';
import type { SubmissionState } from '@jingsai/domain';

export const submissionKeys = {
  all: ['submission'] as const,
  one: (submissionId: string) => ['submission', submissionId] as const,
};

export function useSubmissionResult(submissionId: string, token: string) {
  return useQuery({
    queryKey: submissionKeys.one(submissionId),
    queryFn: () => apiRequest<SubmissionState>(`/submissions/${submissionId}`, { token }),
  });
}
