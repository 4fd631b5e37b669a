import { useQuery } from '@tanstack/react-query';
import type { Lobby } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { venueKeys } from './keys';

/** Public: the big screen, the console and the entry sheet read it; refetch it on `members.changed`. */
export function useLobby(contestId: string) {
  return useQuery({ queryKey: venueKeys.lobby(contestId), queryFn: () => apiRequest<Lobby>(`/contests/${contestId}/lobby`), enabled: !!contestId });
}
