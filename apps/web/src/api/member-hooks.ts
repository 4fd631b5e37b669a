/** The organizer's members panel: rosters, PINs, who joined, new phones waiting for approval. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';
import { useStaffToken } from './auth-context';
import type { JoinDecision, MemberRemoval, MembersView, PinReset } from '@jingsai/domain';

export const memberKeys = { members: (contestId: string) => ['members', contestId] as const };

/** Refetched on the `members.changed` push (the contest page invalidates it). */
export function useMembers(contestId: string) {
  const token = useStaffToken();
  return useQuery({
    queryKey: memberKeys.members(contestId),
    queryFn: () => apiRequest<MembersView>(`/contests/${contestId}/members`, { token }),
    enabled: !!token,
  });
}

function useMemberMutation<A, R>(contestId: string, run: (token: string | null, args: A) => Promise<R>) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: A) => run(token, args),
    onSettled: () => client.invalidateQueries({ queryKey: memberKeys.members(contestId) }),
  });
}

export function useDecideRequest(contestId: string) {
  return useMemberMutation(contestId, (token, args: { requestId: string; approve: boolean }) =>
    apiRequest<JoinDecision>(`/join-requests/${args.requestId}/decision`, { method: 'POST', body: { approve: args.approve }, token }),
  );
}

export function useResetPin(contestId: string) {
  return useMemberMutation(contestId, (token, memberId: string) => apiRequest<PinReset>(`/contests/${contestId}/members/${memberId}/pin`, { method: 'POST', token }));
}

export function useRemoveMember(contestId: string) {
  return useMemberMutation(contestId, (token, memberId: string) =>
    apiRequest<MemberRemoval>(`/contests/${contestId}/members/${memberId}`, { method: 'DELETE', token }),
  );
}

export function useSetRoster(contestId: string) {
  return useMemberMutation(contestId, (token, args: { teamId: string; names: string[] }) =>
    apiRequest<unknown>(`/contests/${contestId}/teams/${args.teamId}/roster`, { method: 'PUT', body: { names: args.names }, token }),
  );
}
