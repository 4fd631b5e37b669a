import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { contestKeys } from './keys';
import type { TieBreaks } from '@jingsai/domain';

/** 加赛: teams tied on a podium place; refetched when the board's version moves. */
export function useTieBreaks(contestId: string, boardVersion: number | undefined) {
  const token = useStaffToken();
  return useQuery({
    queryKey: contestKeys.tieBreaks(contestId, boardVersion ?? 0),
    queryFn: () => apiRequest<TieBreaks>(`/contests/${contestId}/tie-breaks`, { token }),
    enabled: !!token,
    placeholderData: (previous) => previous,
  });
}
