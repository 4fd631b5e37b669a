import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { MembersView } from '@jingsai/domain';
import { memberKeys } from './keys';

/** Refetched on the `members.changed` push (the contest page invalidates it). */
export function useMembers(contestId: string) {
  const token = useStaffToken();
  return useQuery({
    queryKey: memberKeys.members(contestId),
    queryFn: () => apiRequest<MembersView>(`/contests/${contestId}/members`, { token }),
    enabled: !!token,
  });
}
