import type { AssignedJudge } from '@jingsai/domain';
import { useStaffQuery } from '../../auth/api/use-staff-query';
import { judgeKeys } from './keys';

/** The contest's judges (and which is the chief). */
export function useAssignedJudges(contestId: string) {
  return useStaffQuery<AssignedJudge[]>(judgeKeys.assigned(contestId), `/contests/${contestId}/judges`);
}
