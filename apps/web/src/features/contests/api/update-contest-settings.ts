import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { contestKeys } from './keys';

/** PATCH /contests/:id/settings: lifelines (智囊团) per team, base score, group totals (mean or sum). */
export function useUpdateContestSettings(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { lifelines?: { thinkTank: number }; baseScore?: number; groupScore?: 'sum' | 'mean' }) => apiRequest<unknown>(`/contests/${contestId}/settings`, { method: 'PATCH', body, token }),
    onSuccess: () => client.invalidateQueries({ queryKey: contestKeys.contest(contestId) }),
  });
}
