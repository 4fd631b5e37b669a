import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContestPatched, ContestStatus } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { contestKeys } from './keys';

export function useUpdateContest(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { title?: string; status?: ContestStatus }) =>
      apiRequest<ContestPatched>(`/contests/${contestId}`, { method: 'PATCH', body, token }),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: contestKeys.contest(contestId) });
      void client.invalidateQueries({ queryKey: contestKeys.contests });
    },
  });
}
