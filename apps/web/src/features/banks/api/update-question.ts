import type { Question, StoredQuestion } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffMutation } from '../../auth/api/use-staff-mutation';
import { bankKeys } from './keys';

/** The changed fields of a question (its key, stem, points, explanation…). */
export type QuestionPatch = Partial<Question>;

/** Edits the bank's question only: contests keep their own copies (fix those inside the contest). */
export function useUpdateQuestion() {
  return useStaffMutation((token, args: { id: string; patch: QuestionPatch }) =>
    apiRequest<StoredQuestion>(`/questions/${args.id}`, { method: 'PATCH', body: args.patch, token }),
    bankKeys.allQuestions,
  );
}
