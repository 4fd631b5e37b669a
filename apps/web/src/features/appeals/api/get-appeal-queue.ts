import { useQuery } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { AppealQueueItem } from '@jingsai/domain';
import { appealKeys } from './keys';

/** The appeal queue of the contest's chief judge or organizer; `enabled: false` stops after a 403 (not the chief). */
export function useAppealQueue(contestId: string, pollMs = 5000) {
  const token = useStaffToken();
  return useQuery({
    queryKey: appealKeys.queue(contestId),
    queryFn: () => apiRequest<AppealQueueItem[]>(`/contests/${contestId}/appeals`, { token }),
    enabled: !!token,
    retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    refetchInterval: (query) => (query.state.error ? false : pollMs),
  });
}
