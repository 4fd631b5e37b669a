

export const queryKeys = {
  contests: ['contests'] as const,
  contest: (id: string) => ['contest', id] as const,
  banks: ['banks'] as const,
  bankQuestions: (bankId: string, type?: string, search?: string) => ['bank-questions', bankId, type ?? '', search ?? ''] as const,
};
