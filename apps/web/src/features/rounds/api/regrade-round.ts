import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { contestKeys } from '../../contests/api/keys';
import type { MultiplePolicyInput, RejudgeReport } from '@jingsai/domain';

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
      if (!args.dryRun) void client.invalidateQueries({ queryKey: contestKeys.contest(contestId) });
    },
  });
}
