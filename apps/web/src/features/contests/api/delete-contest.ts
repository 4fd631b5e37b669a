import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { contestKeys } from './keys';

export function useDeleteContest() {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (contestId: string) => apiRequest<unknown>(`/contests/${contestId}`, { method: 'DELETE', token }),
    onSuccess: () => client.invalidateQueries({ queryKey: contestKeys.contests }),
  });
}
