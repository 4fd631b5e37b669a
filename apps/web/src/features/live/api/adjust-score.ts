import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { AdjustmentReceipt } from '@jingsai/domain';

export function useAdjustment(contestId: string) {
  const token = useStaffToken();
  return useMutation({
    mutationFn: (body: { teamId: string; points: number; reason: string }) => apiRequest<AdjustmentReceipt>(`/contests/${contestId}/adjustments`, { method: 'POST', body, token }),
  });
}
