import type { ContestSettingsSaved } from '@jingsai/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { contestKeys } from '../../contests/api/keys';
import { venueKeys } from './keys';

export function useUpdateVenue(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (venue: { showJoinCodes?: boolean; joinUrl?: string | null }) => apiRequest<ContestSettingsSaved>(`/contests/${contestId}/settings`, { method: 'PATCH', body: { venue }, token }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: venueKeys.lobby(contestId) });
      void client.invalidateQueries({ queryKey: contestKeys.contest(contestId) });
    },
  });
}
