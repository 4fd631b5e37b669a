import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { contestKeys } from '../../contests/api/keys';
import type { QuestionControlResult } from '@jingsai/domain';

/** Pause or resume the open question (the server moves the deadline on resume). */
export function usePause(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { roundId: string; questionId: string; action: 'pause' | 'resume' }) =>
      apiRequest<QuestionControlResult>(`/rounds/${args.roundId}/questions/${args.questionId}/${args.action}`, { method: 'POST', token }),
    onSettled: () => client.invalidateQueries({ queryKey: contestKeys.contest(contestId) }),
  });
}
