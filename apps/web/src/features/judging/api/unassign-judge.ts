import { apiRequest } from '../../../lib/api-client';
import { useStaffMutation } from '../../auth/api/use-staff-mutation';
import { judgeKeys } from './keys';

export function useUnassignJudge(contestId: string) {
  return useStaffMutation((token, userId: string) =>
    apiRequest<unknown>(`/contests/${contestId}/judges/${userId}`, { method: 'DELETE', token }),
    judgeKeys.assigned(contestId),
  );
}
