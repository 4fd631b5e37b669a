import { useMutation } from '@tanstack/react-query';
import type { CreatedTeam } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { useContestRefresh } from './use-contest-refresh';

export interface NewTeam {
  name: string;
  group?: string;
  /** The names that may join (each gets a PIN); exclusive with memberCap. */
  roster?: string[];
  memberCap?: number;
}

export function useAddTeam(contestId: string) {
  const token = useStaffToken();
  // The contest and its members are read again.
  const refresh = useContestRefresh(contestId);
  return useMutation({ mutationFn: (body: NewTeam) => apiRequest<CreatedTeam>(`/contests/${contestId}/teams`, { method: 'POST', body, token }), onSuccess: refresh });
}
