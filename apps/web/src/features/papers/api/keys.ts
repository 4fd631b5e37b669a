

export const paperKeys = {
  windows: (contestId: string) => ['paper-windows', contestId] as const,
  mine: (contestId: string) => ['my-papers', contestId] as const,
};
