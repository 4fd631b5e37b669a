/** Query keys of the judging feature: the blind review queue, a contest's judges. */
export const judgeKeys = {
  assigned: (contestId: string) => ['contest-judges', contestId] as const,
  reviews: (contestId: string) => ['reviews', contestId] as const,
};
