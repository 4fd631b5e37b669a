import type { ContestSettingsSaved } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffMutation } from '../../auth/api/use-staff-mutation';
import { contestKeys } from './keys';

/** PATCH /contests/:id/settings: lifelines (智囊团) per team, base score, group totals (mean or sum). */
export function useUpdateContestSettings(contestId: string) {
  return useStaffMutation((token, body: { lifelines?: { thinkTank: number }; baseScore?: number; groupScore?: 'sum' | 'mean' }) =>
    apiRequest<ContestSettingsSaved>(`/contests/${contestId}/settings`, { method: 'PATCH', body, token }),
    contestKeys.contest(contestId),
  );
}
