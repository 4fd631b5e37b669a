import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { bankKeys } from './keys';

export function useRenameBank() {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { bankId: string; name: string }) => apiRequest<unknown>(`/banks/${args.bankId}`, { method: 'PATCH', body: { name: args.name }, token }),
    onSuccess: () => client.invalidateQueries({ queryKey: bankKeys.banks }),
  });
}
