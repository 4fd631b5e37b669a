import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { FreezeState } from '@jingsai/domain';

export function useFreeze(contestId: string) {
  const token = useStaffToken();
  return useMutation({
    mutationFn: (action: 'freeze' | 'unfreeze') => apiRequest<FreezeState>(`/contests/${contestId}/${action}`, { method: 'POST', body: {}, token }),
  });
}
