

export const contestQuestionKeys = { list: (contestId: string) => ['contest-questions', contestId] as const };
