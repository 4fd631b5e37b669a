/** React Query hooks for the organizer's live tools: question status, freeze, adjust, extend, reveal, judges, results. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from './client';
import { useStaffToken } from './auth-context';
import { queryKeys } from './staff-hooks';
import type { AdjustmentReceipt, FreezeState, PublicUser, QuestionControlResult, QuestionStatus, RevealedAnswer, TieBreaks } from '@jingsai/domain';

/** Who answered, who is waiting, buzzes and stakes of the current question; polled every second while it is open. */
export function useQuestionStatus(target: { roundId: string; questionId: string } | null, polling: boolean) {
  const token = useStaffToken();
  return useQuery({
    queryKey: ['question-status', target?.roundId ?? '', target?.questionId ?? '', polling] as const,
    queryFn: () => apiRequest<QuestionStatus>(`/rounds/${target?.roundId}/questions/${target?.questionId}/status`, { token }),
    enabled: !!token && !!target,
    refetchInterval: polling ? 1000 : false,
    placeholderData: (previous) => (previous?.questionId === target?.questionId ? previous : undefined),
  });
}

export function useFreeze(contestId: string) {
  const token = useStaffToken();
  return useMutation({
    mutationFn: (action: 'freeze' | 'unfreeze') => apiRequest<FreezeState>(`/contests/${contestId}/${action}`, { method: 'POST', body: {}, token }),
  });
}

export function useAdjustment(contestId: string) {
  const token = useStaffToken();
  return useMutation({
    mutationFn: (body: { teamId: string; points: number; reason: string }) => apiRequest<AdjustmentReceipt>(`/contests/${contestId}/adjustments`, { method: 'POST', body, token }),
  });
}

export function useExtend(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { roundId: string; questionId: string; seconds: number }) =>
      apiRequest<QuestionControlResult>(`/rounds/${args.roundId}/questions/${args.questionId}/extend`, { method: 'POST', body: { seconds: args.seconds }, token }),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.contest(contestId) }),
  });
}

/** Pause or resume the open question (the server moves the deadline on resume). */
export function usePause(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { roundId: string; questionId: string; action: 'pause' | 'resume' }) =>
      apiRequest<QuestionControlResult>(`/rounds/${args.roundId}/questions/${args.questionId}/${args.action}`, { method: 'POST', token }),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.contest(contestId) }),
  });
}

export function useReveal(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { roundId: string; questionId: string }) =>
      apiRequest<RevealedAnswer>(`/rounds/${args.roundId}/questions/${args.questionId}/reveal`, { method: 'POST', token }),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.contest(contestId) }),
  });
}

export function useCreateJudge() {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
    mutationFn: (body: { username: string; password: string }) =>
      apiRequest<PublicUser>('/users', { method: 'POST', body: { ...body, role: 'judge' }, token }),
  });
}

export function useAssignJudge(contestId: string) {
  const token = useStaffToken();
  return useMutation({
    mutationFn: (body: { userId: string; chief: boolean }) => apiRequest<unknown>(`/contests/${contestId}/judges`, { method: 'POST', body, token }),
  });
}

/** GET results.xlsx with the bearer token, then hands the blob to the browser as a download. */
export async function downloadResults(contestId: string, token: string | null): Promise<void> {
  const response = await fetch(`/api/contests/${contestId}/results.xlsx`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = (await response.json()) as { message?: string };
      if (body.message) message = body.message;
    } catch {
      /* not JSON */
    }
    throw new ApiError(response.status, message, null);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename="?([^"]+)"?/.exec(disposition)?.[1] ?? `results-${contestId}.xlsx`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = decodeURIComponent(filename);
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useStaffUsers() {
  const token = useStaffToken();
  return useQuery({ queryKey: ['users'], queryFn: () => apiRequest<PublicUser[]>('/users', { token }), enabled: !!token });
}

/** 加赛: teams tied on a podium place; refetched when the board's version moves. */
export function useTieBreaks(contestId: string, boardVersion: number | undefined) {
  const token = useStaffToken();
  return useQuery({
    queryKey: ['tie-breaks', contestId, boardVersion ?? 0] as const,
    queryFn: () => apiRequest<TieBreaks>(`/contests/${contestId}/tie-breaks`, { token }),
    enabled: !!token,
    placeholderData: (previous) => previous,
  });
}

/** PATCH /contests/:id/settings: lifelines (智囊团) per team, base score, group totals (mean or sum). */
export function useUpdateContestSettings(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { lifelines?: { thinkTank: number }; baseScore?: number; groupScore?: 'sum' | 'mean' }) => apiRequest<unknown>(`/contests/${contestId}/settings`, { method: 'PATCH', body, token }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.contest(contestId) }),
  });
}
