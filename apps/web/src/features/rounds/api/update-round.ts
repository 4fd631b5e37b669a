import type { RoundPatched } from '@jingsai/domain';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { useContestRefresh } from '../../contests/api/use-contest-refresh';

export function useUpdateRound(contestId: string) {
  const token = useStaffToken();
  const refresh = useContestRefresh(contestId);
  return useMutation({
    mutationFn: ({ roundId, ...body }: { roundId: string; title?: string; secondsPerQuestion?: number }) =>
      apiRequest<RoundPatched>(`/rounds/${roundId}`, { method: 'PATCH', body, token }),
    onSuccess: refresh,
  });
}
