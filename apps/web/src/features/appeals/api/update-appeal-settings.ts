import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { contestKeys } from '../../contests/api/keys';
import type { AppealSettings } from '@jingsai/domain';

/** The appeal window and whether the big screen shows 申诉处理中. */
export function useUpdateAppealSettings(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<AppealSettings>) => apiRequest<AppealSettings>(`/contests/${contestId}/appeal-settings`, { method: 'PATCH', body, token }),
    onSuccess: () => client.invalidateQueries({ queryKey: contestKeys.contest(contestId) }),
  });
}
