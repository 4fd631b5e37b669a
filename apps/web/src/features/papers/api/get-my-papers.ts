import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { PaperRoundSummary } from '@jingsai/domain';
import { paperKeys } from './keys';

/** The contestant's view of the paper rounds (with `myPaper`). */
export function useMyPapers(contestId: string, token: string) {
  return useQuery({
    queryKey: paperKeys.mine(contestId),
    queryFn: () => apiRequest<PaperRoundSummary[]>(`/contests/${contestId}/papers`, { token }),
  });
}
