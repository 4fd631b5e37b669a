/** The venue: where phones reach the server (GET /venue), the big screen's lobby, and the links built from them. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ContestStatus } from '@jingsai/domain';
import { apiRequest } from './client';
import { useStaffToken } from './auth-context';
import { queryKeys } from './staff-hooks';

export interface VenueInfo {
  /** PUBLIC_URL, when the server runs behind a proxy or a domain. */
  publicUrl: string | null;
  /** `http://LAN-address:port` of the server, most likely reachable first. */
  addresses: string[];
  port: number | null;
}

export interface LobbyTeam {
  id: string;
  name: string;
  group: string | null;
  members: string[];
  memberCount: number;
  capacity: number | null;
  joinCode?: string;
}

export interface Lobby {
  contestId: string;
  title: string;
  status: ContestStatus;
  showJoinCodes: boolean;
  /** Where phones reach the server (null: no address phones can use). */
  joinBase: string | null;
  /** The contest's join link (`/join?contest=…`), for the lobby's QR code. */
  joinUrl: string | null;
  teams: LobbyTeam[];
  memberCount: number;
}

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
