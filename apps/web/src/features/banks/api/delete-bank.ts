import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { queryKeys } from '../../contests/api/keys';

export function useDeleteBank() {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (bankId: string) => apiRequest<unknown>(`/banks/${bankId}`, { method: 'DELETE', token }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.banks }),
  });
}
