import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QuestionControlResult } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { contestKeys } from '../../contests/api/keys';

export function useQuestionControl(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    /** reopen: a closed question opens again (answers given stay, teams that have not answered may answer). */
    mutationFn: (args: { roundId: string; questionId: string; action: 'open' | 'close'; reopen?: boolean }) =>
      apiRequest<QuestionControlResult>(`/rounds/${args.roundId}/questions/${args.questionId}/${args.action}`, {
        method: 'POST',
        body: args.reopen ? { reopen: true } : undefined,
        token,
      }),
    onSettled: () => client.invalidateQueries({ queryKey: contestKeys.contest(contestId) }),
  });
}
