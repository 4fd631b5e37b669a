import type { ContestDetails } from '@jingsai/domain';
import { useStaffQuery } from '../../auth/api/use-staff-query';
import { contestKeys } from './keys';

/** One contest: teams, rounds and the state of their questions. */
export function useContest(id: string) {
  return useStaffQuery<ContestDetails>(contestKeys.contest(id), `/contests/${id}`);
}
