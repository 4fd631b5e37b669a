/** React Query hooks for the judge page (blind review queue). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';
import { useStaffToken } from './auth-context';
import type { PublishResult, ReviewItem, ReviewScoreResult } from '@jingsai/domain';

const reviewsKey = (contestId: string) => ['reviews', contestId] as const;

export function useReviewQueue(contestId: string) {
  const token = useStaffToken();
  return useQuery({
    queryKey: reviewsKey(contestId),
    queryFn: () => apiRequest<ReviewItem[]>(`/contests/${contestId}/reviews`, { token }),
    enabled: !!token,
    refetchInterval: 5000,
  });
}

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
    onSuccess: () => client.invalidateQueries({ queryKey: reviewsKey(contestId) }),
  });
}

export function useReturnReview(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { submissionId: string; reason: string }) =>
      apiRequest<unknown>(`/reviews/${args.submissionId}/return`, { method: 'POST', body: { reason: args.reason }, token }),
    onSuccess: () => client.invalidateQueries({ queryKey: reviewsKey(contestId) }),
  });
}

export function usePublishRound(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (roundId: string) => apiRequest<PublishResult>(`/rounds/${roundId}/reviews/publish`, { method: 'POST', token }),
    onSuccess: () => client.invalidateQueries({ queryKey: reviewsKey(contestId) }),
  });
}
