import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { PublishResult } from '@jingsai/domain';
import { judgeKeys } from './keys';

export function usePublishRound(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (roundId: string) => apiRequest<PublishResult>(`/rounds/${roundId}/reviews/publish`, { method: 'POST', token }),
    onSuccess: () => client.invalidateQueries({ queryKey: judgeKeys.reviews(contestId) }),
  });
}
