import { useQuery } from '@tanstack/react-query';
import type { QuestionType, StoredQuestion } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { bankKeys } from './keys';

export function useBankQuestions(bankId: string | undefined, type?: QuestionType, search?: string) {
  const token = useStaffToken();
  return useQuery({
    queryKey: bankKeys.questions(bankId ?? '', type, search),
    queryFn: () => apiRequest<StoredQuestion[]>(`/banks/${bankId}/questions`, { token, query: { type, search: search?.trim() || undefined } }),
    enabled: !!token && !!bankId,
    placeholderData: (previous) => previous,
  });
}
