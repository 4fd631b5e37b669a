import type { AnswerValue, QuestionType, RoundKind, SubmissionStatus } from '@jingsai/domain';
import type { Adjustment, RoundSettings, ScoreEvent } from '@jingsai/scoring';

// ---------------------------------------------------------------------------------------------
// Input: plain data the API fills from its tables (no DB types).
// ---------------------------------------------------------------------------------------------

export interface AnalysisQuestion {
  id: string;
  type: QuestionType;
  /** The question's points: the max score of its answers unless an answer says otherwise. */
  points: number;
  /** Knowledge points: the paper's part/section headings plus the organizer's tags. */
  tags: string[];
  /** Choice questions: option keys ('A', 'B', …). Derived from the picks and the key when absent. */
  options?: string[];
  /** The key: single 'B', multiple ['A','C'], truefalse true|false; absent/null/'' for a draft. */
  answer?: AnswerValue | null;
  roundId: string;
  /** Place within the round (any comparable number). */
  position: number;
  /** Display label, e.g. '笔答 3'. */
  label?: string;
  /** When the question opened; places adjustments on the rank path (else the answers' openedAt). */
  openedAt?: Date | null;
}

export interface AnalysisRound {
  id: string;
  title: string;
  kind: RoundKind;
  position: number;
  /** Scoring settings of the round (points override, penalties, teamScore…), as the leaderboard uses them. */
  settings?: Partial<Omit<RoundSettings, 'kind'>>;
  /** 加赛: its points only break ties, as on the leaderboard. */
  tieBreak?: boolean;
}

export interface AnalysisTeam {
  id: string;
  name: string;
  /** Region or any roll-up group. */
  group?: string | null;
}

export interface AnalysisContestant {
  id: string;
  teamId: string;
  name: string;
}

export interface AnalysisAnswer {
  questionId: string;
  roundId: string;
  teamId: string;
  /** Who submitted: the member in a written round, whoever typed for the team otherwise. */
  contestantId: string;
  answer: AnswerValue | null;
  status: SubmissionStatus;
  /** Grader's or judges' aggregated score, 0..maxScore; null until graded. */
  score: number | null;
  /** Defaults to the question's points. */
  maxScore?: number;
  /** null = judged short answer (or not graded yet). */
  correct: boolean | null;
  /** Server receive time. */
  receivedAt: Date;
  openedAt: Date | null;
  /** Each judge's score, for short answers. */
  judgeScores?: number[];
  /** Risk rounds: the team's stake on this question. */
  stake?: number;
}

/** A buzz before open (buzzer rounds): a scoring event of its own, not an answer. */
export interface AnalysisFalseStart {
  questionId: string;
  roundId: string;
  teamId: string;
  contestantId: string;
  at: Date;
}

export interface AnalysisThresholds {
  /** Flag `too-easy` above this facility. Default 0.95. */
  tooEasy: number;
  /** Flag `too-hard` below this facility. Default 0.10. */
  tooHard: number;
  /** No flag on a question with fewer answers than this: noise, not evidence. Default 5. */
  minAnswers: number;
  /** Share of answering units in each of the upper and lower groups. Default 0.27. */
  groupShare: number;
  /** Strongest/weakest tags listed per team and contestant. Default 3. */
  topTags: number;
}

export interface AnalysisInput {
  questions: AnalysisQuestion[];
  rounds: AnalysisRound[];
  teams: AnalysisTeam[];
  contestants: AnalysisContestant[];
  answers: AnalysisAnswer[];
  /** Every team starts with it (as on the leaderboard). */
  baseScore: number;
  adjustments?: Adjustment[];
  falseStarts?: AnalysisFalseStart[];
  /**
   * The exact events the leaderboard was computed from. When given they are used as they are;
   * otherwise they are derived from the graded answers with the round rules (`contestScoreEvents`).
   */
  scoreEvents?: ScoreEvent[];
  thresholds?: Partial<AnalysisThresholds>;
}

// ---------------------------------------------------------------------------------------------
// Output. Shares are 0..1 rounded to 4 decimals, points to 2, seconds to 2; null = no data.
// ---------------------------------------------------------------------------------------------

// The analysis results are the api's contract too (GET /contests/:id/analysis): declared once in libs/domain.
export type {
  AnalysisStep,
  ContestantAnalysis,
  DistractorFlag,
  OptionAnalysis,
  QuestionAnalysis,
  QuestionFlag,
  TagAnalysis,
  TagStanding,
  TeamAnalysis,
} from '@jingsai/domain';
import type { AnalysisStep, ContestantAnalysis, QuestionAnalysis, TagAnalysis, TeamAnalysis } from '@jingsai/domain';

export interface ContestAnalysis {
  steps: AnalysisStep[];
  questions: QuestionAnalysis[];
  tags: TagAnalysis[];
  teams: TeamAnalysis[];
  contestants: ContestantAnalysis[];
}
