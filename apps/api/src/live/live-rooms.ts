/** Socket.IO rooms of the /live namespace. */
export const liveRooms = {
  all: (contestId: string) => `contest:${contestId}`,
  publicBoard: (contestId: string) => `contest:${contestId}:public`,
  staff: (contestId: string) => `contest:${contestId}:staff`,
  judges: (contestId: string) => `contest:${contestId}:judges`,
  team: (teamId: string) => `team:${teamId}`,
  /** Named like the session key (SessionRegistry), so a session that ends finds its sockets. */
  contestant: (contestantId: string) => `contestant:${contestantId}`,
  user: (userId: string) => `user:${userId}`,
};
