

export const submissionKeys = {
  all: ['submission'] as const,
  one: (submissionId: string) => ['submission', submissionId] as const,
};
