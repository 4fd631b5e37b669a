/** 申诉: a team files and follows its appeals; the chief judge or the organizer decides them; the organizer sets the window. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from './client';
import { useStaffToken } from './auth-context';
import { queryKeys } from './staff-hooks';
import type { AppealQueueItem, AppealSettings, TeamAppeal } from '@jingsai/domain';

export const appealKeys = {
  mine: (contestId: string) => ['appeals-mine', contestId] as const,
  queue: (contestId: string) => ['appeals', contestId] as const,
};

/** The team's appeals and their decisions (refetched on `appeals.changed`). */
export function useMyAppeals(contestId: string, token: string) {
  return useQuery({
    queryKey: appealKeys.mine(contestId),
    queryFn: () => apiRequest<TeamAppeal[]>(`/contests/${contestId}/appeals/mine`, { token }),
  });
}

/** Files an appeal against one of the team's graded answers, with a reason. */
export function useFileAppeal(contestId: string, token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { submissionId: string; reason: string }) =>
      apiRequest<TeamAppeal>(`/submissions/${args.submissionId}/appeals`, { method: 'POST', body: { reason: args.reason }, token }),
    onSettled: () => client.invalidateQueries({ queryKey: appealKeys.mine(contestId) }),
  });
}

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

/** Accept (with the new score) or reject, both with a reply to the team. */
export function useDecideAppeal(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { appealId: string; accept: boolean; score?: number; reply: string }) =>
      apiRequest<TeamAppeal>(`/appeals/${args.appealId}/decision`, {
        method: 'POST',
        body: { accept: args.accept, score: args.accept ? args.score : undefined, reply: args.reply },
        token,
      }),
    onSettled: () => client.invalidateQueries({ queryKey: appealKeys.queue(contestId) }),
  });
}

/** The appeal window and whether the big screen shows 申诉处理中. */
export function useUpdateAppealSettings(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<AppealSettings>) => apiRequest<AppealSettings>(`/contests/${contestId}/appeal-settings`, { method: 'PATCH', body, token }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.contest(contestId) }),
  });
}
