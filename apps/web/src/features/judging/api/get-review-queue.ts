import type { ReviewItem } from '@jingsai/domain';
import { useStaffQuery } from '../../auth/api/use-staff-query';
import { judgeKeys } from './keys';

/** The judge's blind review queue, read every few seconds. */
export function useReviewQueue(contestId: string) {
  return useStaffQuery<ReviewItem[]>(judgeKeys.reviews(contestId), `/contests/${contestId}/reviews`, { refetchInterval: 5000 });
}
