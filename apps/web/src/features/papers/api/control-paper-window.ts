import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { contestKeys } from '../../contests/api/keys';
import type { PaperRoundSummary } from '@jingsai/domain';
import { paperKeys } from './keys';

/** 开放答卷 / 结束答卷. */
export function usePaperWindowControl(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { roundId: string; action: 'open' | 'close' }) =>
      apiRequest<PaperRoundSummary>(`/rounds/${args.roundId}/paper/${args.action}`, { method: 'POST', token }),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: paperKeys.windows(contestId) });
      void client.invalidateQueries({ queryKey: contestKeys.contest(contestId) });
    },
  });
}
