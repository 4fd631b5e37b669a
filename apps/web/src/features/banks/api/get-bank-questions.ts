import { useQuery } from '@tanstack/react-query';
import type { QuestionType } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import type { StoredQuestion } from '@jingsai/domain';
import { queryKeys } from '../../contests/api/keys';

export function useBankQuestions(bankId: string | undefined, type?: QuestionType, search?: string) {
  const token = useStaffToken();
  return useQuery({
    queryKey: queryKeys.bankQuestions(bankId ?? '', type, search),
    queryFn: () => apiRequest<StoredQuestion[]>(`/banks/${bankId}/questions`, { token, query: { type, search: search?.trim() || undefined } }),
    enabled: !!token && !!bankId,
    placeholderData: (previous) => previous,
  });
}
