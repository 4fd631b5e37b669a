import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { TeamAppeal } from '@jingsai/domain';
import { appealKeys } from './keys';

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
