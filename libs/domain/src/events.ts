/** Socket.IO namespace `/live`: event names and payloads. Every payload carries a `version`. */
import type { PublicQuestion } from './question';
import type { Leaderboard, SubmissionStatus } from './contest';

export const LIVE_NAMESPACE = '/live';

export const LiveEvent = {
  QuestionOpened: 'question.opened',
  QuestionClosed: 'question.closed',
  SubmissionGraded: 'submission.graded',
  Leaderboard: 'leaderboard',
  /** After close: the answer key and explanation (解析), to the whole contest room. */
  QuestionRevealed: 'question.revealed',
  /** The organizer moved the open question's deadline. */
  QuestionExtended: 'question.extended',
  /** A team buzzed (抢答): its place in the buzz order, or a false start. */
  Buzz: 'buzz',
  /** A team used a lifeline (e.g. 智囊团 think-tank) on the open question. */
  LifelineUsed: 'lifeline.used',
  /** 抢答: after a wrong answer, the team that holds the right to answer now (or nobody). */
  BuzzTurn: 'buzz.turn',
} as const;

export interface QuestionOpenedEvent {
  version: number;
  contestId: string;
  roundId: string;
  question: PublicQuestion;
  openedAt: string;
  deadline: string;
  serverTime: string;
}

export interface QuestionClosedEvent {
  version: number;
  contestId: string;
  roundId: string;
  questionId: string;
  closedAt: string;
}

export interface SubmissionGradedEvent {
  version: number;
  submissionId: string;
  questionId: string;
  teamId: string;
  status: SubmissionStatus;
  score: number | null;
  correct: boolean | null;
  /** What the answer did to the team's score, as the board counts it (a stake won or lost, a penalty). */
  points: number | null;
}

export interface BuzzTurnEvent {
  version: number;
  questionId: string;
  /** The team that may answer now; null when nobody may (no 补答, or every buzzer was wrong). */
  holderTeamId: string | null;
  holderTeamName: string | null;
  wrongTeamIds: string[];
}

export type LeaderboardEvent = Leaderboard;

export type LifelineKind = 'think-tank';

export interface LifelineUsedEvent {
  version: number;
  contestId: string;
  teamId: string;
  teamName: string;
  questionId: string;
  kind: LifelineKind;
  /** The team's uses of this kind left in the contest. */
  remaining: number;
}
