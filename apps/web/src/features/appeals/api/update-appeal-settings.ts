import { apiRequest } from '../../../lib/api-client';
import { useStaffMutation } from '../../auth/api/use-staff-mutation';
import { contestKeys } from '../../contests/api/keys';
import type { AppealSettings } from '@jingsai/domain';

/** The appeal window and whether the big screen shows 申诉处理中. */
export function useUpdateAppealSettings(contestId: string) {
  return useStaffMutation((token, body: Partial<AppealSettings>) =>
    apiRequest<AppealSettings>(`/contests/${contestId}/appeal-settings`, { method: 'PATCH', body, token }),
    contestKeys.contest(contestId),
  );
}
