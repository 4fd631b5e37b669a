import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Question, StoredQuestion } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { bankKeys } from './keys';

/** The changed fields of a question (its key, stem, points, explanation…). */
export type QuestionPatch = Partial<Question>;
/** Edits the bank's question only: contests keep their own copies (fix those inside the contest). */
export function useUpdateQuestion() {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { id: string; patch: QuestionPatch }) => apiRequest<StoredQuestion>(`/questions/${args.id}`, { method: 'PATCH', body: args.patch, token }),
    onSuccess: () => client.invalidateQueries({ queryKey: bankKeys.allQuestions }),
  });
}
