/** Query keys of the banks feature: the organizer's banks and a bank's questions (by filter). */
export const bankKeys = {
  banks: ['banks'] as const,
  /** Every filter of every bank's questions (for invalidation). */
  allQuestions: ['bank-questions'] as const,
  questions: (bankId: string, type?: string, search?: string) => ['bank-questions', bankId, type ?? '', search ?? ''] as const,
};
