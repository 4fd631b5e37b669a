import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { QuestionPatch } from '../../banks/api/update-question';
import type { RejudgeReport } from '@jingsai/domain';
import { contestQuestionKeys } from './keys';

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
