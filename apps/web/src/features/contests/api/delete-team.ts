import type { Deleted } from '@jingsai/domain';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { useContestRefresh } from './use-contest-refresh';

export function useDeleteTeam(contestId: string) {
  const token = useStaffToken();
  const refresh = useContestRefresh(contestId);
  return useMutation({
    mutationFn: (teamId: string) => apiRequest<Deleted>(`/contests/${contestId}/teams/${teamId}`, { method: 'DELETE', token }),
    onSuccess: refresh,
  });
}
