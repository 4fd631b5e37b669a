import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedTeam } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { queryKeys } from './keys';

export interface NewTeam {
  name: string;
  group?: string;
  /** The names that may join (each gets a PIN); exclusive with memberCap. */
  roster?: string[];
  memberCap?: number;
}
export function useAddTeam(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTeam) => apiRequest<CreatedTeam>(`/contests/${contestId}/teams`, { method: 'POST', body, token }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.contest(contestId) });
      void client.invalidateQueries({ queryKey: ['members', contestId] });
    },
  });
}
