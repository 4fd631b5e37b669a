import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedRound, RoundKind, RoundSettingsInput } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { contestKeys } from '../../contests/api/keys';
import { contestQuestionKeys } from '../../questions/api/keys';

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
      void client.invalidateQueries({ queryKey: contestKeys.contest(contestId) });
      void client.invalidateQueries({ queryKey: contestQuestionKeys.list(contestId) });
    },
  });
}
