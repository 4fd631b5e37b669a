/** The live view and the live events of a contest (GET /contests/:id/live and the /live socket). */
import type { ContestStatus, PublicQuestion, RoundKind, TeamRef } from '@jingsai/domain';
import type { RevealedAnswer } from './types';

export type LivePhase = 'waiting' | 'open' | 'closed';

/** 抢答 on the current question: the buzz order, false starts, who holds the right to answer. */
export interface LiveBuzzState {
  order: (TeamRef & { rank: number; at: string; /** ms after the first buzz */ offsetMs: number })[];
  falseStarts: TeamRef[];
  holderTeamId: string | null;
  wrongTeamIds: string[];
}

export type LiveStake = TeamRef & { points: number };

export interface LiveView {
  contestId: string;
  title: string;
  version: number;
  /** The contest's stage. */
  status: ContestStatus;
  phase: LivePhase;
  round: { id: string; title: string; kind: RoundKind | string; position: number } | null;
  question: PublicQuestion | null;
  questionPosition: number | null;
  openedAt: string | null;
  deadline: string | null;
  closedAt: string | null;
  /** Set while the organizer has paused the question. */
  pausedAt?: string | null;
  /** The answer key and explanation, once the organizer revealed the closed question. */
  revealed?: RevealedAnswer | null;
  /** 风险: each team's stake on the current question, once it has opened. */
  stakes?: LiveStake[] | null;
  /** 抢答 rounds: the buzz state of the current question. */
  buzz?: LiveBuzzState | null;
  /** The next question of the contest (risk rounds carry their stake tiers, so teams can stake before it opens). */
  next?: { questionId: string; roundId?: string; roundKind: RoundKind | string; stakes?: number[] } | null;
  serverTime: string;
  /** Rounds answered in turn: the one team that may answer the current question. */
  assignedTeam?: { id: string; name: string } | null;
  /** 加赛: only these teams may answer (all teams when the list is empty). */
  tieBreak?: { teamIds: string[] } | null;
  /** 申诉处理中: teams with an appeal waiting for a decision (only when the organizer shows them on the big screen). */
  appealsOpen?: string[] | null;
}

export interface BuzzResult {
  granted: boolean;
  teamId: string;
  rank: number | null;
  falseStart: boolean;
  at?: string;
  /** The team had buzzed already: the same place, answered again. */
  repeat?: boolean;
}

export interface BuzzEvent extends BuzzResult {
  version: number;
  questionId: string;
  teamName?: string;
  holderTeamId?: string | null;
}

export interface ExtendedEvent {
  version: number;
  roundId: string;
  questionId: string;
  deadline: string;
}

/** `contest.updated`: the contest was renamed or changed stage (or its teams/rounds changed: payload empty). */
export interface ContestUpdatedEvent {
  version?: number;
  title?: string;
  status?: ContestStatus;
}
