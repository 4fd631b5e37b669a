import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { PaperRoundSummary } from '@jingsai/domain';
import { paperKeys } from './keys';

/** The contest's paper rounds and their windows, for staff. */
export function usePaperWindows(contestId: string, enabled = true) {
  const token = useStaffToken();
  return useQuery({
    queryKey: paperKeys.windows(contestId),
    queryFn: () => apiRequest<PaperRoundSummary[]>(`/contests/${contestId}/papers`, { token }),
    enabled: !!token && enabled,
  });
}
