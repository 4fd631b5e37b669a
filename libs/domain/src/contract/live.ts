/** The live view of a contest (GET /contests/:id/live, the socket's `live` event) and the live tools' answers. */
import type { ContestStatus, RoundKind, TeamRef } from '../contest';
import type { PublicQuestion, QuestionType } from '../question';
import type { ContestSettings } from './contests';
import type { LifelineKind } from './live-events';

export type LivePhase = 'waiting' | 'open' | 'closed';

/** What the reveal shows: the key in the shape answers are given in, plus the explanation (解析). */
export interface RevealedAnswer {
  questionId: string;
  type: QuestionType;
  answer: string | string[] | boolean | null;
  /** Blank: accepted variants per blank. */
  blanks?: string[][];
  /** Short: the reference answer and its key points. */
  reference?: string;
  keyPoints?: string[];
  explanation: string | null;
}

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
  phase: LivePhase;
  round: { id: string; title: string; kind: RoundKind; position: number } | null;
  question: PublicQuestion | null;
  questionPosition: number | null;
  openedAt: string | null;
  deadline: string | null;
  closedAt: string | null;
  /** The answer key and explanation, only once the organizer revealed the (closed) question. */
  revealed: RevealedAnswer | null;
  /** While paused: the countdown shows `deadline - pausedAt` and stands still. */
  pausedAt?: string | null;
  /** The next question to open (id and round only, never its text), so risk-round teams can stake on it. */
  next: { questionId: string; roundId: string; roundKind: RoundKind; stakes?: number[] } | null;
  /** Clients compute `deadline - serverTime` to show a countdown immune to their own clock. */
  serverTime: string;
  /** Rounds answered in turn: the one team that may answer the current question. */
  assignedTeam?: { id: string; name: string } | null;
  /** 加赛: the current round is a tie-break; only these teams may answer (all when empty). */
  tieBreak?: { teamIds: string[] } | null;
  /** The contest's stage: draft, running, finished or archived. */
  status: ContestStatus;
  /** 抢答: the buzz order so far (by arrival), false starts, and the team that holds the right to answer. */
  buzz?: LiveBuzzState | null;
  /** 风险: each team's stake on the current question, once it has opened. */
  stakes?: LiveStake[] | null;
  /** 申诉处理中: teams with an appeal waiting, when the organizer shows them on the big screen. */
  appealsOpen?: string[] | null;
}

/** POST /contests/:id/buzz (and the socket's `buzz` ack). */
export interface BuzzResult {
  /** The team now holds the right to answer. */
  granted: boolean;
  teamId: string;
  /** 1-based place in the buzz order; null for a false start. */
  rank: number | null;
  falseStart: boolean;
  /** Arrival number in the database: the order every api node agrees on. */
  seq: number;
  at: string;
  /** The team had buzzed already: this is its first buzz, answered again (a retry or a second tap). */
  repeat: boolean;
}

/** POST /contests/:id/stakes (and the socket's `stake` ack). */
export interface StakeResult {
  questionId: string;
  teamId: string;
  points: number;
}

/** POST /rounds/:id/questions/:qid/open|close|pause|resume. */
export interface QuestionControlResult {
  openedAt?: string;
  deadline?: string;
  closedAt?: string;
  pausedAt?: string;
}

export interface FreezeState {
  frozen: boolean;
  /** When the public board froze (or will freeze), ISO; null when no freeze is set. */
  frozenFrom: string | null;
  freeze: ContestSettings['freeze'];
  version: number;
}

/** GET /contests/:id/tie-breaks: teams sharing a podium place. */
export interface TieBreakGroup {
  rank: number;
  score: number;
  teams: TeamRef[];
}

export interface TieBreaks {
  version: number;
  groups: TieBreakGroup[];
}

/** A team's uses of one lifeline kind in the contest. */
export interface LifelineCount {
  limit: number;
  used: number;
  remaining: number;
}

/** GET /contests/:id/lifelines. */
export interface LifelineCounts {
  thinkTank: LifelineCount;
}

/** POST /contests/:id/lifelines. */
export interface LifelineUseResult extends LifelineCount {
  kind: LifelineKind;
  questionId: string;
  teamId: string;
}

/** POST /contests/:id/adjustments: a manual score change, audited. */
export interface AdjustmentReceipt {
  id: string;
  teamId: string;
  points: number;
  reason: string;
  before: number;
  after: number;
  createdAt: string;
  version: number;
}
