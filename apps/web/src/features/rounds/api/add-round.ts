import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedRound, RoundKind } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { RoundSettingsInput } from '@jingsai/domain';
import { queryKeys } from '../../contests/api/keys';

export interface NewRound {
  title: string;
  kind: RoundKind;
  questionIds: string[];
  secondsPerQuestion: number;
  settings?: RoundSettingsInput;
}
export function useAddRound(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewRound) => apiRequest<CreatedRound>(`/contests/${contestId}/rounds`, { method: 'POST', body, token }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.contest(contestId) });
      void client.invalidateQueries({ queryKey: ['contest-questions', contestId] });
    },
  });
}
