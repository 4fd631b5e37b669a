import { apiRequest } from '../../../lib/api-client';
import { useStaffMutation } from '../../auth/api/use-staff-mutation';
import type { ReviewScoreResult } from '@jingsai/domain';
import { judgeKeys } from './keys';

export function useScoreReview(contestId: string) {
  return useStaffMutation((token, args: { submissionId: string; score: number; comment?: string }) =>
    apiRequest<ReviewScoreResult>(`/reviews/${args.submissionId}`, {
      method: 'POST',
      body: { score: args.score, comment: args.comment || undefined },
      token,
    }),
    judgeKeys.reviews(contestId),
  );
}
