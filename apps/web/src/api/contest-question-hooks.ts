/** A contest's own copies of its questions, fixes inside the contest, and a round's grading settings. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiRequest } from './client';
import { useStaffToken } from './auth-context';
import { queryKeys, type QuestionPatch } from './staff-hooks';
import type { ContestQuestion, RejudgeReport } from '@jingsai/domain';
import type { MultiplePolicyInput } from '@jingsai/domain';

export const contestQuestionKeys = { list: (contestId: string) => ['contest-questions', contestId] as const };

/** The contest's questions by id (a bank edit never changes them). */
export function useContestQuestions(contestId: string): Map<string, ContestQuestion> {
  const token = useStaffToken();
  const query = useQuery({
    queryKey: contestQuestionKeys.list(contestId),
    queryFn: () => apiRequest<ContestQuestion[]>(`/contests/${contestId}/questions`, { token }),
    enabled: !!token,
  });
  return useMemo(() => new Map((query.data ?? []).map((q) => [q.id, q])), [query.data]);
}

/** dryRun: how many answers the fix would change; otherwise fixes the contest's copy and regrades. */
export function useContestRejudge(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { questionId: string; patch: QuestionPatch; dryRun: boolean }) =>
      apiRequest<RejudgeReport & { questionId: string }>(`/contests/${contestId}/questions/${args.questionId}/rejudge`, {
        method: 'POST',
        body: { question: Object.keys(args.patch).length ? args.patch : undefined, dryRun: args.dryRun },
        token,
      }),
    onSuccess: (_, args) => {
      if (!args.dryRun) void client.invalidateQueries({ queryKey: contestQuestionKeys.list(contestId) });
    },
  });
}

export interface RoundGradingChange {
  strict?: boolean;
  multiplePolicy?: MultiplePolicyInput;
}

/** A change of a round's grading settings: dryRun counts the answers it moves, then apply regrades them. */
export function useRoundGrading(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { roundId: string; change: RoundGradingChange; dryRun: boolean }) =>
      apiRequest<RejudgeReport & { roundId: string }>(`/rounds/${args.roundId}/grading`, { method: 'POST', body: { ...args.change, dryRun: args.dryRun }, token }),
    onSuccess: (_, args) => {
      if (!args.dryRun) void client.invalidateQueries({ queryKey: queryKeys.contest(contestId) });
    },
  });
}
