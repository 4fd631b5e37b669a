/** Query keys of the play feature: an answer's result. */
export const submissionKeys = {
  all: ['submission'] as const,
  one: (submissionId: string) => ['submission', submissionId] as const,
};
