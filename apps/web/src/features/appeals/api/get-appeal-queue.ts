import { useQuery } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { AppealQueueItem } from '@jingsai/domain';
import { appealKeys } from './keys';

/** The appeal queue of the contest's chief judge or organizer; polling stops after an error. */
export function useAppealQueue(contestId: string, { pollMs = 5000, enabled = true }: { pollMs?: number; enabled?: boolean } = {}) {
  const token = useStaffToken();
  return useQuery({
    queryKey: appealKeys.queue(contestId),
    queryFn: () => apiRequest<AppealQueueItem[]>(`/contests/${contestId}/appeals`, { token }),
    enabled: !!token && enabled,
    retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    refetchInterval: (query) => (query.state.error ? false : pollMs),
  });
}
