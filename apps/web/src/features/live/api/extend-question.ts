import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { contestKeys } from '../../contests/api/keys';
import type { QuestionControlResult } from '@jingsai/domain';

export function useExtend(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { roundId: string; questionId: string; seconds: number }) =>
      apiRequest<QuestionControlResult>(`/rounds/${args.roundId}/questions/${args.questionId}/extend`, { method: 'POST', body: { seconds: args.seconds }, token }),
    onSettled: () => client.invalidateQueries({ queryKey: contestKeys.contest(contestId) }),
  });
}
