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
