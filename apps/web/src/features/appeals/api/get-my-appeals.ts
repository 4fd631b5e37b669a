import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { TeamAppeal } from '@jingsai/domain';
import { appealKeys } from './keys';

/** The team's appeals and their decisions (refetched on `appeals.changed`). */
export function useMyAppeals(contestId: string, token: string) {
  return useQuery({
    queryKey: appealKeys.mine(contestId),
    queryFn: () => apiRequest<TeamAppeal[]>(`/contests/${contestId}/appeals/mine`, { token }),
  });
}
