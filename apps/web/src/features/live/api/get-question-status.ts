import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { liveKeys } from './keys';
import type { QuestionStatus } from '@jingsai/domain';

/** Who answered, who is waiting, buzzes and stakes of the current question; polled every second while it is open. */
export function useQuestionStatus(target: { roundId: string; questionId: string } | null, polling: boolean) {
  const token = useStaffToken();
  return useQuery({
    queryKey: liveKeys.questionStatus(target?.roundId ?? '', target?.questionId ?? '', polling),
    queryFn: () => apiRequest<QuestionStatus>(`/rounds/${target?.roundId}/questions/${target?.questionId}/status`, { token }),
    enabled: !!token && !!target,
    refetchInterval: polling ? 1000 : false,
    placeholderData: (previous) => (previous?.questionId === target?.questionId ? previous : undefined),
  });
}
