/** Query keys of the live feature: one question's status in the control console. */
export const liveKeys = {
  questionStatus: (roundId: string, questionId: string, polling: boolean) => ['question-status', roundId, questionId, polling] as const,
};
