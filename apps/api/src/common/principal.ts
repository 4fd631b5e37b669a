import type { StaffRole } from '@jingsai/domain';

/** Who is calling: a staff user (admin, organizer, judge) or a contestant bound to one contest and team. */
export type Principal =
  | {
      kind: 'staff';
      userId: string;
      username: string;
      role: StaffRole;
      /** The user's session version when the token was issued: a later password change or disabling ends it. */
      sessionVersion: number;
      /** Signed in with a well-known password: only the password change is allowed. */
      mustChangePassword?: boolean;
    }
  | {
      kind: 'contestant';
      role: 'contestant';
      contestantId: string;
      contestId: string;
      teamId: string;
      name: string;
      /** The member's session version: moving to a new phone or being removed ends older tokens. */
      sessionVersion: number;
    };

export type StaffPrincipal = Extract<Principal, { kind: 'staff' }>;
export type ContestantPrincipal = Extract<Principal, { kind: 'contestant' }>;
