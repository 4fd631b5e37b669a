/**
 * Socket.IO namespace `/live`: every event the server emits and every action a contestant sends, with
 * their payloads and acknowledgements. The api types its namespace with these maps and the web its
 * socket, so a payload that drifts fails to compile on both sides.
 */
import type { ContestStatus, Leaderboard, SubmissionStatus } from '../contest';
import type { AnswerValue } from '../question';
import type { BuzzResult, LiveView, RevealedAnswer, StakeResult } from './live';
import type { SubmissionReceipt } from './submissions';

export const LIVE_NAMESPACE = '/live';

export const LiveEvent = {
  /** A snapshot of the live view: on connect, and after events may have been missed (resync). */
  Live: 'live',
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
  /** A paper window (笔答) opened or closed. */
  PaperOpened: 'paper.opened',
  PaperClosed: 'paper.closed',
  /** The contest was renamed or changed stage (or its teams/rounds/venue changed: payload empty). */
  ContestUpdated: 'contest.updated',
  MembersChanged: 'members.changed',
  /** An appeal was filed or decided, or the appeal settings changed. */
  AppealsChanged: 'appeals.changed',
  /** The connection was refused (bad token, ended session, unknown contest). */
  Error: 'error',
} as const;

/** `question.opened`: the live view after the open, with its round id. */
export type QuestionOpenedEvent = LiveView & { roundId: string | undefined };

/** `question.closed`: the live view after the close, with its round and question ids. */
export type QuestionClosedEvent = LiveView & { roundId: string | undefined; questionId: string | undefined };

export interface SubmissionGradedEvent {
  version: number;
  submissionId: string;
  questionId: string;
  teamId: string;
  /** `submitted` while the round keeps results back. */
  status: SubmissionStatus | 'submitted';
  score: number | null;
  correct: boolean | null;
  /** What the answer did to the team's score, as the board counts it (a stake won or lost, a penalty). */
  points: number | null;
}

export interface BuzzTurnEvent {
  /** How many wrong answers have passed the turn on this question: read from the database, so every node sends the same. */
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

export type QuestionRevealedEvent = RevealedAnswer & { version: number; roundId: string };

export interface QuestionExtendedEvent {
  version: number;
  roundId: string;
  questionId: string;
  deadline: string;
}

/** `buzz`: a team's buzz as the contest room sees it. */
export interface BuzzEvent extends BuzzResult {
  version: number;
  questionId: string;
  teamName: string;
  holderTeamId: string | null;
}

/** `paper.opened` / `paper.closed` on the contest room. */
export interface PaperWindowEvent {
  roundId: string;
  serverTime: string;
}

/** `contest.updated`: the contest was renamed or changed stage (or its teams/rounds changed: payload empty). */
export interface ContestUpdatedEvent {
  version?: number;
  title?: string;
  status?: ContestStatus;
}

/** `members.changed` / `appeals.changed`: something changed; read it again. */
export interface ChangedEvent {
  at: string;
}

export interface LiveErrorEvent {
  message: string;
  code: string;
}

/** Every event the server emits on `/live`, with its payload. */
export interface LiveServerEvents {
  live: (view: LiveView) => void;
  'question.opened': (event: QuestionOpenedEvent) => void;
  'question.closed': (event: QuestionClosedEvent) => void;
  'submission.graded': (event: SubmissionGradedEvent) => void;
  leaderboard: (board: LeaderboardEvent) => void;
  'question.revealed': (event: QuestionRevealedEvent) => void;
  'question.extended': (event: QuestionExtendedEvent) => void;
  buzz: (event: BuzzEvent) => void;
  'lifeline.used': (event: LifelineUsedEvent) => void;
  'buzz.turn': (event: BuzzTurnEvent) => void;
  'paper.opened': (event: PaperWindowEvent) => void;
  'paper.closed': (event: PaperWindowEvent) => void;
  'contest.updated': (event: ContestUpdatedEvent) => void;
  'members.changed': (event: ChangedEvent) => void;
  'appeals.changed': (event: ChangedEvent) => void;
  error: (event: LiveErrorEvent) => void;
}

export type LiveEventName = keyof LiveServerEvents;
export type LiveEventPayload<E extends LiveEventName> = Parameters<LiveServerEvents[E]>[0];

/** Events a service publishes to a contest's room as they are (through the live bus). */
export type ContestRoomEventName = 'question.revealed' | 'question.extended' | 'buzz' | 'lifeline.used' | 'paper.opened' | 'paper.closed' | 'contest.updated' | 'members.changed' | 'appeals.changed';
export type ContestRoomEvent = { [E in ContestRoomEventName]: { event: E; payload: LiveEventPayload<E> } }[ContestRoomEventName];

/** A refusal, exactly as HTTP sends it. */
export interface ApiErrorBody {
  statusCode: number;
  error?: string;
  message: string;
  code?: string;
  /** 422 from a bank import: the lines that could not be read. */
  errors?: { line: number; message: string }[];
  [key: string]: unknown;
}

/** What a socket action acknowledges: the route's result, or the same error body HTTP would send. */
export type ActionAck<T> = T | ApiErrorBody;

export interface AnswerAction {
  questionId: string;
  answer: AnswerValue;
  clientKey?: string;
}

/** The actions a contestant sends on `/live`, each acknowledged. */
export interface LiveClientEvents {
  ping: (body: Record<string, never>, ack: (reply: { pong: number }) => void) => void;
  answer: (body: AnswerAction, ack: (reply: ActionAck<SubmissionReceipt>) => void) => void;
  buzz: (body: { questionId: string }, ack: (reply: ActionAck<BuzzResult>) => void) => void;
  stake: (body: { questionId: string; points: number }, ack: (reply: ActionAck<StakeResult>) => void) => void;
}
