import type { TeamPatched } from '@jingsai/domain';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { useContestRefresh } from './use-contest-refresh';

export function useUpdateTeam(contestId: string) {
  const token = useStaffToken();
  const refresh = useContestRefresh(contestId);
  return useMutation({
    mutationFn: ({ teamId, ...body }: { teamId: string; name?: string; group?: string; memberCap?: number }) =>
      apiRequest<TeamPatched>(`/contests/${contestId}/teams/${teamId}`, { method: 'PATCH', body, token }),
    onSuccess: refresh,
  });
}
