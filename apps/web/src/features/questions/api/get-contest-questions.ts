import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { ContestQuestion } from '@jingsai/domain';
import { contestQuestionKeys } from './keys';

/** The contest's questions by id (a bank edit never changes them). */
export function useContestQuestions(contestId: string): Map<string, ContestQuestion> {
  const token = useStaffToken();
  const query = useQuery({
    queryKey: contestQuestionKeys.list(contestId),
    queryFn: () => apiRequest<ContestQuestion[]>(`/contests/${contestId}/questions`, { token }),
    enabled: !!token,
  });
  return useMemo(() => new Map((query.data ?? []).map((q) => [q.id, q])), [query.data]);
}
