

export const appealKeys = {
  mine: (contestId: string) => ['appeals-mine', contestId] as const,
  queue: (contestId: string) => ['appeals', contestId] as const,
};
