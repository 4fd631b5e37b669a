/** Response shapes of the API that are not in @jingsai/domain. */
import type {
  AnswerValue,
  ContestStatus,
  DuplicateBank,
  PublicQuestion,
  Question,
  QuestionReport,
  QuestionType,
  RoundKind,
  RoundQuestionStatus,
  StaffRole,
  SubmissionStatus,
  TeamRef,
} from '@jingsai/domain';

export type { QuestionStatus, RoundQuestionStatus, TeamRef } from '@jingsai/domain';

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
  next?: { questionId: string; roundId?: string; roundKind: RoundKind | string; stakes?: number[] } | null;
  serverTime: string;
  /** Rounds answered in turn: the one team that may answer the current question. */
  assignedTeam?: { id: string; name: string } | null;
  /** 加赛: only these teams may answer (all teams when the list is empty). */
  tieBreak?: { teamIds: string[] } | null;
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
  settings?: ContestSettings;
}

export interface ContestSettings {
  lifelines?: { thinkTank: number };
}


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
  settings?: { stakes?: number[]; judgesPerAnswer?: number; paper?: PaperSettings; tieBreak?: boolean; tieBreakTeams?: string[]; assignment?: 'all' | 'in-turn' };
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
  /** null for a preview (dry run): nothing was saved. */
  bankId: string | null;
  name: string;
  dryRun: boolean;
  /** What was done: preview only, a new bank, the old bank's questions replaced, new questions merged in. */
  action: 'preview' | 'created' | 'replaced' | 'merged';
  imported: number;
  /** Merge: questions left out because the bank already had their stem. */
  skipped: number;
  drafts: number;
  byType: Record<QuestionType, number>;
  warnings: { line: number; message: string }[];
  /** Banks of the same name or with the same questions. */
  duplicates: DuplicateBank[];
  /** Preview only: the parsed questions and, for each, the layout recognised and its warnings. */
  questions?: Question[];
  reports?: QuestionReport[];
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


export interface RejudgeReport {
  questionId: string;
  dryRun: boolean;
  total: number;
  changed: number;
}

/** 笔答/初赛: what each contestant draws from the round's questions, and their personal time limit. */
export interface PaperSettings {
  draw: { category?: string; type?: QuestionType; count: number }[];
  minutes: number;
  shuffleOptions?: boolean;
}

export type PaperWindowStatus = 'pending' | 'open' | 'closed';

/** GET /contests/:id/papers: one paper round and its window (contestants also get `myPaper`). */
export interface PaperRoundSummary {
  roundId: string;
  title: string;
  status: PaperWindowStatus;
  openedAt: string | null;
  closedAt: string | null;
  minutes: number;
  questionCount: number;
  myPaper?: { paperId: string; startedAt: string; submittedAt: string | null } | null;
}

/** A contestant's own paper (POST/GET /rounds/:roundId/paper). Options are relabelled per paper. */
export interface PaperView {
  paperId: string;
  roundId: string;
  startedAt: string;
  deadline: string;
  submittedAt: string | null;
  serverTime: string;
  questions: PublicQuestion[];
  answers: { questionId: string; submissionId: string; status: SubmissionStatus; answer: AnswerValue }[];
}

export interface PaperSubmitResult {
  paperId: string;
  submittedAt: string;
  answered: number;
}

/** `paper.opened` / `paper.closed` on the contest room. */
export interface PaperWindowEvent {
  roundId: string;
  serverTime: string;
}

/** GET /contests/:id/tie-breaks: teams sharing a podium place. */
export interface TieBreakGroup {
  rank: number;
  score: number;
  teams: TeamRef[];
}
