/** The venue: where phones reach the server (GET /venue), the big screen's lobby, and the links built from them. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Lobby, VenueInfo } from '@jingsai/domain';
import { apiRequest } from './client';
import { useStaffToken } from './auth-context';
import { queryKeys } from './staff-hooks';

export const venueKeys = { venue: ['venue'] as const, lobby: (contestId: string) => ['lobby', contestId] as const };

export function useVenue() {
  const token = useStaffToken();
  return useQuery({ queryKey: venueKeys.venue, queryFn: () => apiRequest<VenueInfo>('/venue', { token }), enabled: !!token });
}

/** Public: the big screen, the console and the entry sheet read it; refetch it on `members.changed`. */
export function useLobby(contestId: string) {
  return useQuery({ queryKey: venueKeys.lobby(contestId), queryFn: () => apiRequest<Lobby>(`/contests/${contestId}/lobby`), enabled: !!contestId });
}

export function useUpdateVenue(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (venue: { showJoinCodes?: boolean; joinUrl?: string | null }) => apiRequest<unknown>(`/contests/${contestId}/settings`, { method: 'PATCH', body: { venue }, token }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: venueKeys.lobby(contestId) });
      void client.invalidateQueries({ queryKey: queryKeys.contest(contestId) });
    },
  });
}

/** A team's join link (the entry sheet's QR): the code filled in, the team shown to confirm. */
export function teamJoinUrl(joinBase: string, joinCode: string): string {
  return `${joinBase}/join?code=${encodeURIComponent(joinCode)}`;
}
