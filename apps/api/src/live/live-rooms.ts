import type { LiveClientEvents, LiveServerEvents } from '@jingsai/domain';
import type { Namespace } from 'socket.io';

/** The /live namespace, typed by the contract: a push whose payload drifts does not compile. */
export type LiveNamespace = Namespace<LiveClientEvents, LiveServerEvents>;

/** Socket.IO rooms of the /live namespace. */
export const liveRooms = {
  all: (contestId: string) => `contest:${contestId}`,
  /** Screens without a sign-in (the projector, spectators): the public board at the screens' pace. */
  publicBoard: (contestId: string) => `contest:${contestId}:public`,
  /** Contestants' phones: the same public board, paced by how many phones there are (PhoneBoards). */
  phoneBoard: (contestId: string) => `contest:${contestId}:phones`,
  staff: (contestId: string) => `contest:${contestId}:staff`,
  judges: (contestId: string) => `contest:${contestId}:judges`,
  team: (teamId: string) => `team:${teamId}`,
  /** Named like the session key (SessionRegistry), so a session that ends finds its sockets. */
  contestant: (contestantId: string) => `contestant:${contestantId}`,
  user: (userId: string) => `user:${userId}`,
};
