/** Renaming and removing what the organizer made: contests (and their stage), teams, rounds, judge assignments, banks. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssignedJudge, ContestStatus, ContestSummary } from '@jingsai/domain';
import { apiRequest } from './client';
import { useStaffToken } from './auth-context';
import { memberKeys } from './member-hooks';
import { queryKeys } from './staff-hooks';

export const judgeKeys = { assigned: (contestId: string) => ['contest-judges', contestId] as const };

export function useUpdateContest(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { title?: string; status?: ContestStatus }) =>
      apiRequest<ContestSummary>(`/contests/${contestId}`, { method: 'PATCH', body, token }),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: queryKeys.contest(contestId) });
      void client.invalidateQueries({ queryKey: queryKeys.contests });
    },
  });
}

export function useDeleteContest() {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (contestId: string) => apiRequest<unknown>(`/contests/${contestId}`, { method: 'DELETE', token }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.contests }),
  });
}

/** After a team or round changed: the contest, its members and its questions are read again. */
function useContestRefresh(contestId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: queryKeys.contest(contestId) });
    void client.invalidateQueries({ queryKey: memberKeys.members(contestId) });
  };
}

export function useUpdateTeam(contestId: string) {
  const token = useStaffToken();
  const refresh = useContestRefresh(contestId);
  return useMutation({
    mutationFn: ({ teamId, ...body }: { teamId: string; name?: string; group?: string; memberCap?: number }) =>
      apiRequest<unknown>(`/contests/${contestId}/teams/${teamId}`, { method: 'PATCH', body, token }),
    onSuccess: refresh,
  });
}

export function useDeleteTeam(contestId: string) {
  const token = useStaffToken();
  const refresh = useContestRefresh(contestId);
  return useMutation({
    mutationFn: (teamId: string) => apiRequest<unknown>(`/contests/${contestId}/teams/${teamId}`, { method: 'DELETE', token }),
    onSuccess: refresh,
  });
}

export function useUpdateRound(contestId: string) {
  const token = useStaffToken();
  const refresh = useContestRefresh(contestId);
  return useMutation({
    mutationFn: ({ roundId, ...body }: { roundId: string; title?: string; secondsPerQuestion?: number }) =>
      apiRequest<unknown>(`/rounds/${roundId}`, { method: 'PATCH', body, token }),
    onSuccess: refresh,
  });
}

export function useDeleteRound(contestId: string) {
  const token = useStaffToken();
  const refresh = useContestRefresh(contestId);
  return useMutation({
    mutationFn: (roundId: string) => apiRequest<unknown>(`/rounds/${roundId}`, { method: 'DELETE', token }),
    onSuccess: refresh,
  });
}

export function useAssignedJudges(contestId: string) {
  const token = useStaffToken();
  return useQuery({
    queryKey: judgeKeys.assigned(contestId),
    queryFn: () => apiRequest<AssignedJudge[]>(`/contests/${contestId}/judges`, { token }),
    enabled: !!token,
  });
}

export function useUnassignJudge(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => apiRequest<unknown>(`/contests/${contestId}/judges/${userId}`, { method: 'DELETE', token }),
    onSuccess: () => client.invalidateQueries({ queryKey: judgeKeys.assigned(contestId) }),
  });
}

export function useRenameBank() {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { bankId: string; name: string }) => apiRequest<unknown>(`/banks/${args.bankId}`, { method: 'PATCH', body: { name: args.name }, token }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.banks }),
  });
}

export function useDeleteBank() {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (bankId: string) => apiRequest<unknown>(`/banks/${bankId}`, { method: 'DELETE', token }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.banks }),
  });
}
