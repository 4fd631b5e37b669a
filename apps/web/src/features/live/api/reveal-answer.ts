import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { contestKeys } from '../../contests/api/keys';
import type { RevealedAnswer } from '@jingsai/domain';

export function useReveal(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { roundId: string; questionId: string }) =>
      apiRequest<RevealedAnswer>(`/rounds/${args.roundId}/questions/${args.questionId}/reveal`, { method: 'POST', token }),
    onSettled: () => client.invalidateQueries({ queryKey: contestKeys.contest(contestId) }),
  });
}
