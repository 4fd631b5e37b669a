import type { Deleted } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffMutation } from '../../auth/api/use-staff-mutation';
import { contestKeys } from './keys';

export function useDeleteContest() {
  return useStaffMutation((token, contestId: string) =>
    apiRequest<Deleted>(`/contests/${contestId}`, { method: 'DELETE', token }),
    contestKeys.contests,
  );
}
