

export const memberKeys = { members: (contestId: string) => ['members', contestId] as const };
