/** What the api answers when the organizer renames, changes or removes what they made. */
import type { ContestStatus } from '../contest';
import type { PublicUser } from './auth';
import type { ContestSummary } from './contests';

/** DELETE of a contest, team, round or bank. */
export interface Deleted {
  id: string;
  deleted: boolean;
}

/** PATCH /contests/:id: a new title or stage. */
export interface ContestPatched {
  id: string;
  title: string;
  status: ContestStatus;
  version: number;
}

/** PATCH /contests/:id/settings. */
export type ContestSettingsSaved = Omit<ContestSummary, 'createdAt'>;

/** PATCH /contests/:id/teams/:teamId. */
export interface TeamPatched {
  id: string;
  name: string | undefined;
  group: string | null;
  memberCap: number | null;
}

/** PATCH /rounds/:roundId. */
export interface RoundPatched {
  id: string;
  title: string | undefined;
  secondsPerQuestion: number | undefined;
}

/** DELETE /contests/:id/judges/:userId. */
export interface JudgeRemoved {
  contestId: string;
  userId: string;
  removed: boolean;
}

/** PATCH /banks/:id. */
export interface BankRenamed {
  id: string;
  name: string;
}

/** DELETE /users/:id. */
export type UserDisabled = PublicUser & { disabled: boolean };

/** GET /health (503 with the same body when degraded) and GET /health/live. */
export interface HealthReport {
  status: 'ok' | 'degraded';
  db?: string;
  redis?: string;
  driver?: string;
}
