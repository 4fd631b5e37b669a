import { apiRequest } from '../../../lib/api-client';
import { useStaffMutation } from '../../auth/api/use-staff-mutation';
import type { ContestSummary } from '@jingsai/domain';
import { contestKeys } from './keys';

export function useCreateContest() {
  return useStaffMutation((token, body: { title: string; baseScore?: number }) =>
    apiRequest<ContestSummary>('/contests', { method: 'POST', body, token }),
    contestKeys.contests,
  );
}
