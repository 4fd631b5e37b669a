import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { judgeKeys } from './keys';

export function useReturnReview(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { submissionId: string; reason: string }) =>
      apiRequest<unknown>(`/reviews/${args.submissionId}/return`, { method: 'POST', body: { reason: args.reason }, token }),
    onSuccess: () => client.invalidateQueries({ queryKey: judgeKeys.reviews(contestId) }),
  });
}
