import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { SubmissionState } from '@jingsai/domain';
import { submissionKeys } from './keys';

export function useSubmissionResult(submissionId: string, token: string) {
  return useQuery({
    queryKey: submissionKeys.one(submissionId),
    queryFn: () => apiRequest<SubmissionState>(`/submissions/${submissionId}`, { token }),
  });
}
