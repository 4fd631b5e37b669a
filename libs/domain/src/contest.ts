/** Contest vocabulary shared by api, worker and web (DESIGN.md, "Contest model"). */

export const ROUND_KINDS = ['written', 'required', 'buzzer', 'risk', 'speed'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const ROUND_KIND_LABELS: Record<RoundKind, { zh: string; en: string }> = {
  written: { zh: '笔答', en: 'Written' },
  required: { zh: '必答', en: 'Required' },
  buzzer: { zh: '抢答', en: 'Buzzer' },
  risk: { zh: '风险', en: 'Risk' },
  speed: { zh: '速答', en: 'Speed' },
};

export const ROLES = ['admin', 'organizer', 'judge', 'contestant'] as const;
export type Role = (typeof ROLES)[number];
export type StaffRole = Exclude<Role, 'contestant'>;

/** Submission life cycle; `review` = waiting for judges (short answers). */
export const SUBMISSION_STATUSES = ['pending', 'graded', 'review', 'too_late'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** draft → running → finished → archived (a finished contest may run again to fix a mistake). */
export const CONTEST_STATUSES = ['draft', 'running', 'finished', 'archived'] as const;
export type ContestStatus = (typeof CONTEST_STATUSES)[number];

/** Multiple-choice credit policy, set per round. */
export type MultipleChoicePolicy =
  | { kind: 'all-or-nothing' }
  /** A correct, incomplete subset (少选) earns `share` of the points (0..1); any wrong pick (错选) earns `wrongPoints` (0 or negative). */
  | { kind: 'partial'; share: number; wrongPoints?: number };

/** A question's place in a round and its live state. */
export type RoundQuestionStatus = 'pending' | 'open' | 'closed' | 'revealed';

export interface TeamRef {
  teamId: string;
  teamName: string;
}

/** GET /api/rounds/:roundId/questions/:questionId/status: the control console's view of one question; never answers or keys. */
export interface QuestionStatus {
  questionId: string;
  status: RoundQuestionStatus;
  openedAt: string | null;
  deadline: string | null;
  /** Teams with at least one accepted answer; `contestants` counts the accepted answers. */
  answered: (TeamRef & { contestants: number; lastAt: string })[];
  /** Teams with no accepted answer yet. */
  waiting: TeamRef[];
  /** Valid buzzes by rank, then false starts (rank null). */
  buzzOrder: (TeamRef & { rank: number | null; at: string; falseStart: boolean })[];
  stakes: (TeamRef & { points: number })[];
}

export interface LeaderboardRow {
  rank: number;
  teamId: string;
  teamName: string;
  group?: string | null;
  score: number;
  /** Points per round id. */
  rounds: Record<string, number>;
  correct: number;
  wrong: number;
  /** ISO time of the last correct answer, for tie-breaks. */
  lastCorrectAt: string | null;
  /** Points from tie-break (加赛) rounds: not in `score`, the first tie-break key. Only when the contest has such a round. */
  tieBreak?: number;
}

export interface Leaderboard {
  contestId: string;
  version: number;
  frozen: boolean;
  rows: LeaderboardRow[];
  groups?: { group: string; score: number; rank: number; teams: number }[];
  /** How `groups` combine their teams' scores: the sum, or the mean (a group of two does not start at twice a group of one). */
  groupScore?: GroupScoreMode;
}

export type GroupScoreMode = 'sum' | 'mean';
