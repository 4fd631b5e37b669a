import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { judgeKeys } from './keys';

export function useUnassignJudge(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => apiRequest<unknown>(`/contests/${contestId}/judges/${userId}`, { method: 'DELETE', token }),
    onSuccess: () => client.invalidateQueries({ queryKey: judgeKeys.assigned(contestId) }),
  });
}
