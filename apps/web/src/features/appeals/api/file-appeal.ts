import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { TeamAppeal } from '@jingsai/domain';
import { appealKeys } from './keys';

/** Files an appeal against one of the team's graded answers, with a reason. */
export function useFileAppeal(contestId: string, token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { submissionId: string; reason: string }) =>
      apiRequest<TeamAppeal>(`/submissions/${args.submissionId}/appeals`, { method: 'POST', body: { reason: args.reason }, token }),
    onSettled: () => client.invalidateQueries({ queryKey: appealKeys.mine(contestId) }),
  });
}
