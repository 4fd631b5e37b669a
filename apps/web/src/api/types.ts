/** Response shapes of the API that are not in @jingsai/domain. */
import type { ContestStatus, PublicQuestion, Question, QuestionType, RoundKind, StaffRole, SubmissionStatus } from '@jingsai/domain';

export type LivePhase = 'waiting' | 'open' | 'closed';

export interface LiveView {
  contestId: string;
  title: string;
  version: number;
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
  /** Optional: the round's stake tiers (risk) when the server sends them. */
  stakes?: number[];
  /** Optional: the next question of a risk round, so teams can stake before it opens. */
  next?: { questionId: string; roundKind: RoundKind | string; stakes?: number[] } | null;
  serverTime: string;
}

export interface RevealedAnswer {
  questionId: string;
  type: QuestionType;
  answer: string | string[] | boolean | null;
  blanks?: string[][];
  reference?: string;
  keyPoints?: string[];
  explanation: string | null;
}

export interface BuzzResult {
  granted: boolean;
  teamId: string;
  rank: number | null;
  falseStart: boolean;
}

export interface BuzzEvent extends BuzzResult {
  version: number;
  questionId: string;
}

export interface ExtendedEvent {
  version: number;
  roundId: string;
  questionId: string;
  deadline: string;
}

export interface ReviewCoverage {
  keyPoint: string;
  covered: boolean;
  ratio: number;
  spans: { start: number; end: number }[];
}

export interface ReviewItem {
  submissionId: string;
  roundId: string;
  questionId: string;
  stem: string;
  reference: string;
  keyPoints: string[];
  maxScore: number;
  answer: string;
  coverage: ReviewCoverage[];
  suggestedScore: number | null;
  progress: { scored: number; needed: number };
  myScore: number | null;
  myComment?: string | null;
  disagreement: boolean;
  panelScores?: number[];
}

export interface FreezeState {
  frozen: boolean;
  frozenFrom: string | null;
  version: number;
}

export interface LoginResponse {
  accessToken: string;
  user: { id: string; username: string; role: StaffRole };
}

export interface JoinResponse {
  accessToken: string;
  contestant: { id: string; name: string; teamId: string; teamName?: string };
}

export interface ContestSummary {
  id: string;
  title: string;
  status: ContestStatus;
  baseScore: number;
  version: number;
  createdAt: string;
}

export type RoundQuestionStatus = 'pending' | 'open' | 'closed' | 'revealed';

export interface RoundQuestionState {
  questionId: string;
  position: number;
  status: RoundQuestionStatus;
  openedAt: string | null;
  deadline: string | null;
  closedAt: string | null;
}

export interface ContestTeam {
  id: string;
  name: string;
  group: string | null;
  joinCode?: string;
}

export interface ContestRound {
  id: string;
  title: string;
  kind: RoundKind;
  position: number;
  secondsPerQuestion: number;
  settings?: { stakes?: number[]; judgesPerAnswer?: number };
  questions: RoundQuestionState[];
}

export interface ContestDetails extends ContestSummary {
  teams: ContestTeam[];
  rounds: ContestRound[];
}

export interface BankSummary {
  id: string;
  name: string;
  sourceFile: string | null;
  createdAt: string;
  questionCount: number;
}

export type StoredQuestion = Question & { id: string; bankId: string };

export interface ImportSummary {
  bankId: string;
  imported: number;
  drafts: number;
  byType: Record<QuestionType, number>;
  warnings: { line: number; message: string }[];
}

export interface SubmissionReceipt {
  id: string;
  status: SubmissionStatus;
}

export interface SubmissionState {
  id: string;
  questionId: string;
  status: SubmissionStatus;
  score: number | null;
  correct: boolean | null;
  receivedAt: string;
}

export interface TeamRef {
  teamId: string;
  teamName: string;
}

/** GET /rounds/:roundId/questions/:questionId/status: the console's view of one question; never answers or keys. */
export interface QuestionStatus {
  questionId: string;
  status: RoundQuestionStatus;
  openedAt: string | null;
  deadline: string | null;
  answered: (TeamRef & { contestants: number; lastAt: string })[];
  waiting: TeamRef[];
  buzzOrder: (TeamRef & { rank: number | null; at: string; falseStart: boolean })[];
  stakes: (TeamRef & { points: number })[];
}

export interface RejudgeReport {
  questionId: string;
  dryRun: boolean;
  total: number;
  changed: number;
}
