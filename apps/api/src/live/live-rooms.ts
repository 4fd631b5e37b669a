/** Socket.IO rooms of the /live namespace. */
export const liveRooms = {
  all: (contestId: string) => `contest:${contestId}`,
  publicBoard: (contestId: string) => `contest:${contestId}:public`,
  staff: (contestId: string) => `contest:${contestId}:staff`,
  judges: (contestId: string) => `contest:${contestId}:judges`,
  team: (teamId: string) => `team:${teamId}`,
  contestant: (contestantId: string) => `contestant:${contestantId}`,
};
