/** Signing in and staff accounts. */
import type { StaffRole } from '../contest';

export interface PublicUser {
  id: string;
  username: string;
  role: StaffRole;
  mustChangePassword?: boolean;
  /** In the admin's list only: the account can no longer sign in (it can be enabled again). */
  disabled?: boolean;
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
