import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { ReviewScoreResult } from '@jingsai/domain';
import { judgeKeys } from './keys';

export function useScoreReview(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { submissionId: string; score: number; comment?: string }) =>
      apiRequest<ReviewScoreResult>(`/reviews/${args.submissionId}`, {
        method: 'POST',
        body: { score: args.score, comment: args.comment || undefined },
        token,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: judgeKeys.reviews(contestId) }),
  });
}
