import type { StaffRole } from '@jingsai/domain';

/** Who is calling: a staff user (admin, organizer, judge) or a contestant bound to one contest and team. */
export type Principal =
  | { kind: 'staff'; userId: string; username: string; role: StaffRole }
  | { kind: 'contestant'; role: 'contestant'; contestantId: string; contestId: string; teamId: string; name: string };

export type StaffPrincipal = Extract<Principal, { kind: 'staff' }>;
export type ContestantPrincipal = Extract<Principal, { kind: 'contestant' }>;
