import type { Deleted } from '@jingsai/domain';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { useContestRefresh } from '../../contests/api/use-contest-refresh';

export function useDeleteRound(contestId: string) {
  const token = useStaffToken();
  const refresh = useContestRefresh(contestId);
  return useMutation({
    mutationFn: (roundId: string) => apiRequest<Deleted>(`/rounds/${roundId}`, { method: 'DELETE', token }),
    onSuccess: refresh,
  });
}
