

export const analysisKeys = {
  report: (contestId: string) => ['analysis', contestId] as const,
  optionShares: (contestId: string, questionId: string) => ['option-shares', contestId, questionId] as const,
};
