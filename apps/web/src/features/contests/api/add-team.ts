import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedTeam } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { memberKeys } from '../../members/api/keys';
import { contestKeys } from './keys';

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
      void client.invalidateQueries({ queryKey: contestKeys.contest(contestId) });
      void client.invalidateQueries({ queryKey: memberKeys.members(contestId) });
    },
  });
}
