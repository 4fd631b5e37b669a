import type { ReviewReturned } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffMutation } from '../../auth/api/use-staff-mutation';
import { judgeKeys } from './keys';

export function useReturnReview(contestId: string) {
  return useStaffMutation((token, args: { submissionId: string; reason: string }) =>
    apiRequest<ReviewReturned>(`/reviews/${args.submissionId}/return`, { method: 'POST', body: { reason: args.reason }, token }),
    judgeKeys.reviews(contestId),
  );
}
