import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { ReviewItem } from '@jingsai/domain';
import { judgeKeys } from './keys';

export function useReviewQueue(contestId: string) {
  const token = useStaffToken();
  return useQuery({
    queryKey: judgeKeys.reviews(contestId),
    queryFn: () => apiRequest<ReviewItem[]>(`/contests/${contestId}/reviews`, { token }),
    enabled: !!token,
    refetchInterval: 5000,
  });
}
