/** Signing in and staff accounts. */
import type { StaffRole } from '../contest';

export interface PublicUser {
  id: string;
  username: string;
  role: StaffRole;
  mustChangePassword?: boolean;
}

/** POST /auth/login and POST /auth/password. */
export interface LoginResponse {
  accessToken: string;
  user: PublicUser;
}

/** POST /admin/queue-board/session. */
export interface QueueBoardSession {
  url: string;
  expiresInSeconds: number;
}
