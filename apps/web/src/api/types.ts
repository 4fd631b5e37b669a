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
import type { AppealSettings } from './appeal-types';

export type { QuestionStatus, RoundQuestionStatus, TeamRef } from '@jingsai/domain';
export * from './live-types';
export * from './member-types';
export * from './appeal-types';

export interface RevealedAnswer {
  questionId: string;
  type: QuestionType;
  answer: string | string[] | boolean | null;
  blanks?: string[][];
  reference?: string;
  keyPoints?: string[];
  explanation: string | null;
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
  user: { id: string; username: string; role: StaffRole; mustChangePassword?: boolean };
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
  /** Group totals on the board: the mean of the group's teams (default) or their sum. */
  groupScore?: 'sum' | 'mean';
  venue?: { showJoinCodes?: boolean; joinUrl?: string | null };
  appeals?: AppealSettings;
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
  /** Seats for teams without a roster; null when the team joins by roster. */
  memberCap?: number | null;
}

export interface ContestRound {
  id: string;
  title: string;
  kind: RoundKind;
  position: number;
  secondsPerQuestion: number;
  settings?: ContestRoundSettings;
  questions: RoundQuestionState[];
}

export type ResultVisibility = 'immediately' | 'after-close' | 'after-round';

export interface ContestRoundSettings {
  stakes?: number[];
  judgesPerAnswer?: number;
  paper?: PaperSettings;
  tieBreak?: boolean;
  tieBreakTeams?: string[];
  assignment?: 'all' | 'in-turn';
  resultVisibility?: ResultVisibility;
  strict?: boolean;
  multiplePolicy?: { kind: 'all-or-nothing' } | { kind: 'partial'; share: number; wrongPoints?: number };
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

/** `submitted`: accepted, its result held back until the question closes (or the round ends). */
export type VisibleStatus = SubmissionStatus | 'submitted';

export interface SubmissionState {
  id: string;
  questionId: string;
  status: VisibleStatus;
  score: number | null;
  correct: boolean | null;
  /** What the answer did to the team's score as the board counts it (a stake won or lost, a penalty). */
  points: number | null;
  receivedAt: string;
}


export interface RejudgeReport {
  dryRun: boolean;
  total: number;
  changed: number;
  examples?: { submissionId: string; answer: unknown; before: number | null; after: number }[];
}

/** A contest's own copy of a question (GET /contests/:id/questions). */
export type ContestQuestion = StoredQuestion & { contestId: string; revision: number };

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
