import { apiRequest } from '../../../lib/api-client';
import { useStaffMutation } from '../../auth/api/use-staff-mutation';
import type { PublishResult } from '@jingsai/domain';
import { judgeKeys } from './keys';

export function usePublishRound(contestId: string) {
  return useStaffMutation((token, roundId: string) =>
    apiRequest<PublishResult>(`/rounds/${roundId}/reviews/publish`, { method: 'POST', token }),
    judgeKeys.reviews(contestId),
  );
}
