import type { JudgeRemoved } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffMutation } from '../../auth/api/use-staff-mutation';
import { judgeKeys } from './keys';

export function useUnassignJudge(contestId: string) {
  return useStaffMutation((token, userId: string) =>
    apiRequest<JudgeRemoved>(`/contests/${contestId}/judges/${userId}`, { method: 'DELETE', token }),
    judgeKeys.assigned(contestId),
  );
}
