/** 笔答/初赛 papers: the organizer's window controls, and a contestant's own paper. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnswerValue } from '@jingsai/domain';
import { apiRequest } from './client';
import { useStaffToken } from './auth-context';
import { queryKeys } from './staff-hooks';
import type { PaperRoundSummary, PaperSubmitResult, PaperView, SubmissionReceipt } from '@jingsai/domain';

export const paperKeys = {
  windows: (contestId: string) => ['paper-windows', contestId] as const,
  mine: (contestId: string) => ['my-papers', contestId] as const,
};

/** The contest's paper rounds and their windows, for staff. */
export function usePaperWindows(contestId: string, enabled = true) {
  const token = useStaffToken();
  return useQuery({
    queryKey: paperKeys.windows(contestId),
    queryFn: () => apiRequest<PaperRoundSummary[]>(`/contests/${contestId}/papers`, { token }),
    enabled: !!token && enabled,
  });
}

/** 开放答卷 / 结束答卷. */
export function usePaperWindowControl(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { roundId: string; action: 'open' | 'close' }) =>
      apiRequest<PaperRoundSummary>(`/rounds/${args.roundId}/paper/${args.action}`, { method: 'POST', token }),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: paperKeys.windows(contestId) });
      void client.invalidateQueries({ queryKey: queryKeys.contest(contestId) });
    },
  });
}

/** The contestant's view of the paper rounds (with `myPaper`). */
export function useMyPapers(contestId: string, token: string) {
  return useQuery({
    queryKey: paperKeys.mine(contestId),
    queryFn: () => apiRequest<PaperRoundSummary[]>(`/contests/${contestId}/papers`, { token }),
  });
}

export const paperApi = {
  /** Starts the paper, or returns the one already drawn. */
  start: (roundId: string, token: string) => apiRequest<PaperView>(`/rounds/${roundId}/paper`, { method: 'POST', token }),
  get: (roundId: string, token: string) => apiRequest<PaperView>(`/rounds/${roundId}/paper`, { token }),
  answer: (roundId: string, token: string, body: { questionId: string; answer: AnswerValue; clientKey: string }) =>
    apiRequest<SubmissionReceipt>(`/rounds/${roundId}/paper/answers`, { method: 'POST', token, body }),
  submit: (roundId: string, token: string) => apiRequest<PaperSubmitResult>(`/rounds/${roundId}/paper/submit`, { method: 'POST', token }),
};
