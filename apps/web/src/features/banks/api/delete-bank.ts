import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { bankKeys } from './keys';

export function useDeleteBank() {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (bankId: string) => apiRequest<unknown>(`/banks/${bankId}`, { method: 'DELETE', token }),
    onSuccess: () => client.invalidateQueries({ queryKey: bankKeys.banks }),
  });
}
