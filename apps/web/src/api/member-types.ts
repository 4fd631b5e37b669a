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
