/** Query keys of the contests feature: the list, one contest (teams, rounds, question states), its tie-breaks. */
export const contestKeys = {
  contests: ['contests'] as const,
  contest: (id: string) => ['contest', id] as const,
  tieBreaks: (contestId: string, boardVersion: number) => ['tie-breaks', contestId, boardVersion] as const,
};
