/** Team members as the organizer sees them (GET /contests/:id/members). */
export interface MemberRow {
  id: string;
  name: string;
  /** Printed on the entry sheet; continues a member on a new phone. */
  pin: string | null;
  joined: boolean;
  joinedAt: string | null;
  removed: boolean;
}

export interface TeamMembers {
  teamId: string;
  teamName: string;
  memberCap: number | null;
  /** True: only the names on the roster may join. */
  roster: boolean;
  members: MemberRow[];
}

/** A name that already joined, now on a new phone, waiting for the organizer. */
export interface JoinRequest {
  id: string;
  teamId: string;
  teamName: string;
  contestantId: string;
  name: string;
  createdAt: string;
}

export interface MembersView {
  teams: TeamMembers[];
  requests: JoinRequest[];
}

/** GET /join/:joinCode: the team a code belongs to, shown to confirm. */
export interface JoinLookup {
  contestId: string;
  contestTitle: string;
  teamId: string;
  teamName: string;
}

/** POST /join, POST /contests/:id/join and an approved claim. */
export interface JoinResponse {
  accessToken: string;
  contestant: { id: string; name: string; teamId: string; teamName: string; contestId: string; pin: string | null };
}

/** A claim the organizer has not decided yet. */
export interface JoinPending {
  status: 'pending';
}

/** POST /join-requests/:id/decision. */
export interface JoinDecision {
  id: string;
  status: string;
}

/** POST /contests/:id/members/:memberId/pin. */
export interface PinReset {
  id: string;
  pin: string;
}

/** DELETE /contests/:id/members/:memberId. */
export interface MemberRemoval {
  id: string;
  outcome: 'deleted' | 'removed';
}
