import type { ContestSummary } from '@jingsai/domain';
import { useStaffQuery } from '../../auth/api/use-staff-query';
import { contestKeys } from './keys';

/** The contests this staff member may see. */
export function useContests() {
  return useStaffQuery<ContestSummary[]>(contestKeys.contests, '/contests');
}
